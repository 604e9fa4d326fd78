package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Bad input: each has a defined score, and nothing throws except a null. */
class VaderBadInputTest {
    private final Vader vader = Vader.standard();

    @Test
    void emptyAndWhitespaceTextScoresAllZeros() {
        assertThat(vader.score("")).isEqualTo(SentimentScore.EMPTY);
        assertThat(vader.score(" \t\n\u00a0\u3000\u2028")).isEqualTo(SentimentScore.EMPTY);
        assertThat(vader.score("").label()).isEqualTo(SentimentLabel.NEUTRAL);
    }

    @Test
    void controlCharactersAreOrdinaryCharacters() {
        // \u001c..\u001f split words in the reference (Python whitespace); other controls stay in a word.
        assertThat(vader.score("good\u001cgreat").compound()).isCloseTo(
                vader.score("good great").compound(), within(1e-12));
        assertThat(vader.score("good\u0007").compound()).isZero();
    }

    @Test
    void unpairedSurrogatesAndMixedScriptsScoreWithoutThrowing() {
        assertThat(vader.score("\uD800 good \uDFFF").compound()).isCloseTo(vader.score("x good y").compound(),
                within(1e-12));
        assertThat(vader.score("Это хорошо, 很好 good").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(vader.score("Это хорошо").compound()).isZero();
    }

    @Test
    void aMillionCharacterTextScoresInLinearTime() {
        StringBuilder b = new StringBuilder();
        Random r = new Random(7);
        String[] words = {"good", "bad", "but", "not", "very", "great", "the", "horrible", "LOVE", "!"};
        while (b.length() < 1_000_000) {
            b.append(words[r.nextInt(words.length)]).append(' ');
        }
        SentimentScore s = vader.score(b);
        assertThat(s.compound()).isBetween(-1.0, 1.0);
        assertThat(s.neg() + s.neu() + s.pos()).isCloseTo(1.0, within(1e-9));
    }

    /**
     * Over 512 tokens the "but" rule finds positions through an index instead of the reference's linear
     * search; the shares depend on every token's valence, so they show it reproduces the reference's result
     * (vaderSentiment 3.3.2 on the same texts: neg 0.359 neu 0.192 pos 0.449; neg 0.404 neu 0.079 pos 0.517).
     */
    @Test
    void theButRuleOnLongTextsScoresAsTheReference() {
        String random3000 = String.join("\n", Resources.lines("vader-parity-long.txt"));
        SentimentScore s = vader.score(random3000);
        assertThat(s.neg()).isCloseTo(0.359, within(5e-4));
        assertThat(s.neu()).isCloseTo(0.192, within(5e-4));
        assertThat(s.pos()).isCloseTo(0.449, within(5e-4));
        SentimentScore r = vader.score("good bad great but awful nice not good ".repeat(80).trim());
        assertThat(r.neg()).isCloseTo(0.404, within(5e-4));
        assertThat(r.neu()).isCloseTo(0.079, within(5e-4));
        assertThat(r.pos()).isCloseTo(0.517, within(5e-4));
        assertThat(r.compound()).isCloseTo(0.9999, within(1e-4));
    }

    @Test
    void nullIsRejected() {
        assertThatThrownBy(() -> vader.score(null)).isInstanceOf(NullPointerException.class);
    }
}
