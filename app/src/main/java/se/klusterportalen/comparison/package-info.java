/**
 * The anonymised comparison across regions (issue #13, ADR 0070): a region's programme officer opts the region in
 * or out; a system job reads every opted-in region in a task of its own and stores only aggregates, with every
 * figure from fewer than 5 clusters or 3 regions suppressed; the region's own figures are shown next to them.
 */
@NullMarked
package se.klusterportalen.comparison;

import org.jspecify.annotations.NullMarked;
