package se.klusterportalen.label;

import se.klusterportalen.cluster.ClusterId;

import java.time.LocalDate;

/**
 * A cluster's current label that ends within {@value LabelRules#EXPIRY_WARNING_DAYS} days with no equal or higher
 * label following it (the EXPIRING warning of {@link LabelWarning}).
 *
 * @param daysLeft days from the day asked about to the last day of validity (0 = ends that day)
 */
public record ExpiringLabel(LabelId id, ClusterId clusterId, LabelLevel level, LocalDate validUntil, long daysLeft) {
}
