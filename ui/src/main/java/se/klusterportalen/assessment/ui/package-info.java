/** Views of phase-model assessments. */
@NullMarked
package se.klusterportalen.assessment.ui;

import org.jspecify.annotations.NullMarked;
