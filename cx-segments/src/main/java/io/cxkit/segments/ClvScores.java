package io.cxkit.segments;

import io.cxkit.core.Interaction;
import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.GammaGamma;
import io.cxkit.metrics.clv.ModelFit;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.SummaryTable;
import io.cxkit.metrics.clv.Transaction;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * P(alive) and CLV joined onto customer features, from the CLV models of cx-metrics fitted on the same
 * interactions: purchases (interactions with a value) summarised per customer in weeks up to the as-of day,
 * BG/NBD for P(alive) and the expected transactions over the horizon, Gamma-Gamma for the expected spend per
 * transaction (repeat buyers with positive mean spend; others get the population mean). CLV is
 * {@code E[transactions over the horizon] × E[spend]}, undiscounted, in the data's currency.
 *
 * <p>Only a converged fit is used: a fit that ran to a boundary or is not identified joins nothing, and
 * {@link Result#reason()} says why, so no score is shown from a fit that cannot be trusted.
 */
public final class ClvScores {
    private ClvScores() {
    }

    /**
     * What was joined.
     *
     * @param features the features, with {@code p_alive} and (when the spend model fitted) {@code clv} scores
     * @param reason empty when scores were joined, else why not
     */
    public record Result(List<CustomerFeatures> features, Optional<String> reason) {
        /**
         * Copies.
         *
         * @param features the features, with {@code p_alive} and (when the spend model fitted) {@code clv} scores
         * @param reason empty when scores were joined, else why not
         */
        public Result {
            features = List.copyOf(features);
        }
    }

    /**
     * Joins P(alive) and CLV.
     *
     * @param features the customers' features
     * @param interactions their interactions (a second pass)
     * @param zone the zone days are cut in
     * @param asOf the last day of the calibration period
     * @param horizonWeeks the CLV horizon, in weeks, 1..520
     * @return the features with scores, or unchanged with the reason
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public static Result join(List<CustomerFeatures> features, Iterable<Interaction> interactions, ZoneId zone,
            LocalDate asOf, int horizonWeeks) {
        if (horizonWeeks < 1 || horizonWeeks > 520) {
            throw new IllegalArgumentException("CLV horizon must be within 1..520 weeks, was " + horizonWeeks);
        }
        List<Transaction> tx = new ArrayList<>();
        for (Interaction i : interactions) {
            Transaction.of(i, zone).filter(t -> !t.date().isAfter(asOf)).ifPresent(tx::add);
        }
        if (tx.isEmpty()) {
            return new Result(features, Optional.of("no purchase (an interaction with a value) to fit a CLV model on"));
        }
        List<CustomerSummary> summaries;
        try {
            summaries = new CustomerSummarizer(PeriodUnit.WEEK, asOf).summarize(tx);
        } catch (IllegalArgumentException e) {
            return new Result(features, Optional.of("CLV summary: " + e.getMessage()));
        }
        SummaryTable table = SummaryTable.of(summaries);
        ModelFit<BgNbd> bg = BgNbd.fit(table.compress());
        if (!bg.converged()) {
            return new Result(features, Optional.of("BG/NBD did not converge (" + bg.convergence() + "); no P(alive)"
                    + " or CLV is joined"));
        }
        ModelFit<GammaGamma> gg = null;
        try {
            gg = GammaGamma.fit(table);
        } catch (IllegalArgumentException noRepeatSpend) {
            gg = null;
        }
        boolean spend = gg != null && gg.converged();
        Map<String, CustomerSummary> byCustomer = new HashMap<>();
        for (CustomerSummary s : summaries) {
            byCustomer.put(s.customer(), s);
        }
        List<CustomerFeatures> out = new ArrayList<>(features.size());
        for (CustomerFeatures f : features) {
            CustomerSummary s = byCustomer.get(f.customer());
            if (s == null) {
                out.add(f);
                continue;
            }
            BgNbd m = bg.fitted();
            CustomerFeatures g = f.withScore("p_alive", m.probabilityAlive(s.frequency(), s.recency(), s.age()));
            if (spend) {
                double n = m.conditionalExpectedTransactions(horizonWeeks, s.frequency(), s.recency(), s.age());
                g = g.withScore("clv", n * gg.fitted().expectedSpendOrPopulationMean(s.frequency(), s.monetary()));
            }
            out.add(g);
        }
        return new Result(out, spend ? Optional.empty()
                : Optional.of("Gamma-Gamma spend model did not converge or had no repeat spend: P(alive) only"));
    }
}
