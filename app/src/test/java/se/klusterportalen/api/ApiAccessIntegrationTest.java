package se.klusterportalen.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.cluster.ClusterSummary;
import org.junit.jupiter.api.AfterAll;
import org.springframework.jdbc.core.JdbcTemplate;
import se.klusterportalen.programme.GoalId;
import se.klusterportalen.programme.MilestoneId;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.RegionSql;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.text.Collation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/**
 * Every read endpoint of /api/v1 over HTTP with real tokens: no token is 401; another region's id is 404 with the
 * same body as a random id; the role limits of the UI; paging edges, stable order and ETags. Demo data read only,
 * plus one uniquely named assessment round of Skåne that the test commits (ADR 0008).
 */
@IntegrationTest
class ApiAccessIntegrationTest {

    /**
     * Every GET with an id in its path; {cluster}, {programme}, {round}, {assessment}, {goal}, {milestone} are
     * Skåne's.
     */
    static List<String> byId() {
        return List.of("/api/v1/clusters/{cluster}", "/api/v1/clusters/{cluster}/members",
                "/api/v1/clusters/{cluster}/contacts", "/api/v1/clusters/{cluster}/history",
                "/api/v1/clusters/{cluster}/assessments", "/api/v1/clusters/{cluster}/indicators",
                "/api/v1/clusters/{cluster}/named-members", "/api/v1/clusters/{cluster}/funding",
                "/api/v1/labels/{cluster}", "/api/v1/reports/clusters/{cluster}.pdf",
                "/api/v1/programmes/{programme}", "/api/v1/programmes/{programme}/goals",
                "/api/v1/programmes/{programme}/milestones", "/api/v1/programmes/{programme}/funding",
                "/api/v1/assessment-rounds/{round}/assessments", "/api/v1/assessment-rounds/{round}/matrix",
                "/api/v1/assessments/{assessment}", "/api/v1/goals/{goal}", "/api/v1/goals/{goal}/history",
                "/api/v1/milestones/{milestone}", "/api/v1/programmes/{programme}/history",
                "/api/v1/milestones/{milestone}/history", "/api/v1/labels/{cluster}/history",
                "/api/v1/programmes/{programme}/funding/history", "/api/v1/assessments/{assessment}/history",
                "/api/v1/programmes/{programme}/funding/envelopes", "/api/v1/programmes/{programme}/funding/warnings");
    }

    /** The placeholders of the paths. */
    private static final List<String> PLACEHOLDERS = List.of("{cluster}", "{programme}", "{round}", "{assessment}",
            "{goal}", "{milestone}");

    /** Every paged list without an id. */
    static List<String> lists() {
        return List.of("/api/v1/clusters", "/api/v1/programmes", "/api/v1/assessment-rounds", "/api/v1/indicators",
                "/api/v1/indicator-rounds", "/api/v1/funding-streams", "/api/v1/labels");
    }

    static List<String> all() {
        var all = new ArrayList<>(byId());
        all.addAll(lists());
        all.addAll(List.of("/api/v1/reports/region.pdf", "/api/v1/reports/region.xlsx"));
        return all;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Map<String, String> skane;
    private static String milestoneTitle;

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ClusterService clusters;
    @Autowired ProgrammeService programmes;
    @Autowired AssessmentService assessments;

    private record Answer(int status, String contentType, String etag, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private Answer get(String path, String user, String... headers) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
            if (user != null) {
                request.header(HttpHeaders.AUTHORIZATION, "Bearer " + login.accessToken(user));
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            var response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Skåne's ids: demo data, and a round opened once for Media Evolution (committed, uniquely named). */
    private Map<String, String> skane() {
        if (skane == null) {
            skane = login.inOwnTransaction(SKANE_OFFICER, () -> {
                ClusterId cluster = clusters.list().stream().filter(c -> c.name().equals("Media Evolution"))
                        .findFirst().orElseThrow().id();
                var programme = programmes.list().getFirst().id();
                var round = assessments.openRound("API-test " + UUID.randomUUID(), List.of(cluster));
                var assessment = assessments.assessments(round.id()).getFirst().id();
                var goal = programmes.goals(programme).getFirst().id();
                // done and long past, so no overdue notice or report picks it up; removed after the class
                milestoneTitle = "API-test " + UUID.randomUUID();
                var milestone = programmes.addMilestone(new MilestoneInput(programme, cluster, milestoneTitle, null,
                        "2021 Q4", "Programkontoret", MilestoneStatus.IN_PROGRESS, null, null));
                return Map.of("{cluster}", cluster.toString(), "{programme}", programme.toString(),
                        "{round}", round.id().value().toString(), "{assessment}", assessment.value().toString(),
                        "{goal}", goal.toString(), "{milestone}", milestone.id().toString());
            });
            // a second transaction, so that the history has a second revision
            login.inOwnTransaction(SKANE_OFFICER, () -> {
                var milestone = programmes.milestone(MilestoneId.parse(skane.get("{milestone}")));
                return programmes.updateMilestoneStatus(milestone.id(), MilestoneStatus.DONE,
                        LocalDate.of(2021, 12, 1), "Klart", milestone.version());
            });
        }
        return skane;
    }

    @AfterAll
    static void removeTheMilestone(@Autowired RegionSql sql, @Autowired JdbcTemplate jdbc) {
        if (skane != null) {
            sql.runAsRegion("skane", status -> jdbc.update("DELETE FROM milestone WHERE id = ?",
                    UUID.fromString(skane.get("{milestone}"))));
        }
    }

    private String fill(String template, Map<String, String> ids) {
        String path = template;
        for (var id : ids.entrySet()) {
            path = path.replace(id.getKey(), id.getValue());
        }
        return path;
    }

    /** Every placeholder filled with the same text: a random UUID, or something that is no id at all. */
    private static Map<String, String> every(String id) {
        var ids = new java.util.HashMap<String, String>();
        PLACEHOLDERS.forEach(placeholder -> ids.put(placeholder, id));
        return ids;
    }

    @ParameterizedTest
    @MethodSource("all")
    void withoutATokenEveryEndpointIs401ProblemJson(String template) {
        var answer = get(fill(template, every(UUID.randomUUID().toString())), null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @MethodSource("byId")
    void anotherRegionsIdIs404ExactlyLikeARandomId(String template) {
        var random = UUID.randomUUID().toString();
        var own = get(fill(template, skane()), SKANE_OFFICER);
        var foreign = get(fill(template, skane()), NMS_OFFICER);
        var unknown = get(fill(template, every(random)), NMS_OFFICER);

        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(withoutInstance(foreign.json())).isEqualTo(withoutInstance(unknown.json()));
        assertThat(foreign.json().get("messageKey").asString()).isNotBlank();
        assertThat(foreign.body()).doesNotContain("Media Evolution");
    }

    /** A malformed id names nothing: the same 404 problem, key and sentence as an id that does not exist. */
    @ParameterizedTest
    @MethodSource("byId")
    void aMalformedIdIs404ExactlyLikeAnUnknownId(String template) {
        var unknown = get(fill(template, every(UUID.randomUUID().toString())), SKANE_OFFICER, "Accept-Language", "en");

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        for (String malformed : List.of("not-an-id", "42", "0000000000000000000000000000000000000000")) {
            var answer = get(fill(template, every(malformed)), SKANE_OFFICER, "Accept-Language", "en");
            assertThat(answer.status()).as(malformed + ": " + answer.body()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(withoutInstance(answer.json())).as(malformed).isEqualTo(withoutInstance(unknown.json()));
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static JsonNode withoutInstance(JsonNode problem) {
        var copy = (ObjectNode) problem.deepCopy();
        copy.remove("instance");
        return copy;
    }

    @Test
    void oneGoalAndOneMilestoneByIdWithTheirEtags() {
        String goalPath = fill("/api/v1/goals/{goal}", skane());
        String milestonePath = fill("/api/v1/milestones/{milestone}", skane());
        var expected = login.inOwnTransaction(SKANE_OFFICER,
                () -> programmes.goal(GoalId.parse(skane().get("{goal}"))).goal());

        var goal = get(goalPath, SKANE_POLITICIAN);
        var milestone = get(milestonePath, SKANE_POLITICIAN);

        assertThat(goal.status()).as(goal.body()).isEqualTo(200);
        assertThat(goal.json().get("id").asString()).isEqualTo(skane().get("{goal}"));
        assertThat(goal.json().get("programmeId").asString()).isEqualTo(skane().get("{programme}"));
        assertThat(goal.json().get("title").asString()).isEqualTo(expected.definition().title());
        assertThat(goal.json().get("status").asString()).isEqualTo(expected.status().name());
        assertThat(goal.json().get("deadline").asString()).isEqualTo(expected.definition().deadline().toString());
        assertThat(goal.etag()).isNotBlank();
        assertThat(get(goalPath, SKANE_POLITICIAN, "If-None-Match", goal.etag()).status()).isEqualTo(304);

        assertThat(milestone.status()).as(milestone.body()).isEqualTo(200);
        JsonNode m = milestone.json();
        assertThat(m.get("title").asString()).isEqualTo(milestoneTitle);
        assertThat(m.get("programmeId").asString()).isEqualTo(skane().get("{programme}"));
        assertThat(m.get("clusterId").asString()).isEqualTo(skane().get("{cluster}"));
        assertThat(m.get("due").asString()).isEqualTo("2021 Q4");
        assertThat(m.get("dueDate").asString()).isEqualTo("2021-12-31");
        assertThat(m.get("status").asString()).isEqualTo("DONE");
        assertThat(m.get("doneOn").asString()).isEqualTo("2021-12-01");
        assertThat(m.get("daysOverdue").asInt()).isZero();
        assertThat(m.get("version").asLong()).isPositive();
        assertThat(milestone.etag()).isNotBlank();
        var again = get(milestonePath, SKANE_POLITICIAN, "If-None-Match", milestone.etag());
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    /** Every history: who (username, name), region, when (UTC) and old → new per field, newest first. */
    @Test
    void theAuditHistoryOfMilestonesProgrammesLabelsFundingAndAssessments() {
        var milestone = get(fill("/api/v1/milestones/{milestone}/history", skane()), SKANE_POLITICIAN).json();
        var programme = get(fill("/api/v1/programmes/{programme}/history?size=500", skane()), SKANE_POLITICIAN).json();
        var labels = get(fill("/api/v1/labels/{cluster}/history?size=500", skane()), SKANE_POLITICIAN).json();
        var funding = get(fill("/api/v1/programmes/{programme}/funding/history?size=500", skane()), SKANE_POLITICIAN)
                .json();
        var assessment = get(fill("/api/v1/assessments/{assessment}/history", skane()), SKANE_OFFICER).json();

        // the milestone the test made and then marked done: two entries, newest first
        assertThat(milestone.get("totalItems").asInt()).isEqualTo(2);
        JsonNode done = milestone.get("items").get(0);
        assertThat(done.get("kind").asString()).isEqualTo("CHANGED");
        assertThat(done.get("username").asString()).isEqualTo(SKANE_OFFICER);
        assertThat(done.get("region").asString()).isEqualTo("skane");
        assertThat(done.get("at").asString()).endsWith("Z");
        assertThat(done.get("subject").asString()).isEqualTo("MILESTONE");
        assertThat(done.get("subjectLabel").asString()).isEqualTo(milestoneTitle);
        assertThat(fields(done)).containsEntry("status", "IN_PROGRESS -> DONE")
                .containsEntry("doneOn", " -> 2021-12-01").containsEntry("comment", " -> Klart").hasSize(3);
        JsonNode created = milestone.get("items").get(1);
        assertThat(created.get("kind").asString()).isEqualTo("CREATED");
        assertThat(fields(created)).containsEntry("title", " -> " + milestoneTitle)
                .containsEntry("dueDate", " -> 2021-12-31").containsEntry("dueQuarter", " -> 2021 Q4");
        // the programme's history has its milestones' changes too
        var programmeMilestone = new ArrayList<String>();
        programme.get("items").forEach(item -> {
            if (item.get("subjectLabel").asString().equals(milestoneTitle)) {
                programmeMilestone.add(item.get("subject").asString() + " " + item.get("kind").asString());
            }
        });
        assertThat(programmeMilestone).containsExactly("MILESTONE CHANGED", "MILESTONE CREATED");
        // demo data: Media Evolution's five labels, its planned funding
        var labelEntries = new ArrayList<String>();
        labels.get("items").forEach(item -> labelEntries.add(item.get("subject").asString() + " "
                + item.get("subjectLabel").asString() + " " + item.get("kind").asString()));
        assertThat(labelEntries).contains("LABEL GOLD 2021-04-12 CREATED", "LABEL BRONZE 2017-03-15 CREATED");
        var amounts = new ArrayList<JsonNode>();
        funding.get("items").forEach(item -> {
            if (item.get("subject").asString().equals("AMOUNT")
                    && item.get("subjectLabel").asString().startsWith("Media Evolution \u00b7 ")) {
                amounts.add(item);
            }
        });
        assertThat(amounts).isNotEmpty();
        assertThat(fields(amounts.getFirst())).containsKey("planned");
        // the assessment the round opened for Media Evolution
        var assessmentEntries = new ArrayList<String>();
        assessment.get("items").forEach(item -> assessmentEntries.add(item.get("subject").asString() + " "
                + item.get("kind").asString() + " " + item.get("username").asString()));
        assertThat(assessmentEntries).contains("ASSESSMENT CREATED " + SKANE_OFFICER);
        // a draft of another cluster's manager: its history is as closed as the draft itself
        assertThat(get(fill("/api/v1/assessments/{assessment}/history", skane()), SKANE_MANAGER).status())
                .isEqualTo(403);
    }

    /** A change's fields as name -> "old -> new". */
    private static Map<String, String> fields(JsonNode change) {
        var fields = new java.util.LinkedHashMap<String, String>();
        change.get("fields").forEach(field -> fields.put(field.get("name").asString(),
                field.get("oldValue").asString() + " -> " + field.get("newValue").asString()));
        return fields;
    }

    @Test
    void contactsAreForOfficersAndManagersNotPoliticians() {
        String path = fill("/api/v1/clusters/{cluster}/contacts", skane());

        var officer = get(path, SKANE_OFFICER);
        var politician = get(path, SKANE_POLITICIAN);

        assertThat(officer.status()).isEqualTo(200);
        assertThat(officer.json().get("totalItems").asInt()).isPositive();
        assertThat(politician.status()).isEqualTo(403);
        assertThat(politician.contentType()).startsWith("application/problem+json");
        assertThat(politician.body()).doesNotContain("@");
        assertThat(absent(get(fill("/api/v1/clusters/{cluster}", skane()), SKANE_POLITICIAN).json().get("contacts")))
                .isTrue();
    }

    @Test
    void aDraftIsSeenByTheOfficerButNotByAnotherClustersManagerNorAPolitician() {
        String list = fill("/api/v1/assessment-rounds/{round}/assessments", skane());
        String one = fill("/api/v1/assessments/{assessment}", skane());

        var officer = get(list, SKANE_OFFICER).json();
        assertThat(officer.get("totalItems").asInt()).isEqualTo(1);
        assertThat(officer.get("items").get(0).get("clusterName").asString()).isEqualTo("Media Evolution");
        assertThat(officer.get("items").get(0).get("state").asString()).isEqualTo("DRAFT");
        assertThat(get(one, SKANE_OFFICER).json().get("criteria").size()).isPositive();
        // skane.klusterledare manages Mobile Heights, not Media Evolution: the assessment pages show them no draft
        assertThat(get(list, SKANE_MANAGER).json().get("totalItems").asInt()).isZero();
        assertThat(get(one, SKANE_MANAGER).status()).isEqualTo(403);
        assertThat(get(list, SKANE_POLITICIAN).json().get("totalItems").asInt()).isZero();
        assertThat(get(one, SKANE_POLITICIAN).status()).isEqualTo(403);
        assertThat(get(fill("/api/v1/assessment-rounds/{round}/matrix", skane()), SKANE_POLITICIAN).json()
                .get("rows").size()).isZero();
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyListIsPagedWithTotalsAndLinks(String path) {
        var page = get(path + "?size=1", SKANE_OFFICER);

        assertThat(page.status()).isEqualTo(200);
        JsonNode json = page.json();
        assertThat(json.get("page").asInt()).isZero();
        assertThat(json.get("size").asInt()).isEqualTo(1);
        assertThat(json.get("items").size()).isLessThanOrEqualTo(1);
        assertThat(json.get("totalPages").asInt()).isEqualTo(json.get("totalItems").asInt());
        assertThat(json.get("links").get("self").asString()).endsWith(path + "?page=0&size=1");
        assertThat(get(path + "?size=501", SKANE_OFFICER).status()).isEqualTo(400);
    }

    @Test
    void pagingEdgesOfTheClusterList() {
        List<String> names = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.list().stream()
                .map(ClusterSummary::name).sorted(Collation.SWEDISH).toList());
        int total = names.size();
        int lastPage = (total - 1) / 3;

        var first = get("/api/v1/clusters?page=0&size=3", SKANE_OFFICER).json();
        var last = get("/api/v1/clusters?page=" + lastPage + "&size=3", SKANE_OFFICER).json();
        var after = get("/api/v1/clusters?page=" + (lastPage + 5) + "&size=3", SKANE_OFFICER).json();
        var max = get("/api/v1/clusters?size=500", SKANE_OFFICER);

        assertThat(first.get("totalItems").asInt()).isEqualTo(total);
        assertThat(first.get("totalPages").asInt()).isEqualTo(lastPage + 1);
        assertThat(first.get("items").size()).isEqualTo(3);
        assertThat(absent(first.get("links").get("prev"))).isTrue();
        assertThat(first.get("links").get("next").asString()).contains("page=1").contains("size=3");
        assertThat(last.get("items").size()).isEqualTo(total - 3 * lastPage);
        assertThat(absent(last.get("links").get("next"))).isTrue();
        assertThat(last.get("links").get("prev").asString()).contains("page=" + (lastPage - 1));
        assertThat(after.get("items").size()).isZero();
        assertThat(after.get("totalItems").asInt()).isEqualTo(total);
        assertThat(after.get("links").get("prev").asString()).contains("page=" + lastPage);
        assertThat(max.status()).isEqualTo(200);
        // the pages, put together, are the whole list in Swedish order, each cluster once
        var paged = new ArrayList<String>();
        for (int page = 0; page <= lastPage; page++) {
            get("/api/v1/clusters?size=3&page=" + page, SKANE_OFFICER).json().get("items")
                    .forEach(c -> paged.add(c.get("name").asString()));
        }
        assertThat(paged).containsExactlyElementsOf(names);
    }

    @Test
    void outOfRangePagingIsA400WithTheFieldAndAReadableText() {
        var tooBig = get("/api/v1/clusters?size=501", SKANE_OFFICER, "Accept-Language", "en");
        var negative = get("/api/v1/programmes?page=-1", SKANE_OFFICER);

        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().get("messageKey").asString()).isEqualTo("api.paging.size");
        assertThat(tooBig.json().get("detail").asString()).isEqualTo("The page size (size) must be from 1 to 500.");
        assertThat(tooBig.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().get("messageKey").asString()).isEqualTo("api.paging.page");
        assertThat(negative.json().get("detail").asString()).startsWith("Sidnumret");
    }

    @Test
    void clustersFilterAndSortAsThePortfolioGrid() {
        var active = get("/api/v1/clusters?status=ACTIVE&size=500", SKANE_OFFICER).json().get("items");
        var descending = get("/api/v1/clusters?sort=-name&size=500", SKANE_OFFICER).json().get("items");
        var ascending = get("/api/v1/clusters?size=500", SKANE_OFFICER).json().get("items");
        var byName = get("/api/v1/clusters?q=media%20evo", SKANE_OFFICER).json().get("items");

        assertThat(active.size()).isPositive();
        active.forEach(c -> assertThat(c.get("status").asString()).isEqualTo("ACTIVE"));
        var up = new ArrayList<String>();
        ascending.forEach(c -> up.add(c.get("name").asString()));
        var down = new ArrayList<String>();
        descending.forEach(c -> down.add(c.get("name").asString()));
        assertThat(down).containsExactlyElementsOf(up.reversed());
        assertThat(byName.size()).isEqualTo(1);
        assertThat(byName.get(0).get("name").asString()).isEqualTo("Media Evolution");
        assertThat(get("/api/v1/clusters?sort=colour", SKANE_OFFICER).status()).isEqualTo(400);
        assertThat(get("/api/v1/clusters?status=SLEEPING", SKANE_OFFICER).json().get("messageKey").asString())
                .isEqualTo("api.filter.unknown-value");
    }

    @Test
    void aSingleResourceHasAnEtagAndIfNoneMatchGives304() {
        String path = fill("/api/v1/clusters/{cluster}", skane());

        var officer = get(path, SKANE_OFFICER);
        var again = get(path, SKANE_OFFICER, "If-None-Match", officer.etag());
        var politician = get(path, SKANE_POLITICIAN, "If-None-Match", officer.etag());

        assertThat(officer.etag()).isNotBlank();
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        // a politician's profile has no contacts, so it is another representation with another ETag
        assertThat(politician.status()).isEqualTo(200);
        assertThat(politician.etag()).isNotEqualTo(officer.etag());
    }
}
