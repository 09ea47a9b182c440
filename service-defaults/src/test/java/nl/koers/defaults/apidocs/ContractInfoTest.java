package nl.koers.defaults.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.info.BuildProperties;

class ContractInfoTest {

    private static final ApiProperties.Contact CONTACT = new ApiProperties.Contact("Koers", "https://k.example", "a@k.example");

    @Test
    void namesTheDocumentsAfterTheApplicationWhenTheServiceSaysNothing() {
        ContractInfo info = ContractInfo.of("reflection-service", new ApiProperties(null, " ", CONTACT), null);

        assertThat(info.title()).isEqualTo("reflection-service API");
        assertThat(info.description()).isEqualTo("The HTTP API of reflection-service.");
        assertThat(info.version()).isEqualTo(ContractInfo.UNBUILT_VERSION);
    }

    @Test
    void takesTheVersionFromTheBuild() {
        Properties build = new Properties();
        build.setProperty("version", "0.1.0-SNAPSHOT");

        ContractInfo info = ContractInfo.of("reflection-service",
                new ApiProperties("Koers reflection API", "Reflections.", CONTACT), new BuildProperties(build));

        assertThat(info.title()).isEqualTo("Koers reflection API");
        assertThat(info.description()).isEqualTo("Reflections.");
        assertThat(info.version()).isEqualTo("0.1.0-SNAPSHOT");
    }
}
