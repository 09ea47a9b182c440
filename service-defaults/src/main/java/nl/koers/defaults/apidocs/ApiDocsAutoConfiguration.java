package nl.koers.defaults.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.models.servers.Server;
import nl.koers.defaults.messaging.ServiceTopics;
import nl.koers.defaults.messaging.TopicsAutoConfiguration;
import nl.koers.defaults.security.SecurityDefaultsAutoConfiguration;
import nl.koers.defaults.web.Caller;
import nl.koers.defaults.web.Paging;
import nl.koers.events.ApiPaths;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.Constants;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The contract documents of every Koers service, generated from its code: the OpenAPI document springdoc serves
 * at {@code /v3/api-docs}, made truthful by {@link OpenApiContract}, and the AsyncAPI document of its Kafka
 * events at {@code /asyncapi} ({@link AsyncApiDocument}). A service adds only {@code koers.api.title} and
 * {@code koers.api.description} ({@link ApiProperties}) and the annotations that describe its operations.
 */
@AutoConfiguration(before = SpringDocConfiguration.class,
        after = {TopicsAutoConfiguration.class, SecurityDefaultsAutoConfiguration.class,
                ProjectInfoAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiDocsAutoConfiguration {

    @Bean
    ContractInfo koersContractInfo(Environment environment, ApiProperties properties,
                                   ObjectProvider<BuildProperties> build) {
        return ContractInfo.of(environment.getProperty("spring.application.name", "application"), properties,
                build.getIfAvailable());
    }

    /**
     * Under the name of springdoc's own global customizer, which it then leaves out: that one renames clashing
     * operationIds ({@code get_1}); this one refuses them ({@link OperationIds}).
     */
    @Bean(Constants.GLOBAL_OPEN_API_CUSTOMIZER)
    OpenApiContract koersOpenApiContract(ContractInfo info) {
        // The caller comes from the token and paging from page/size (documented by OpenApiContract), never as
        // parameters of their own; the error controller answers for every path, it is not an operation.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class, Paging.class)
                .addHiddenRestControllers(ErrorController.class);
        return new OpenApiContract(info, new PublicPaths(ApiPaths.PUBLIC));
    }

    /**
     * Documents the API as served from wherever the document was fetched: behind the gateway that is the
     * gateway, so Swagger UI's "Try it out" goes through it (with its token check) rather than around it.
     */
    @Bean
    OpenApiCustomizer relativeServerUrl() {
        return openApi -> openApi.setServers(List.of(new Server().url("/")
                .description("Where this document was fetched from: the gateway, or the service itself")));
    }

    @Bean
    static BeanPostProcessor koersSpringDocDefaults(Environment environment) {
        return new SpringDocDefaults(environment);
    }

    /** Two operations with one operationId stop the service at start-up, not only its document. */
    @Bean
    SmartInitializingSingleton koersUniqueOperationIds(ListableBeanFactory beans) {
        return () -> {
            List<Map.Entry<RequestMappingInfo, HandlerMethod>> mappings = new ArrayList<>();
            beans.getBeansOfType(RequestMappingHandlerMapping.class).values()
                    .forEach(mapping -> mappings.addAll(mapping.getHandlerMethods().entrySet()));
            OperationIds.requireUnique(mappings);
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBean(ServiceTopics.class)
    static class AsyncApi {

        @Bean
        AsyncApiController koersAsyncApi(ContractInfo info, ServiceTopics topics, Environment environment) {
            Binder binder = Binder.get(environment);
            List<String> servers = binder.bind("spring.kafka.bootstrap-servers", Bindable.listOf(String.class))
                    .orElse(List.of("localhost:9092"));
            int partitions = binder.bind("koers.topics.partitions", Integer.class).orElse(3);
            return new AsyncApiController(info, topics, servers, partitions);
        }
    }
}
