package io.cxkit.metrics.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.metrics.breakdown.TimeBucket;
import io.cxkit.metrics.drivers.AnswerField;
import io.cxkit.metrics.drivers.CorrelationAccumulator;
import io.cxkit.metrics.drivers.DriverImportance;
import io.cxkit.metrics.drivers.KeyDriverAnalysis;
import io.cxkit.metrics.drivers.KeyDriverResult;
import io.cxkit.metrics.drivers.MissingAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample generator embeds a known intervention (support in region {@code emea} improves half-way through
 * the window by {@link SampleSchema#SUPPORT_IMPROVEMENT} in the latent experience, about +0.72 CSAT points
 * before the 1–5 clamp) and question ratings driven by known parts of the experience (resolution weighs most).
 * The analyses must find them on a seeded sample of 3,000 customers.
 */
class SampleEffectsTest {
    static List<Interaction> sample;
    static SampleGenerator generator;

    @BeforeAll
    static void generate() {
        generator = SampleGenerator.builder().customers(3000).seed(7).build();
        sample = generator.generateList().stream()
                .filter(i -> i.attributes().containsKey(SampleSchema.ATTR_Q_SPEED)).toList();
    }

    @Test
    void differenceInDifferencesRecoversTheTreatedRegionsImprovement() {
        Instant at = generator.interventionDate();
        AnswerField csat = new AnswerField("csat");
        DifferenceInDifferences d = DifferenceInDifferences.create();
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (Interaction i : sample) {
            String region = i.attributes().get(SampleSchema.ATTR_REGION);
            if (!region.equals("emea") && !region.equals("na")) {
                continue;
            }
            double week = java.time.temporal.ChronoUnit.WEEKS.between(first,
                    LocalDate.ofInstant(i.timestamp(), ZoneOffset.UTC));
            d.add(i.customerId().value(), region.equals("emea"), !i.timestamp().isBefore(at), week, csat.valueOf(i));
        }
        DifferenceInDifferences.Result r = d.result(0.95);
        assertThat(r.pValue()).isLessThan(0.01);
        assertThat(r.estimate()).isBetween(0.35, 0.85);
        assertThat(r.interval().lower()).isPositive();
        assertThat(r.parallelTrends().orElseThrow().pValue()).isGreaterThan(0.01);
    }

    @Test
    void changePointSearchFindsTheInterventionInTheTreatedSeriesOnly() {
        PeriodSeries s = PeriodSeries.create(TimeBucket.MONTH, ZoneOffset.UTC);
        AnswerField csat = new AnswerField("csat");
        for (Interaction i : sample) {
            s.add(i.attributes().get(SampleSchema.ATTR_REGION), i.timestamp(), csat.valueOf(i));
        }
        List<PeriodSeries.Point> emea = s.series("emea").stream().filter(p -> p.n() > 0).toList();
        ChangePoints.Result r = ChangePoints.detect(emea.stream().mapToDouble(PeriodSeries.Point::mean).toArray(),
                new ChangePoints.Settings(Double.NaN, 3));
        assertThat(r.changes()).isNotEmpty();
        ChangePoints.Change biggest = r.changes().stream()
                .max(Comparator.comparingDouble(c -> Math.abs(c.after() - c.before()))).orElseThrow();
        LocalDate found = emea.get(biggest.index()).start();
        LocalDate truth = LocalDate.ofInstant(generator.interventionDate(), ZoneOffset.UTC);
        assertThat(Math.abs(java.time.temporal.ChronoUnit.DAYS.between(truth, found))).isLessThanOrEqualTo(62);
        assertThat(biggest.after()).isGreaterThan(biggest.before());
    }

    @Test
    void keyDriversOfSupportCsatPutResolutionAndEaseAboveSpeedAndStaff() {
        List<String> drivers = SampleSchema.QUESTION_RATINGS.stream().map(q -> "attr." + q).toList();
        CorrelationAccumulator acc = CorrelationAccumulator.create(5, MissingAnswers.COMPLETE_CASES);
        AnswerField y = new AnswerField("csat");
        List<AnswerField> xs = drivers.stream().map(AnswerField::new).toList();
        for (Interaction i : sample) {
            double[] row = new double[5];
            row[0] = y.valueOf(i);
            for (int k = 0; k < 4; k++) {
                row[k + 1] = xs.get(k).valueOf(i);
            }
            acc.add(row);
        }
        KeyDriverResult r = KeyDriverAnalysis.fit("csat", drivers, acc);
        // Resolution (a 1.8 swing in the latent experience) feeds q_resolution, and q_ease sums every effort
        // component including it; speed (a 0.9 wait penalty) and staff (0.35 per transfer) carry less.
        List<String> ranked = r.drivers().stream().sorted(Comparator.comparingDouble(DriverImportance::lmg)
                .reversed()).map(DriverImportance::name).toList();
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("attr.q_resolution", "attr.q_ease");
        assertThat(r.drivers().get(2).lmg()).isGreaterThan(3 * Math.max(r.drivers().get(0).lmg(),
                r.drivers().get(1).lmg()));
        assertThat(r.n()).isGreaterThan(500);
    }
}
