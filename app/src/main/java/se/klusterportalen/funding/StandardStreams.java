package se.klusterportalen.funding;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;

/**
 * Gives a region the standard streams the first time its funding is used: in a transaction of its own, so that
 * reads stay read-only. Two first users at once are harmless: the second insert fails on the unique index and
 * the first one's streams are the region's.
 *
 * <p>Whether the region has streams is asked in the caller's transaction first; only a region without any opens the
 * transaction of its own. Before (issue #19, 500 sessions), every funding read opened that second transaction while
 * its own held a connection: with 30 such reads at once all 30 pooled connections were held by requests waiting for a
 * second one, and every request waited the pool's 30 s (a pool deadlock, seen in a thread dump).
 */
@Component
class StandardStreams {

    private final FundingStreamRepository streams;
    private final TransactionTemplate ownTransaction;

    StandardStreams(FundingStreamRepository streams, PlatformTransactionManager transactionManager) {
        this.streams = streams;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void ensurePresent() {
        if (streams.count() > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> {
                if (streams.count() == 0) {
                    streams.saveAllAndFlush(Arrays.stream(StandardStream.values()).map(FundingStream::standard).toList());
                }
            });
        } catch (DataIntegrityViolationException createdByAnotherRequest) {
            // nothing to do: they exist now
        }
    }
}
