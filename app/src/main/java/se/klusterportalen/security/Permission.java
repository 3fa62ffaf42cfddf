package se.klusterportalen.security;

/**
 * Every permission of the portal, in one place. Roles grant permissions ({@link Role}); services and views
 * check permissions, never roles: services with {@code @RequiresPermission(Permission.CLUSTER_VIEW)}, views with
 * {@code @RolesAllowed(Permission.CLUSTER_VIEW)}; both work because each permission is granted as the authority
 * {@code ROLE_<permission>}.
 */
public final class Permission {

    public static final String OVERVIEW_VIEW = "overview.view";
    public static final String CLUSTER_VIEW = "cluster.view";
    public static final String REGION_ADMIN = "region.admin";

    private Permission() {
    }
}
