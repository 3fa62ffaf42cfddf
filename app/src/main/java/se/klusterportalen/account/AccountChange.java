package se.klusterportalen.account;

import org.jspecify.annotations.Nullable;
import se.klusterportalen.security.Role;

import java.time.Instant;

/**
 * One administrative action on an account, from the audit history (Envers): who did it, when (UTC) and the state
 * it left.
 *
 * @param by the username of who did it
 * @param clusters the bound clusters' names after the action, comma separated (empty for none)
 */
public record AccountChange(Instant at, String by, AccountAction action, @Nullable Role role, String clusters,
                            boolean enabled) {
}
