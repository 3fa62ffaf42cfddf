package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile's field groups: the import's columns come from them, and a profile survives entity and draft. */
class ProfileGroupsUnitTest {

    @Test
    void theImportHasTheGroupsColumnsInTheTemplatesOrder() {
        assertThat(ClusterImport.CLUSTER_COLUMNS.stream().map(ClusterImport.Column::header)).containsExactly(
                "Namn", "Beskrivning", "Bransch/tema", "Län", "Smart specialisering", "Grundat år", "Status",
                "Under uppbyggnad sedan", "Aktiv sedan", "Avslutad datum", "Värdorganisation", "Organisationsnummer",
                "Webbplats", "Engelsk webbplats", "Årsarbetskrafter ledning", "ECCP-registrerad",
                "ECCP-registrerad datum", "ECCP-profil", "Kommunikationsplan", "Kommunikationsplan antagen");
        assertThat(ClusterImport.CLUSTER_COLUMNS.stream().filter(ClusterImport.Column::required)
                .map(ClusterImport.Column::field)).containsExactly("name");
    }

    @Test
    void aColumnReadsItsCellIntoTheDraftsGroup() {
        var draft = new ClusterDraft();
        column("managementFte").read().accept(draft, "2,5");
        column("eccpRegistered").read().accept(draft, "ja");
        column("county").read().accept(draft, "Skåne");
        column("status").read().accept(draft, "");
        assertThat(draft.getManagementFte()).isEqualByComparingTo("2.5");
        assertThat(draft.isEccpRegistered()).isTrue();
        assertThat(draft.getCounty()).isEqualTo(County.SKANE);
        assertThat(draft.getStatus()).isEqualTo(ClusterStatus.ACTIVE);
    }

    @Test
    void theComparedValueIgnoresTrailingZerosOfTheManagementsSize() {
        var before = new ClusterDraft();
        before.setManagementFte(new BigDecimal("2.50"));
        var after = new ClusterDraft();
        after.setManagementFte(new BigDecimal("2.5"));
        assertThat(column("managementFte").value().apply(before)).isEqualTo(column("managementFte").value().apply(after));
    }

    @Test
    void aProfileSurvivesTheEntityAndADraftIsACopy() {
        var area = UUID.randomUUID();
        var draft = new ClusterDraft();
        draft.setName("Media Evolution");
        draft.setDescription("Kluster för digitalisering och media");
        draft.setCounty(County.SKANE);
        draft.setAreaIds(Set.of(area));
        draft.setFoundingYear(2008);
        draft.setStatus(ClusterStatus.ACTIVE);
        draft.setActiveSince(LocalDate.of(2008, 1, 1));
        draft.setHostOrgNumber("232100-0255");
        draft.setWebsite("https://www.mediaevolution.se");
        draft.setEnglishWebsite(true);
        draft.setManagementFte(new BigDecimal("2.5"));
        draft.setEccpRegisteredOn(LocalDate.of(2019, 5, 14));
        draft.setCommunicationPlanAdoptedOn(LocalDate.of(2020, 2, 1));

        var cluster = new Cluster(UUID.randomUUID(), "Media Evolution", null, null, ClusterStatus.ACTIVE);
        cluster.apply(draft);
        draft.setWebsite("https://changed.example");
        var back = cluster.toDraft();

        assertThat(back.getWebsite()).as("the entity keeps its own copy").isEqualTo("https://www.mediaevolution.se");
        assertThat(back.getDescription()).isEqualTo("Kluster för digitalisering och media");
        assertThat(back.getAreaIds()).containsExactly(area);
        assertThat(back.getFoundingYear()).isEqualTo(2008);
        assertThat(back.getHostOrgNumber()).isEqualTo("232100-0255");
        assertThat(back.isEnglishWebsite()).isTrue();
        assertThat(back.getManagementFte()).isEqualByComparingTo("2.5");
        assertThat(back.getEccpRegisteredOn()).isEqualTo(LocalDate.of(2019, 5, 14));
        assertThat(back.getCommunicationPlanAdoptedOn()).isEqualTo(LocalDate.of(2020, 2, 1));
        back.setHostOrgNumber("556000-0001");
        assertThat(cluster.toDraft().getHostOrgNumber()).as("the draft is a copy").isEqualTo("232100-0255");
    }

    private static ClusterImport.Column<ClusterDraft> column(String field) {
        return ClusterImport.CLUSTER_COLUMNS.stream().filter(c -> c.field().equals(field)).findFirst().orElseThrow();
    }
}
