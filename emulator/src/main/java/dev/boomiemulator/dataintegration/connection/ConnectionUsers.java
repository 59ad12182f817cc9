package dev.boomiemulator.dataintegration.connection;

import java.util.List;

/** Who uses a connection: the data flows of an environment naming it as source or target. */
@FunctionalInterface
public interface ConnectionUsers {
    /** Names and ids of the (not deleted) data flows using the connection, e.g. {@code "orders (65f0...)"}. */
    List<String> riversUsing(String accountId, String environmentId, String connectionId);
}
