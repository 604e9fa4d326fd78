package io.cxkit.report;

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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@code clv} section: BG/NBD (Fader, Hardie &amp; Lee 2005) and Gamma-Gamma (Fader, Hardie &amp; Lee 2005b)
 * in weeks, calibrated to the last purchase day; CLV over the horizon at the annual discount rate converted per
 * week, margin 1 (revenue). The tracking plot follows Fader, Hardie &amp; Lee (2005), figure 1: weekly repeat
 * transactions against the sum over customers of the model's unconditional E[X(t)] since each first purchase.
 */
final class ClvProvider implements SectionProvider<ClvSection> {
    static final int TOP = 10;
    static final int BINS = 20;
    static final int GRID = 20;
    private final int horizon;
    private final double annualDiscountRate;

    ClvProvider(int horizon, double annualDiscountRate) {
        this.horizon = horizon;
        this.annualDiscountRate = annualDiscountRate;
    }

    @Override
    public String key() {
        return "clv";
    }

    @Override
    public String title() {
        return "Customer lifetime value";
    }

    @Override
    public ClvSection compute(ReportInput input) {
        List<Transaction> tx = CustomerSummarizer.transactionsOf(input.interactions(), input.zone());
        if (tx.isEmpty()) {
            throw new SectionUnavailableException("CLV needs purchases: no interaction carries a monetary value");
        }
        LocalDate end = tx.stream().map(Transaction::date).max(Comparator.naturalOrder()).orElseThrow();
        List<CustomerSummary> rows = new CustomerSummarizer(PeriodUnit.WEEK, end).summarize(tx);
        long repeatBuyers = rows.stream().filter(r -> r.frequency() > 0).count();
        if (repeatBuyers == 0) {
            throw new SectionUnavailableException("CLV needs repeat purchases: no customer bought on two days");
        }
        SummaryTable table = SummaryTable.of(rows);
        ModelFit<BgNbd> fit = BgNbd.fit(table.compress());
        BgNbd model = fit.fitted();
        // A fit that is not converged (a boundary, parameters the data do not identify, a work limit) is not a
        // result: the section says why instead of showing figures computed from it.
        if (!fit.converged()) {
            throw new SectionUnavailableException("no CLV: the BG/NBD fit is not a result (" + fit.convergence()
                    + ")");
        }
        if (table.repeatBuyersWithSpend().size() == 0) {
            throw new SectionUnavailableException("no CLV: no repeat buyer has a positive repeat spend, so there is "
                    + "no spend model");
        }
        ModelFit<GammaGamma> spend = GammaGamma.fit(table);
        if (!spend.converged()) {
            throw new SectionUnavailableException("no CLV: the Gamma-Gamma spend fit is not a result ("
                    + spend.convergence() + ")");
        }
        Optional<String> note = Optional.empty();
        if (spend.excluded() > 0) {
            note = Optional.of((long) spend.excluded() + " repeat buyers without positive repeat spend are left out "
                    + "of the spend model and valued at its population mean spend");
        }
        boolean finiteSpend = spend.fitted().q() > 1;
        if (!finiteSpend) {
            note = Optional.of("Gamma-Gamma q <= 1: expected spend has no finite mean, so no CLV");
        }
        double rate = ClvSettings.perPeriodRate(annualDiscountRate, PeriodUnit.WEEK);
        LifetimeValue lv = finiteSpend
                ? new LifetimeValue(model, spend.fitted(), new ClvSettings(horizon, PeriodUnit.WEEK, rate, 1)) : null;
        List<ClvSection.CustomerClv> all = new ArrayList<>(rows.size());
        double total = 0;
        double alive = 0;
        for (CustomerSummary s : rows) {
            double pAlive = model.probabilityAlive(s.frequency(), s.recency(), s.age());
            alive += pAlive;
            if (lv != null) {
                CustomerValue v = lv.value(s);
                total += v.clv();
                all.add(new ClvSection.CustomerClv(s.customer(), s.frequency(), s.recency(), s.age(), pAlive,
                        v.expectedTransactions(), v.expectedSpend(), v.clv()));
            }
        }
        all.sort(Comparator.comparingDouble(ClvSection.CustomerClv::clv).reversed()
                .thenComparing(ClvSection.CustomerClv::customer));
        return new ClvSection(PeriodUnit.WEEK.label(), end, rows.size(), repeatBuyers,
                rows.stream().mapToLong(CustomerSummary::frequency).sum(), summary(fit),
                Optional.of(summary(spend)), horizon, annualDiscountRate, lv == null ? Double.NaN : total,
                lv == null ? Double.NaN : total / rows.size(), alive / rows.size(),
                all.subList(0, Math.min(TOP, all.size())), histogram(all), matrix(model, rows),
                tracking(model, tx, end), note);
    }

    private static ClvSection.FitSummary summary(ModelFit<?> f) {
        return new ClvSection.FitSummary(f.model(), f.params(), f.logLikelihood(), f.converged(), f.convergence());
    }

    private static List<ClvSection.Bin> histogram(List<ClvSection.CustomerClv> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        double max = all.get(0).clv();
        double min = Math.min(0, all.get(all.size() - 1).clv());
        double width = max > min ? (max - min) / BINS : 1;
        long[] counts = new long[BINS];
        for (ClvSection.CustomerClv c : all) {
            counts[Math.min(BINS - 1, (int) ((c.clv() - min) / width))]++;
        }
        List<ClvSection.Bin> bins = new ArrayList<>(BINS);
        for (int i = 0; i < BINS; i++) {
            bins.add(new ClvSection.Bin(min + i * width, min + (i + 1) * width, counts[i]));
        }
        return bins;
    }

    private static ClvSection.AliveMatrix matrix(BgNbd model, List<CustomerSummary> rows) {
        double age = rows.stream().mapToDouble(CustomerSummary::age).max().orElse(0);
        long maxFrequency = rows.stream().mapToLong(CustomerSummary::frequency).max().orElse(0);
        int fSteps = (int) Math.min(GRID, maxFrequency + 1);
        List<Long> frequencies = new ArrayList<>();
        for (int i = 0; i < fSteps; i++) {
            frequencies.add(Math.round((double) i * maxFrequency / Math.max(1, fSteps - 1)));
        }
        List<Double> recencies = new ArrayList<>();
        for (int j = 0; j < GRID; j++) {
            recencies.add(age * j / (GRID - 1));
        }
        List<List<Double>> p = new ArrayList<>();
        for (long x : frequencies) {
            List<Double> row = new ArrayList<>();
            for (double tx : recencies) {
                row.add(model.probabilityAlive(x, x == 0 ? 0 : tx, age));
            }
            p.add(row);
        }
        return new ClvSection.AliveMatrix(age, frequencies, recencies, p);
    }

    private static List<ClvSection.TrackingPoint> tracking(BgNbd model, List<Transaction> tx, LocalDate end) {
        Map<String, TreeSet<LocalDate>> days = new HashMap<>();
        for (Transaction t : tx) {
            if (!t.date().isAfter(end)) {
                days.computeIfAbsent(t.customer(), k -> new TreeSet<>()).add(t.date());
            }
        }
        LocalDate start = tx.stream().map(Transaction::date).min(Comparator.naturalOrder()).orElseThrow();
        int periods = (int) (ChronoUnit.DAYS.between(start, end) / 7) + 1;
        double[] actual = new double[periods];
        TreeMap<Long, Long> cohorts = new TreeMap<>();
        for (TreeSet<LocalDate> d : days.values()) {
            long first = ChronoUnit.DAYS.between(start, d.first());
            cohorts.merge(first, 1L, Long::sum);
            for (LocalDate repeat : d.tailSet(d.first(), false)) {
                actual[(int) (ChronoUnit.DAYS.between(start, repeat) / 7)]++;
            }
        }
        // The last period may be partial: it runs to the calibration end, and so does its expectation.
        double endWeeks = (ChronoUnit.DAYS.between(start, end) + 1) / 7.0;
        List<ClvSection.TrackingPoint> out = new ArrayList<>(periods);
        for (int p = 0; p < periods; p++) {
            double from = p;
            double to = Math.min(p + 1, endWeeks);
            double expected = 0;
            for (Map.Entry<Long, Long> c : cohorts.entrySet()) {
                double born = c.getKey() / 7.0;
                if (born >= to) {
                    break;
                }
                expected += c.getValue() * (model.expectedTransactions(to - born)
                        - model.expectedTransactions(Math.max(0, from - born)));
            }
            out.add(new ClvSection.TrackingPoint(p, start.plusDays(7L * p), actual[p], expected));
        }
        return out;
    }
}
