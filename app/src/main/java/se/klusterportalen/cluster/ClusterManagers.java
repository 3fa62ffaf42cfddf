package se.klusterportalen.cluster;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.Permission;
import se.klusterportalen.security.PortalUser;
import se.klusterportalen.security.Role;
import se.klusterportalen.security.UserDirectory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may edit which cluster, and the cluster managers bound to a cluster. Permissions of the service boundary are
 * checked by {@link ClusterService}; this part answers the finer "own cluster" question.
 */
@Component
class ClusterManagers {

    private final ClusterManagerRepository managers;
    private final ClusterRepository clusters;
    private final UserDirectory directory;
    private final CurrentUser currentUser;

    ClusterManagers(ClusterManagerRepository managers, ClusterRepository clusters, UserDirectory directory,
                    CurrentUser currentUser) {
        this.managers = managers;
        this.clusters = clusters;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    boolean can(String permission) {
        return currentUser.get().map(user -> user.can(permission)).orElse(false);
    }

    /** Officers edit every cluster of the region, a cluster manager the clusters they are bound to. */
    boolean mayEdit(ClusterId id) {
        return can(Permission.CLUSTER_EDIT) || can(Permission.CLUSTER_EDIT_OWN) && managesCluster(id);
    }

    /** Refuses ({@link Rejection.Forbidden} {@code cluster.error.not-yours}) what {@link #mayEdit} does not allow. */
    void requireMayEdit(ClusterId id) {
        if (!mayEdit(id)) {
            throw new Rejection.Forbidden("cluster.error.not-yours");
        }
    }

    Set<ClusterId> managedByCurrentUser() {
        return currentUser.get().filter(user -> user.has(Role.CLUSTER_MANAGER)).map(PortalUser::username)
                .map(username -> managers.findByUsername(username).stream()
                        .map(manager -> new ClusterId(manager.clusterId())).collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    boolean managesCluster(ClusterId id) {
        return managedByCurrentUser().contains(id);
    }

    List<String> usernamesOf(ClusterId id) {
        return managers.findByClusterIdOrderByUsername(id.value()).stream().map(ClusterManager::username).toList();
    }

    List<UserDirectory.DirectoryUser> of(ClusterId id) {
        return managers.findByClusterIdOrderByUsername(id.value()).stream().map(ClusterManager::username)
                .map(username -> new UserDirectory.DirectoryUser(username, directory.displayName(username))).toList();
    }

    List<UserDirectory.DirectoryUser> candidates(ClusterId id) {
        clusters.require(id);
        var bound = managers.findByClusterIdOrderByUsername(id.value()).stream().map(ClusterManager::username)
                .collect(Collectors.toSet());
        return directory.usersWith(region(), Role.CLUSTER_MANAGER).stream()
                .filter(user -> !bound.contains(user.username())).toList();
    }

    void bind(ClusterId id, String username) {
        clusters.require(id);
        String name = ClusterValidator.clean(username);
        if (name == null || name.length() > ClusterValidator.TEXT_MAX || name.contains(" ")) {
            throw new Rejection.Invalid("manager", "cluster.error.manager.username-invalid");
        }
        List<UserDirectory.DirectoryUser> regionManagers;
        try {
            regionManagers = directory.usersWith(region(), Role.CLUSTER_MANAGER);
        } catch (UserDirectory.UnavailableException e) {
            throw new Rejection.Invalid("manager", UserDirectory.UnavailableException.MESSAGE_KEY);
        }
        if (regionManagers.stream().noneMatch(user -> user.username().equals(name))) {
            throw new Rejection.Invalid("manager", "cluster.error.manager.not-a-manager");
        }
        bindIfMissing(id, name);
    }

    void bindIfMissing(ClusterId cluster, String username) {
        var key = new ClusterManager.Key(cluster.value(), username);
        if (!managers.existsById(key)) {
            managers.save(new ClusterManager(cluster.value(), username));
        }
    }

    Map<String, Set<ClusterId>> bindings() {
        var result = new HashMap<String, Set<ClusterId>>();
        managers.findAll().forEach(manager -> result.computeIfAbsent(manager.username(), u -> new HashSet<>())
                .add(new ClusterId(manager.clusterId())));
        return result;
    }

    void replace(String username, Set<ClusterId> wanted) {
        wanted.forEach(clusters::require);
        var bound = managers.findByUsername(username);
        bound.stream().filter(manager -> !wanted.contains(new ClusterId(manager.clusterId())))
                .forEach(managers::delete);
        wanted.forEach(cluster -> bindIfMissing(cluster, username));
    }

    void unbind(ClusterId id, String username) {
        managers.deleteById(new ClusterManager.Key(id.value(), username));
    }

    private String region() {
        return currentUser.get().flatMap(PortalUser::regionCode).orElseThrow(
                () -> new AccessDeniedException("No region"));
    }
}
