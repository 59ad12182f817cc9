package dev.boomiemulator.support;

/** Fixture documents for tests that need many runtime rows in an account of their own. */
public final class RuntimeFixtures {
    private RuntimeFixtures() {
    }

    /**
     * An account (user {@code pager}, password {@code pw}) with one environment, one ONLINE Atom
     * {@code atom} attached to it, and {@code processes} processes {@code p0, p1, ...}, each packaged and
     * deployed there: so as many ProcessSchedules entries.
     */
    public static String deployedProcesses(String accountId, int processes) {
        StringBuilder procs = new StringBuilder();
        StringBuilder packages = new StringBuilder();
        StringBuilder deployments = new StringBuilder();
        for (int i = 0; i < processes; i++) {
            String comma = i == 0 ? "" : ",";
            procs.append(comma).append("{\"id\":\"p").append(i).append("\",\"name\":\"Process ").append(i).append("\"}");
            packages.append(comma).append("{\"id\":\"pkg").append(i).append("\",\"componentId\":\"p").append(i).append("\"}");
            deployments.append(comma).append("{\"environmentId\":\"env\",\"packageId\":\"pkg").append(i).append("\"}");
        }
        return "{\"accounts\":[{\"id\":\"" + accountId + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[{\"id\":\"env\",\"name\":\"Env\"}],"
                + "\"atoms\":[{\"id\":\"atom\",\"name\":\"Atom\",\"environmentId\":\"env\"}],"
                + "\"processes\":[" + procs + "],\"packagedComponents\":[" + packages + "],"
                + "\"deployments\":[" + deployments + "]}}]}";
    }
}
