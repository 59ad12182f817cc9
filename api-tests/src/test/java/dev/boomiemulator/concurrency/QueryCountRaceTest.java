package dev.boomiemulator.concurrency;

import static dev.boomiemulator.concurrency.Race.platform;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An unfiltered query's {@code numberOfResults} is the number of objects its pages hold, after creates and deletes
 * ran at once with queries: for Environment (its own table) and for AuditLog (the generic engine, one entry per change).
 * The store keeps these counts as rows are written (db.RowCounts); a count that missed a write, or kept a rolled-back
 * one, would differ from the pages.
 */
@BoomiEmulatorTest
class QueryCountRaceTest {
    private static final int DELETED = 8;
    private static final int CREATED = 16;

    @Test
    void concurrent_creates_deletes_and_queries_leave_counts_that_match_the_pages(EmulatorRuntimeInfo emulator) {
        List<String> doomed = new ArrayList<>();
        for (int i = 0; i < DELETED; i++) {
            doomed.add(platform(emulator).body("{\"name\":\"Doomed " + i + "\",\"classification\":\"TEST\"}")
                    .post("/Environment").then().statusCode(200).extract().jsonPath().getString("id"));
        }
        int environments = all(emulator, "/Environment").size();
        int auditEntries = all(emulator, "/AuditLog").size();

        List<Response> answers = Race.run(DELETED + CREATED + 8, i -> i < DELETED
                ? platform(emulator).delete("/Environment/" + doomed.get(i))
                : i < DELETED + CREATED
                ? platform(emulator).body("{\"name\":\"Raced " + i + "\",\"classification\":\"PROD\"}").post("/Environment")
                : platform(emulator).body("{}").post(i % 2 == 0 ? "/Environment/query" : "/AuditLog/query"));

        Race.assertNoServerError(answers);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(all(emulator, "/Environment")).hasSize(environments - DELETED + CREATED);
        assertThat(all(emulator, "/AuditLog")).hasSize(auditEntries + DELETED + CREATED);
    }

    /**
     * The ids of every object an unfiltered query pages through (query, then queryMore until no token), after checking
     * that each page's {@code numberOfResults} is their number.
     */
    private static List<String> all(EmulatorRuntimeInfo emulator, String object) {
        JsonPath page = platform(emulator).body("{}").post(object + "/query").then().statusCode(200).extract().jsonPath();
        int total = page.getInt("numberOfResults");
        List<String> ids = new ArrayList<>(page.getList("result.id"));
        ids.addAll(page.getList("result.documentId"));
        while (page.getString("queryToken") != null) {
            page = platform(emulator).contentType(ContentType.TEXT).body(page.getString("queryToken"))
                    .post(object + "/queryMore").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("result.id"));
            ids.addAll(page.getList("result.documentId"));
        }
        ids.removeIf(id -> id == null);
        assertThat(ids).as(object + " pages").hasSize(total).doesNotHaveDuplicates();
        return ids;
    }
}
