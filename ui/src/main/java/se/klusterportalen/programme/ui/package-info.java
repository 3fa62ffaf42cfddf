/** Views of programmes, goals and milestones. */
@NullMarked
package se.klusterportalen.programme.ui;

import org.jspecify.annotations.NullMarked;
