/** Phase-model self-assessments: the framework as data, rounds, answers and the submit / review / fix workflow. */
@NullMarked
package se.klusterportalen.assessment;

import org.jspecify.annotations.NullMarked;
