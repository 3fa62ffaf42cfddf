/** Views of the cluster portfolio. */
@NullMarked
package se.klusterportalen.cluster.ui;

import org.jspecify.annotations.NullMarked;
