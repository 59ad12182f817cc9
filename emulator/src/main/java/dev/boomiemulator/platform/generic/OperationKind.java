package dev.boomiemulator.platform.generic;

import dev.boomiemulator.common.PathPrefixes;
import dev.boomiemulator.platform.xml.OfficialSchemas.Listed;

/**
 * What an operation of the official document does, read from its operationId and path the way the document names
 * them throughout: {@code CreateFolder} is {@code POST /Folder}, {@code GetFolder} is {@code GET /Folder/{id}}, and so on.
 */
public enum OperationKind {
    CREATE, GET, UPDATE, DELETE, QUERY, QUERY_MORE, BULK,
    /** {@code GET /async/X/{id}}: starts an asynchronous read and answers a token. */
    ASYNC_GET,
    /** {@code GET /async/X/response/{token}}: the read's result. */
    ASYNC_RESULT,
    /** {@code POST /X/execute/{id}}: an action on an object. */
    EXECUTE,
    /** Anything else ({@code cancelExecution}, {@code getAssignableRoles}): an action of its own. */
    ACTION;

    static OperationKind of(Listed operation) {
        return of(operation.operationId(), operation.tag(), operation.path());
    }

    static OperationKind of(String id, String tag, String path) {
        if (id.equals("AsyncGet" + tag) && path.startsWith("/async/") && path.endsWith("/{id}")) {
            return ASYNC_GET;
        }
        if (id.equals("AsyncToken" + tag)) {
            return ASYNC_RESULT;
        }
        if (id.equals("Execute" + tag)) {
            return EXECUTE;
        }
        if (!PathPrefixes.under(path, "/" + tag)) {
            return ACTION;
        }
        if (id.equals("QueryMore" + tag)) {
            return QUERY_MORE;
        }
        for (OperationKind kind : new OperationKind[] {CREATE, GET, UPDATE, DELETE, QUERY, BULK}) {
            if (id.equals(kind.prefix() + tag)) {
                return kind;
            }
        }
        return ACTION;
    }

    private String prefix() {
        String name = name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
