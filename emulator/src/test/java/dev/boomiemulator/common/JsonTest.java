package dev.boomiemulator.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Instants written as Boomi writes them: UTC, to the second. */
class JsonTest {
    private static String asTheJdkWritesIt(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void an_instant_is_written_to_the_second_in_utc() throws Exception {
        Instant instant = Instant.parse("2026-12-06T17:19:55.878683Z");

        assertThat(Json.wholeSeconds(instant)).isEqualTo("2026-12-06T17:19:55Z");
        assertThat(Json.mapper().writeValueAsString(Map.of("createdDate", instant)))
                .isEqualTo("{\"createdDate\":\"2026-12-06T17:19:55Z\"}");
    }

    @Test
    void every_instant_reads_as_the_jdk_writes_it_the_edges_of_four_digit_years_and_beyond_included() {
        for (String edge : new String[] {"0000-01-01T00:00:00Z", "0000-12-31T23:59:59.999Z", "0001-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z", "2000-02-29T12:00:00Z", "2016-11-17T19:30:39Z",
                "9999-12-31T23:59:59.999999999Z", "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            Instant instant = Instant.parse(edge);
            assertThat(Json.wholeSeconds(instant)).as(edge).isEqualTo(asTheJdkWritesIt(instant));
        }
        assertThat(Json.wholeSeconds(Instant.MIN)).isEqualTo(asTheJdkWritesIt(Instant.MIN));
        assertThat(Json.wholeSeconds(Instant.MAX)).isEqualTo(asTheJdkWritesIt(Instant.MAX));
        SplittableRandom random = new SplittableRandom(13);
        long from = Instant.parse("-0500-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("+10500-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextInt(1_000_000_000));
            assertThat(Json.wholeSeconds(instant)).isEqualTo(asTheJdkWritesIt(instant));
        }
    }

    @Test
    void an_instant_in_that_form_reads_back_as_the_jdk_reads_it_and_any_other_text_is_left_to_the_jdk() {
        SplittableRandom random = new SplittableRandom(17);
        long from = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            String written = Json.wholeSeconds(Instant.ofEpochSecond(random.nextLong(from, to + 1)));
            assertThat(Json.parseWholeSeconds(written)).as(written).isEqualTo(Instant.parse(written));
        }
        for (String other : new String[] {"2016-11-17T19:30:39.5Z", "2016-11-17T19:30:39+01:00", "2016-11-17T19:30:39",
                "2016-11-17", "2016-02-30T00:00:00Z", "2016-13-01T00:00:00Z", "2016-11-17T24:00:00Z",
                "2016-11-17T19:60:00Z", "2016-11-17 19:30:39Z", "2O16-11-17T19:30:39Z", "+016-11-17T19:30:39Z",
                "2016-1-017T19:30:39Z", ""}) {
            assertThat(Json.parseWholeSeconds(other)).as(other).isNull();
        }
    }
}
