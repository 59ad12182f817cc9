package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.fixtures.FixtureRejected;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The emulator control API's error: {@code {"message":"...","problems":[...]}}. */
final class ControlException extends ApiException {
    private final List<FixtureRejected.Problem> problems;

    ControlException(int status, String message) {
        this(status, message, List.of());
    }

    ControlException(int status, String message, List<FixtureRejected.Problem> problems) {
        super(status, message);
        this.problems = problems;
    }

    @Override
    public Object body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", getMessage());
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        return body;
    }
}
