/**
 * User administration of a region by its programme officer (issue #17): the region's accounts with role, bound
 * clusters, enabled state and last sign-in; invitations; role and cluster changes; disabling and enabling. Keycloak
 * is reached only through {@link se.klusterportalen.security.AccountAdministration}; the portal's record of each
 * account ({@code user_account}, region-owned, audited) and Keycloak change together or not at all.
 */
@NullMarked
package se.klusterportalen.account;

import org.jspecify.annotations.NullMarked;
