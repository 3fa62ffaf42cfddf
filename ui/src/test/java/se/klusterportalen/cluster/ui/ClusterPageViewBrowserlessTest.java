package se.klusterportalen.cluster.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SignedInBrowserlessTest;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.base.ui.AccessDeniedView;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.MemberCounts;
import se.klusterportalen.cluster.MemberType;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.security.UserDirectory;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

class ClusterPageViewBrowserlessTest extends SignedInBrowserlessTest {

    @Autowired ClusterService clusters;
    @Autowired ClusterFixtures fixtures;

    private ClusterId idOf(String name) {
        return clusters.list().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ClusterPageView open(String name) {
        navigate("clusters/" + idOf(name), Component.class);
        assertThat(getCurrentView()).isInstanceOf(ClusterPageView.class);
        return (ClusterPageView) getCurrentView();
    }

    private List<String> sectionIds(ClusterPageView view) {
        return view.getChildren().filter(c -> c.hasClassName("cluster-section")).map(c -> c.getId().orElse("")).toList();
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    /** The history's entries as the browser shows them (each entry's markup is one element's innerHTML). */
    private String historyText() {
        return $(Div.class).withClassName("cluster-history-entry").all().stream()
                .map(entry -> org.jsoup.Jsoup.parse(entry.getElement().getProperty("innerHTML")).text())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void officerSeesProfileMembersAndHistoryWithContactsAndEditControls() {
        var view = open("Media Evolution");

        assertThat(view.title.getText()).isEqualTo("Media Evolution");
        assertThat(sectionIds(view)).startsWith("cluster-section-profile", "cluster-section-members")
                .contains("cluster-section-ClusterReportSection").endsWith("cluster-section-history");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).id("report-cluster-sv").getElement()
                .getTextRecursively()).contains("Klusterrapport (PDF)");
        assertThat(text("profile-county")).isEqualTo("Skåne län");
        assertThat(text("profile-areaIds")).isEqualTo("Smarta hållbara städer");
        assertThat(text("profile-managementFte")).isEqualTo("6 årsarbetskrafter");
        assertThat(text("profile-contacts")).contains("Klusterledare", "kontakt@mediaevolution.se");
        assertThat(text("members-summary")).isEqualTo("400 medlemmar (2021) ↑ +20 mot året innan");
        assertThat(text("members-eccp")).contains("Uppfyller ECCP:s krav");
        assertThat($(Button.class).id("cluster-edit").isVisible()).isTrue();
        assertThat($(Button.class).id("cluster-close").isVisible()).isTrue();
        assertThat(historyText()).contains("Klustret skapades", "system");
    }

    @Test
    @SuppressWarnings("unchecked")
    @SignedInAs(SKANE_OFFICER)
    void officerBindsOneOfTheRegionsClusterManagersChosenByName() {
        var packbridge = idOf("Packbridge");
        open("Packbridge");
        var choice = (ComboBox<UserDirectory.DirectoryUser>) $(ComboBox.class).id("profile-manager-choice");
        var skaneManager = test(choice).getSuggestionItems().stream()
                .filter(user -> user.username().equals(SKANE_MANAGER)).findFirst().orElseThrow();
        assertThat(test(choice).getSuggestions()).allSatisfy(label -> assertThat(label).doesNotContain("nms."));

        try {
            test(choice).selectItem(choice.getItemLabelGenerator().apply(skaneManager));
            test($(Button.class).id("profile-manager-bind")).click();

            assertThat(text("profile-managers")).contains(skaneManager.displayName());
            assertThat(clusters.managers(packbridge)).extracting(UserDirectory.DirectoryUser::username)
                    .contains(SKANE_MANAGER);
        } finally {
            clusters.unbindManager(packbridge, SKANE_MANAGER);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    @SignedInAs(SKANE_OFFICER)
    void whenEveryClusterManagerIsBoundTheOpenedPickerSaysNoneIsAvailable() {
        var packbridge = idOf("Packbridge");
        open("Packbridge");
        var choice = (ComboBox<UserDirectory.DirectoryUser>) $(ComboBox.class).id("profile-manager-choice");
        assertThat(test(choice).getSuggestionItems()).isNotEmpty();
        assertThat(choice.getHelperText()).isNull();
        var candidates = clusters.managerCandidates(packbridge);
        try {
            candidates.forEach(manager -> clusters.bindManager(packbridge, manager.username()));

            open("Packbridge");
            choice = (ComboBox<UserDirectory.DirectoryUser>) $(ComboBox.class).id("profile-manager-choice");
            assertThat(choice.getHelperText()).isNull(); // the directory is asked only when the list opens
            assertThat(test(choice).getSuggestionItems()).isEmpty();
            assertThat(choice.getHelperText()).isEqualTo("Ingen klusterledare att välja: regionens klusterledare är "
                    + "redan kopplade hit, eller så har regionen ingen. Bjud in fler under Användare.");
        } finally {
            candidates.forEach(manager -> clusters.unbindManager(packbridge, manager.username()));
        }
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void eccpShortfallsAreListedWithTheirReasons() {
        open("Besöksnäringsklustret Skåne");

        assertThat($(ListItem.class, $(Div.class).id("members-eccp")).all()).extracting(ListItem::getText)
                .containsExactly("Minst 0,5 årsarbetskrafter i klusterledningen (nu: 0,25)",
                        "En webbplats på engelska",
                        "Minst 15 medlemmar (senaste året: 12)",
                        "Medlemmar av minst 2 slag, t.ex. företag och akademi (nu: 1)");
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianSeesNoContactsNoManagersAndNoEditControls() {
        var view = open("Media Evolution");

        // the funding section's what-if calculator changes nothing and is open to everyone who sees funding
        assertThat($(Button.class, view).all()).filteredOn(Button::isVisible)
                .extracting(button -> button.getId().orElse("")).allMatch("funding-tapering"::equals);
        assertThat($(Span.class).withId("profile-contacts").exists()).isFalse();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("kontakt@", "Klusterledare i portalen");
        assertThat(historyText()).isNotEmpty().doesNotContain("Kontaktperson");
    }

    /** The member counts table's cells (its markup is one element's innerHTML), spaces in numbers as plain spaces. */
    private List<List<String>> membersTable(String rows) {
        var table = org.jsoup.Jsoup.parse($(Div.class).id("members-grid").getElement().getProperty("innerHTML"));
        return table.select(rows).stream().map(row -> row.select("th, td").eachText().stream()
                .map(text -> text.replace('\u00a0', ' ').replace('\u202f', ' ')).toList()).toList();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theMemberCountsShowPerYearNewestFirstInSwedishFormatAndEachYearOpensItsEditor() {
        var id = fixtures.createWithProfile(ClusterFixtures.unique("Testkluster medlemstabell"));
        clusters.saveMembers(id, MemberCounts.of(2019, 1250, 12, 8, 5, 3), true);
        clusters.saveMembers(id, MemberCounts.of(2020, 1300, 14, 9, 5, 4), true);
        navigate("clusters/" + id, Component.class);

        assertThat(text("members-summary").replace('\u00a0', ' ').replace('\u202f', ' '))
                .isEqualTo("1 332 medlemmar (2020) ↑ +54 mot året innan");
        assertThat(membersTable("thead tr")).containsExactly(List.of("År", "Små och medelstora företag",
                "Stora företag", "Akademi/forskning", "Offentlig sektor", "Övriga", "Totalt", "Ändra"));
        assertThat(membersTable("tbody tr")).containsExactly(
                List.of("2020", "1 300", "14", "9", "5", "4", "1 332"),
                List.of("2019", "1 250", "12", "8", "5", "3", "1 278"));
        assertThat(org.jsoup.Jsoup.parse($(Div.class).id("members-grid").getElement().getProperty("innerHTML"))
                .select("tbody [data-year]").eachAttr("aria-label"))
                .containsExactly("Ändra medlemmar 2020", "Ändra medlemmar 2019");

        // the edit button of 2019 (its click carries the year) opens that year's counts
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        data.put(MembersSection.EDIT_FILTER, true);
        data.put(MembersSection.EDIT_YEAR, "2019");
        var table = $(Div.class).id("members-grid").getElement();
        table.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(table, "click", data));
        var dialog = $(MemberYearDialog.class).single();
        assertThat(dialog.year.getValue()).isEqualTo(2019);
        assertThat(dialog.counts.get(MemberType.SME).getValue()).isEqualTo(1250);
        assertThat(dialog.counts.get(MemberType.OTHER).getValue()).isEqualTo(3);
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void theManagerGetsEditControlsOnTheirOwnClusterOnly() {
        open("Mobile Heights");
        assertThat($(Button.class).withId("cluster-edit").exists()).isTrue();
        assertThat($(Button.class).withId("cluster-close").exists()).isFalse();
        assertThat($(Button.class).withId("members-add-year").exists()).isTrue();

        open("Packbridge");
        assertThat($(Button.class).withId("cluster-edit").exists()).isFalse();
        assertThat($(Button.class).withId("members-add-year").exists()).isFalse();
        assertThat(membersTable("thead tr").getFirst()).doesNotContain("Ändra");
        assertThat($(Div.class).id("members-grid").getElement().getProperty("innerHTML")).doesNotContain("data-year");
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionsClusterIsNotFound() {
        var skane = login.inOwnTransaction(SKANE_OFFICER, () -> idOf("Packbridge"));

        navigate("clusters/" + skane, Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ClusterPageView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Packbridge");
    }

    @Test
    @SignedInAs(SKANE_MANAGER)
    void theManagerCannotOpenAnotherClustersEditFormByAddress() {
        navigate("clusters/" + idOf("Packbridge") + "/edit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        navigate("clusters/new", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);

        navigate("clusters/" + idOf("Mobile Heights") + "/edit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ClusterEditView.class);
        assertThat(((ClusterEditView) getCurrentView()).status.isReadOnly()).isTrue();
    }

    @Test
    @SignedInAs(SKANE_POLITICIAN)
    void thePoliticianCannotOpenAnyEditForm() {
        navigate("clusters/" + idOf("Packbridge") + "/edit", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        navigate("clusters/import", Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
