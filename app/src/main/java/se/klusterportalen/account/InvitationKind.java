package se.klusterportalen.account;

/** How an invited person gets in. */
public enum InvitationKind {
    /** Keycloak e-mailed them a link to verify the address and choose a password (the realm has SMTP). */
    EMAIL,
    /** A one-time temporary password, shown once to the officer, replaced at the first sign-in. */
    TEMPORARY_PASSWORD
}
