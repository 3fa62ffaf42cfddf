/**
 * Indicators followed over time: a region's indicator catalogue, measurement rounds, the values clusters (and
 * networks under them) reported with their original text and kind, the block-format import and the roll-up.
 */
@NullMarked
package se.klusterportalen.indicator;

import org.jspecify.annotations.NullMarked;
