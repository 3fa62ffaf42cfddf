/** Keycloak claims, the signed-in user, roles and permissions. */
@NullMarked
package se.klusterportalen.security;

import org.jspecify.annotations.NullMarked;
