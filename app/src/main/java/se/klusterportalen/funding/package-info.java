/** Funding streams, plans (planned and actual), tapering, envelopes and the import of amounts. */
@NullMarked
package se.klusterportalen.funding;

import org.jspecify.annotations.NullMarked;
