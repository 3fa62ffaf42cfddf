/** ECEI quality labels, label goals and the Gold pre-assessment. */
@NullMarked
package se.klusterportalen.label;

import org.jspecify.annotations.NullMarked;
