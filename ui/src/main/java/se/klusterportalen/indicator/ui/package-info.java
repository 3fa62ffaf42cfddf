/** Views of indicators followed over time: the roll-up, the import and the cluster page's section. */
@NullMarked
package se.klusterportalen.indicator.ui;

import org.jspecify.annotations.NullMarked;
