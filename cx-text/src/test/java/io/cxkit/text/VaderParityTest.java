package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VADER against its reference implementation, vaderSentiment 3.3.2 (Hutto &amp; Gilbert 2014). The expected
 * figures in the resources were produced by the reference's scoring procedure ({@code polarity_scores}, as it
 * prints them: neg/neu/pos to 3 decimals, compound to 4): for every GoEmotions dev comment, and for 6,000
 * seeded sentences built to hit every rule (boosters, capitals, "no", "but", "least", negations, idioms,
 * emoji, emoticons, punctuation, odd whitespace).
 */
class VaderParityTest {
    private final Vader vader = Vader.standard();

    private record Miss(String text, double expected, double actual) {
    }

    private static void assertParity(List<String> texts, List<double[]> expected, Vader vader) {
        List<Miss> misses = new ArrayList<>();
        int shareMisses = 0;
        for (int i = 0; i < texts.size(); i++) {
            SentimentScore s = vader.score(texts.get(i));
            double[] e = expected.get(i);
            if (Math.abs(s.compound() - e[3]) > 1e-4) {
                misses.add(new Miss(texts.get(i), e[3], s.compound()));
            }
            if (Math.abs(s.neg() - e[0]) > 1e-3 || Math.abs(s.neu() - e[1]) > 1e-3
                    || Math.abs(s.pos() - e[2]) > 1e-3) {
                shareMisses++;
            }
        }
        // The bar is 99.9% within 1e-4; the procedure is deterministic, so we hold it to every one.
        assertThat(misses).as("compound off by more than 1e-4 of %d", texts.size()).isEmpty();
        assertThat(shareMisses).as("neg/neu/pos off by more than 1e-3").isZero();
    }

    @Test
    void everyGoEmotionsDevCommentScoresAsTheReference() {
        List<Resources.GoEmotion> dev = Resources.goEmotionsDev();
        List<String> expectedLines = Resources.lines("vader-parity-goemotions-dev.tsv");
        assertThat(expectedLines).hasSize(dev.size()).hasSize(5426);
        List<String> texts = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            String[] f = expectedLines.get(i).split("\t");
            assertThat(Integer.parseInt(f[0])).isEqualTo(i + 1);
            texts.add(dev.get(i).text());
            expected.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        assertParity(texts, expected, vader);
    }

    @Test
    void sentencesBuiltToExerciseEveryRuleScoreAsTheReference() {
        List<String> texts = new ArrayList<>();
        List<double[]> expected = new ArrayList<>();
        for (String line : Resources.lines("vader-parity-rules.tsv")) {
            String[] f = line.split("\t", -1);
            texts.add(Resources.unescape(f[0]));
            expected.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4])});
        }
        assertThat(texts).hasSize(6000);
        assertParity(texts, expected, vader);
    }

    /** The examples of the vaderSentiment README (3.3.2), as published. */
    @Test
    void theReadmeExamplesScoreAsPublished() {
        SentimentScore smart = vader.score("VADER is smart, handsome, and funny.");
        assertThat(smart.compound()).isCloseTo(0.8316, within(5e-5));
        assertThat(smart.pos()).isCloseTo(0.746, within(5e-4));
        assertThat(smart.neu()).isCloseTo(0.254, within(5e-4));
        assertThat(smart.neg()).isZero();
        assertThat(vader.score("VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!").compound())
                .isCloseTo(0.9469, within(5e-5));
        assertThat(vader.score("VADER is not smart, handsome, nor funny.").compound())
                .isCloseTo(-0.7424, within(5e-5));
        assertThat(vader.score("The plot was good, but the characters are uncompelling and the dialog is not great.")
                .compound()).isCloseTo(-0.7042, within(5e-5));
        assertThat(vader.score("Today only kinda sux! But I'll get by, lol").compound())
                .isCloseTo(0.5249, within(5e-5));
        assertThat(vader.score("Make sure you :) or :D today!").compound()).isCloseTo(0.8633, within(5e-5));
        assertThat(vader.score("Not bad at all").compound()).isCloseTo(0.431, within(5e-5));
        assertThat(vader.score("At least it isn't a horrible book.").compound()).isCloseTo(0.431, within(5e-5));
    }

    @Test
    void labelsAtPlusMinusFivePercent() {
        assertThat(vader.score("VADER is smart, handsome, and funny.").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(vader.score("VADER is not smart, handsome, nor funny.").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(vader.score("I waited 45 minutes on hold and nobody helped me").label())
                .isEqualTo(SentimentLabel.NEUTRAL);
        assertThat(SentimentLabel.of(0.05)).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(SentimentLabel.of(-0.05)).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(SentimentLabel.of(0.0499)).isEqualTo(SentimentLabel.NEUTRAL);
    }
}
