package se.klusterportalen.account;

/** What an administrative change of an account did; each is one audited revision of its record. */
public enum AccountAction {
    /** Invited by an officer of the region (created in Keycloak). */
    INVITED,
    /** Role or bound clusters changed. */
    CHANGED,
    /** Disabled: cannot sign in, open sessions ended. */
    DISABLED,
    /** Enabled again. */
    ENABLED
}
