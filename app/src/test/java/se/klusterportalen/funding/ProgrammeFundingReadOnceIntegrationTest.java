package se.klusterportalen.funding;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.klusterportalen.programme.ProgrammeService;
import se.klusterportalen.testsupport.IntegrationTest;
import se.klusterportalen.testsupport.SignedInAs;
import se.klusterportalen.testsupport.SqlStatements;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static se.klusterportalen.testsupport.DemoUsers.SKANE_OFFICER;

/**
 * Issue #19: a page that reads a programme's funding twice in one read-only transaction (the overview's goal and
 * money panels) loads it once; a read-write transaction, as a save's, reads it afresh each time. Counts SQL
 * statements of the demo programme of Skåne; nothing is written.
 */
@IntegrationTest
@SignedInAs(SKANE_OFFICER)
class ProgrammeFundingReadOnceIntegrationTest {

    @Autowired FundingService funding;
    @Autowired ProgrammeService programmes;
    @Autowired SqlStatements statements;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aReadOnlyTransactionLoadsAProgrammesFundingOnce() {
        var programme = programmes.list().getFirst().id();
        var readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        int once = statements.during(() -> readOnly.executeWithoutResult(status ->
                funding.programmeFunding(programme))).size();
        var read = new ArrayList<ProgrammeFunding>();
        int twice = statements.during(() -> readOnly.executeWithoutResult(status -> {
            read.add(funding.programmeFunding(programme));
            read.add(funding.programmeFunding(programme));
        })).size();

        assertThat(once).isPositive();
        assertThat(twice).isEqualTo(once);
        assertThat(read.get(1)).isSameAs(read.get(0));

        var readWrite = new TransactionTemplate(transactions);
        var fresh = new ArrayList<ProgrammeFunding>();
        int twiceReadWrite = statements.during(() -> readWrite.executeWithoutResult(status -> {
            fresh.add(funding.programmeFunding(programme));
            fresh.add(funding.programmeFunding(programme));
        })).size();
        assertThat(twiceReadWrite).isGreaterThan(once);
        assertThat(fresh.get(1)).isNotSameAs(fresh.get(0)).isEqualTo(fresh.get(0));
    }
}
