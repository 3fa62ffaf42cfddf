package se.klusterportalen.demo;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.klusterportalen.testsupport.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data on one node at a time (two nodes starting together, infra/cluster): while another node holds the row
 * {@code demo.data}, this node's loaders do not start; they start once it is given back, and then hold it
 * themselves until the last loader ran.
 */
@IntegrationTest
class DemoDataLockIntegrationTest {

    @Autowired LockProvider locks;
    @Autowired Clock clock;

    @Test
    void theLoadersWaitWhileAnotherNodeLoadsAndHoldTheRowThemselvesAfterwards() throws Exception {
        var config = new LockConfiguration(Instant.now(), DemoDataLock.LOCK, Duration.ofMinutes(5), Duration.ZERO);
        SimpleLock otherNode = locks.lock(config).orElseThrow();
        var thisNode = new DemoDataLock(locks, clock);

        CompletableFuture<Void> start = CompletableFuture.runAsync(() -> {
            try {
                thisNode.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1500);
        assertThat(start).as("waits while the other node holds the row").isNotDone();

        otherNode.unlock();
        start.get(30, TimeUnit.SECONDS);
        assertThat(locks.lock(config)).as("held by this node until its last loader ran").isEmpty();

        thisNode.release();
        SimpleLock again = locks.lock(config).orElseThrow();
        again.unlock();
    }
}
