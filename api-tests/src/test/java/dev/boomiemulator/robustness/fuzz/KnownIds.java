package dev.boomiemulator.robustness.fuzz;

import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Path parameter values that name real objects of the default fixtures, so most fuzzed requests get
 * past the 404 and reach the code that reads their bodies.
 */
final class KnownIds {
    /** Platform object type (the path segment before {id}) to ids of the demo account. */
    private static final Map<String, List<String>> PLATFORM = Map.ofEntries(
            Map.entry("Environment", List.of(Demo.PRODUCTION, Demo.TEST)),
            Map.entry("Process", List.of(Demo.ORDER_SYNC, Demo.DRAFT_PROCESS)),
            Map.entry("Atom", List.of(Demo.ONLINE_ATOM, Demo.OFFLINE_ATOM)),
            Map.entry("EnvironmentAtomAttachment", List.of(Demo.ONLINE_ATOM + ":" + Demo.PRODUCTION)),
            Map.entry("PackagedComponent", List.of(Demo.ORDER_SYNC_PACKAGE_3, Demo.INVENTORY_PACKAGE_1)),
            Map.entry("DeployedPackage", List.of(Demo.ORDER_SYNC_DEPLOYMENT, Demo.ORDER_SYNC_DEPLOYMENT_OLD)),
            Map.entry("ComponentMetadata", List.of(Demo.ORDER_SYNC, Demo.ORDER_SYNC + "~main-branch")),
            Map.entry("ProcessSchedules", List.of(ScheduleIds.of(Demo.ONLINE_ATOM, Demo.ORDER_SYNC))),
            Map.entry("ProcessScheduleStatus", List.of(ScheduleIds.of(Demo.ONLINE_ATOM, Demo.ORDER_SYNC))),
            Map.entry("IntegrationPackInstance", List.of("SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA")),
            Map.entry("IntegrationPack", List.of("a3c4917d-9622-4c5f-978c-0f02b5f5457a",
                    "89abcdef-0123-4567-89ab-cdef01234567")));

    private KnownIds() {
    }

    /** A value for the named path parameter of the operation: usually real, now and then made up. */
    static String pathValue(Operation operation, String name, Random random) {
        if (random.nextInt(10) == 0) {
            return "fuzz-" + Integer.toHexString(random.nextInt());
        }
        return switch (name) {
            case "accountId" -> operation.family() == Family.CONTROL && random.nextBoolean()
                    ? Demo.OTHER_ACCOUNT : Family.DEMO_ACCOUNT;
            case "account_id" -> DataIntegration.ACCOUNT;
            case "environment_id" -> pick(random, DataIntegration.PRODUCTION, DataIntegration.DEVELOPMENT);
            case "river_cross_id" -> pick(random, DataIntegration.ACTIVE_RIVER, DataIntegration.READY_RIVER,
                    DataIntegration.NO_TARGET_RIVER, DataIntegration.MAIN_RIVER);
            case "connection_cross_id" -> pick(random, DataIntegration.ORDERS_MYSQL,
                    DataIntegration.WAREHOUSE_SNOWFLAKE, DataIntegration.CRM_POSTGRES);
            case "groupType" -> pick(random, "demo-account-sample", "demo-account-inventory");
            case "versionId" -> pick(random, "1", "2", "3");
            case "requestId" -> "executionrecord-" + java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) random.nextInt()});
            case "id" -> platformId(operation.pathTemplate(), random);
            default -> Integer.toHexString(random.nextInt());
        };
    }

    private static String platformId(String template, Random random) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{id}")) {
                List<String> ids = PLATFORM.get(segments[i - 1]);
                if (ids != null) {
                    return ids.get(random.nextInt(ids.size()));
                }
            }
        }
        return new java.util.UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
