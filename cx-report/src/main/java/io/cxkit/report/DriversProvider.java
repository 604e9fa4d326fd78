package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.journey.Journey;
import io.cxkit.journey.drivers.JourneyFeatureTable;
import io.cxkit.journey.drivers.JourneyFeatures;
import io.cxkit.journey.drivers.NegativityRatio;
import io.cxkit.metrics.drivers.AnswerField;
import io.cxkit.metrics.drivers.ImportancePerformance;
import io.cxkit.metrics.drivers.KeyDriverAnalysis;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.metrics.drivers.MissingAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code drivers} section. Question ratings are the attributes named {@code q_*} (as the sample and the
 * usual survey exports name them) unless the report was given its drivers; the outcome is CSAT when the rated
 * interactions carry a CSAT answer, else NPS. LMG and relative weights get seeded BCa bootstrap intervals
 * (1,000 resamples, seed 1). The negativity ratio is estimated on the journeys with an NPS answer after an
 * interaction (1,000 resamples, seed 1).
 */
final class DriversProvider implements SectionProvider<DriversSection> {
    static final int RESAMPLES = 1000;
    private final List<String> drivers;

    DriversProvider(List<String> drivers) {
        this.drivers = List.copyOf(drivers);
    }

    @Override
    public String key() {
        return "drivers";
    }

    @Override
    public String title() {
        return "What moves the figures";
    }

    @Override
    public DriversSection compute(ReportInput input) {
        Optional<KeyDriverResult> kda = Optional.empty();
        String kdaReason = "";
        List<ImportancePerformance.Point> ipa = List.of();
        double ci = 0;
        double cp = 0;
        try {
            KeyDriverResult r = keyDrivers(input);
            kda = Optional.of(r);
            ipa = ImportancePerformance.of(r);
            ci = ipa.stream().mapToDouble(ImportancePerformance.Point::importance).average().orElse(0);
            cp = ipa.stream().mapToDouble(ImportancePerformance.Point::performance).average().orElse(0);
        } catch (IllegalArgumentException e) {
            kdaReason = e.getMessage();
        }
        Optional<NegativityRatio.Estimate> neg = Optional.empty();
        String negReason = "";
        try {
            List<Journey> journeys = input.journeys();
            JourneyFeatureTable t = JourneyFeatures.defaults().table(journeys);
            if (t.journeys() < 10) {
                throw new IllegalArgumentException(t.journeys() + " journeys have an NPS answer after an interaction;"
                        + " the negativity ratio needs at least 10");
            }
            NegativityRatio.Estimate e = NegativityRatio.estimate(t, RESAMPLES, 1, input.confidence());
            neg = Optional.of(e);
            if (!e.defined()) {
                negReason = "positive moments did not raise the NPS answer here, so no ratio is defined";
            }
        } catch (IllegalArgumentException e) {
            negReason = e.getMessage();
        }
        if (kda.isEmpty() && neg.isEmpty()) {
            throw new SectionUnavailableException("no key drivers (" + kdaReason + ") and no negativity ratio ("
                    + negReason + ")");
        }
        return new DriversSection(kda, ipa, ci, cp, kdaReason, neg, negReason, NegativityRatio.CLAIM_NOTE);
    }

    private KeyDriverResult keyDrivers(ReportInput input) {
        List<Interaction> all = input.interactions();
        List<String> names = drivers;
        if (names.isEmpty()) {
            TreeSet<String> found = new TreeSet<>();
            for (Interaction i : all) {
                for (String k : i.attributes().keySet()) {
                    if (k.startsWith("q_")) {
                        found.add("attr." + k);
                    }
                }
            }
            names = List.copyOf(found);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no question ratings (attributes named q_*) in the data");
        }
        if (names.size() > KeyDriverAnalysis.MAX_DRIVERS) {
            names = names.subList(0, KeyDriverAnalysis.MAX_DRIVERS);
        }
        List<AnswerField> xs = names.stream().map(AnswerField::new).toList();
        AnswerField csat = new AnswerField("csat");
        boolean rated = false;
        boolean hasCsat = false;
        for (Interaction i : all) {
            boolean any = xs.stream().anyMatch(x -> !Double.isNaN(x.valueOf(i)));
            rated |= any;
            hasCsat |= any && !Double.isNaN(csat.valueOf(i));
        }
        if (!rated) {
            throw new IllegalArgumentException("no interaction carries a numeric question rating " + names);
        }
        AnswerField y = hasCsat ? csat : new AnswerField("nps");
        List<double[]> rows = new ArrayList<>();
        for (Interaction i : all) {
            double[] row = new double[xs.size() + 1];
            row[0] = y.valueOf(i);
            boolean any = false;
            for (int k = 0; k < xs.size(); k++) {
                row[k + 1] = xs.get(k).valueOf(i);
                any |= !Double.isNaN(row[k + 1]);
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] cols = new double[xs.size() + 1][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k <= xs.size(); k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        return KeyDriverAnalysis.bootstrap(y.name(), names, cols, MissingAnswers.COMPLETE_CASES,
                new KeyDriverAnalysis.Bootstrap(RESAMPLES, 1, "bca", input.confidence()));
    }
}
