/** The comparison page (own figures next to the anonymised ones of all opted-in regions) and its overview card. */
@NullMarked
package se.klusterportalen.comparison.ui;

import org.jspecify.annotations.NullMarked;
