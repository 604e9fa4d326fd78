package io.cxkit.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KMeansTest {
    static FeatureMatrix mixture() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                KMeansTest.class.getResourceAsStream("/kmeans/mixture.csv"), StandardCharsets.UTF_8))) {
            List<String> names = Arrays.asList(r.readLine().split(","));
            List<String> ids = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                rows.add(Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray());
                ids.add("p" + ids.size());
            }
            double[] v = new double[rows.size() * names.size()];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, v, i * names.size(), names.size());
            }
            return new FeatureMatrix(names, ids, v);
        }
    }

    /** scikit-learn 1.9.1, KMeans(n_clusters=k, n_init=10, random_state=0): see /kmeans/README.md. */
    @ParameterizedTest
    @CsvSource({"3, 93892.92811380433", "5, 69388.52121818539", "8, 52713.78891319266"})
    void inertiaIsAtMostScikitLearnsBestOfTenInitialisationsTimes1001(int k, double sklearn) throws IOException {
        Clustering c = KMeans.of(k, 1L).fit(mixture());
        assertThat(c.inertia()).isLessThanOrEqualTo(sklearn * 1.001);
        assertThat(c.converged()).isTrue();
        assertThat(Arrays.stream(c.sizes()).sum()).isEqualTo(2000);
    }

    @Test
    void inertiaIsTheSumOfSquaredDistancesToTheCentres() throws IOException {
        FeatureMatrix m = mixture();
        Clustering c = KMeans.of(4, 9L).fit(m);
        double sum = 0;
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.columns(); j++) {
                double t = m.get(i, j) - c.centre(c.labels()[i], j);
                sum += t * t;
            }
        }
        assertThat(c.inertia()).isCloseTo(sum, within(1e-6 * sum));
    }

    @Test
    void theSameSeedGivesTheSameClustering() throws IOException {
        FeatureMatrix m = mixture();
        Clustering a = KMeans.of(5, 42L).fit(m);
        Clustering b = KMeans.of(5, 42L).fit(m);
        assertThat(a.labels()).isEqualTo(b.labels());
        assertThat(a.inertia()).isEqualTo(b.inertia());
    }

    @Test
    void moreClustersThanDistinctPointsIsRefusedNamingBoth() {
        FeatureMatrix m = new FeatureMatrix(List.of("x"), List.of("a", "b", "c"), new double[] {1, 1, 2});
        assertThatThrownBy(() -> KMeans.of(3, 1L).fit(m)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k = 3").hasMessageContaining("has 2 (of 3 rows)");
    }

    @Test
    void aMissingValueMustBeImputedFirst() {
        FeatureMatrix m = new FeatureMatrix(List.of("x"), List.of("a", "b"), new double[] {1, Double.NaN});
        assertThatThrownBy(() -> KMeans.of(1, 1L).fit(m)).hasMessageContaining("feature x of row 1");
        Standardizer.Standardized s = Standardizer.zScores(m);
        assertThat(s.imputed()).containsExactly(1);
        assertThat(s.matrix().values()).containsExactly(0, 0);
        assertThat(s.constantColumns()).containsExactly("x");
    }

    @Test
    void silhouetteMatchesAHandComputation() {
        // Two clusters on a line: {0, 1} and {10}. Point 0: a = 1, b = 10 -> s = 0.9; point 1: a = 1, b = 9 ->
        // s = 8/9; point 10: alone -> 0. Mean (0.9 + 8/9 + 0) / 3.
        FeatureMatrix m = new FeatureMatrix(List.of("x"), List.of("a", "b", "c"), new double[] {0, 1, 10});
        assertThat(Silhouette.mean(m, new int[] {0, 0, 1}, 2, 1L)).isCloseTo((0.9 + 8.0 / 9) / 3, within(1e-12));
    }

    @Test
    void kIsChosenByTheHighestSilhouette() throws IOException {
        FeatureMatrix m = Standardizer.zScores(mixture()).matrix();
        KSelection s = KSelection.bySilhouette(m, 2, 6, 3, 1L);
        assertThat(s.candidates()).extracting(KSelection.Candidate::k).containsExactly(2, 3, 4, 5, 6);
        double best = s.candidates().stream().mapToDouble(KSelection.Candidate::silhouette).max().orElseThrow();
        assertThat(Silhouette.mean(m, s.chosen().labels(), s.chosen().k(), 1L)).isEqualTo(best);
        // The elbow: inertia falls with k.
        for (int i = 1; i < s.candidates().size(); i++) {
            assertThat(s.candidates().get(i).inertia()).isLessThan(s.candidates().get(i - 1).inertia());
        }
    }
}
