package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sample service's documents through the external checkers a client developer would use: Redocly's
 * recommended rules and Spectral's OpenAPI rules with 0 errors and 0 warnings, and the AsyncAPI parser without
 * an error or warning. system-tests runs the same checkers (src/test/lint) on the real services' documents.
 */
@SampleServiceTest
class ContractLintTest {

    @Autowired
    MockMvc mvc;

    @Test
    void openApiPassesRedoclyAndSpectralWithoutAWarning() {
        SampleDocuments.openApi(mvc);

        ContractCheckers.Outcome outcome = ContractCheckers.checkOpenApi(SampleDocuments.FOLDER.resolve("openapi.json"));

        System.out.println(outcome.output());
        assertThat(outcome.clean()).as(outcome.output()).isTrue();
        assertThat(outcome.output()).contains("redocly (recommended): 0 errors, 0 warnings",
                "spectral (spectral:oas): 0 errors, 0 warnings");
    }

    @Test
    void asyncApiPassesTheAsyncApiParserWithoutAWarning() {
        SampleDocuments.asyncApi(mvc);

        ContractCheckers.Outcome outcome = ContractCheckers.checkAsyncApi(SampleDocuments.FOLDER.resolve("asyncapi.json"));

        System.out.println(outcome.output());
        assertThat(outcome.clean()).as(outcome.output()).isTrue();
        assertThat(outcome.output()).contains("0 errors, 0 warnings");
    }
}
