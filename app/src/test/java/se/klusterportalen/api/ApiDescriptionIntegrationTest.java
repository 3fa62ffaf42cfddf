package se.klusterportalen.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.klusterportalen.testsupport.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description: served without a token (while the API still needs one), OpenAPI 3.1, with the bearer
 * scheme and the problem-details answers, and listing every {@code /api/v1} mapping in the code, so it cannot drift.
 */
@IntegrationTest
class ApiDescriptionIntegrationTest {

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private record Answer(int status, String contentType, String body) {
    }

    private Answer get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        String.valueOf(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)),
                        new String(response.getBody().readAllBytes())));
    }

    private JsonNode description() {
        var answer = get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), answer.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return JsonMapper.builder().build().readTree(answer.body());
    }

    /** What Swagger UI and generated clients show: a summary and one of the declared tags on every operation. */
    @Test
    void everyOperationHasASummaryAndADeclaredTag() {
        JsonNode description = description();
        var tags = new java.util.ArrayList<String>();
        description.get("tags").forEach(tag -> tags.add(tag.get("name").asString()));
        var missing = new java.util.ArrayList<String>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            JsonNode op = operation.getValue();
            String name = operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            if (op.get("summary") == null || op.get("summary").asString().isBlank()) {
                missing.add(name + ": no summary");
            }
            if (op.get("tags") == null || op.get("tags").size() != 1 || !tags.contains(op.get("tags").get(0).asString())) {
                missing.add(name + ": tags " + op.get("tags"));
            }
            // each problem answer's example is of its own status (not a 404 shown under 400, 401, …)
            op.get("responses").properties().forEach(answer -> {
                JsonNode problem = answer.getValue().path("content").path("application/problem+json").path("example");
                if (!problem.isMissingNode() && problem.path("status").asInt() != Integer.parseInt(answer.getKey())) {
                    missing.add(name + ": the example of " + answer.getKey() + " has status " + problem.path("status"));
                }
            });
        }));

        assertThat(tags).startsWith("Clusters", "Programmes");
        assertThat(missing).isEmpty();
    }

    /** The paging parameters carry their limits, so a client sees 1–500 and the defaults before it gets a 400. */
    @Test
    void thePagingParametersSayTheirDefaultsAndLimits() {
        JsonNode parameters = description().get("paths").get("/api/v1/clusters").get("get").get("parameters");
        JsonNode size = null;
        JsonNode page = null;
        for (JsonNode parameter : parameters) {
            if (parameter.get("name").asString().equals("size")) {
                size = parameter.get("schema");
            } else if (parameter.get("name").asString().equals("page")) {
                page = parameter.get("schema");
            }
        }

        assertThat(size.get("maximum").asInt()).isEqualTo(Paging.MAX_SIZE);
        assertThat(size.get("minimum").asInt()).isEqualTo(1);
        assertThat(size.get("default").asInt()).isEqualTo(Paging.DEFAULT_SIZE);
        assertThat(page.get("minimum").asInt()).isZero();
        assertThat(page.get("default").asInt()).isZero();
    }

    @Test
    void theDescriptionNeedsNoTokenButTheApiDoes() {
        assertThat(get("/v3/api-docs").status()).isEqualTo(200);
        assertThat(get("/v3/api-docs.yaml").status()).isEqualTo(200);
        assertThat(get("/api/v1/clusters").status()).isEqualTo(401);
    }

    @Test
    void swaggerUiIsOnlyInTheDevProfile() {
        assertThat(get("/swagger-ui.html").status()).isEqualTo(404);
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(404);
    }

    @Test
    void itIsOpenApi31WithTheBearerSchemeRequiredEverywhere() {
        JsonNode doc = description();

        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        JsonNode bearer = doc.get("components").get("securitySchemes").get(ApiDescription.BEARER);
        assertThat(bearer.get("type").asString()).isEqualTo("http");
        assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.get("security").get(0).has(ApiDescription.BEARER)).isTrue();
    }

    @Test
    void everyOperationDeclaresItsProblemAnswers() {
        JsonNode paths = description().get("paths");
        List<String> missing = new ArrayList<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                for (String code : List.of("400", "401", "403", "404", "500")) {
                    JsonNode answer = operation.getValue().path("responses").path(code);
                    if (!answer.path("content").path("application/problem+json").path("schema").path("$ref")
                            .asString("").endsWith("/" + ApiDescription.PROBLEM)) {
                        missing.add(operation.getKey() + " " + path.getKey() + " " + code);
                    }
                }
            }
        }
        assertThat(paths.size()).isGreaterThan(10);
        assertThat(missing).isEmpty();
        assertThat(description().get("components").get("schemas").get(ApiDescription.PROBLEM)
                .get("properties").has("messageKey")).isTrue();
    }

    @Test
    void everyApiV1MappingInTheCodeIsDescribed() {
        JsonNode paths = description().get("paths");
        Set<String> inCode = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/v1/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        inCode.add(method.name().toLowerCase(Locale.ROOT) + " " + pattern);
                    }
                }
            }
        });
        Set<String> described = new TreeSet<>();
        for (var path : paths.properties()) {
            for (var operation : path.getValue().properties()) {
                described.add(operation.getKey() + " " + path.getKey());
            }
        }

        assertThat(inCode).hasSizeGreaterThan(15).contains("get /api/v1/clusters");
        assertThat(described).containsAll(inCode);
        assertThat(described).allMatch(operation -> operation.contains(" /api/v1/"));
    }

    /**
     * springdoc names a schema by the record's simple name: two controllers' {@code ClusterJson} would share one
     * schema and one of them would be described wrongly. Every record an /api/v1 answer or body contains has a name
     * of its own ({@code @Schema(name = …)} where simple names clash), and the description holds each.
     */
    @Test
    void everyRecordOfTheApiHasASchemaNameOfItsOwn() {
        Set<Class<?>> records = new java.util.LinkedHashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(p -> p.startsWith("/api/v1/"))) {
                collect(handler.getMethod().getGenericReturnType(), records);
                for (var parameter : handler.getMethod().getParameters()) {
                    if (parameter.isAnnotationPresent(org.springframework.web.bind.annotation.RequestBody.class)) {
                        collect(parameter.getParameterizedType(), records);
                    }
                }
            }
        });
        var byName = new java.util.TreeMap<String, List<String>>();
        for (Class<?> type : records) {
            if (type != PageResponse.class) {
                byName.computeIfAbsent(schemaName(type), n -> new ArrayList<>()).add(type.getName());
            }
        }
        JsonNode schemas = description().get("components").get("schemas");

        assertThat(records).hasSizeGreaterThan(20);
        assertThat(byName.entrySet()).allSatisfy(name -> assertThat(name.getValue()).as(name.getKey()).hasSize(1));
        assertThat(byName.keySet()).allSatisfy(name -> assertThat(schemas.has(name)).as(name).isTrue());
    }

    private static String schemaName(Class<?> type) {
        var schema = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema != null && !schema.name().isBlank() ? schema.name() : type.getSimpleName();
    }

    private static void collect(java.lang.reflect.Type type, Set<Class<?>> records) {
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            collect(parameterized.getRawType(), records);
            for (var argument : parameterized.getActualTypeArguments()) {
                collect(argument, records);
            }
        } else if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                collect(plain.getComponentType(), records);
            } else if (plain.isRecord() && plain.getName().startsWith("se.klusterportalen.") && records.add(plain)) {
                for (var component : plain.getRecordComponents()) {
                    collect(component.getGenericType(), records);
                }
            }
        }
    }
}
