package dev.boomiemulator.dataintegration;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;

/**
 * The scopes a Data Integration token may carry; each route of the family declares the one it needs
 * (the {@code x-scope} of its operation in openapi/data-integration-v1.yaml).
 */
public enum Scope implements RouteRole {
    OPERATIONS_LIST("operations:list"),
    ACTIVITY_LIST("activity:list"),
    DATA_FLOW_LIST("data flow:list"),
    DATA_FLOW_WRITE("data flow:write"),
    DATA_FLOW_EXECUTE("data flow:execute"),
    ENVIRONMENT_LIST("environment:list"),
    CONNECTION_LIST("connection:list"),
    CONNECTION_EDIT("connection:edit"),
    CONNECTION_DELETE("connection:delete"),
    VARIABLES_LIST("variables:list"),
    VARIABLES_EDIT("variables:edit");

    /** The scope name a token uses for "every scope". */
    public static final String ALL = "all";

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Scope> fromWireName(String name) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(name)).findFirst();
    }
}
