package nl.koers.defaults.apidocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.koers.defaults.web.Role;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes a service's OpenAPI document tell the truth about it, from the code, in one place for every service:
 * the {@code info} block, the bearer JWT scheme and which operations are public, per operation the success
 * headers and media types and the problem+json answers its shape allows ({@link OperationShape}), one shared
 * {@code Problem} schema, exact response schemas ({@link ResponseSchemas}), described tags, and unique
 * operationIds ({@link OperationIds}).
 *
 * <p>springdoc calls it twice per document: once per operation with its handler method, which this only notes
 * on the operation, and once with the whole document, where the path and method of each operation are known too.
 */
final class OpenApiContract implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    /** Where the handler is kept on an operation between the two calls; removed before anyone sees it. */
    private static final String HANDLER = "x-koers-handler";

    private final ContractInfo info;
    private final PublicPaths publicPaths;

    OpenApiContract(ContractInfo info, PublicPaths publicPaths) {
        this.info = info;
        this.publicPaths = publicPaths;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.addExtension(HANDLER, handler);
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        List<Located> operations = located(openApi);
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        openApi.setInfo(info());
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An OAuth 2 access token (a JWT) from the Koers identity provider,"
                        + " for audience `koers`, sent as `Authorization: Bearer <token>`. Its `roles` claim ("
                        + Arrays.stream(Role.values()).map(Role::claimValue).collect(Collectors.joining(", "))
                        + ") decides what the caller may do."));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));

        Set<ProblemResponse> used = EnumSet.noneOf(ProblemResponse.class);
        for (Located located : operations) {
            if (located.handler() != null) {
                used.addAll(OperationShape.shape(located.method(), located.operation(), located.handler(),
                        publicPaths.isPublic(located.path(), located.method())));
            }
        }
        if (!used.isEmpty()) {
            components.addSchemas(ProblemResponse.SCHEMA, problemSchema());
            used.forEach(problem -> components.addResponses(problem.component(), response(problem)));
        }
        openApi.setTags(tags(openApi, operations));
        ResponseSchemas.of(operations.stream().map(Located::handler).filter(Objects::nonNull).toList()).apply(openApi);
        requireUniqueOperationIds(operations);
        operations.forEach(located -> {
            Map<String, Object> extensions = located.operation().getExtensions();
            if (extensions != null) {
                extensions.remove(HANDLER);
                if (extensions.isEmpty()) {
                    located.operation().setExtensions(null);
                }
            }
        });
    }

    private record Located(String path, PathItem.HttpMethod method, Operation operation, HandlerMethod handler) {

        String describe() {
            return method + " " + path + (handler == null ? "" : " (" + OperationIds.name(handler) + ")");
        }
    }

    private static List<Located> located(OpenAPI openApi) {
        List<Located> operations = new ArrayList<>();
        if (openApi.getPaths() != null) {
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                Object handler = operation.getExtensions() == null ? null : operation.getExtensions().get(HANDLER);
                operations.add(new Located(path, method, operation,
                        handler instanceof HandlerMethod h ? h : null));
            }));
        }
        return operations;
    }

    private Info info() {
        return new Info().title(info.title()).description(info.description()).version(info.version())
                .contact(new Contact().name(info.contact().name()).url(info.contact().url())
                        .email(info.contact().email()))
                .license(new License().name(ContractInfo.LICENCE_NAME).url(ContractInfo.LICENCE_URL));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema fieldError = Schemas.of("object")
                .description("One refused field or parameter.")
                .addProperty("field", Schemas.string().description("The field's path in the body (`period.endsOn`,"
                        + " `items[2].name`), or the parameter's name.").example("size"))
                .addProperty("message", Schemas.string().description("What is wrong with its value.")
                        .example("must be a whole number from 1 to 100"));
        fieldError.setRequired(List.of("field", "message"));
        Schema problem = Schemas.of("object")
                .description("An error answer (RFC 9457 problem details), the same for every error of every"
                        + " Koers service. Programs switch on `type`; people read `detail`.")
                .addProperty("type", Schemas.string().format("uri").description("What kind of problem this is:"
                        + " `urn:koers:problem:` and a stable code, such as `urn:koers:problem:cohort-not-open`.")
                        .example("urn:koers:problem:invalid-request"))
                .addProperty("title", Schemas.string().description("The kind of problem in a few words, the same"
                        + " for every problem of this type.").example("Invalid request"))
                .addProperty("status", Schemas.integer(400, 599).description("The HTTP status code of the answer.")
                        .example(400))
                .addProperty("detail", Schemas.string().description("What went wrong with this request and what to"
                        + " do about it, for a person to read.").example("size: must be a whole number from 1 to 100"))
                .addProperty("instance", Schemas.string().format("uri-reference")
                        .description("The path of the request that failed.").example("/api/cohorts"))
                .addProperty("errors", Schemas.of("array").items(fieldError)
                        .description("For an invalid request: each field or parameter refused, and why."));
        problem.setRequired(List.of("type", "title", "status", "detail", "instance"));
        return problem;
    }

    private static ApiResponse response(ProblemResponse problem) {
        ApiResponse response = new ApiResponse().description(problem.description())
                .content(new Content().addMediaType(ProblemResponse.MEDIA_TYPE, new MediaType()
                        .schema(Schemas.reference(ProblemResponse.SCHEMA)).example(problem.example())));
        if (problem == ProblemResponse.UNAUTHORIZED) {
            response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header()
                    .description("`Bearer` when no token came, with `error=\"invalid_token\"` when one was rejected.")
                    .schema(Schemas.string().example("Bearer error=\"invalid_token\"")));
        }
        return response;
    }

    /** Every tag an operation uses, once, with the description its controller's {@code @Tag} gives it. */
    private static List<io.swagger.v3.oas.models.tags.Tag> tags(OpenAPI openApi, List<Located> operations) {
        Map<String, io.swagger.v3.oas.models.tags.Tag> declared = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> declared.put(tag.getName(), tag));
        }
        Map<String, io.swagger.v3.oas.models.tags.Tag> used = new LinkedHashMap<>();
        for (Located located : operations) {
            if (located.operation().getTags() == null) {
                continue;
            }
            for (String name : located.operation().getTags()) {
                io.swagger.v3.oas.models.tags.Tag tag = used.computeIfAbsent(name, n ->
                        declared.getOrDefault(n, new io.swagger.v3.oas.models.tags.Tag().name(n)));
                if ((tag.getDescription() == null || tag.getDescription().isBlank()) && located.handler() != null) {
                    tag.setDescription(annotatedDescription(located.handler(), name));
                }
            }
        }
        return used.values().stream().sorted(Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName))
                .toList();
    }

    private static String annotatedDescription(HandlerMethod handler, String name) {
        return Stream.concat(
                        AnnotatedElementUtils.findAllMergedAnnotations(handler.getMethod(), Tag.class).stream(),
                        AnnotatedElementUtils.findAllMergedAnnotations(handler.getBeanType(), Tag.class).stream())
                .filter(tag -> tag.name().equals(name) && !tag.description().isBlank())
                .map(Tag::description).findFirst().orElse(null);
    }

    private static void requireUniqueOperationIds(List<Located> operations) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        operations.forEach(located -> byId.computeIfAbsent(String.valueOf(located.operation().getOperationId()),
                id -> new ArrayList<>()).add(located.describe()));
        OperationIds.requireUnique(byId);
    }
}
