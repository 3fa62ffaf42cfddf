package se.klusterportalen.notification;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.assessment.AnswerInput;
import se.klusterportalen.assessment.AssessmentDetails;
import se.klusterportalen.assessment.AssessmentId;
import se.klusterportalen.assessment.AssessmentService;
import se.klusterportalen.assessment.Criterion;
import se.klusterportalen.assessment.HorizontalArea;
import se.klusterportalen.cluster.ClusterFixtures;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.cluster.ClusterService;
import se.klusterportalen.assessment.AssessmentState;
import se.klusterportalen.mail.MailFixtures;
import se.klusterportalen.region.RegionService;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.UserDirectory;
import org.springframework.transaction.PlatformTransactionManager;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.TestMailServer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.klusterportalen.testsupport.DemoUsers.NMS_OFFICER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_MANAGER;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * The self-assessment workflow tells people, after its step committed: a submitted assessment the region's officers
 * (in the portal and by mail to their address, through GreenMail as the SMTP server), a sent-back one the cluster's
 * manager. Nobody in another region hears of it. Mail goes through the outbox: never inside the user's request, and
 * with the SMTP server down the step still succeeds and the mail goes, once, when the server answers again. The steps must commit (notifications are raised after the commit),
 * so each test adds a uniquely named cluster of its own, which stays.
 */
@IntegrationTest
@SignedInAs(SKANE_OFFICER)
class AssessmentNotificationIntegrationTest {

    static final String SKANE_OFFICER_MAIL = "skane.handlaggare@demo.klusterportalen.se";

    @Autowired RealLogin login;
    @Autowired ClusterFixtures clusterFixtures;
    @Autowired ClusterService clusters;
    @Autowired AssessmentService assessments;
    @Autowired NotificationService notifications;
    @Autowired NotificationMailJob mailJob;
    @Autowired NotificationMailer mailer;
    @Autowired RegionService regions;
    @Autowired OutboxMailRepository outbox;
    @Autowired NotificationRepository notificationRows;
    @Autowired UserDirectory directory;
    @Autowired PlatformTransactionManager transactions;
    private final List<ClusterId> committed = new java.util.ArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void removeTheCommittedClusters() {
        committed.forEach(cluster -> clusterFixtures.removeCommitted(se.klusterportalen.testsupport.DemoUsers.SKANE, cluster));
    }

    @Test
    void aSubmittedSelfAssessmentTellsTheOfficerInThePortalAndByMail() throws Exception {
        String name = ClusterFixtures.unique("Notisklustret");
        long unreadBefore = notifications.unreadCount();
        AssessmentId id = submittedByTheManager(name);

        login.as(SKANE_OFFICER);
        assertThat(notifications.unreadCount()).isEqualTo(unreadBefore + 1);
        var about = notifications.mine().stream().filter(n -> n.subject().equals(name)).toList();
        assertThat(about).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSESSMENT_SUBMITTED);
            assertThat(n.unread()).isTrue();
            assertThat(n.link()).isEqualTo("assessments/" + id.value());
            assertThat(n.text(Locale.of("sv", "SE"))).startsWith(name + " har lämnat in självskattningen i omgången ");
        });
        assertThat(notifications.mine().getFirst().subject()).as("newest first").isEqualTo(name);

        assertThat(mailsAbout(SKANE_OFFICER_MAIL, name)).as("no mail inside the manager's request").isEmpty();
        mailJob.run();
        List<MimeMessage> mails = mailsAbout(SKANE_OFFICER_MAIL, name);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("Klusterportalen: " + name + " har lämnat in");
        assertThat(mails.getFirst().getContent().toString())
                .contains("Öppna i Klusterportalen: http://localhost:")
                .contains("/assessments/" + id.value());

        login.as(SKANE_MANAGER);
        assertThat(notifications.mine()).as("who submitted is not told").noneMatch(n -> n.subject().equals(name));
        login.as(NMS_OFFICER);
        assertThat(notifications.mine()).as("another region's officer").noneMatch(n -> n.subject().equals(name));
    }

    @Test
    void withTheSmtpServerDownTheSubmitStillSucceedsAndTheMailGoesOnceTheServerAnswers() throws Exception {
        String name = ClusterFixtures.unique("Postklustret");
        AssessmentId id = submittedByTheManager(name);
        login.as(SKANE_OFFICER);
        assertThat(assessments.assessment(id).state()).isEqualTo(AssessmentState.SUBMITTED);
        NotificationId told = notifications.mine().stream().filter(n -> n.subject().equals(name))
                .map(NotificationRecord::id).findFirst().orElseThrow();

        Instant down = Instant.now().truncatedTo(ChronoUnit.MICROS);
        var smtpDown = new NotificationMailer(outbox, notificationRows, directory,
                MailFixtures.smtpDown("http://localhost"), transactions);
        new NotificationMailJob(regions, smtpDown, Clock.fixed(down, ZoneOffset.UTC)).sendDue();
        assertThat(outboxRow(told)).satisfies(mail -> {
            assertThat(mail.state()).isEqualTo(OutboxMail.State.PENDING);
            assertThat(mail.attempts()).isEqualTo(1);
            assertThat(mail.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("smtp: "));
            assertThat(mail.nextAttemptAt()).contains(down.plus(Duration.ofMinutes(1)));
        });
        new NotificationMailJob(regions, smtpDown, Clock.fixed(down.plusSeconds(59), ZoneOffset.UTC)).sendDue();
        assertThat(outboxRow(told).attempts()).as("not tried again before its backoff").isEqualTo(1);
        assertThat(mailsAbout(SKANE_OFFICER_MAIL, name)).isEmpty();

        var smtpBack = new NotificationMailJob(regions, mailer, Clock.fixed(down.plusSeconds(61), ZoneOffset.UTC));
        smtpBack.sendDue();
        smtpBack.sendDue();
        assertThat(mailsAbout(SKANE_OFFICER_MAIL, name)).as("sent once").hasSize(1);
        assertThat(outboxRow(told)).satisfies(mail -> {
            assertThat(mail.state()).isEqualTo(OutboxMail.State.SENT);
            assertThat(mail.attempts()).isEqualTo(2);
            assertThat(mail.sentTo()).contains(SKANE_OFFICER_MAIL);
            assertThat(mail.doneAt()).contains(down.plusSeconds(61));
            assertThat(mail.nextAttemptAt()).isEmpty();
        });
    }

    private OutboxMail outboxRow(NotificationId notification) {
        return login.inOwnTransaction(SKANE_OFFICER,
                () -> outbox.findByNotificationId(notification.value()).orElseThrow());
    }

    @Test
    void aSentBackSelfAssessmentTellsTheClustersManagerAndReadingIsPerUser() {
        String name = ClusterFixtures.unique("Returklustret");
        AssessmentId id = submittedByTheManager(name);
        login.as(SKANE_OFFICER);
        var submitted = assessments.assessment(id);
        assessments.sendBack(id, submitted.version(), "Komplettera bevisen för S2.1.");

        login.as(SKANE_MANAGER);
        var about = notifications.mine().stream().filter(n -> n.subject().equals(name)).toList();
        assertThat(about).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSESSMENT_SENT_BACK);
            assertThat(n.text(Locale.ENGLISH)).startsWith("The self-assessment of " + name + " in round ");
        });
        long unread = notifications.unreadCount();
        assertThat(notifications.markRead(about.getFirst().id()).unread()).isFalse();
        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);

        login.as(SKANE_OFFICER);
        var officersOwn = notifications.mine().stream().filter(n -> n.subject().equals(name)).toList();
        assertThat(officersOwn).extracting(NotificationRecord::kind)
                .containsExactly(NotificationKind.ASSESSMENT_SUBMITTED);
        assertThatThrownBy(() -> notifications.markRead(about.getFirst().id()))
                .as("the manager's notification is not the officer's to mark").isInstanceOf(Rejection.NotFound.class);
        notifications.markAllRead();
        assertThat(notifications.unreadCount()).isZero();
    }

    /** A new cluster of Skåne with the demo manager bound, a round for it, answered in full and submitted by them. */
    private AssessmentId submittedByTheManager(String clusterName) {
        ClusterId cluster = clusterFixtures.create(clusterName);
        committed.add(cluster);
        clusters.bindManager(cluster, SKANE_MANAGER);
        var round = assessments.openRound("Notiser " + UUID.randomUUID().toString().substring(0, 8), List.of(cluster));
        AssessmentId id = assessments.assessments(round.id()).getFirst().id();
        login.as(SKANE_MANAGER);
        var details = answerAll(id);
        assessments.submit(id, details.version());
        return id;
    }

    /** Answers everything: the first phase of each dimension met, the rest not; every area at level 1. */
    private AssessmentDetails answerAll(AssessmentId id) {
        var details = assessments.assessment(id);
        for (var dimension : details.model().dimensions()) {
            for (Criterion criterion : dimension.criteria()) {
                boolean met = criterion.phase() == 1;
                details = assessments.answer(id, details.version(),
                        AnswerInput.criterion(criterion.code(), met, met ? "Protokoll från styrelsemöte" : null, null), null);
            }
        }
        for (HorizontalArea area : details.model().areas()) {
            details = assessments.answer(id, details.version(),
                    AnswerInput.area(area.code(), 1, "Genomgång av branschens statistik", "Utbildning för styrelsen"), null);
        }
        return details;
    }

    static List<MimeMessage> mailsAbout(String address, String text) {
        return TestMailServer.messagesTo(address).stream().filter(m -> {
            try {
                return m.getContent().toString().contains(text);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
