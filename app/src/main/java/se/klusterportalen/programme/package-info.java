/** Cluster development programmes, their goals (evaluated from data) and milestones. */
@NullMarked
package se.klusterportalen.programme;

import org.jspecify.annotations.NullMarked;
