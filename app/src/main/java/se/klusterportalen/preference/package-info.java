/**
 * A signed-in person's choices that should follow them between sessions and browsers: which columns of a grid they
 * show (the portfolio grid). Stored per user and region in the database (region-owned, audited).
 */
@NullMarked
package se.klusterportalen.preference;

import org.jspecify.annotations.NullMarked;
