package se.klusterportalen.account;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.cluster.ClusterId;
import se.klusterportalen.security.Role;

import java.util.Set;

/**
 * Whom to invite: name, e-mail, one regional role and, for a cluster manager, the clusters they report for (other
 * roles take none). The region is the officer's own, from the token.
 */
public record InviteRequest(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
                            @Nullable Role role, Set<ClusterId> clusters) {

    public InviteRequest {
        clusters = Set.copyOf(clusters);
    }
}
