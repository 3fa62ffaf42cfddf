/**
 * The one way the core refuses a request: {@link se.klusterportalen.rejection.Rejection} (invalid input, a stale
 * save, something not found, something not allowed) and {@link se.klusterportalen.rejection.RejectionMessages},
 * the texts that explain it in Swedish and English. Every feature may use it; it uses no feature.
 * See ADR 0007.
 */
@NullMarked
package se.klusterportalen.rejection;

import org.jspecify.annotations.NullMarked;
