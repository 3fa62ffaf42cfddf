/** Regions (tenants) and their accounts in the user directory. */
@NullMarked
package se.klusterportalen.region;

import org.jspecify.annotations.NullMarked;
