package se.klusterportalen.cluster;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.klusterportalen.tenancy.SystemTask;

import java.util.function.Consumer;

/**
 * The cluster feature's system operations: demo and reference data, each adding only what is missing so that a
 * kept database is not duplicated. Every operation needs a running {@link SystemTask} (ADR 0009); the demo data of
 * this package uses the seeder directly, other features through {@link ClusterService}'s two system operations.
 */
@Component
class ClusterSeeder {

    private final ClusterProfiles profiles;
    private final ClusterMembers members;
    private final SmartAreas areas;
    private final ClusterManagers managers;

    ClusterSeeder(ClusterProfiles profiles, ClusterMembers members, SmartAreas areas, ClusterManagers managers) {
        this.profiles = profiles;
        this.members = members;
        this.areas = areas;
        this.managers = managers;
    }

    @Transactional
    ClusterId clusterIfMissing(SystemTask task, String name, String sector, County county, ClusterStatus status) {
        SystemTask.require(task);
        return profiles.ifMissing(name, sector, county, status);
    }

    @Transactional
    void bindManagerIfMissing(SystemTask task, ClusterId cluster, String username) {
        SystemTask.require(task);
        managers.bindIfMissing(cluster, username);
    }

    @Transactional
    SmartArea areaIfMissing(SystemTask task, String name) {
        SystemTask.require(task);
        return areas.ifMissing(name);
    }

    /** Fills the profile of a cluster that has never been described; returns whether it did. */
    @Transactional
    boolean describeIfBlank(SystemTask task, ClusterId id, Consumer<ClusterDraft> describe) {
        SystemTask.require(task);
        return profiles.describeIfBlank(id, describe);
    }

    @Transactional
    void membersIfMissing(SystemTask task, ClusterId id, MemberCounts counts) {
        SystemTask.require(task);
        members.ifMissing(id, counts);
    }

    @Transactional
    void namedMemberIfMissing(SystemTask task, ClusterId id, String name, MemberType type, Integer since) {
        SystemTask.require(task);
        members.namedIfMissing(id, name, type, since);
    }
}
