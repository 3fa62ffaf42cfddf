package se.klusterportalen.cluster;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_POLITICIAN;

/** The officer keeps the region's list of smart-specialisation areas. */
@IntegrationTest
@Transactional
class SmartAreasIntegrationTest {

    private static final String PREFIX = "Testområde ";

    @Autowired RealLogin login;
    @Autowired ClusterService clusters;

    private AreaUse use(String name) {
        return clusters.areaUse().stream().filter(u -> u.area().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void theOfficerAddsRenamesAndRemovesAnUnusedArea() {
        clusters.addArea("  " + PREFIX + "Blå ekonomi ");
        AreaUse added = use(PREFIX + "Blå ekonomi");
        assertThat(added.clusterNames()).isEmpty();

        clusters.renameArea(added.area().id(), added.version(), PREFIX + "Hav och blå ekonomi");

        AreaUse renamed = use(PREFIX + "Hav och blå ekonomi");
        assertThat(renamed.area().id()).isEqualTo(added.area().id());
        clusters.removeArea(renamed.area().id(), renamed.version());
        assertThat(clusters.areaUse()).noneMatch(u -> u.area().name().startsWith(PREFIX));
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void anAreaAClusterWorksInCannotBeRemovedAndShowsTheCluster() {
        var area = clusters.addArea(PREFIX + "Sensorer");
        var packbridge = clusters.list().stream().filter(c -> c.name().equals("Packbridge")).findFirst().orElseThrow().id();
        var draft = clusters.draftOf(packbridge);
        var areas = new java.util.HashSet<>(draft.getAreaIds());
        areas.add(area.id());
        draft.setAreaIds(areas);
        clusters.update(packbridge, clusters.profile(packbridge).orElseThrow().version(), draft);

        AreaUse used = use(PREFIX + "Sensorer");
        assertThat(used.clusterNames()).containsExactly("Packbridge");
        assertThatThrownBy(() -> clusters.removeArea(used.area().id(), used.version()))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("area", "cluster.error.area.in-use"));
        assertThat(use(PREFIX + "Sensorer")).isEqualTo(used);

        draft = clusters.draftOf(packbridge);
        draft.setAreaIds(Set.copyOf(draft.getAreaIds().stream().filter(id -> !id.equals(area.id())).toList()));
        clusters.update(packbridge, clusters.profile(packbridge).orElseThrow().version(), draft);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void aStaleOrDuplicateNameIsRefusedAndChangesNothing() {
        clusters.addArea(PREFIX + "Livsmedel");
        clusters.addArea(PREFIX + "Material");
        AreaUse loaded = use(PREFIX + "Livsmedel");
        clusters.renameArea(loaded.area().id(), loaded.version(), PREFIX + "Livsmedel och måltid");

        assertThatThrownBy(() -> clusters.renameArea(loaded.area().id(), loaded.version(), PREFIX + "Mat"))
                .isInstanceOfSatisfying(Rejection.Stale.class,
                        e -> assertThat(e.messageKey()).isEqualTo("cluster.error.area.stale"));
        assertThatThrownBy(() -> clusters.removeArea(loaded.area().id(), loaded.version()))
                .isInstanceOf(Rejection.Stale.class);
        AreaUse current = use(PREFIX + "Livsmedel och måltid");
        assertThatThrownBy(() -> clusters.renameArea(current.area().id(), current.version(), PREFIX.toUpperCase() + "MATERIAL"))
                .isInstanceOfSatisfying(Rejection.Invalid.class,
                        e -> assertThat(e.messageKeyByField()).containsEntry("area", "cluster.error.area.taken"));
        assertThatThrownBy(() -> clusters.renameArea(current.area().id(), current.version(), "  "))
                .isInstanceOf(Rejection.Invalid.class);
        assertThat(use(PREFIX + "Livsmedel och måltid")).isEqualTo(current);
    }

    @Test
    @SignedInAs(NMS_OFFICER)
    void anotherRegionCannotRenameOrRemoveSkanesAreas() {
        AreaUse skanes = login.inOwnTransaction(SKANE_OFFICER, () -> clusters.areaUse().getFirst());

        assertThat(clusters.areaUse()).noneMatch(u -> u.area().id().equals(skanes.area().id()));
        assertThatThrownBy(() -> clusters.renameArea(skanes.area().id(), skanes.version(), PREFIX + "Kapad"))
                .isInstanceOf(Rejection.Stale.class);
        assertThatThrownBy(() -> clusters.removeArea(skanes.area().id(), skanes.version()))
                .isInstanceOf(Rejection.Stale.class);

        assertThat(login.inOwnTransaction(SKANE_OFFICER, () -> clusters.areaUse().getFirst())).isEqualTo(skanes);
    }

    @Test
    @SignedInAs(SKANE_OFFICER)
    void managersAndPoliticiansCannotChangeTheList() {
        clusters.addArea(PREFIX + "Låst");
        AreaUse area = use(PREFIX + "Låst");

        for (String user : new String[]{SKANE_MANAGER, SKANE_POLITICIAN}) {
            login.as(user);
            assertThatThrownBy(() -> clusters.addArea(PREFIX + "Ny")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clusters.renameArea(area.area().id(), area.version(), PREFIX + "Ny"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> clusters.removeArea(area.area().id(), area.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
