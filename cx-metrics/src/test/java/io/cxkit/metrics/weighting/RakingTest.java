package io.cxkit.metrics.weighting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.Customer;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RakingTest {
    private static int ids;

    private static Interaction respondent(String region, String channel) {
        return Interaction.builder("r" + ids++, CustomerId.of("c" + ids), Touchpoint.of("survey", Channel.of(channel)),
                Instant.parse("2026-01-01T00:00:00Z")).attribute("region", region).build();
    }

    @Test
    void reproducesTheWikipediaIpfnFourByFourCase() {
        // vectors/survey.md "Survey weighting": the Wikipedia "Iterative proportional fitting" example, as used in
        // the README of the ipfn package; every cell to 2 decimals and row-sum error < 1e-10.
        double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
        double[] rows = {150, 300, 400, 150};
        double[] cols = {200, 300, 400, 100};
        double[][] expected = {{64.56, 46.23, 35.38, 3.82}, {49.97, 68.16, 156.50, 25.37},
            {56.72, 144.43, 145.08, 53.77}, {28.75, 41.18, 63.03, 17.03}};
        RakingResult r = Raking.fitTable(seed, rows, cols, 1e-14, 10_000);
        assertThat(r.converged()).isTrue();
        assertThat(r.maxMarginError()).isLessThanOrEqualTo(1e-14);
        for (int i = 0; i < 4; i++) {
            double rowSum = 0;
            double colSum = 0;
            for (int j = 0; j < 4; j++) {
                assertThat(r.weight(i * 4 + j)).as("cell %d,%d", i, j).isCloseTo(expected[i][j], within(0.005));
                rowSum += r.weight(i * 4 + j);
                colSum += r.weight(j * 4 + i);
            }
            assertThat(Math.abs(rowSum - rows[i])).as("row %d sum error", i).isLessThan(1e-10);
            assertThat(Math.abs(colSum - cols[i])).as("column %d sum error", i).isLessThan(1e-10);
        }
    }

    @Test
    void neverReportsConvergenceWhileAMarginIsOff() {
        double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
        RakingResult r = Raking.fitTable(seed, new double[] {150, 300, 400, 150}, new double[] {200, 300, 400, 100},
                1e-12, 2);
        assertThat(r.converged()).isFalse();
        assertThat(r.iterations()).isEqualTo(2);
        assertThat(r.maxMarginError()).isGreaterThan(1e-12);
    }

    @Test
    void rakesInteractionsToShareTargetsOnTwoMarginsAndReportsTheKishEffectiveN() {
        List<Interaction> sample = new ArrayList<>();
        Random rnd = new Random(42);
        for (int i = 0; i < 400; i++) {
            sample.add(respondent(rnd.nextInt(10) < 7 ? "north" : "south", rnd.nextInt(10) < 5 ? "web" : "phone"));
        }
        Raking raking = Raking.of(List.of(new MarginTarget("attr.region", "north", 0.5),
                new MarginTarget("attr.region", "south", 0.5), new MarginTarget("channel", "WEB", 0.3),
                new MarginTarget("channel", "phone", 0.7)));
        RakingResult r = raking.weights(sample);
        assertThat(r.converged()).isTrue();
        assertThat(r.maxMarginError()).isLessThanOrEqualTo(Raking.DEFAULT_TOLERANCE);
        assertThat(r.totalWeight()).isCloseTo(400, within(1e-6));
        double north = 0;
        double web = 0;
        for (int i = 0; i < sample.size(); i++) {
            north += sample.get(i).attributes().get("region").equals("north") ? r.weight(i) : 0;
            web += sample.get(i).channel().equals(Channel.WEB) ? r.weight(i) : 0;
        }
        assertThat(north / 400).isCloseTo(0.5, within(1e-6));
        assertThat(web / 400).isCloseTo(0.3, within(1e-6));
        double[] w = r.weights();
        double sum = 0;
        double sq = 0;
        for (double x : w) {
            sum += x;
            sq += x * x;
        }
        assertThat(r.effectiveN()).isCloseTo(sum * sum / sq, within(1e-9)).isLessThan(400);
    }

    @Test
    void countTargetsSetTheTotalAndMustAgreeAcrossDimensions() {
        List<Interaction> s = List.of(respondent("north", "web"), respondent("south", "web"),
                respondent("south", "phone"));
        RakingResult r = Raking.of(List.of(new MarginTarget("region", "north", 600),
                new MarginTarget("region", "south", 400))).weights(s);
        assertThat(r.weights()).containsExactly(600, 200, 200);
        assertThatThrownBy(() -> Raking.of(List.of(new MarginTarget("region", "north", 600),
                new MarginTarget("region", "south", 400), new MarginTarget("channel", "web", 10),
                new MarginTarget("channel", "phone", 10))).weights(s))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disagree on the population total");
    }

    @Test
    void aCategoryWithNoRespondentsButAPositiveTargetFailsNamingIt() {
        List<Interaction> s = List.of(respondent("north", "web"), respondent("north", "phone"));
        assertThatThrownBy(() -> Raking.of(List.of(new MarginTarget("attr.region", "north", 0.6),
                new MarginTarget("attr.region", "east", 0.4))).weights(s))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("category 'east' of dimension 'attr.region' has no respondents");
    }

    @Test
    void aRespondentWithoutAValueOrWithAnUntargetedCategoryFailsNamingIt() {
        Raking raking = Raking.of(List.of(new MarginTarget("region", "north", 1)));
        Interaction noRegion = Interaction.builder("x1", CustomerId.of("c"), Touchpoint.of("s", Channel.WEB),
                Instant.EPOCH).build();
        assertThatThrownBy(() -> raking.weights(List.of(noRegion))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interaction x1").hasMessageContaining("no value for dimension 'region'");
        assertThatThrownBy(() -> raking.weights(List.of(respondent("west", "web"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category 'west'")
                .hasMessageContaining("which has no target");
        assertThatThrownBy(() -> raking.weights(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trimmingKeepsWeightsWithinTheBoundsAndSaysWhenMarginsCannotThenBeMet() {
        List<Interaction> s = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            s.add(respondent("north", "web"));
        }
        for (int i = 0; i < 5; i++) {
            s.add(respondent("south", "web"));
        }
        List<MarginTarget> t = List.of(new MarginTarget("region", "north", 0.5), new MarginTarget("region", "south", 0.5));
        RakingResult untrimmed = Raking.of(t).weights(s);
        assertThat(untrimmed.converged()).isTrue();
        assertThat(untrimmed.weight(99)).isCloseTo(10, within(1e-9));
        RakingResult trimmed = Raking.of(t).withTrimming(new WeightBounds(0.5, 3)).withMaxIterations(50).weights(s);
        double mean = trimmed.totalWeight() / 100;
        for (double w : trimmed.weights()) {
            assertThat(w).isBetween(0.5 * mean * (1 - 1e-9), 3 * mean * (1 + 1e-9));
        }
        assertThat(trimmed.converged()).isFalse();
        assertThat(trimmed.maxMarginError()).isGreaterThan(0.1);
        assertThat(trimmed.effectiveN()).isGreaterThan(untrimmed.effectiveN());
    }

    @Test
    void theSegmentOfAnInteractionIsItsSegmentAttributeAsInBreakdowns() {
        List<Interaction> s = List.of(respondent("north", "web").toBuilder().attribute("segment", "smb").build(),
                respondent("north", "web").toBuilder().attribute("segment", "consumer").build(),
                respondent("north", "web").toBuilder().attribute("segment", "consumer").build());
        RakingResult r = Raking.of(List.of(new MarginTarget("segment", "smb", 0.5),
                new MarginTarget("segment", "consumer", 0.5))).weights(s);
        assertThat(r.weights()).containsExactly(new double[] {1.5, 0.75, 0.75}, within(1e-12));
    }

    @Test
    void rakesCustomersBySegmentAndAttribute() {
        List<Customer> cs = List.of(new Customer(CustomerId.of("a"), Map.of("plan", "pro"), Optional.of("smb")),
                new Customer(CustomerId.of("b"), Map.of("plan", "free"), Optional.of("smb")),
                new Customer(CustomerId.of("c"), Map.of("plan", "free"), Optional.of("enterprise")));
        RakingResult r = Raking.of(List.of(new MarginTarget("segment", "smb", 0.6),
                new MarginTarget("segment", "enterprise", 0.4), new MarginTarget("plan", "pro", 0.3),
                new MarginTarget("plan", "free", 0.7))).weightsForCustomers(cs);
        assertThat(r.converged()).isTrue();
        // a + b = 1.8 (smb), c = 1.2 (enterprise), a = 0.9 (pro), so b = 0.9 and free = b + c = 2.1.
        assertThat(r.weights()).containsExactly(new double[] {0.9, 0.9, 1.2}, within(1e-6));
    }

    @Test
    void readsTargetsFromCsvWithQuotesBlankLinesAndABom(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("targets.csv");
        Files.writeString(file, "\uFEFFdimension,category,target\nattr.region,north,0.6\n\n\"attr.region\",\"south, coast\",0.4\n");
        Raking r = Raking.fromCsv(file);
        assertThat(r.targets()).containsExactly(new MarginTarget("attr.region", "north", 0.6),
                new MarginTarget("attr.region", "south, coast", 0.4));
        assertThat(r.dimensionNames()).containsExactly("attr.region");
    }

    private static Raking targets(String csv) throws IOException {
        return Raking.fromCsv("t.csv", new java.io.ByteArrayInputStream(csv.getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), io.cxkit.core.io.SourceMapping.none());
    }

    @Test
    void badTargetsCsvNamesTheSourceLineAndField() {
        assertThatThrownBy(() -> targets("dim,cat,target\nregion,north,1\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class)
                .hasMessageContaining("t.csv:1: dimension").hasMessageContaining("no column for dimension");
        assertThatThrownBy(() -> targets("dimension,category,target\nregion,north,-1\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class)
                .hasMessage("t.csv:2: target '-1': target must be a non-negative number, was '-1'");
        assertThatThrownBy(() -> targets("dimension,category,target\nregion,north\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class)
                .hasMessageContaining("t.csv:2: (record)").hasMessageContaining("row has 2 columns, the header has 3");
        assertThatThrownBy(() -> targets("dimension,category,target\n,north,1\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class)
                .hasMessageContaining("t.csv:2: dimension: dimension is required");
        assertThatThrownBy(() -> targets("dimension,category,target\nregion,north,NaN\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class).hasMessageContaining("target 'NaN'");
        assertThatThrownBy(() -> targets(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no target rows");
        assertThatThrownBy(() -> targets("dimension,category,target\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no target rows");
        assertThatThrownBy(() -> targets("dimension,category,target\nregion,north,1\nregion,north,2\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("t.csv: target for region=north is given twice");
        assertThatThrownBy(() -> targets("dimension,category,target\nregion,\"north,1\n"))
                .isInstanceOf(io.cxkit.core.io.ReadFailedException.class).hasMessageContaining("never closed");
    }

    @Test
    void targetsInASemicolonExportWithOtherColumnNamesReadThroughAMapping() throws IOException {
        Raking r = Raking.fromCsv("t.csv", new java.io.ByteArrayInputStream(
                "Variable;Level;Share\nattr.region;north;0.6\nattr.region;south;0.4\n".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)),
                io.cxkit.core.io.SourceMapping.builder().column("dimension", "Variable").column("category", "Level")
                        .column("target", "Share").build());
        assertThat(r.targets()).containsExactly(new MarginTarget("attr.region", "north", 0.6),
                new MarginTarget("attr.region", "south", 0.4));
    }

    @Test
    void postStratificationMatchesEachCellExactlyInOneStep() {
        List<Interaction> s = List.of(respondent("north", "web"), respondent("north", "web"), respondent("north", "web"),
                respondent("south", "web"));
        RakingResult r = PostStratification.of(List.of(new MarginTarget("region", "north", 0.5),
                new MarginTarget("region", "south", 0.5))).weights(s);
        assertThat(r.iterations()).isEqualTo(1);
        assertThat(r.converged()).isTrue();
        assertThat(r.weights()).containsExactly(new double[] {2.0 / 3, 2.0 / 3, 2.0 / 3, 2}, within(1e-12));
        assertThat(r.effectiveN()).isCloseTo(16.0 / (3 * 4.0 / 9 + 4), within(1e-12));
        assertThatThrownBy(() -> PostStratification.of(List.of(new MarginTarget("region", "north", 1),
                new MarginTarget("channel", "web", 1)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one dimension");
    }

    @Test
    void kishEffectiveSampleSizeIsNForEqualWeightsAndRejectsNegativeOnes() {
        assertThat(EffectiveSampleSize.kish(new double[] {2, 2, 2, 2})).isEqualTo(4);
        assertThat(EffectiveSampleSize.kish(new double[] {1, 3})).isCloseTo(16.0 / 10, within(1e-12));
        assertThat(EffectiveSampleSize.kish(new double[0])).isZero();
        assertThatThrownBy(() -> EffectiveSampleSize.kish(new double[] {1, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1");
    }

    @Test
    void rejectsBadTargetsAndSettings() {
        assertThatThrownBy(() -> new MarginTarget("region", "north", -0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target of region=north must be a non-negative number, was -0.1");
        assertThatThrownBy(() -> new MarginTarget("", "north", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Raking.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Raking.of(List.of(new MarginTarget("region", "north", 0)))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("all 0");
        assertThatThrownBy(() -> new WeightBounds(1.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightBounds(0.5, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Raking.of(List.of(new MarginTarget("region", "north", 1))).withTolerance(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Raking.fitTable(new double[][] {{1, -1}}, new double[] {1}, new double[] {1, 0}, 1e-9, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base weight 1");
    }
}
