package dev.boomiemulator.support;

/** Ids in the default fixtures (fixtures/default/10-platform.json, 11-platform-runtime.json). */
public final class Demo {
    public static final String PRODUCTION = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    public static final String TEST = "3f1c2a9e-0b7d-4c55-9a11-000000000002";

    /** ONLINE, attached to Production. */
    public static final String ONLINE_ATOM = "5d8e7b1c-1a2b-4c3d-8e9f-00000000a701";
    /** OFFLINE, attached nowhere. */
    public static final String OFFLINE_ATOM = "5d8e7b1c-1a2b-4c3d-8e9f-00000000a702";

    /** Version 3; packages 2.0 and 3.0; 3.0 deployed to Production (replacing 2.0) and Test; scheduled. */
    public static final String ORDER_SYNC = "7c4b2e10-5f6a-4b8c-9d0e-000000000001";
    /** Version 2, deployed to Production; its executions fail after 1.5 s. */
    public static final String INVOICE_EXPORT = "7c4b2e10-5f6a-4b8c-9d0e-000000000002";
    /** Version 5, deployed to Production; its executions start 3 s after the request and run 5 s. */
    public static final String CUSTOMER_IMPORT = "7c4b2e10-5f6a-4b8c-9d0e-000000000003";
    /** Version 1, packaged (1.0) but not deployed. */
    public static final String INVENTORY_NIGHTLY = "7c4b2e10-5f6a-4b8c-9d0e-000000000004";
    /** Version 1, never packaged. */
    public static final String DRAFT_PROCESS = "7c4b2e10-5f6a-4b8c-9d0e-000000000005";

    public static final String ORDER_SYNC_PACKAGE_2 = "8a5c3f21-6e7b-4c9d-8e1f-000000000001";
    public static final String ORDER_SYNC_PACKAGE_3 = "8a5c3f21-6e7b-4c9d-8e1f-000000000002";
    public static final String INVENTORY_PACKAGE_1 = "8a5c3f21-6e7b-4c9d-8e1f-000000000005";

    /** Order Sync 2.0 to Production: replaced, inactive. */
    public static final String ORDER_SYNC_DEPLOYMENT_OLD = "9b6d4a32-7f8c-4dae-9f20-000000000001";
    /** Order Sync 3.0 to Production: active. */
    public static final String ORDER_SYNC_DEPLOYMENT = "9b6d4a32-7f8c-4dae-9f20-000000000002";

    public static final int EXECUTION_RECORDS = 300;

    public static final String OTHER_ACCOUNT = "other-account";
    public static final String OTHER_USER = "other@example.com";
    public static final String OTHER_PASSWORD = "other-password";
    public static final String OTHER_PROCESS = "9a8b7c6d-0000-4000-8000-00000000c001";
    public static final String OTHER_ATOM = "9a8b7c6d-0000-4000-8000-00000000b001";

    private Demo() {
    }

    /** {@code {"QueryFilter":{"expression":{"property":p,"operator":op,"argument":[args...]}}}}. */
    public static String filter(String property, String operator, String... arguments) {
        StringBuilder args = new StringBuilder();
        for (String argument : arguments) {
            args.append(args.length() == 0 ? "" : ",").append('"').append(argument).append('"');
        }
        return "{\"QueryFilter\":{\"expression\":{\"property\":\"" + property + "\",\"operator\":\"" + operator
                + "\",\"argument\":[" + args + "]}}}";
    }

    /** An {@code and} of simple expressions given as {@code property, operator, argument} triples. */
    public static String and(String... triples) {
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < triples.length; i += 3) {
            nested.append(i == 0 ? "" : ",").append("{\"property\":\"").append(triples[i]).append("\",\"operator\":\"")
                    .append(triples[i + 1]).append("\",\"argument\":[\"").append(triples[i + 2]).append("\"]}");
        }
        return "{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":[" + nested + "]}}}";
    }
}
