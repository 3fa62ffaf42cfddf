/**
 * In-portal notifications per user, and e-mail where SMTP is configured: what happened (a self-assessment submitted,
 * sent back or fixed; a label about to expire; a milestone overdue), for whom, read or not. See ADR 0071.
 */
@NullMarked
package se.klusterportalen.notification;

import org.jspecify.annotations.NullMarked;
