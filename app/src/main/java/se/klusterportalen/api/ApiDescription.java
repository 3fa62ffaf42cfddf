package se.klusterportalen.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.klusterportalen.rejection.RejectionMessages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 description of {@code /api/**}, served without a token at {@code /v3/api-docs} (JSON) and
 * {@code /v3/api-docs.yaml}; Swagger UI at {@code /swagger-ui.html} in the {@code dev} profile only. Every operation
 * needs a bearer access token (scheme {@value #BEARER}) and declares the problem-details answers of {@link ApiErrors}
 * (400, 401, 403, 404, 500; 409 and 413 where they can happen) with the schema {@value #PROBLEM}.
 */
@Configuration
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI klusterportalOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Klusterportalen API").version("v1").description("""
                        Read access to a region's cluster programme data and the imports integrations need. \
                        Every request needs a Keycloak access token of the portal's realm for the audience \
                        `klusterportal-api` (`Authorization: Bearer …`); a region sees only its own data, and an id of \
                        another region is answered exactly like an id that does not exist (404). Lists are paged \
                        (`page` from 0, `size` 1–500, default 50) and ordered stably (Swedish collation, then id). \
                        Money is whole kronor (integers), dates ISO 8601. Errors are `application/problem+json` with \
                        `detail` in Swedish unless `Accept-Language` prefers English, and the text's key in \
                        `messageKey`."""))
                .tags(List.of(
                        tag("Clusters", "The portfolio, a cluster's profile, members, contacts and history"),
                        tag("Programmes", "Programmes, their goals and milestones, and their history"),
                        tag("Goals and milestones", "One goal or milestone, and its history"),
                        tag("Funding", "Funding plans, streams, totals, envelopes and warnings, in whole kronor"),
                        tag("Labels", "ECEI labels and label goals of the clusters"),
                        tag("Assessments", "Phase self-assessments: rounds, assessments, the phase matrix"),
                        tag("Indicators", "Indicators followed over time and their measurement rounds"),
                        tag("Reports", "The region and cluster reports as PDF, everything as a workbook"),
                        tag("Imports", "Import previews and imports (programme officers only; all or nothing)")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("""
                                        A Keycloak access token of the portal's realm for the audience \
                                        `klusterportal-api`. In development: `curl -d grant_type=password -d \
                                        client_id=klusterportal-cli -d username=skane.handlaggare -d password=demo \
                                        http://localhost:8180/realms/klusterportal/protocol/openid-connect/token` \
                                        and paste the `access_token` here (it lasts a few minutes).""")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    private static io.swagger.v3.oas.models.tags.Tag tag(String name, String description) {
        return new io.swagger.v3.oas.models.tags.Tag().name(name).description(description);
    }

    /** Every operation: the problem-details answers it can give, unless the operation declares its own. */
    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // added here, after springdoc has dropped the schemas nothing referred to yet
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                var answers = new LinkedHashMap<String, String>();
                answers.put("400", "The request is invalid: a parameter out of range (e.g. size over 500) or a "
                        + "malformed value; `errors` lists the fields");
                answers.put("401", "No valid bearer access token for the API's audience");
                answers.put("403", "The caller's role does not allow this");
                answers.put("404", "No such record in the caller's region (another region's id is answered the same)");
                if (!method.name().equals("GET")) {
                    answers.put("413", "The body is larger than 1 MiB (uploads have their own limit)");
                } else if (path.contains("{")) {
                    answers.put("304", "Not modified: the `If-None-Match` ETag is still current");
                }
                answers.put("500", "An unexpected error (logged); nothing was changed");
                addAll(operation, answers);
            }));
        };
    }

    private static void addAll(Operation operation, Map<String, String> answers) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // springdoc derives answers from the exception handlers; they are replaced by the documented ones
        responses.keySet().removeIf(code -> answers.containsKey(code) && !code.equals("200"));
        answers.forEach((code, description) -> {
            var response = new ApiResponse().description(description);
            if (!code.equals("304")) {
                response.content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                                .example(example(code))));
            }
            responses.addApiResponse(code, response);
        });
        operation.setResponses(responses);
    }

    /** What the answer of each status looks like (the texts are the Swedish ones, as without Accept-Language). */
    private static Map<String, Object> example(String code) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        switch (code) {
            case "400" -> {
                String detail = "Sidstorleken (size) ska vara från 1 till 500.";
                head(problem, "Bad Request", 400, detail);
                problem.put("instance", "/api/v1/clusters");
                problem.put("messageKey", "api.paging.size");
                var error = new LinkedHashMap<String, Object>();
                error.put("field", "size");
                error.put("messageKey", "api.paging.size");
                error.put("detail", detail);
                problem.put("errors", List.of(error));
            }
            case "401" -> keyed(problem, "Unauthorized", 401, "rejection.unauthenticated");
            case "403" -> keyed(problem, "Forbidden", 403, "rejection.forbidden");
            case "404" -> {
                head(problem, "Not Found", 404,
                        "Det du söker finns inte, eller inte i din region.");
                problem.put("instance", "/api/v1/clusters/00000000-0000-0000-0000-000000000000");
                problem.put("messageKey", "rejection.not-found");
            }
            case "413" -> keyed(problem, "Content Too Large", 413, "rejection.request.too-large", 1024);
            default -> {
                head(problem, "Internal Server Error", 500,
                        "Något gick fel. Inget av det du gjorde sparades; försök igen, eller kontakta supporten om "
                                + "felet kvarstår.");
                problem.put("messageKey", ApiErrors.UNEXPECTED);
            }
        }
        return problem;
    }

    private static void keyed(Map<String, Object> problem, String title, int status, String messageKey,
                              Object... arguments) {
        head(problem, title, status, RejectionMessages.text(messageKey, List.of(arguments), RejectionMessages.SWEDISH));
        problem.put("messageKey", messageKey);
    }

    private static void head(Map<String, Object> problem, String title, int status, String detail) {
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
    }

    /** RFC 9457 problem details as {@link ApiErrors} writes them. */
    private static Schema<?> problemSchema() {
        var fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The input field or item the error belongs to"))
                .addProperty("messageKey", new StringSchema().description("The text's key"))
                .addProperty("detail", new StringSchema().description("The text, in the client's language"));
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Not Found"))
                .addProperty("status", new IntegerSchema().example(404))
                .addProperty("detail", new StringSchema()
                        .description("A readable sentence in Swedish, or English if Accept-Language prefers it")
                        .example("Klustret finns inte i din region."))
                .addProperty("instance", new StringSchema().description("The request's path"))
                .addProperty("messageKey", new StringSchema()
                        .description("The key of the text, stable for programs (absent for 401/403/413/500)")
                        .example("cluster.error.not-found"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("For 400: what is wrong with each field"));
    }
}
