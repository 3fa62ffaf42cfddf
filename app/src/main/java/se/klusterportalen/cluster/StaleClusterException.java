package se.klusterportalen.cluster;

/**
 * Someone else saved the same data after this user loaded it: the save was refused so that nothing is silently
 * overwritten. The message is a text key.
 */
public class StaleClusterException extends RuntimeException {

    public static final String MESSAGE_KEY = "cluster.error.stale";

    public StaleClusterException() {
        super(MESSAGE_KEY);
    }
}
