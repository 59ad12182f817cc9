package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import dev.boomiemulator.server.RequestVerdicts.Asked;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RequestVerdictsTest {
    private final Operation get = new Operation().addParametersItem(new Parameter().name("page").in("query"));
    private final AtomicInteger checks = new AtomicInteger();
    private final Supplier<ValidationReport> check = () -> {
        checks.incrementAndGet();
        return ValidationReport.singleton(ValidationReport.Message.create("validation.request.parameter.query", "x").build());
    };

    @Test
    void the_same_request_is_checked_once_and_any_difference_is_checked_anew() {
        RequestVerdicts verdicts = new RequestVerdicts(document(get));

        ValidationReport first = verdicts.verdict(new Asked(get, "/rivers", "page=0", null, ""), check);
        assertThat(verdicts.verdict(new Asked(get, "/rivers", "page=0", null, ""), check)).isSameAs(first);
        assertThat(checks).hasValue(1);

        verdicts.verdict(new Asked(get, "/rivers", "page=1", null, ""), check);
        verdicts.verdict(new Asked(get, "/rivers", null, null, ""), check);
        verdicts.verdict(new Asked(get, "/rivers/2", "page=0", null, ""), check);
        verdicts.verdict(new Asked(get, "/rivers", "page=0", "text/plain", ""), check);
        verdicts.verdict(new Asked(get, "/rivers", "page=0", null, "{}"), check);
        verdicts.verdict(new Asked(new Operation(), "/rivers", "page=0", null, ""), check);
        assertThat(checks).hasValue(7);
    }

    @Test
    void the_same_body_is_checked_once_and_another_body_anew() {
        RequestVerdicts verdicts = new RequestVerdicts(document(get));

        ValidationReport first = verdicts.verdict(new Asked(get, "/rivers", null, "application/json", "{\"a\":1}"), check);
        assertThat(verdicts.verdict(new Asked(get, "/rivers", null, "application/json", "{\"a\":1}"), check))
                .isSameAs(first);
        verdicts.verdict(new Asked(get, "/rivers", null, "application/json", "{\"a\":2}"), check);
        verdicts.verdict(new Asked(get, "/rivers", null, "text/plain", "{\"a\":1}"), check);
        assertThat(checks).hasValue(3);
    }

    @Test
    void nothing_is_remembered_for_a_document_that_judges_headers() {
        Operation withHeader = new Operation().addParametersItem(new Parameter().name("X-Tenant").in("header"));
        RequestVerdicts verdicts = new RequestVerdicts(document(withHeader));

        verdicts.verdict(new Asked(withHeader, "/rivers", null, null, ""), check);
        verdicts.verdict(new Asked(withHeader, "/rivers", null, null, ""), check);
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_long_path_query_or_body_is_checked_every_time() {
        RequestVerdicts verdicts = new RequestVerdicts(document(get));
        String longText = "1".repeat(RequestVerdicts.LONGEST_REMEMBERED);

        verdicts.verdict(new Asked(get, "/rivers", "page=" + longText, null, ""), check);
        verdicts.verdict(new Asked(get, "/rivers", "page=" + longText, null, ""), check);
        verdicts.verdict(new Asked(get, "/rivers", null, null, "[" + longText + "]"), check);
        verdicts.verdict(new Asked(get, "/rivers", null, null, "[" + longText + "]"), check);
        assertThat(checks).hasValue(4);
    }

    private static OpenAPI document(Operation operation) {
        return new OpenAPI().paths(new Paths().addPathItem("/rivers", new PathItem().get(operation)));
    }
}
