package se.klusterportalen.demo;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Demo data on one node at a time. The loaders of each feature ({@code DemoData} at order 0 up to
 * {@code FundingDemoData} at 40, the scale data set at 90) listen to {@link ApplicationReadyEvent}; this bean takes ShedLock's row
 * {@value #LOCK} before the first of them ({@link #ORDER_TAKE}) and gives it back after the last
 * ({@link #ORDER_RELEASE}). Two nodes starting together: the second waits until the first has loaded everything,
 * then its loaders find every record present and add nothing (each adds only what is missing). A node that stops
 * while loading frees the row when it is closed, at the latest after {@link #LOCK_AT_MOST}.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-data")
class DemoDataLock implements DisposableBean {

    static final String LOCK = "demo.data";
    static final int ORDER_TAKE = -100;
    static final int ORDER_RELEASE = 95;
    static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLock.class);

    private final LockProvider locks;
    private final Clock clock;
    private @Nullable SimpleLock held;

    DemoDataLock(LockProvider locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER_TAKE)
    synchronized void take() throws InterruptedException {
        long deadline = System.nanoTime() + LOCK_AT_MOST.toNanos();
        boolean waited = false;
        while (held == null) {
            held = locks.lock(new LockConfiguration(clock.instant(), LOCK, LOCK_AT_MOST, Duration.ZERO)).orElse(null);
            if (held == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Demo data: the lock " + LOCK + " stayed taken for " + LOCK_AT_MOST);
                }
                if (!waited) {
                    LOG.info("Demo data: another node is loading it; waiting for the lock {}", LOCK);
                    waited = true;
                }
                Thread.sleep(RETRY);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER_RELEASE)
    synchronized void release() {
        if (held != null) {
            held.unlock();
            held = null;
        }
    }

    /** A loader that failed ends the start: give the row back at once. */
    @EventListener(ApplicationFailedEvent.class)
    void failed() {
        release();
    }

    @Override
    public void destroy() {
        release();
    }
}
