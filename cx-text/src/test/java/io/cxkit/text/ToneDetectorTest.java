package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneDetectorTest {
    private final ToneDetector d = ToneDetector.standard();

    @Test
    void angerWithTheWordsThatFired() {
        MessageTone t = d.detect("This is RIDICULOUS, I am so angry with your service!");
        assertThat(t.tones()).contains(Tone.ANGER);
        assertThat(t.evidenceOf(Tone.ANGER)).contains("ridiculous").contains("angry");
    }

    @Test
    void frustrationFromRepeatContactAndWaiting() {
        MessageTone t = d.detect("Third time calling about this and I was on hold for an hour");
        assertThat(t.tones()).contains(Tone.FRUSTRATION);
        assertThat(t.evidenceOf(Tone.FRUSTRATION)).contains("third time").contains("on hold");
    }

    @Test
    void confusionUrgencySadnessGratitudePoliteness() {
        assertThat(d.detect("I don't understand how do I reset my password").tones()).contains(Tone.CONFUSION);
        assertThat(d.detect("I need this fixed ASAP, it's urgent").tones()).contains(Tone.URGENCY);
        assertThat(d.detect("Really disappointed, the gift arrived too late").tones()).contains(Tone.SADNESS);
        assertThat(d.detect("Thanks so much, really appreciate it").tones()).contains(Tone.GRATITUDE);
        assertThat(d.detect("Could you please check my order?").tones()).contains(Tone.POLITENESS);
    }

    @Test
    void aNegatedCueDoesNotFire() {
        assertThat(d.detect("I'm not angry, just curious").has(Tone.ANGER)).isFalse();
        assertThat(d.detect("no thanks").has(Tone.GRATITUDE)).isFalse();
    }

    @Test
    void thanksForNothingIsAngerNotGratitude() {
        MessageTone t = d.detect("Thanks for nothing.");
        assertThat(t.has(Tone.GRATITUDE)).isFalse();
        assertThat(t.has(Tone.ANGER)).isTrue();
    }

    @Test
    void askingForAPersonIsNoted() {
        MessageTone t = d.detect("Let me speak to a real person please");
        assertThat(t.humanRequested()).isTrue();
        assertThat(t.has(Tone.FRUSTRATION)).isTrue();
    }

    @Test
    void badInputHasADefinedResultAndNeverThrows() {
        assertThat(d.detect("").tones()).isEmpty();
        assertThat(d.detect("   \t\n ").tones()).isEmpty();
        assertThat(d.detect("\u0000\u0007\u001b[31m").tones()).isEmpty();
        assertThat(d.detect("\uD800 angry \uDC00").has(Tone.ANGER)).isTrue();
        assertThat(d.detect("Спасибо 谢谢 شكرا").tones()).isEmpty();
        String huge = "furious ".repeat(125_000);
        assertThat(d.detect(huge).has(Tone.ANGER)).isTrue();
    }
}
