package se.klusterportalen.funding;

/** The clusters' planned sum of a stream in a year exceeds the programme's envelope (ram). */
public record EnvelopeWarning(FundingStreamId stream, int year, long planned, long envelope) {

    public long excess() {
        return planned - envelope;
    }
}
