package se.klusterportalen.region;

/**
 * A user the platform administrator just created. The temporary password is shown once, to be handed over; the
 * person chooses their own at the first sign-in. The portal does not keep it.
 */
public record NewAccount(String username, String temporaryPassword) {
}
