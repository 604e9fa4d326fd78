package io.cxkit.journey.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.journey.JourneyCutter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 item 7: paths aggregated while interactions stream by are exactly those of cutting all journeys first,
 * whatever order the interactions arrive in.
 */
class JourneyPathCollectorTest {
    private static List<ConversionPath> streamed(List<Interaction> in, Function<Interaction, String> key) {
        JourneyPathCollector c = new JourneyPathCollector(Outcome.of("converted"), key);
        in.forEach(c::add);
        assertThat(c.interactions()).isEqualTo(in.size());
        return c.paths();
    }

    private static List<ConversionPath> cutFirst(List<Interaction> in, Function<Interaction, String> key) {
        return JourneyPaths.aggregate(JourneyCutter.byJourneyId().cut(in), Outcome.of("converted"), key);
    }

    @Test
    void streamingGivesTheSamePathsAsCuttingJourneysFirstOnAGeneratedSample() {
        List<Interaction> sample = SampleGenerator.builder().customers(300).seed(11).build().generateList();

        assertThat(streamed(sample, JourneyPaths::channel)).isEqualTo(cutFirst(sample, JourneyPaths::channel));
        Function<Interaction, String> touchpoint = i -> i.touchpoint().id();
        assertThat(streamed(sample, touchpoint)).isEqualTo(cutFirst(sample, touchpoint));
    }

    @Test
    void theArrivalOrderDoesNotChangeThePaths() {
        List<Interaction> sample = SampleGenerator.builder().customers(200).seed(5).build().generateList();
        List<ConversionPath> expected = cutFirst(sample, JourneyPaths::channel);
        for (long seed = 1; seed <= 5; seed++) {
            List<Interaction> shuffled = new ArrayList<>(sample);
            Collections.shuffle(shuffled, new Random(seed));

            // The cutter's answer on the shuffled list is the reference: ties keep input order in both.
            assertThat(streamed(shuffled, JourneyPaths::channel))
                    .isEqualTo(cutFirst(shuffled, JourneyPaths::channel));
            assertThat(totals(streamed(shuffled, JourneyPaths::channel))).isEqualTo(totals(expected));
        }
    }

    private static double[] totals(List<ConversionPath> paths) {
        double[] t = new double[3];
        for (ConversionPath p : paths) {
            t[0] += p.conversions();
            t[1] += p.value();
            t[2] += p.nulls();
        }
        return new double[] {t[0], Math.round(t[1] * 100) / 100.0, t[2]};
    }

    @Test
    void pathTotalsSumEqualPathsAndMergeLikeOnePass() {
        ConversionPath ab = new ConversionPath(List.of("a", "b"), 2, 10, 1);
        ConversionPath b = new ConversionPath(List.of("b"), 1, 5, 0);
        PathTotals one = new PathTotals();
        List.of(ab, b, ab).forEach(one::add);
        PathTotals left = new PathTotals();
        left.add(ab);
        PathTotals right = new PathTotals();
        right.add(b);
        right.add(ab);

        left.merge(right);

        assertThat(one.paths()).containsExactly(new ConversionPath(List.of("a", "b"), 4, 20, 2), b);
        assertThat(left.paths()).isEqualTo(one.paths());
        assertThatThrownBy(() -> one.merge(one)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void totalsADoubleCannotHoldAreRefusedNamingTheField() {
        PathTotals t = new PathTotals();
        t.add(new ConversionPath(List.of("a"), 9e15, 1, 0));

        assertThatThrownBy(() -> t.add(new ConversionPath(List.of("a"), 1e15, 1, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversions of path a")
                .hasMessageContaining("2^53");
        PathTotals v = new PathTotals();
        v.add(new ConversionPath(List.of("a"), 1, 1e308, 0));
        assertThatThrownBy(() -> v.add(new ConversionPath(List.of("a"), 1, 1e308, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conversion value of path a");
    }

    @Test
    void readingRowByRowGivesTheRowsOfTheListRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("p.csv"),
                "path,total_conversions,total_conversion_value,total_null\na > b,1,2.5,3\nb,x,1,1\na > b,2,1,0\n");
        List<ConversionPath> rows = new ArrayList<>();

        io.cxkit.core.io.ReadReport report = PathReader.builder().build().read(file, rows::add);

        PathReadResult whole = PathReader.builder().build().read(file);
        assertThat(rows).isEqualTo(whole.paths());
        assertThat(report.read()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report).isEqualTo(whole.report());
    }
}
