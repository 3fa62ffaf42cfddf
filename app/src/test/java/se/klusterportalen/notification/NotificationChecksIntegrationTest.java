package se.klusterportalen.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.label.LabelInput;
import se.klusterportalen.label.LabelLevel;
import se.klusterportalen.label.LabelService;
import se.klusterportalen.programme.MilestoneInput;
import se.klusterportalen.programme.MilestoneStatus;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.NMS_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The daily checks, run as the scheduler runs them (no signed-in user, every region in its own system task) with a
 * fixed clock: a label ending within 30 days and an overdue milestone are told once — a second run tells no one
 * again — to the right people of the right region only. The checks read committed data: each test adds a uniquely
 * named cluster, removed after the test.
 */
@IntegrationTest
class NotificationChecksIntegrationTest {

    /** 06:00 in Sweden on 30 November 2026. */
    static final Clock MORNING = Clock.fixed(Instant.parse("2026-11-30T05:00:00Z"), ZoneOffset.UTC);
    static final LocalDate LABEL_ENDS = LocalDate.of(2026, 12, 20);

    @Autowired RealLogin login;
    @Autowired ClusterFixtures clusterFixtures;
    @Autowired ClusterService clusters;
    @Autowired LabelService labels;
    @Autowired ProgrammeService programmes;
    @Autowired NotificationService notifications;
    @Autowired RegionService regions;
    @Autowired NotificationChecks checks;
    @Autowired NotificationMailJob mailJob;
    private final List<ClusterId> committed = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeTheCommittedClusters() {
        committed.forEach(cluster -> clusterFixtures.removeCommitted(se.klusterportalen.testsupport.DemoUsers.SKANE, cluster));
    }

    @Test
    void aLabelEndingWithin30DaysIsToldOnceToTheOfficersAndTheClustersManagerEvenWhenTheCheckRunsTwice() {
        String name = ClusterFixtures.unique("Guldklustret");
        ClusterId cluster = login.inOwnTransaction(SKANE_OFFICER, () -> {
            ClusterId id = clusterFixtures.create(name);
            committed.add(id);
            clusters.bindManager(id, SKANE_MANAGER);
            labels.addLabel(id, new LabelInput(LabelLevel.GOLD, LocalDate.of(2025, 1, 10), LABEL_ENDS, 85, "ESCA-1"));
            return id;
        });
        login.logout();

        var job = new NotificationChecksJob(regions, checks, MORNING);
        job.runDailyChecks();
        job.runDailyChecks();

        for (String user : List.of(SKANE_OFFICER, SKANE_MANAGER)) {
            var about = about(user, name);
            assertThat(about).as(user).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(NotificationKind.LABEL_EXPIRING_30);
                assertThat(n.dueDate()).contains(LABEL_ENDS);
                assertThat(n.link()).isEqualTo("clusters/" + cluster.value());
                assertThat(n.text(Locale.of("sv", "SE")))
                        .isEqualTo("ECEI-märkningen Guld för " + name + " löper ut 2026-12-20 (inom 30 dagar).");
            });
        }
        mailJob.run();
        mailJob.run();
        assertThat(AssessmentNotificationIntegrationTest.mailsAbout(
                AssessmentNotificationIntegrationTest.SKANE_OFFICER_MAIL, name)).as("one mail, not two").hasSize(1);
        assertThat(about(NMS_OFFICER, name)).as("another region's officer").isEmpty();
        assertThat(about(NMS_MANAGER, name)).as("another region's manager").isEmpty();
    }

    @Test
    void anOverdueMilestoneIsToldOnceToTheRegionsOfficers() {
        String title = ClusterFixtures.unique("Klusterstrategi klar");
        login.inOwnTransaction(SKANE_OFFICER, () -> {
            ClusterId id = clusterFixtures.create(ClusterFixtures.unique("Milstolpsklustret"));
            committed.add(id);
            programmes.addMilestone(new MilestoneInput(null, id, title, LocalDate.of(2026, 11, 15), null, "Åsa",
                    MilestoneStatus.IN_PROGRESS, null, null));
        });
        login.logout();

        var job = new NotificationChecksJob(regions, checks, MORNING);
        job.runDailyChecks();
        job.runDailyChecks();

        assertThat(about(SKANE_OFFICER, title)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MILESTONE_OVERDUE);
            assertThat(n.text(Locale.ENGLISH)).isEqualTo("The milestone \"" + title + "\" is overdue: it was due on 2026-11-15.");
        });
        assertThat(about(SKANE_MANAGER, title)).as("milestones go to officers").isEmpty();
        assertThat(about(NMS_OFFICER, title)).isEmpty();
    }

    private List<NotificationRecord> about(String user, String subject) {
        return login.inOwnTransaction(user, () -> notifications.mine().stream()
                .filter(n -> n.subject().equals(subject)).toList());
    }
}
