package se.klusterportalen.funding;

/** One cell of a funding table: a stream in a year. */
public record StreamYear(FundingStreamId stream, int year) {
}
