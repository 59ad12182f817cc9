package dev.boomiemulator.server;

import dev.boomiemulator.fixtures.FixtureReader;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines the command line prints once the server is ready: where it really listens, each family's
 * base URL, the accounts loaded (with their Data Integration ids), the fixture sources, and whether
 * the control API is open. Everything a new user needs for a first request, and nothing invented.
 */
final class StartupBanner {
    /** More accounts than this are summed up; {@code GET /_emulator/fixtures} lists them all. */
    static final int ACCOUNTS_SHOWN = 10;

    private StartupBanner() {
    }

    static List<String> lines(EmulatorConfig config, InetSocketAddress address, StartupSummary loaded, long millis) {
        boolean everyInterface = address.getAddress().isAnyLocalAddress();
        String url = "http://" + urlHost(address.getAddress()) + ":" + address.getPort();
        List<String> lines = new ArrayList<>();
        lines.add("Boomi emulator ready in " + millis + " ms on " + url + (everyInterface
                // a dual-stack socket reports 0.0.0.0 as ::, so the text is the one the user gave
                ? ", listening on all interfaces (" + config.host() + " port " + address.getPort() + ")"
                : address.getAddress().isLoopbackAddress() ? " (this machine only; --host 0.0.0.0 accepts other machines)" : ""));
        lines.add("  Platform          " + url + "/api/rest/v1/{accountId}/...");
        lines.add("  Partner API       " + url + "/partner/api/rest/v1/{accountId}/...?overrideAccount={subAccountId}");
        lines.add("  Connect Now       " + url + "/ws/simple/...");
        lines.add("  Data Integration  " + url + "/v1/accounts/{dataIntegrationId}/...");
        lines.addAll(accounts(loaded.accounts()));
        lines.addAll(fixtures(config, loaded.fixtureSources()));
        lines.add("  store             " + config.database().describe());
        if (config.platformRateLimit() > 0) {
            lines.add("  rate limit        " + config.platformRateLimit() + " Platform requests per second per account, "
                    + "503 beyond (PUT " + ControlApi.PREFIX + "/limits changes it)");
        }
        lines.add("  control API       " + url + ControlApi.PREFIX + ": " + (config.adminToken() != null
                ? "protected by the admin token (Authorization: Bearer ...; health stays open)"
                : everyInterface
                        ? "OPEN to every machine that reaches this port; --admin-token protects it"
                        : "open (no admin token)"));
        return lines;
    }

    private static List<String> accounts(List<StartupSummary.LoadedAccount> accounts) {
        if (accounts.isEmpty()) {
            return List.of("  accounts          none: load fixtures with --fixtures or POST " + ControlApi.PREFIX + "/fixtures");
        }
        String idHeading = "Platform/Connect Now id";
        int idWidth = Math.max(idHeading.length(), accounts.stream().mapToInt(account -> account.id().length()).max().orElse(0));
        List<String> lines = new ArrayList<>();
        lines.add("  accounts          " + pad(idHeading, idWidth) + "  " + pad("Data Integration id", 24) + "  name");
        accounts.stream().limit(ACCOUNTS_SHOWN).forEach(account -> lines.add("                    "
                + pad(account.id(), idWidth) + "  " + pad(account.dataIntegrationId().orElse("-"), 24) + "  " + account.name()));
        if (accounts.size() > ACCOUNTS_SHOWN) {
            lines.add("                    ... and " + (accounts.size() - ACCOUNTS_SHOWN) + " more (GET "
                    + ControlApi.PREFIX + "/fixtures lists them)");
        }
        return lines;
    }

    private static List<String> fixtures(EmulatorConfig config, List<String> sources) {
        String defaultPrefix = "classpath:" + FixtureReader.DEFAULT_SET + "/";
        List<String> shown = new ArrayList<>();
        long defaults = sources.stream().filter(source -> source.startsWith(defaultPrefix)).count();
        if (config.defaultFixtures() && defaults > 0) {
            shown.add("the built-in default set (" + defaults + " documents; --no-default-fixtures leaves it out)");
        }
        sources.stream().filter(source -> !(config.defaultFixtures() && source.startsWith(defaultPrefix))).forEach(shown::add);
        if (shown.isEmpty()) {
            return List.of("  fixtures          none");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            lines.add((i == 0 ? "  fixtures          " : "                    ") + shown.get(i));
        }
        return lines;
    }

    /** The host to put in a URL: the loopback address for a wildcard, brackets around IPv6. */
    private static String urlHost(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        String text = address.getHostAddress();
        return address instanceof Inet6Address ? "[" + text.replaceFirst("%.*$", "") + "]" : text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
