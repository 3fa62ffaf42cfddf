/** JSON problem details for the REST API under {@code /api/**}. */
@NullMarked
package se.klusterportalen.api;

import org.jspecify.annotations.NullMarked;
