package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.clv.CustomerSummaryState;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.Transaction;
import io.cxkit.metrics.tck.MergeableStateCompatibilityKit;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;

/**
 * The per-customer CLV summary state passes the mergeable-state kit: few customers, so that one customer's
 * purchases (and purchases on the same day) land in different parts of every split; amounts with cents, so that
 * a day's total would depend on the order of its purchases if it were not summed exactly.
 */
class CustomerSummaryStateCompatibilityTest extends MergeableStateCompatibilityKit<CustomerSummaryState, Transaction> {
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Override
    protected CustomerSummaryState newState() {
        return new CustomerSummaryState(PeriodUnit.WEEK, END);
    }

    @Override
    protected Transaction randomItem(Random random) {
        // A few purchases fall after the observation end: counted, then ignored.
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200));
        double amount = random.nextInt(20) == 0 ? -random.nextInt(1000) / 100.0 : random.nextInt(100_000) / 100.0;
        return new Transaction("c" + random.nextInt(25), day, amount);
    }

    @Override
    protected void add(CustomerSummaryState state, Transaction item) {
        state.add(item);
    }

    @Override
    protected Object result(CustomerSummaryState state) {
        return state.summaries();
    }

    @Override
    protected Optional<CustomerSummaryState> differentlyConfigured() {
        return Optional.of(new CustomerSummaryState(PeriodUnit.WEEK, END.plusDays(1)));
    }
}
