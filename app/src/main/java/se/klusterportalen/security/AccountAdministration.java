package se.klusterportalen.security;

/**
 * Changes to the realm's accounts, for the platform administrators' account administration only (the region
 * service). Runs as its own service-account client ({@code klusterportal-accounts}, the only one of the portal's
 * clients allowed to manage users); everything else reads through {@link UserDirectory}.
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
}
