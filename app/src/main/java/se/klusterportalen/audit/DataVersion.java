package se.klusterportalen.audit;

/**
 * The version of a region's audited data ({@link AuditHistoryService#dataVersion()}): equal versions mean no change
 * was committed in between.
 *
 * @param revisions      the region's number of audit revisions
 * @param newestRevision the highest revision number of the region (0 when there is none)
 */
public record DataVersion(long revisions, long newestRevision) {
}
