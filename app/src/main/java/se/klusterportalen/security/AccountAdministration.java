package se.klusterportalen.security;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Changes to the realm's accounts: the one interface to Keycloak's user administration (ADR 0011, issue #17).
 * Runs as its own service-account client ({@code klusterportal-accounts}, the only one of the portal's clients
 * allowed to manage users); names for display are read through {@link UserDirectory}.
 *
 * <p>Keycloak cannot narrow the client's rights to one region, so every method that addresses an account takes the
 * region too and finds only an account whose {@code region} attribute equals it: an account of another region is
 * "not found", exactly like an unknown id. Platform administrators (no region) are never found and the role given
 * is always a regional one. Every method throws {@link UserDirectory.UnavailableException} when Keycloak cannot be
 * reached (then nothing was changed, or the change was undone).
 */
public interface AccountAdministration {

    /**
     * Creates an enabled user of the region with the role and a temporary password, which they must replace at
     * their first sign-in. Throws {@link UserDirectory.UsernameTakenException} when the username or email is in
     * use, {@link UserDirectory.UnavailableException} when Keycloak cannot be reached.
     */
    void createUser(UserDirectory.NewUser user, String temporaryPassword);

    /**
     * Disables the account (it can no longer sign in; its history stays) and ends all its sessions at once:
     * Keycloak signs it out and tells the portal through back-channel logout, so an open portal session ends
     * too. Only a user of the given region; returns whether such a user was found.
     */
    boolean disableUser(String username, String region);

    /**
     * The accounts of the region (enabled or not, every regional role), unsorted. A user without a regional role is
     * listed with a null role.
     */
    List<Account> accountsOf(String region);

    /** One account of the region by its Keycloak id; empty for an unknown id or an account of another region. */
    Optional<Account> find(String id, String region);

    /** Whether the realm has an SMTP server, so that invitations go out by e-mail ({@link #invite}). */
    boolean sendsEmail();

    /**
     * Creates an enabled user of the region with one regional role and returns its Keycloak id. With a temporary
     * password the person replaces it at the first sign-in; without one ({@code null}) Keycloak e-mails them the
     * required actions (verify e-mail, set password), which needs {@link #sendsEmail()}. All or nothing: when the
     * role or the e-mail cannot be given, the user is deleted again before this throws.
     *
     * @throws UserDirectory.UsernameTakenException the username or e-mail belongs to someone already
     * @throws UserDirectory.UnavailableException Keycloak cannot be reached or refused (nothing stays created)
     */
    String invite(UserDirectory.NewUser user, @Nullable String temporaryPassword);

    /**
     * Creates an enabled account of the region with one regional role and a permanent password given as Keycloak
     * stores it (a hash, see {@link StoredPassword}), unless the realm has an account of that username already: then
     * nothing changes and this returns false. For generated regions of the development realm (the scale data set
     * of issue #19), whose accounts sign in with the demo password: the realm's password policy refuses it as a
     * typed value, as it would any short password, but takes a stored hash as a realm import does.
     *
     * @throws UserDirectory.UsernameTakenException the e-mail belongs to another account
     * @throws UserDirectory.UnavailableException Keycloak cannot be reached or refused (nothing stays created)
     */
    boolean ensureAccount(UserDirectory.NewUser user, StoredPassword password);

    /**
     * A password as Keycloak stores it: the {@code secretData} (hash and salt) and {@code credentialData} (algorithm
     * and iterations) of a credential, both JSON text exactly as a realm export has them.
     */
    record StoredPassword(String secretData, String credentialData) {
    }

    /** Deletes an account of the region (undoing an invitation whose portal record could not be saved). */
    void delete(String id, String region);

    /** Gives the account this regional role instead of its regional role(s); returns whether it was found. */
    boolean changeRole(String id, String region, Role role);

    /**
     * Enables or disables an account of the region; disabling also ends its sessions (back-channel logout reaches
     * an open portal session). Returns whether it was found.
     */
    boolean setEnabled(String id, String region, boolean enabled);

    /**
     * An account of a region as Keycloak knows it.
     *
     * @param id Keycloak's user id (a UUID as text)
     * @param role its regional role, null when it has none
     * @param createdAt when Keycloak created it (UTC)
     * @param lastSignIn the newest successful sign-in among the login events Keycloak keeps (90 days), null when
     *                   none is kept
     */
    record Account(String id, String username, String firstName, String lastName, String email, String region,
                   @Nullable Role role, boolean enabled, @Nullable Instant createdAt, @Nullable Instant lastSignIn) {

        public String displayName() {
            String name = (firstName + " " + lastName).strip();
            return name.isEmpty() ? username : name;
        }
    }
}
