package se.klusterportalen.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;
import se.klusterportalen.security.Role;
import se.klusterportalen.tenancy.RegionOwnedEntity;

import java.util.UUID;

/**
 * The portal's record of one account of the region: set together with Keycloak by every administrative action;
 * its audit history is the account's administrative history.
 */
@Entity
@Table(name = "user_account")
@Audited
class UserAccount extends RegionOwnedEntity {

    @Column(name = "keycloak_id", nullable = false, updatable = false)
    private String keycloakId;

    @Column(nullable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    private @Nullable Role role;

    /** The bound clusters' names as the action left them, for the history (the bindings live in the cluster feature). */
    @Column(nullable = false)
    private String clusters;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "invited_by")
    private @Nullable String invitedBy;

    @Enumerated(EnumType.STRING)
    private @Nullable InvitationKind invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountAction action;

    protected UserAccount() {
    }

    UserAccount(String keycloakId, String username, @Nullable Role role, String clusters, boolean enabled,
                @Nullable String invitedBy, @Nullable InvitationKind invitation, AccountAction action) {
        this.id = UUID.randomUUID();
        this.keycloakId = keycloakId;
        this.username = username;
        this.role = role;
        this.clusters = clusters;
        this.enabled = enabled;
        this.invitedBy = invitedBy;
        this.invitation = invitation;
        this.action = action;
    }

    UUID id() {
        return id;
    }

    String keycloakId() {
        return keycloakId;
    }

    @Nullable String invitedBy() {
        return invitedBy;
    }

    void record(AccountAction action, @Nullable Role role, String clusters, boolean enabled) {
        this.action = action;
        this.role = role;
        this.clusters = clusters;
        this.enabled = enabled;
    }
}
