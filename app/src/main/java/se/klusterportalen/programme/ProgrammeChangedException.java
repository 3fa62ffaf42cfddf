package se.klusterportalen.programme;

/** Someone else saved the same goal or milestone since the user loaded it; nothing was overwritten. */
public class ProgrammeChangedException extends RuntimeException {

    public static final String MESSAGE_KEY = "programme.stale";

    ProgrammeChangedException() {
        super(MESSAGE_KEY);
    }
}
