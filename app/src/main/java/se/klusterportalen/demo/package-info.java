/** Demo regions, clusters and logins for the profiles dev and test. */
@NullMarked
package se.klusterportalen.demo;

import org.jspecify.annotations.NullMarked;
