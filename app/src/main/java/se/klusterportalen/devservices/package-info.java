/** Embedded PostgreSQL and Keycloak for the profiles dev and test. */
@NullMarked
package se.klusterportalen.devservices;

import org.jspecify.annotations.NullMarked;
