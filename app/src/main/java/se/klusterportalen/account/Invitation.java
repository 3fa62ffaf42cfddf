package se.klusterportalen.account;

import org.jspecify.annotations.Nullable;

/**
 * The result of an invitation.
 *
 * @param id the new account's Keycloak id
 * @param username the username (the e-mail address, lower case)
 * @param kind how the person gets in
 * @param temporaryPassword for {@link InvitationKind#TEMPORARY_PASSWORD}: shown once, the portal keeps no copy;
 *                          null for {@link InvitationKind#EMAIL}
 */
public record Invitation(String id, String username, String email, InvitationKind kind,
                         @Nullable String temporaryPassword) {
}
