package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.StateFormatException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyPhrasesTest {
    private final KeyPhrases exact = new KeyPhrases(3, 0, 3, 0.95);

    @Test
    void phrasesAreRunsOfContentWordsWithPluralsFolded() {
        assertThat(exact.phrases("The delivery times were terrible, and the boxes arrived late!"))
                .containsExactly("delivery", "delivery time", "time", "terrible", "box", "box arrived",
                        "box arrived late", "arrived", "arrived late", "late");
        assertThat(KeyPhrases.fold("batteries")).isEqualTo("battery");
        assertThat(KeyPhrases.fold("classes")).isEqualTo("class");
        assertThat(KeyPhrases.fold("status")).isEqualTo("status");
        assertThat(KeyPhrases.fold("bus")).isEqualTo("bus");
    }

    @Test
    void frequencyCountsEachVerbatimOnce() {
        KeyPhrases.Counter c = exact.newCounter();
        c.add("refund refund refund", Segment.NEITHER);
        c.add("where is my refund", Segment.NEITHER);
        c.add("great app", Segment.NEITHER);
        PhraseCount top = c.top(1).get(0);
        assertThat(top.phrase()).isEqualTo("refund");
        assertThat(top.documents()).isEqualTo(2);
        assertThat(top.share()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(top.maxUndercount()).isZero();
    }

    @Test
    void liftAmongDetractorsWithATwoProportionTestAndMinimumSupport() {
        KeyPhrases.Counter c = exact.newCounter();
        for (int i = 0; i < 20; i++) {
            c.add(i < 12 ? "long wait on the phone" : "friendly staff", Segment.DETRACTOR);
            c.add(i < 2 ? "long wait but friendly" : "friendly staff, quick", Segment.PROMOTER);
        }
        c.add("rare complaint", Segment.DETRACTOR);
        List<PhraseLift> lift = c.detractorLift(5);
        PhraseLift wait = lift.stream().filter(l -> l.phrase().equals("long wait")).findFirst().orElseThrow();
        assertThat(wait.detractors()).isEqualTo(12);
        assertThat(wait.promoters()).isEqualTo(2);
        assertThat(wait.detractorTotal()).isEqualTo(21);
        assertThat(wait.lift()).isCloseTo((12.5 / 22) / (2.5 / 21), within(1e-12));
        // pooled z by hand: p1 = 2/20, p2 = 12/21, pooled 14/41
        double p = 14.0 / 41;
        double z = (12.0 / 21 - 2.0 / 20) / Math.sqrt(p * (1 - p) * (1.0 / 20 + 1.0 / 21));
        assertThat(wait.z()).isCloseTo(z, within(1e-12));
        assertThat(wait.pValue()).isLessThan(0.01);
        assertThat(lift).extracting(PhraseLift::phrase).doesNotContain("rare complaint", "friendly");
    }

    @Test
    void splittingAndMergingEqualsOnePassWhenExact() {
        Random r = new Random(3);
        String[] words = {"refund", "late", "delivery", "box", "boxes", "great", "app", "crash", "agent", "rude"};
        KeyPhrases.Counter all = exact.newCounter();
        KeyPhrases.Counter a = exact.newCounter();
        KeyPhrases.Counter b = exact.newCounter();
        for (int i = 0; i < 500; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                t.append(words[r.nextInt(words.length)]).append(r.nextInt(4) == 0 ? ", " : " ");
            }
            Segment s = Segment.values()[r.nextInt(3)];
            all.add(t, s);
            (i % 3 == 0 ? a : b).add(t, s);
        }
        a.merge(b);
        assertThat(a.top(50)).isEqualTo(all.top(50));
        assertThat(a.detractorLift(50)).isEqualTo(all.detractorLift(50));
        assertThat(exact.decode(a.encode()).top(50)).isEqualTo(all.top(50));
    }

    @Test
    void lossyCountingBoundsTheTableAndTheUndercount() {
        KeyPhrases lossy = new KeyPhrases(1, 0.01, 3, 0.95);
        KeyPhrases.Counter c = lossy.newCounter();
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            c.add("common word" + (i % 7 == 0 ? " frequent" : "") + " unique" + Integer.toString(i, 36).replaceAll("[0-9]", "x"),
                    Segment.NEITHER);
        }
        assertThat(c.tableSize()).isLessThan(2_000);
        PhraseCount frequent = c.top(3).stream().filter(p -> p.phrase().equals("frequent")).findFirst().orElseThrow();
        long truth = (n + 6) / 7;
        assertThat(frequent.documents()).isBetween(truth - (long) (0.01 * n), truth);
        assertThat(frequent.maxUndercount()).isLessThanOrEqualTo((long) (0.01 * n));
    }

    @Test
    void badStateAndBadTextHaveDefinedOutcomes() {
        KeyPhrases.Counter c = exact.newCounter();
        c.add("", Segment.NEITHER);
        c.add("\u0000\uD800 !!! 123", Segment.NEITHER);
        assertThat(c.documents()).isEqualTo(2);
        assertThat(c.top(5)).isEmpty();
        assertThat(c.detractorLift(5)).isEmpty();
        assertThatThrownBy(() -> exact.decode(new byte[] {1, 2, 3})).isInstanceOf(StateFormatException.class);
        assertThatThrownBy(() -> new KeyPhrases(3, 0.01, 3, 0.95).decode(c.encode()))
                .isInstanceOf(StateFormatException.class).hasMessageContaining("settings");
        assertThatThrownBy(() -> new KeyPhrases(4, 0, 1, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }
}
