/** The cluster portfolio: profiles, members, smart-specialisation areas, managers and the import. */
@NullMarked
package se.klusterportalen.cluster;

import org.jspecify.annotations.NullMarked;
