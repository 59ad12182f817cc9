package dev.boomiemulator.support;

import static io.restassured.RestAssured.given;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Request specifications for the Data Integration API of an embedded emulator, with responses
 * contract-checked, and the ids of the default fixtures (fixtures/default/30-dataintegration.json).
 */
public final class DataIntegration {
    public static final String ACCOUNT = "6650a1b2c3d4e5f600000001";
    public static final String PRODUCTION = "6650a1b2c3d4e5f6000000e1";
    public static final String DEVELOPMENT = "6650a1b2c3d4e5f6000000e2";

    /** Every scope; read-only scopes; every scope but only in Development. */
    public static final String TOKEN = "demo-di-token";
    public static final String READ_ONLY_TOKEN = "demo-di-readonly-token";
    public static final String DEVELOPMENT_TOKEN = "demo-di-dev-token";

    /** Production connections: the MySQL source with a catalogue, the Snowflake target, a PostgreSQL source. */
    public static final String ORDERS_MYSQL = "6650a1b2c3d4e5f6000000c1";
    public static final String WAREHOUSE_SNOWFLAKE = "6650a1b2c3d4e5f6000000c2";
    public static final String CRM_POSTGRES = "6650a1b2c3d4e5f6000000c3";

    /** Production data flows. */
    public static final String ACTIVE_RIVER = "6650a1b2c3d4e5f6000000b1";
    public static final String READY_RIVER = "6650a1b2c3d4e5f6000000b2";
    public static final String NO_TARGET_RIVER = "6650a1b2c3d4e5f6000000b3";
    public static final String FAILING_RIVER = "6650a1b2c3d4e5f6000000b4";
    public static final String MAIN_RIVER = "6650a1b2c3d4e5f6000000b5";
    public static final String SUB_RIVER_EU = "6650a1b2c3d4e5f6000000b6";
    public static final String SUB_RIVER_US = "6650a1b2c3d4e5f6000000b7";

    /** The isolation account. */
    public static final String OTHER_ACCOUNT = "6650a1b2c3d4e5f600000002";
    public static final String OTHER_ENVIRONMENT = "6650a1b2c3d4e5f6000000f1";
    public static final String OTHER_TOKEN = "other-di-token";

    private DataIntegration() {
    }

    /** With the every-scope demo token, at {@code /v1/accounts/{demo}}, JSON in and out. */
    public static RequestSpecification as(EmulatorRuntimeInfo emulator) {
        return as(emulator, TOKEN);
    }

    public static RequestSpecification as(EmulatorRuntimeInfo emulator, String token) {
        return as(emulator, ACCOUNT, token);
    }

    public static RequestSpecification as(EmulatorRuntimeInfo emulator, String accountId, String token) {
        return anonymous(emulator, accountId).auth().oauth2(token);
    }

    /** Without a token. */
    public static RequestSpecification anonymous(EmulatorRuntimeInfo emulator) {
        return anonymous(emulator, ACCOUNT);
    }

    private static RequestSpecification anonymous(EmulatorRuntimeInfo emulator, String accountId) {
        return given()
                .baseUri(emulator.dataIntegrationUrl() + "/accounts/" + accountId)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .filter(Contracts.DATA_INTEGRATION);
    }

    /** {@code /environments/{id}} plus the rest. */
    public static String in(String environmentId, String rest) {
        return "/environments/" + environmentId + rest;
    }

    /** {@code /environments/{production}} plus the rest. */
    public static String prod(String rest) {
        return in(PRODUCTION, rest);
    }
}
