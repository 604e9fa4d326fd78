package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The sample generator's comments exercise the whole of the text analysis: every tone and every category of the
 * CX layer occur, and the sentiment follows the answer (detractors complain, promoters praise).
 */
class SampleCommentsTest {
    private static final Vader VADER = Vader.cx();
    private static final ToneDetector TONES = ToneDetector.standard();

    @Test
    void theEmbeddedSampleShowsEveryToneAndEveryComplaintCategory() {
        Map<Tone, Integer> tones = new EnumMap<>(Tone.class);
        Map<String, Integer> categories = new TreeMap<>();
        int comments = 0;
        for (Interaction i : sample(400, 2025)) {
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Verbatim v) {
                    comments++;
                    TONES.detect(v.text()).tones().forEach(t -> tones.merge(t, 1, Integer::sum));
                    VADER.cxHits(v.text()).forEach(h -> categories.merge(h.category(), 1, Integer::sum));
                }
            }
        }
        assertThat(comments).isGreaterThan(150);
        assertThat(tones.keySet()).containsExactlyInAnyOrder(Tone.values());
        // Confusion and anger are no rarity: each in at least 4 % of the comments.
        assertThat(tones.get(Tone.CONFUSION)).isGreaterThanOrEqualTo(comments / 25);
        assertThat(tones.get(Tone.ANGER)).isGreaterThanOrEqualTo(comments / 25);
        assertThat(categories.keySet()).containsExactlyInAnyOrder("waiting", "repeat", "transfer", "refund",
                "broken", "rude");
    }

    @Test
    void detractorsComplainAndPromotersPraise() {
        int[] n = new int[3];
        int[] negative = new int[3];
        int[] positive = new int[3];
        for (Interaction i : sample(2000, 7)) {
            String text = null;
            int group = -1;
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Verbatim v) {
                    text = v.text();
                } else if (f instanceof Feedback.Nps nps) {
                    group = nps.score() <= 6 ? 0 : nps.score() <= 8 ? 1 : 2;
                }
            }
            if (text != null && group >= 0) {
                double c = VADER.score(text).compound();
                n[group]++;
                negative[group] += c <= -0.05 ? 1 : 0;
                positive[group] += c >= 0.05 ? 1 : 0;
            }
        }
        assertThat(java.util.Arrays.stream(n).min().orElseThrow()).isGreaterThan(30);
        assertThat((double) negative[0] / n[0]).as("detractors negative").isGreaterThan(0.75);
        assertThat((double) positive[2] / n[2]).as("promoters positive").isGreaterThan(0.9);
        assertThat((double) negative[2] / n[2]).as("promoters negative").isLessThan(0.05);
    }

    private static List<Interaction> sample(int customers, long seed) {
        return SampleGenerator.builder().customers(customers).seed(seed).build().generateList();
    }
}
