package se.klusterportalen.account;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import se.klusterportalen.security.Role;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.KeycloakTestAdmin;
import se.klusterportalen.testsupport.RealLogin;
import se.klusterportalen.testsupport.TestMailServer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * With SMTP configured in the realm (pointed at the tests' real SMTP server, GreenMail), an invitation goes out as
 * Keycloak's required-actions e-mail (verify e-mail, set password) and no password is shown. The realm's SMTP
 * settings are removed again afterwards: the other tests expect the development realm without SMTP.
 */
@IntegrationTest
class InvitationByEmailIntegrationTest {

    @Autowired RealLogin login;
    @Autowired AccountService accounts;
    @Autowired KeycloakTestAdmin keycloak;
    @Value("${spring.mail.port}") int smtpPort;

    private void realmSmtp(Map<String, String> smtp) {
        var realm = keycloak.realm().toRepresentation();
        realm.setSmtpServer(smtp);
        keycloak.realm().update(realm);
    }

    @AfterEach
    void noSmtpAgain() {
        realmSmtp(new HashMap<>());
    }

    @Test
    void withSmtpTheInvitedPersonGetsKeycloaksRequiredActionsByEmail() throws Exception {
        realmSmtp(Map.of("host", "127.0.0.1", "port", String.valueOf(smtpPort),
                "from", "klusterportalen@example.se", "fromDisplayName", "Klusterportalen"));
        String email = "mejl." + UUID.randomUUID().toString().substring(0, 8) + "@example.se";

        Invitation invitation = login.inOwnTransaction(SKANE_OFFICER, () -> {
            assertThat(accounts.invitationKind()).isEqualTo(InvitationKind.EMAIL);
            return accounts.invite(new InviteRequest("Maja", "Mejl", email, Role.POLITICIAN, Set.of()));
        });

        assertThat(invitation.kind()).isEqualTo(InvitationKind.EMAIL);
        assertThat(invitation.temporaryPassword()).isNull();
        List<MimeMessage> mails = TestMailServer.messagesTo(email);
        assertThat(mails).hasSize(1);
        String body = text(mails.getFirst().getContent());
        assertThat(body).contains("login-actions/action-token?key=");
        var user = keycloak.realm().users().searchByUsername(email, true).getFirst();
        assertThat(user.getRequiredActions()).containsExactlyInAnyOrder("VERIFY_EMAIL", "UPDATE_PASSWORD");
        assertThat(user.getAttributes().get("region")).containsExactly("skane");
    }

    /** The decoded text of a message's content (Keycloak sends text and HTML as multipart/alternative). */
    private static String text(Object content) throws Exception {
        if (content instanceof jakarta.mail.Multipart multipart) {
            var all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent()));
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    @Test
    void withoutSmtpTheInvitationIsATemporaryPassword() {
        realmSmtp(new HashMap<>());
        login.inOwnTransaction(SKANE_OFFICER, () ->
                assertThat(accounts.invitationKind()).isEqualTo(InvitationKind.TEMPORARY_PASSWORD));
    }
}
