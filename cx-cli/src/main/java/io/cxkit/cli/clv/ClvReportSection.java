package io.cxkit.cli.clv;

import io.cxkit.cli.ReportSection;
import io.cxkit.cli.TextTable;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.clv.BgNbd;
import io.cxkit.metrics.clv.ClvSettings;
import io.cxkit.metrics.clv.CustomerSummarizer;
import io.cxkit.metrics.clv.CustomerSummary;
import io.cxkit.metrics.clv.CustomerValue;
import io.cxkit.metrics.clv.GammaGamma;
import io.cxkit.metrics.clv.LifetimeValue;
import io.cxkit.metrics.clv.ModelFit;
import io.cxkit.metrics.clv.PeriodUnit;
import io.cxkit.metrics.clv.SummaryTable;
import io.cxkit.metrics.clv.Transaction;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CLV section of {@code cx report}: BG/NBD and Gamma-Gamma fitted to the interactions that carry a value
 * (weeks, calibration to the last purchase day), and each customer's CLV over 52 weeks at a 10 % annual discount
 * rate (converted per week) on revenue (margin 1).
 */
public final class ClvReportSection implements ReportSection {
    static final int HORIZON_WEEKS = 52;
    static final double ANNUAL_DISCOUNT_RATE = 0.10;
    static final int TOP = 5;

    @Override
    public String key() {
        return "clv";
    }

    @Override
    public String title() {
        return "Customer lifetime value";
    }

    @Override
    public Object compute(List<Interaction> interactions) {
        List<Transaction> tx = CustomerSummarizer.transactionsOf(interactions, ZoneOffset.UTC);
        if (tx.isEmpty()) {
            throw new IllegalArgumentException("CLV needs purchases: no interaction carries a monetary value");
        }
        LocalDate end = tx.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
        List<CustomerSummary> rows = new CustomerSummarizer(PeriodUnit.WEEK, end).summarize(tx);
        SummaryTable table = SummaryTable.of(rows);
        ModelFit<BgNbd> fit = BgNbd.fit(table.compress());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("unit", PeriodUnit.WEEK.label());
        out.put("calibration_end", end.toString());
        out.put("customers", rows.size());
        out.put("repeat_buyers", rows.stream().filter(r -> r.frequency() > 0).count());
        out.put("repeat_transactions", rows.stream().mapToLong(CustomerSummary::frequency).sum());
        out.put("transaction_model", ClvCommand.fitJson(fit));
        if (rows.stream().noneMatch(r -> r.frequency() > 0)) {
            out.put("note", "no repeat purchases: no spend model and no CLV");
            return out;
        }
        // A fit that did not converge is not a result: say why, and compute nothing on top of it.
        if (!fit.converged()) {
            out.put("note", "no CLV: the BG/NBD fit is not a result (" + fit.convergence() + ")");
            return out;
        }
        if (table.repeatBuyersWithSpend().size() == 0) {
            out.put("note", "no CLV: no repeat buyer has a positive repeat spend, so there is no spend model");
            return out;
        }
        ModelFit<GammaGamma> spend = GammaGamma.fit(table);
        Map<String, Object> spendJson = ClvCommand.fitJson(spend);
        spendJson.put("frequency_spend_correlation", GammaGamma.frequencySpendCorrelation(table));
        out.put("spend_model", spendJson);
        if (!spend.converged()) {
            out.put("note", "no CLV: the Gamma-Gamma spend fit is not a result (" + spend.convergence() + ")");
            return out;
        }
        if (!(spend.fitted().q() > 1)) {
            out.put("note", "gamma-gamma q <= 1: expected spend has no finite mean, so no CLV");
            return out;
        }
        if (spend.excluded() > 0) {
            out.put("note", ClvCommand.num(spend.excluded()) + " repeat buyers without positive repeat spend are left "
                    + "out of the spend model and valued at its population mean spend");
        }
        double rate = ClvSettings.perPeriodRate(ANNUAL_DISCOUNT_RATE, PeriodUnit.WEEK);
        ClvSettings settings = new ClvSettings(HORIZON_WEEKS, PeriodUnit.WEEK, rate, 1);
        LifetimeValue lv = new LifetimeValue(fit.fitted(), spend.fitted(), settings);
        double total = 0;
        double alive = 0;
        List<Map<String, Object>> ranked = new ArrayList<>();
        for (CustomerSummary s : rows) {
            CustomerValue v = lv.value(s);
            total += v.clv();
            alive += v.probabilityAlive();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("customer", s.customer());
            c.put("x", s.frequency());
            c.put("p_alive", v.probabilityAlive());
            c.put("expected_transactions", v.expectedTransactions());
            c.put("expected_spend", v.expectedSpend());
            c.put("clv", v.clv());
            ranked.add(c);
        }
        ranked.sort(Comparator.comparingDouble((Map<String, Object> c) -> (Double) c.get("clv")).reversed());
        Map<String, Object> clv = new LinkedHashMap<>();
        clv.put("horizon", HORIZON_WEEKS);
        clv.put("unit", PeriodUnit.WEEK.label());
        clv.put("annual_discount_rate", ANNUAL_DISCOUNT_RATE);
        clv.put("discount_rate_per_period", rate);
        clv.put("margin", 1.0);
        clv.put("total", total);
        clv.put("mean", total / rows.size());
        clv.put("mean_p_alive", alive / rows.size());
        clv.put("top_customers", List.copyOf(ranked.subList(0, Math.min(TOP, ranked.size()))));
        out.put("clv", clv);
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void printText(Object computed, PrintWriter out) {
        Map<String, Object> m = (Map<String, Object>) computed;
        Map<String, Object> model = (Map<String, Object>) m.get("transaction_model");
        out.printf(Locale.ROOT, "%s customers, %s repeat buyers, %s repeat transactions to %s (weeks)%n",
                m.get("customers"), m.get("repeat_buyers"), m.get("repeat_transactions"), m.get("calibration_end"));
        printFit(out, "BG/NBD", model, "");
        if (m.containsKey("spend_model")) {
            Map<String, Object> spend = (Map<String, Object>) m.get("spend_model");
            printFit(out, "Gamma-Gamma", spend, String.format(Locale.ROOT, "  corr(x, spend) %.3f",
                    (Double) spend.get("frequency_spend_correlation")));
        }
        if (m.containsKey("note")) {
            out.println("note         " + m.get("note"));
        }
        if (m.containsKey("clv")) {
            Map<String, Object> clv = (Map<String, Object>) m.get("clv");
            out.printf(Locale.ROOT, "CLV over %s weeks at %.4f per week (%.0f%% a year), margin 1 (revenue): total %.2f,"
                            + " mean %.2f, mean P(alive) %.3f%n", clv.get("horizon"), clv.get("discount_rate_per_period"),
                    100 * (Double) clv.get("annual_discount_rate"), clv.get("total"), clv.get("mean"),
                    clv.get("mean_p_alive"));
            TextTable t = new TextTable(List.of("  customer", "x", "p_alive", "exp_trans", "exp_spend", "clv"));
            for (Map<String, Object> c : (List<Map<String, Object>>) clv.get("top_customers")) {
                t.add(List.of("  " + c.get("customer"), String.valueOf(c.get("x")), ClvCommand.fixed(c.get("p_alive"), 3),
                        ClvCommand.fixed(c.get("expected_transactions"), 3), ClvCommand.fixed(c.get("expected_spend"), 2),
                        ClvCommand.fixed(c.get("clv"), 2)));
            }
            t.print(out);
        }
        out.flush();
    }

    /** One fit's line: its parameters and log-likelihood if it converged, otherwise why it is no result. */
    @SuppressWarnings("unchecked")
    private static void printFit(PrintWriter out, String label, Map<String, Object> fit, String extra) {
        if (Boolean.TRUE.equals(fit.get("converged"))) {
            out.printf(Locale.ROOT, "%-12s %s  LL %.2f  converged%s%n", label,
                    ClvCommand.params((Map<String, Double>) fit.get("params")), (Double) fit.get("log_likelihood"),
                    extra);
        } else {
            out.printf(Locale.ROOT, "%-12s no result: %s%n", label, fit.get("convergence"));
        }
    }
}
