/** Views of regions and their accounts. */
@NullMarked
package se.klusterportalen.region.ui;

import org.jspecify.annotations.NullMarked;
