package se.klusterportalen.security;

/**
 * Every permission of the portal, in one place. Roles grant permissions ({@link Role}); services and views
 * check permissions, never roles: services with {@code @RequiresPermission(Permission.CLUSTER_VIEW)}, views with
 * {@code @RolesAllowed(Permission.CLUSTER_VIEW)}; both work because each permission is granted as the authority
 * {@code ROLE_<permission>}. "Own" permissions are further limited to the clusters a manager is bound to, which
 * the feature's service checks.
 */
public final class Permission {

    public static final String OVERVIEW_VIEW = "overview.view";

    public static final String CLUSTER_VIEW = "cluster.view";
    /** Create, edit and close any cluster of the region; import. */
    public static final String CLUSTER_EDIT = "cluster.edit";
    /** Edit the profile and members of the clusters one manages. */
    public static final String CLUSTER_EDIT_OWN = "cluster.edit-own";
    /** See personal contact data (not politicians). */
    public static final String CONTACT_VIEW = "contact.view";

    public static final String FUNDING_VIEW = "funding.view";
    public static final String FUNDING_EDIT = "funding.edit";

    /** Fixed results for everyone; drafts only for those who answer or review. */
    public static final String ASSESSMENT_VIEW = "assessment.view";
    /** Answer the self-assessment of the clusters one manages. */
    public static final String ASSESSMENT_ANSWER_OWN = "assessment.answer-own";
    /** Open rounds, answer for any cluster, review and fix results. */
    public static final String ASSESSMENT_MANAGE = "assessment.manage";
    /** The pure phase-model calculation (touches no region data). */
    public static final String PHASE_MODEL_EVALUATE = "phase-model.evaluate";

    public static final String LABEL_VIEW = "label.view";
    public static final String LABEL_EDIT = "label.edit";
    /** The Gold pre-assessment of the clusters one manages. */
    public static final String LABEL_PREASSESS_OWN = "label.preassess-own";

    public static final String PROGRAMME_VIEW = "programme.view";
    /** Programmes, goals, milestones of the region. */
    public static final String PROGRAMME_EDIT = "programme.edit";
    /** Status of the milestones of the clusters one manages. */
    public static final String MILESTONE_UPDATE_OWN = "milestone.update-own";

    /** Indicators, rounds and values of the region's clusters and networks. */
    public static final String INDICATOR_VIEW = "indicator.view";
    /** Import indicator values and grow the catalogue. */
    public static final String INDICATOR_EDIT = "indicator.edit";

    /** The region's own figures next to the anonymised comparison across opted-in regions (ADR 0070). */
    public static final String COMPARISON_VIEW = "comparison.view";
    /** Opt the region in or out of the anonymised comparison across regions (ADR 0070). */
    public static final String COMPARISON_OPT_IN = "comparison.opt-in";

    public static final String REGION_ADMIN = "region.admin";

    /**
     * The programme officer's user administration of their own region (issue #17): list, invite, change role and
     * clusters, disable and enable — never another region's users, never platform administration.
     */
    public static final String USER_ADMIN = "user.admin";

    private Permission() {
    }
}
