/** Views of ECEI labels. */
@NullMarked
package se.klusterportalen.label.ui;

import org.jspecify.annotations.NullMarked;
