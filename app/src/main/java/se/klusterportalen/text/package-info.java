/** Text normalisation at the edge: one rule for every importer, form and API input. */
@NullMarked
package se.klusterportalen.text;

import org.jspecify.annotations.NullMarked;
