package dev.boomiemulator.server;

import static dev.boomiemulator.support.DataIntegration.prod;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.RecordedRequest;
import dev.boomiemulator.client.RequestPattern;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectNow;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Platform;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A body that starts with UTF-8's byte order mark (.NET's XML writers put one before every document) is read as the
 * document after it, as the real services read their bytes; the journal shows it without the mark.
 */
@BoomiEmulatorTest
class ByteOrderMarkApiTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] withMark(String document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(document.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    @Test
    void a_platform_body_in_xml_or_json_may_start_with_the_mark(EmulatorRuntimeInfo emulator) {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><bns:Environment "
                + "xmlns:bns=\"http://api.platform.boomi.com/\" name=\"From .NET\" classification=\"TEST\"/>";
        String fromXml = Platform.xml(emulator).body(withMark(xml)).post("/Environment").then().statusCode(200)
                .body("Environment.@name", equalTo("From .NET")).extract().path("Environment.@id");
        String json = "{\"name\":\"From PowerShell\",\"classification\":\"TEST\"}";
        String fromJson = Platform.as(emulator).body(withMark(json)).post("/Environment").then().statusCode(200)
                .extract().path("id");
        Platform.as(emulator).get("/Environment/" + fromXml).then().statusCode(200).body("name", equalTo("From .NET"));
        Platform.as(emulator).get("/Environment/" + fromJson).then().statusCode(200)
                .body("name", equalTo("From PowerShell"));
        assertThat(emulator.control().requests().matching(RequestPattern.post("/api/rest/v1/*/Environment")))
                .extracting(RecordedRequest::body)
                .containsExactlyInAnyOrder(json, xml);
    }

    @Test
    void only_the_whole_mark_is_skipped(EmulatorRuntimeInfo emulator) {
        // the mark's first two bytes before JSON are content, and not JSON
        Platform.as(emulator).body(new byte[] {(byte) 0xEF, (byte) 0xBB, '{', '}'}).post("/Environment")
                .then().statusCode(400);
        Platform.as(emulator).body(withMark("")).post("/Environment").then().statusCode(400);
    }

    @Test
    void connect_now_and_data_integration_read_past_it_too(EmulatorRuntimeInfo emulator) {
        ConnectNow.as(emulator).body(withMark(ConnectNow.body("accountId", "demo-account"))).post("/getInstalledIPacks")
                .then().statusCode(200);
        DataIntegration.as(emulator).body(withMark("{\"connection_name\":\"marked\","
                        + "\"connection_type_id\":\"postgresql\",\"properties\":{\"host\":\"db\",\"port\":5432}}"))
                .post(prod("/connections")).then().statusCode(201).body("connection_name", equalTo("marked"));
    }
}
