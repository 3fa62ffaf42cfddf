/**
 * Scheduled jobs that run on one node only: Spring's scheduler plus ShedLock over the platform table
 * {@code shedlock} (V95). A job is a {@code @Scheduled} method with {@code @SchedulerLock(name = "...")}; it does
 * its work per region through {@code tenancy.SystemTask} (ADR 0009).
 */
@NullMarked
package se.klusterportalen.scheduling;

import org.jspecify.annotations.NullMarked;
