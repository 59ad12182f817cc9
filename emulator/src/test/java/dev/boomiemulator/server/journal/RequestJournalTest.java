package dev.boomiemulator.server.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.server.EmulatorConfig;
import dev.boomiemulator.server.EmulatorServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ring keeps the newest requests only, and cuts bodies to the configured size. */
class RequestJournalTest {
    @Test
    void the_oldest_entries_make_room_and_clear_forgets_them_all() {
        RequestJournal journal = new RequestJournal(3, 100);
        for (int i = 1; i <= 5; i++) {
            journal.record(entry("/p/" + i));
        }
        RequestJournal.Page page = journal.search(JournalFilter.ALL, 0, 10);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.entries()).extracting(JournalEntry::path).containsExactly("/p/5", "/p/4", "/p/3");
        assertThat(journal.search(JournalFilter.ALL, 1, 1).entries()).extracting(JournalEntry::path).containsExactly("/p/4");
        assertThat(journal.clear()).isEqualTo(3);
        assertThat(journal.count(JournalFilter.ALL)).isZero();
        journal.record(entry("/p/6"));
        assertThat(journal.count(JournalFilter.ALL)).isEqualTo(1);
    }

    @Test
    void size_zero_switches_the_journal_off() {
        RequestJournal journal = new RequestJournal(0, 100);
        journal.record(entry("/p"));
        assertThat(journal.count(JournalFilter.ALL)).isZero();
    }

    @Test
    void a_server_cuts_bodies_to_its_limit() throws Exception {
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).journalSize(2).journalBodyLimit(10).build();
        try (EmulatorServer server = EmulatorServer.start(config)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/rest/v1/demo-account/Environment"))
                    .header("Authorization", "Basic ZGVtb0BleGFtcGxlLmNvbTpkZW1vLXBhc3N3b3Jk")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"A rather long name\"}")).build();
            assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            JournalEntry entry = server.journal().search(JournalFilter.ALL, 0, 1).entries().get(0);
            assertThat(entry.body()).isEqualTo("{\"name\":\"A");
            assertThat(entry.bodyTruncated()).isTrue();
            assertThat(entry.response()).hasSize(10);
            assertThat(entry.responseTruncated()).isTrue();
            assertThat(entry.headers()).containsEntry("Authorization", "***");
        }
    }

    private static JournalEntry entry(String path) {
        return new JournalEntry(0, Instant.EPOCH, "GET", path, null, "platform", "a", Map.of(), "", false, 200, "",
                false, 1.0);
    }
}
