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
