package se.klusterportalen.account;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * An account of the officer's region as the user administration lists it.
 *
 * @param id Keycloak's user id (the address of the account in this feature)
 * @param role the regional role, null when the account has none
 * @param clusters the clusters a cluster manager is bound to (portal data), by name
 * @param createdAt when Keycloak created the account (UTC)
 * @param lastSignIn the newest successful sign-in among the login events Keycloak keeps (90 days, UTC); null when
 *                   none is kept (never signed in, or longer ago)
 * @param invitedBy the username of the officer who invited them through the portal, null otherwise
 */
public record RegionAccount(String id, String username, String displayName, String email, @Nullable Role role,
                            List<BoundCluster> clusters, boolean enabled, @Nullable Instant createdAt,
                            @Nullable Instant lastSignIn, @Nullable String invitedBy) {

    public RegionAccount {
        clusters = List.copyOf(clusters);
    }
}
