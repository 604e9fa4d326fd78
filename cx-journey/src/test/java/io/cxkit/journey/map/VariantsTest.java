package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventLog;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Variants as process mining defines them (PM4Py's variants; shared/vectors/journey.md "Journey maps"). */
class VariantsTest {

    private static EventLog log(String... cases) {
        EventLog.Builder b = EventLog.builder();
        for (int c = 0; c < cases.length; c++) {
            String[] acts = cases[c].split(",");
            for (int k = 0; k < acts.length; k++) {
                b.add("case" + c, acts[k], k * 1_000_000L);
            }
        }
        return b.build();
    }

    @Test
    void countsJourneysPerExactSequenceMostFrequentFirst() {
        Variants v = Variants.of(log("a,b,c", "a,c", "a,b,c", "a,b", "a,b,c", "a,c"));
        assertThat(v.cases()).isEqualTo(6);
        assertThat(v.events()).isEqualTo(15);
        assertThat(v.variantCount()).isEqualTo(3);
        assertThat(v.all()).containsExactly(new Variant(List.of("a", "b", "c"), 3, 0.5),
                new Variant(List.of("a", "c"), 2, 2.0 / 6), new Variant(List.of("a", "b"), 1, 1.0 / 6));
    }

    @Test
    void equalCountsRankBySequenceNotByInputOrder() {
        assertThat(Variants.of(log("b", "a,z", "a")).all()).extracting(Variant::activities)
                .containsExactly(List.of("a"), List.of("a", "z"), List.of("b"));
    }

    @Test
    void equalTimestampsKeepInputOrderSoTheyMakeDistinctVariants() {
        EventLog log = EventLog.builder().add("1", "pay", 7L).add("1", "ship", 7L)
                .add("2", "ship", 7L).add("2", "pay", 7L).add("3", "pay", 7L).add("3", "ship", 7L).build();
        assertThat(Variants.of(log).all()).extracting(x -> x.activities() + "=" + x.count())
                .containsExactly("[pay, ship]=2", "[ship, pay]=1");
    }

    @Test
    void topKAndCoverageGroupTheRest() {
        Variants v = Variants.of(log("a", "a", "a", "a", "b", "b", "b", "c", "c", "d"));
        VariantSelection top2 = v.top(2);
        assertThat(top2.variants()).extracting(Variant::count).containsExactly(4L, 3L);
        assertThat(top2.otherVariants()).isEqualTo(2);
        assertThat(top2.otherCases()).isEqualTo(3);
        assertThat(top2.otherShare()).isEqualTo(0.3);
        assertThat(v.byCoverage(0.7).variants()).hasSize(2);
        assertThat(v.byCoverage(0.71).variants()).hasSize(3);
        assertThat(v.byCoverage(1).otherCases()).isZero();
        assertThat(v.top(99).variants()).hasSize(4);
        assertThatThrownBy(() -> v.top(-1)).hasMessage("top k must be at least 0, was -1");
        assertThatThrownBy(() -> v.byCoverage(1.5)).hasMessage("coverage must be within 0..1, was 1.5");
    }

    @Test
    void eachCaseMapsToItsVariantRank() {
        Variants v = Variants.of(log("x,y", "z", "x,y"));
        assertThat(v.variantOf(0)).isZero();
        assertThat(v.variantOf(1)).isEqualTo(1);
        assertThat(v.variantOf(2)).isZero();
    }

    @Test
    void countsAgreeWithANaiveGroupingOnRandomLogs() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            String[] cases = new String[1 + random.nextInt(300)];
            java.util.Map<String, Long> naive = new java.util.HashMap<>();
            for (int c = 0; c < cases.length; c++) {
                StringBuilder sb = new StringBuilder();
                int len = 1 + random.nextInt(4);
                for (int k = 0; k < len; k++) {
                    sb.append(k > 0 ? "," : "").append((char) ('a' + random.nextInt(3)));
                }
                cases[c] = sb.toString();
                naive.merge(cases[c], 1L, Long::sum);
            }
            Variants v = Variants.of(log(cases));
            assertThat(v.variantCount()).isEqualTo(naive.size());
            for (Variant x : v.all()) {
                assertThat(x.count()).isEqualTo(naive.get(String.join(",", x.activities())));
            }
        }
    }

    @Test
    void rankingAndCaseMappingAgreeWithANaiveSortOnLongAndManyActivityCases() {
        // Long cases over few activities tie on the packed prefixes (settled by walking the sequences, also in
        // runs longer than an insertion sort's); many activities shorten the exactly keyed length, so cases past
        // it go through the hash-and-verify path.
        Random random = new Random(23);
        for (int round = 0; round < 30; round++) {
            int activities = round % 3 == 0 ? 300 : 2 + random.nextInt(3);
            String[] cases = new String[1 + random.nextInt(400)];
            String shared = "";
            for (int k = 0; k < 26; k++) {
                shared += (k > 0 ? "," : "") + "t" + random.nextInt(activities);
            }
            for (int c = 0; c < cases.length; c++) {
                StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? shared + "," : "");
                int len = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
                for (int k = 0; k < len; k++) {
                    sb.append(k > 0 ? "," : "").append('t').append(random.nextInt(activities));
                }
                cases[c] = sb.toString();
            }
            java.util.Map<List<String>, Long> naive = new java.util.HashMap<>();
            for (String c : cases) {
                naive.merge(List.of(c.split(",")), 1L, Long::sum);
            }
            List<List<String>> expected = new java.util.ArrayList<>(naive.keySet());
            expected.sort((x, y) -> {
                int byCount = Long.compare(naive.get(y), naive.get(x));
                if (byCount != 0) {
                    return byCount;
                }
                for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
                    int byName = x.get(k).compareTo(y.get(k));
                    if (byName != 0) {
                        return byName;
                    }
                }
                return Integer.compare(x.size(), y.size());
            });

            Variants v = Variants.of(log(cases));

            assertThat(v.all()).extracting(Variant::activities).containsExactlyElementsOf(expected);
            for (int c = 0; c < cases.length; c++) {
                assertThat(v.variantOf(c)).isEqualTo(expected.indexOf(List.of(cases[c].split(","))));
            }
        }
    }
}
