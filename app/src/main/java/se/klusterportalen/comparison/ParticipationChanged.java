package se.klusterportalen.comparison;

/** A region opted in or out (published in its transaction; the job recomputes after the commit). */
record ParticipationChanged(String regionCode, boolean optedIn) {
}
