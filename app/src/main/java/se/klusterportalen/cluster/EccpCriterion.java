package se.klusterportalen.cluster;

/** What ECCP validation asks of a cluster organisation (see shared/DOMAIN.md, ECEI labels). */
public enum EccpCriterion {
    /** At least 0.5 FTE of cluster management. */
    MANAGEMENT_FTE,
    ENGLISH_WEBSITE,
    /** At least 15 committed members in the latest reported year. */
    MEMBERS,
    /** Members of at least two types (triple helix). */
    MEMBER_TYPES
}
