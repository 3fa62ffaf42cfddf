package se.klusterportalen.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a region is disabled by the platform administrator, and which of its accounts that disabled (the ones
 * enabled at that moment: only they are enabled again). Platform data; its audit history says who and when.
 */
@Entity
@Table(name = "region_suspension")
@Audited
class RegionSuspension {

    @Id
    private String code;

    @Column(nullable = false)
    private boolean suspended;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** Keycloak ids, comma separated. */
    @Column(name = "account_ids", nullable = false)
    private String accountIds;

    @Version
    private long version;

    protected RegionSuspension() {
    }

    RegionSuspension(String code) {
        this.code = code;
        this.accountIds = "";
    }

    boolean suspended() {
        return suspended;
    }

    List<String> accountIds() {
        return accountIds.isEmpty() ? List.of() : Arrays.asList(accountIds.split(","));
    }

    void suspend(List<String> disabled, String by, Instant at) {
        this.suspended = true;
        this.accountIds = String.join(",", disabled);
        this.changedBy = by;
        this.changedAt = at;
    }

    void resume(String by, Instant at) {
        this.suspended = false;
        this.accountIds = "";
        this.changedBy = by;
        this.changedAt = at;
    }
}
