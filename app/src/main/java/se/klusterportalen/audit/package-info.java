/** Envers revisions (who, region, UTC time) and the history of changes as who / when / old → new. */
@NullMarked
package se.klusterportalen.audit;

import org.jspecify.annotations.NullMarked;
