package io.cxkit.metrics.drivers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reference: Grömping (2006), "Relative Importance for Linear Regression in R: The Package relaimpo", Journal
 * of Statistical Software 17(1), the vignette's swiss example ({@code calc.relimp(swiss, type = "lmg")}, model
 * Fertility ~ Agriculture + Examination + Education + Catholic + Infant.Mortality, n = 47, R² = 0.706735), and
 * the OLS fit printed there; Johnson's (2000) relative weights for the same model as listed in the project's
 * reference vectors (drivers.md), data from R's {@code swiss} via Rdatasets (test resources, SOURCE.md).
 */
class KeyDriverAnalysisTest {
    static final List<String> SWISS = List.of("Agriculture", "Examination", "Education", "Catholic",
            "Infant.Mortality");

    static double[][] swiss() throws Exception {
        return TestTables.columns("/drivers/swiss.csv", "Fertility", "Agriculture", "Examination", "Education",
                "Catholic", "Infant.Mortality");
    }

    static KeyDriverResult fitSwiss() throws Exception {
        double[][] cols = swiss();
        CorrelationAccumulator acc = CorrelationAccumulator.create(6, MissingAnswers.COMPLETE_CASES);
        double[] row = new double[6];
        for (int i = 0; i < cols[0].length; i++) {
            for (int c = 0; c < 6; c++) {
                row[c] = cols[c][i];
            }
            acc.add(row);
        }
        return KeyDriverAnalysis.fit("Fertility", SWISS, acc);
    }

    @Test
    void lmgOnRelaimposSwissExampleMatchesTheVignetteTo1eMinus6() throws Exception {
        KeyDriverResult r = fitSwiss();
        double[] lmg = {0.05709122, 0.17117303, 0.26013468, 0.10557015, 0.11276592};
        assertThat(r.n()).isEqualTo(47);
        assertThat(r.rSquared()).isCloseTo(0.706735, within(1e-6));
        double sum = 0;
        for (int j = 0; j < 5; j++) {
            assertThat(r.drivers().get(j).lmg()).as(SWISS.get(j)).isCloseTo(lmg[j], within(1e-6));
            sum += r.drivers().get(j).lmgPercent();
        }
        assertThat(sum).isCloseTo(100, within(1e-9));
    }

    @Test
    void relativeWeightsOnSwissMatchJohnsonsMethodTo1eMinus6AndSumToRSquared() throws Exception {
        KeyDriverResult r = fitSwiss();
        double[] rw = {0.04841690, 0.15470825, 0.27196410, 0.11468003, 0.11696572};
        double sum = 0;
        for (int j = 0; j < 5; j++) {
            assertThat(r.drivers().get(j).relativeWeight()).as(SWISS.get(j)).isCloseTo(rw[j], within(1e-6));
            sum += r.drivers().get(j).relativeWeight();
        }
        assertThat(sum).isCloseTo(r.rSquared(), within(1e-12));
    }

    @Test
    void zeroOrderCorrelationsAndBetasMatchRelaimposFirstAndBetasq() throws Exception {
        KeyDriverResult r = fitSwiss();
        double[] first = {0.1246649, 0.4171645, 0.4406156, 0.2150035, 0.1735189};
        double[] betasq = {0.09791973, 0.02715186, 0.44943721, 0.12082578, 0.06306928};
        for (int j = 0; j < 5; j++) {
            DriverImportance d = r.drivers().get(j);
            assertThat(d.correlation() * d.correlation()).isCloseTo(first[j], within(1e-6));
            assertThat(d.beta() * d.beta()).isCloseTo(betasq[j], within(1e-6));
        }
        // Signs from the vignette's OLS fit: Agriculture, Examination, Education negative.
        assertThat(r.drivers().get(2).beta()).isNegative();
        assertThat(r.drivers().get(3).beta()).isPositive();
        assertThat(r.adjustedRSquared()).isCloseTo(0.671, within(5e-4));
        // F(5, 41) = (R²/5)/((1-R²)/41) = 19.76 in R's summary(lm(...)), p = 5.594e-10.
        assertThat(r.fStatistic()).isCloseTo(19.76, within(0.01));
        assertThat(r.dfResidual()).isEqualTo(41);
        assertThat(r.fPValue()).isCloseTo(5.594e-10, within(1e-12));
    }

    @Test
    void mergingSplitStatesGivesTheOnePassResultAndTheCodecRoundTrips() throws Exception {
        double[][] cols = swiss();
        CorrelationAccumulator a = CorrelationAccumulator.create(6, MissingAnswers.COMPLETE_CASES);
        CorrelationAccumulator b = CorrelationAccumulator.create(6, MissingAnswers.COMPLETE_CASES);
        a.addColumns(cols, java.util.stream.IntStream.range(0, 20).toArray(), 20);
        b.addColumns(cols, java.util.stream.IntStream.range(20, 47).toArray(), 27);
        CorrelationAccumulator merged = CorrelationAccumulator.decode(b.encode());
        merged.merge(CorrelationAccumulator.decode(a.encode()));
        KeyDriverResult r = KeyDriverAnalysis.fit("Fertility", SWISS, merged);
        KeyDriverResult one = fitSwiss();
        for (int j = 0; j < 5; j++) {
            assertThat(r.drivers().get(j).lmg()).isCloseTo(one.drivers().get(j).lmg(), within(1e-12));
        }
        CorrelationAccumulator pw = CorrelationAccumulator.create(6, MissingAnswers.PAIRWISE);
        assertThatThrownBy(() -> pw.merge(a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PAIRWISE");
    }

    @Test
    void pairwiseOnCompleteDataEqualsCompleteCasesAndUsesMoreAnswersWhenSomeAreMissing() throws Exception {
        double[][] cols = swiss();
        CorrelationAccumulator pw = CorrelationAccumulator.create(6, MissingAnswers.PAIRWISE);
        CorrelationAccumulator half = CorrelationAccumulator.create(6, MissingAnswers.PAIRWISE);
        pw.addColumns(cols, new int[0], 47);
        KeyDriverResult r = KeyDriverAnalysis.fit("Fertility", SWISS, pw);
        assertThat(r.drivers().get(2).lmg()).isCloseTo(0.26013468, within(1e-6));
        cols[1][3] = Double.NaN;
        half.addColumns(cols, java.util.stream.IntStream.range(0, 30).toArray(), 30);
        CorrelationAccumulator rest = CorrelationAccumulator.create(6, MissingAnswers.PAIRWISE);
        rest.addColumns(cols, java.util.stream.IntStream.range(30, 47).toArray(), 17);
        half.merge(rest);
        KeyDriverResult missingOne = KeyDriverAnalysis.fit("Fertility", SWISS, half);
        assertThat(missingOne.n()).isEqualTo(46);
        CorrelationAccumulator cc = CorrelationAccumulator.create(6, MissingAnswers.COMPLETE_CASES);
        cc.addColumns(cols, new int[0], 47);
        assertThat(cc.count()).isEqualTo(46);
        assertThat(cc.skipped()).isEqualTo(1);
        // Pairwise keeps row 3's other answers: Examination's correlation still uses all 47 rows.
        assertThat(missingOne.drivers().get(1).correlation()).isCloseTo(r.drivers().get(1).correlation(), within(1e-12));
    }

    @Test
    void lmgOfTwentyDriversIsExactAgainstTheShapleyDefinitionOnSmallSubproblemsAndSumsToRSquared() {
        Random rnd = new Random(7);
        int p = 20;
        int n = 400;
        double[][] cols = new double[p + 1][n];
        for (int i = 0; i < n; i++) {
            double common = rnd.nextGaussian();
            double y = 0;
            for (int j = 1; j <= p; j++) {
                cols[j][i] = 0.6 * common + rnd.nextGaussian();
                y += (j % 3) * 0.1 * cols[j][i];
            }
            cols[0][i] = y + rnd.nextGaussian();
        }
        CorrelationAccumulator acc = CorrelationAccumulator.create(p + 1, MissingAnswers.COMPLETE_CASES);
        acc.addColumns(cols, new int[0], n);
        List<String> names = java.util.stream.IntStream.rangeClosed(1, p).mapToObj(j -> "x" + j).toList();
        KeyDriverResult r = KeyDriverAnalysis.fit("y", names, acc);
        double sum = r.drivers().stream().mapToDouble(DriverImportance::lmg).sum();
        assertThat(sum).isCloseTo(r.rSquared(), within(1e-10));
        assertThat(r.drivers()).allSatisfy(d -> assertThat(d.lmg()).isGreaterThanOrEqualTo(0));
    }

    @Test
    void nearCollinearDriversStillDecomposeRSquaredExactly() {
        Random rnd = new Random(3);
        int n = 500;
        double[][] cols = new double[5][n];
        for (int i = 0; i < n; i++) {
            double x = rnd.nextGaussian();
            cols[1][i] = x;
            cols[2][i] = x + 1e-4 * rnd.nextGaussian();
            cols[3][i] = rnd.nextGaussian();
            cols[4][i] = cols[3][i] + 1e-3 * rnd.nextGaussian();
            cols[0][i] = x + cols[3][i] + rnd.nextGaussian();
        }
        CorrelationAccumulator acc = CorrelationAccumulator.create(5, MissingAnswers.COMPLETE_CASES);
        acc.addColumns(cols, new int[0], n);
        KeyDriverResult r = KeyDriverAnalysis.fit("y", List.of("a", "a2", "b", "b2"), acc);
        double sum = r.drivers().stream().mapToDouble(DriverImportance::lmg).sum();
        assertThat(sum).isCloseTo(r.rSquared(), within(1e-9));
        // Twins share their credit about equally under LMG.
        assertThat(r.drivers().get(0).lmg()).isCloseTo(r.drivers().get(1).lmg(), within(0.01));
    }

    @Test
    void badInputIsRefusedWithTheDriverNamed() {
        double[][] cols = new double[4][30];
        Random rnd = new Random(1);
        for (int i = 0; i < 30; i++) {
            cols[1][i] = rnd.nextInt(10);
            cols[2][i] = 2 * cols[1][i] + 1;
            cols[3][i] = 5;
            cols[0][i] = cols[1][i] + rnd.nextGaussian();
        }
        assertThatThrownBy(() -> fit(cols, "q_speed", "q_twice", "q_const"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("driver q_const is constant");
        cols[3] = cols[0].clone();
        for (int i = 0; i < 30; i++) {
            cols[3][i] += rnd.nextGaussian();
        }
        assertThatThrownBy(() -> fit(cols, "q_speed", "q_twice", "q_other"))
                .hasMessageContaining("driver q_twice is (almost) a linear combination of [q_speed]");
        double[][] flat = {new double[30], cols[1], cols[3]};
        java.util.Arrays.fill(flat[0], 7);
        assertThatThrownBy(() -> fit(flat, "a", "b")).hasMessageContaining("outcome y has no variance");
        double[][] few = {java.util.Arrays.copyOf(cols[0], 3), java.util.Arrays.copyOf(cols[1], 3),
            java.util.Arrays.copyOf(cols[3], 3)};
        assertThatThrownBy(() -> fit(few, "a", "b")).hasMessageContaining("3 respondents for 2 drivers");
        double[][] none = {new double[0], new double[0]};
        assertThatThrownBy(() -> fit(none, "a")).hasMessageContaining("no respondent answered y");
    }

    private static KeyDriverResult fit(double[][] cols, String... names) {
        CorrelationAccumulator acc = CorrelationAccumulator.create(cols.length, MissingAnswers.COMPLETE_CASES);
        acc.addColumns(cols, new int[0], cols[0].length);
        return KeyDriverAnalysis.fit("y", List.of(names), acc);
    }

    @Test
    void bootstrapIsSeededIndependentOfThreadsAndItsIntervalsCoverTheEstimate() throws Exception {
        double[][] cols = swiss();
        KeyDriverAnalysis.Bootstrap s = new KeyDriverAnalysis.Bootstrap(400, 1, "bca", 0.95);
        KeyDriverResult a = KeyDriverAnalysis.bootstrap("Fertility", SWISS, cols, MissingAnswers.COMPLETE_CASES, s);
        KeyDriverResult b = KeyDriverAnalysis.bootstrap("Fertility", SWISS, cols, MissingAnswers.COMPLETE_CASES, s);
        assertThat(a).isEqualTo(b);
        for (DriverImportance d : a.drivers()) {
            assertThat(d.intervals()).containsOnlyKeys("lmg", "relative_weight", "beta", "correlation");
            assertThat(d.intervals().get("lmg").lower()).isLessThan(d.lmg());
            assertThat(d.intervals().get("lmg").upper()).isGreaterThan(d.lmg());
        }
        BootstrapSummary sum = a.bootstrap().orElseThrow();
        assertThat(sum.usable()).isEqualTo(400);
        // Education (largest LMG) outranks Agriculture (smallest) in nearly every resample.
        assertThat(sum.outrank().get(2).get(0)).isGreaterThan(0.9);
        assertThat(sum.outrank().get(2).get(0) + sum.outrank().get(0).get(2)).isCloseTo(1, within(1e-9));
        KeyDriverResult pct = KeyDriverAnalysis.bootstrap("Fertility", SWISS, cols, MissingAnswers.COMPLETE_CASES,
                new KeyDriverAnalysis.Bootstrap(400, 1, "percentile", 0.95));
        assertThat(pct.drivers().get(0).intervals().get("lmg").method()).isEqualTo("bootstrap-percentile");
    }
}
