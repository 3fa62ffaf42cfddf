package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_POLITICIAN;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The funding of a programme through the REST API, as a region's reporting tool would read it. */
@IntegrationTest
class FundingApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RealLogin login;
    @Autowired ProgrammeService programmes;
    @Autowired FundingService funding;


    private String skaneProgramme() {
        login.as(SKANE_POLITICIAN);
        return programmes.list().getFirst().id().toString();
    }

    private record Answer(int status, String body) {
    }

    private Answer get(String path, String token) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange((request, response) -> new Answer(response.getStatusCode().value(),
                        new String(response.getBody().readAllBytes())));
    }

    @Test
    void aPoliticianReadsThePlansTotalsAndEnvelopesInWholeKronor() {
        String id = skaneProgramme();

        var answer = get("/api/v1/programmes/" + id + "/funding", login.accessToken(SKANE_POLITICIAN));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(answer.body());
        assertThat(json.get("years")).hasSize(5);
        assertThat(json.get("streams").findValuesAsString("standard")).contains("REGION_BASE", "MEMBER_FEES");
        JsonNode mobileHeights = null;
        for (JsonNode cluster : json.get("clusters")) {
            if (cluster.get("name").asString().equals("Mobile Heights")) {
                mobileHeights = cluster;
            }
        }
        assertThat(mobileHeights).isNotNull();
        assertThat(mobileHeights.get("tapering").get("floorAmount").asLong()).isEqualTo(1_000_000);
        String base = json.get("streams").get(0).get("id").asString();
        JsonNode base2017 = null;
        for (JsonNode amount : mobileHeights.get("amounts")) {
            if (amount.get("streamId").asString().equals(base) && amount.get("year").asInt() == 2017) {
                base2017 = amount;
            }
        }
        assertThat(base2017.get("planned").isIntegralNumber()).isTrue();
        assertThat(base2017.get("planned").asLong()).isEqualTo(2_800_000);
        JsonNode first = json.get("totals").get(0);
        assertThat(first.get("year").asInt()).isEqualTo(2017);
        assertThat(first.get("planned").get("total").asLong()).isEqualTo(first.get("planned").get("regional").asLong()
                + first.get("planned").get("otherPublic").asLong() + first.get("planned").get("privateFunding").asLong());
        assertThat(new BigDecimal(first.get("planned").get("regionalSharePercent").asString())).isBetween(
                BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(json.get("totals").get(4).get("actual").isNull()).isTrue();
        assertThat(json.get("envelopes")).isNotEmpty();
        assertThat(json.get("envelopesExceeded").findValuesAsString("year")).contains("2021");
    }

    @Test
    void envelopesAndWarningsAreListsOfTheirOwnInWholeKronor() {
        String id = skaneProgramme();
        ProgrammeFunding expected = funding.programmeFunding(new se.klusterportalen.programme.ProgrammeId(
                java.util.UUID.fromString(id)));
        long clusterWarnings = expected.clusters().stream().mapToLong(plan -> plan.warnings().size()).sum();
        String token = login.accessToken(SKANE_POLITICIAN);
        var json = JsonMapper.builder().build();

        JsonNode envelopes = json.readTree(get("/api/v1/programmes/" + id + "/funding/envelopes?size=500", token).body());
        JsonNode warnings = json.readTree(get("/api/v1/programmes/" + id + "/funding/warnings?size=500", token).body());

        assertThat(envelopes.get("totalItems").asInt()).isEqualTo(expected.envelopes().size());
        int previousYear = 0;
        JsonNode exceeded = null;
        for (JsonNode envelope : envelopes.get("items")) {
            assertThat(envelope.get("year").asInt()).isGreaterThanOrEqualTo(previousYear);
            previousYear = envelope.get("year").asInt();
            assertThat(envelope.get("amount").isIntegralNumber()).isTrue();
            assertThat(envelope.get("excess").asLong()).isEqualTo(Math.max(0,
                    envelope.get("planned").asLong() - envelope.get("amount").asLong()));
            if (envelope.get("year").asInt() == 2021 && envelope.get("amount").asLong() == 7_000_000) {
                exceeded = envelope;
            }
        }
        // demo data: the clusters' arena plans for 2021 exceed the 7 MSEK arena envelope on purpose
        assertThat(exceeded).isNotNull();
        assertThat(exceeded.get("excess").asLong()).isPositive();
        assertThat(exceeded.get("streamName").asString()).isNotBlank();
        assertThat(warnings.get("totalItems").asLong())
                .isEqualTo(clusterWarnings + expected.envelopeWarnings().size());
        JsonNode envelopeWarning = null;
        for (JsonNode warning : warnings.get("items")) {
            if (!warning.get("type").asString().equals("ENVELOPE_EXCEEDED")) {
                assertThat(warning.get("clusterName").asString()).isNotBlank();
            }
        }
        for (JsonNode warning : warnings.get("items")) {
            if (warning.get("type").asString().equals("ENVELOPE_EXCEEDED") && warning.get("year").asInt() == 2021
                    && warning.get("streamId").asString().equals(exceeded.get("streamId").asString())) {
                envelopeWarning = warning;
            }
        }
        assertThat(envelopeWarning).isNotNull();
        assertThat(envelopeWarning.get("amount").asLong()).isEqualTo(exceeded.get("planned").asLong());
        assertThat(envelopeWarning.get("reference").asLong()).isEqualTo(7_000_000);
        assertThat(envelopeWarning.get("clusterId").isNull()).isTrue();
    }

    @Test
    void aPartlyReportedYearSaysHowManyClustersReportedAndHasNoShareOrLeverage() {
        String id = skaneProgramme();

        var answer = get("/api/v1/programmes/" + id + "/funding", login.accessToken(SKANE_POLITICIAN));

        JsonNode totals = JsonMapper.builder().build().readTree(answer.body()).get("totals");
        // demo data: 2017 and 2018 reported by every cluster with money planned; in 2019 the visitor cluster
        // (500 000 kr planned) has not reported; 2020 and 2021 nobody
        JsonNode y2018 = totals.get(1);
        assertThat(y2018.get("year").asInt()).isEqualTo(2018);
        assertThat(y2018.get("reporting").asString()).isEqualTo("COMPLETE");
        assertThat(y2018.get("reportedClusters").asInt()).isEqualTo(y2018.get("plannedClusters").asInt());
        assertThat(y2018.get("actual").get("regionalSharePercent").isNull()).isFalse();
        assertThat(y2018.get("actual").get("leverage").isNull()).isFalse();
        JsonNode y2019 = totals.get(2);
        assertThat(y2019.get("year").asInt()).isEqualTo(2019);
        assertThat(y2019.get("reporting").asString()).isEqualTo("PARTIAL");
        assertThat(y2019.get("reportedClusters").asInt()).isEqualTo(9);
        assertThat(y2019.get("plannedClusters").asInt()).isEqualTo(10);
        assertThat(y2019.get("actual").get("total").asLong()).isPositive();
        assertThat(y2019.get("actual").get("regionalSharePercent").isNull()).isTrue();
        assertThat(y2019.get("actual").get("leverage").isNull()).isTrue();
        assertThat(y2019.get("planned").get("regionalSharePercent").isNull()).isFalse();
        JsonNode y2020 = totals.get(3);
        assertThat(y2020.get("reporting").asString()).isEqualTo("NONE");
        assertThat(y2020.get("reportedClusters").asInt()).isZero();
        assertThat(y2020.get("actual").isNull()).isTrue();
    }

    @Test
    void anotherRegionAndABadIdGetNotFound() {
        String id = skaneProgramme();

        var foreign = get("/api/v1/programmes/" + id + "/funding", login.accessToken(NMS_POLITICIAN));
        var bad = get("/api/v1/programmes/not-a-uuid/funding", login.accessToken(SKANE_POLITICIAN));

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("Mobile Heights", "Klusterutvecklingsprogram");
        assertThat(bad.status()).isEqualTo(404);
    }
}
