package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BodilessVerdictsTest {
    private final Operation get = new Operation().addParametersItem(new Parameter().name("page").in("query"));
    private final AtomicInteger checks = new AtomicInteger();
    private final Supplier<ValidationReport> check = () -> {
        checks.incrementAndGet();
        return ValidationReport.singleton(ValidationReport.Message.create("validation.request.parameter.query", "x").build());
    };

    @Test
    void the_same_request_is_checked_once_and_any_difference_is_checked_anew() {
        BodilessVerdicts verdicts = new BodilessVerdicts(document(get));

        ValidationReport first = verdicts.verdict(get, "/rivers", "page=0", null, check);
        assertThat(verdicts.verdict(get, "/rivers", "page=0", null, check)).isSameAs(first);
        assertThat(checks).hasValue(1);

        verdicts.verdict(get, "/rivers", "page=1", null, check);
        verdicts.verdict(get, "/rivers", null, null, check);
        verdicts.verdict(get, "/rivers/2", "page=0", null, check);
        verdicts.verdict(get, "/rivers", "page=0", "text/plain", check);
        verdicts.verdict(new Operation(), "/rivers", "page=0", null, check);
        assertThat(checks).hasValue(6);
    }

    @Test
    void nothing_is_remembered_for_a_document_that_judges_headers() {
        Operation withHeader = new Operation().addParametersItem(new Parameter().name("X-Tenant").in("header"));
        BodilessVerdicts verdicts = new BodilessVerdicts(document(withHeader));

        verdicts.verdict(withHeader, "/rivers", null, null, check);
        verdicts.verdict(withHeader, "/rivers", null, null, check);
        assertThat(checks).hasValue(2);
    }

    @Test
    void a_long_path_or_query_is_checked_every_time() {
        BodilessVerdicts verdicts = new BodilessVerdicts(document(get));
        String query = "page=" + "1".repeat(BodilessVerdicts.LONGEST_REMEMBERED);

        verdicts.verdict(get, "/rivers", query, null, check);
        verdicts.verdict(get, "/rivers", query, null, check);
        assertThat(checks).hasValue(2);
    }

    private static OpenAPI document(Operation operation) {
        return new OpenAPI().paths(new Paths().addPathItem("/rivers", new PathItem().get(operation)));
    }
}
