/**
 * Operations (#15): health (database, Keycloak reachable), info and Prometheus metrics on the management port,
 * which is served on its own port only ({@code MANAGEMENT_PORT}, default 8081) and never on the public one.
 */
@NullMarked
package se.klusterportalen.operations;

import org.jspecify.annotations.NullMarked;
