package se.klusterportalen.funding;

/**
 * Someone else saved the same plan (or envelopes) after the user loaded it: the save is refused, nothing is
 * overwritten. The message is a message key; the view explains it and offers to reload.
 */
public class FundingConflictException extends RuntimeException {

    public static final String PLAN = "funding.conflict.plan";
    public static final String ENVELOPES = "funding.conflict.envelopes";

    public FundingConflictException(String messageKey) {
        super(messageKey);
    }
}
