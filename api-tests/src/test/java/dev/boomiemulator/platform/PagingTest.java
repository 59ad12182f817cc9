package dev.boomiemulator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 100-row pages, queryToken and queryMore, over 250 environments in an account of their own. */
@BoomiEmulatorTest
class PagingTest {
    private static final String ACCOUNT = "paging-account";
    private static final int ROWS = 250;

    /** Loaded once: fixtures loaded at run time are part of what every reset returns to. */
    @BeforeAll
    static void load_250_environments(EmulatorRuntimeInfo emulator) {
        StringBuilder environments = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            environments.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"env-").append(i).append("\",\"name\":\"Env ").append(i)
                    .append("\",\"classification\":\"").append(i % 2 == 0 ? "PROD" : "TEST").append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + ACCOUNT + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[" + environments + "]}}]}");
    }

    private static RequestSpecification pager(EmulatorRuntimeInfo emulator) {
        return Platform.as(emulator, ACCOUNT, "pager", "pw");
    }

    private static JsonPath queryMore(EmulatorRuntimeInfo emulator, String token, ContentType type) {
        return pager(emulator).contentType(type).body(token).post("/Environment/queryMore")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pages_of_100_show_every_row_once_and_the_last_page_has_no_token(EmulatorRuntimeInfo emulator) {
        JsonPath page = pager(emulator).post("/Environment/query").then().statusCode(200)
                .body("numberOfResults", equalTo(ROWS)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        assertThat(seen).hasSize(100);
        String token = page.getString("queryToken");
        assertThat(token).doesNotStartWith("@").isNotBlank();

        page = queryMore(emulator, token, ContentType.JSON);
        assertThat(page.getInt("numberOfResults")).isEqualTo(ROWS);
        seen.addAll(page.getList("result.id"));
        page = queryMore(emulator, page.getString("queryToken"), ContentType.TEXT);
        seen.addAll(page.getList("result.id"));

        assertThat(page.getList("result")).hasSize(50);
        assertThat(page.getMap("$")).doesNotContainKey("queryToken");
        assertThat(seen).hasSize(ROWS).doesNotHaveDuplicates();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < ROWS; i++) {
            expected.add("env-" + i);
        }
        assertThat(new HashSet<>(seen)).isEqualTo(expected);
    }

    @Test
    void rows_added_while_paging_neither_repeat_nor_shift_the_pages(EmulatorRuntimeInfo emulator) {
        JsonPath page = pager(emulator).post("/Environment/query").then().extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        String token = page.getString("queryToken");
        int added = 0;
        while (token != null) {
            for (int i = 0; i < 30; i++, added++) {
                pager(emulator).body("{\"name\":\"Added while paging\"}").post("/Environment").then().statusCode(200);
            }
            page = queryMore(emulator, token, ContentType.JSON);
            seen.addAll(page.getList("result.id"));
            token = page.getString("queryToken");
        }
        assertThat(seen).hasSize(ROWS).doesNotHaveDuplicates().allMatch(id -> id.startsWith("env-"));
        pager(emulator).post("/Environment/query").then().body("numberOfResults", equalTo(ROWS + added));
    }

    @Test
    void a_filtered_query_pages_within_its_filter(EmulatorRuntimeInfo emulator) {
        String filter = "{\"QueryFilter\":{\"expression\":{\"property\":\"classification\",\"operator\":\"EQUALS\",\"argument\":[\"TEST\"]}}}";
        JsonPath page = pager(emulator).body(filter).post("/Environment/query").then()
                .body("numberOfResults", equalTo(125)).extract().jsonPath();
        JsonPath next = queryMore(emulator, page.getString("queryToken"), ContentType.TEXT);
        assertThat(next.getList("result")).hasSize(25);
        assertThat(next.getList("result.classification", String.class)).containsOnly("TEST");
        assertThat(next.getString("queryToken")).isNull();
    }

    @Test
    void a_query_that_fits_one_page_has_no_token(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).post("/Environment/query").then().statusCode(200).body("$", not(hasKey("queryToken")));
    }

    @Test
    void a_tampered_token_is_400(EmulatorRuntimeInfo emulator) {
        String token = pager(emulator).post("/Environment/query").then().extract().path("queryToken");
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        pager(emulator).contentType(ContentType.TEXT).body(tampered).post("/Environment/queryMore")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("queryToken"));
        pager(emulator).contentType(ContentType.TEXT).body("not-a-token").post("/Environment/queryMore")
                .then().statusCode(400);
    }

    @Test
    void another_accounts_token_is_400(EmulatorRuntimeInfo emulator) {
        String token = pager(emulator).post("/Environment/query").then().extract().path("queryToken");
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"paging-account\",\"users\":[{\"username\":\"demo@example.com\",\"password\":\"demo-password\"}]}]}");
        Platform.as(emulator).contentType(ContentType.TEXT).body(token).post("/Environment/queryMore")
                .then().statusCode(400).body("message", containsString("queryToken"));
    }

    @Test
    void an_empty_queryMore_body_is_400_not_500(EmulatorRuntimeInfo emulator) {
        pager(emulator).contentType(ContentType.TEXT).body("").post("/Environment/queryMore")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }
}
