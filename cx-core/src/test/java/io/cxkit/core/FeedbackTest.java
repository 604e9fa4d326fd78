package io.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 6, 10})
    void npsAcceptsZeroToTen(int score) {
        assertThat(new Feedback.Nps(score).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11, Integer.MAX_VALUE})
    void npsOutsideZeroToTenFailsNamingTheRange(int score) {
        assertThatThrownBy(() -> new Feedback.Nps(score)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nps score must be within 0..10, was " + score);
    }

    @Test
    void csatMustLieOnItsScale() {
        assertThat(new Feedback.Csat(5, 5)).isEqualTo(new Feedback.Csat(5, 5));
        assertThatThrownBy(() -> new Feedback.Csat(6, 5)).hasMessage("csat score must be within 1..5, was 6");
        assertThatThrownBy(() -> new Feedback.Csat(0, 7)).hasMessage("csat score must be within 1..7, was 0");
    }

    @Test
    void csatScaleMustBeTwoToTen() {
        assertThatThrownBy(() -> new Feedback.Csat(1, 1)).hasMessage("csat_scale must be within 2..10, was 1");
        assertThatThrownBy(() -> new Feedback.Csat(1, 11)).hasMessage("csat_scale must be within 2..10, was 11");
    }

    @Test
    void cesIsOneToSeven() {
        assertThat(new Feedback.Ces(7).score()).isEqualTo(7);
        assertThatThrownBy(() -> new Feedback.Ces(0)).hasMessage("ces score must be within 1..7, was 0");
        assertThatThrownBy(() -> new Feedback.Ces(8)).hasMessage("ces score must be within 1..7, was 8");
    }

    @Test
    void ratingMustLieOnItsScaleOfTwoToAHundred() {
        assertThat(new Feedback.Rating(100, 100).score()).isEqualTo(100);
        assertThatThrownBy(() -> new Feedback.Rating(6, 5)).hasMessage("rating must be within 1..5, was 6");
        assertThatThrownBy(() -> new Feedback.Rating(1, 101))
                .hasMessage("rating_scale must be within 2..100, was 101");
    }

    @Test
    void aVerbatimMustHoldText() {
        assertThatThrownBy(() -> new Feedback.Verbatim(" \n")).hasMessage("comment must not be blank");
        assertThatThrownBy(() -> new Feedback.Verbatim(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("comment must not be null");
        assertThatThrownBy(() -> new Feedback.Verbatim("x".repeat(Feedback.Verbatim.MAX_LENGTH + 1)))
                .hasMessage("comment must be at most 100000 characters, was 100001");
    }

    @Test
    void feedbackIsEqualByValue() {
        assertThat(new Feedback.Nps(3)).isEqualTo(new Feedback.Nps(3)).hasSameHashCodeAs(new Feedback.Nps(3))
                .isNotEqualTo(new Feedback.Nps(4));
        assertThat(new Feedback.Csat(3, 5)).isNotEqualTo(new Feedback.Csat(3, 7));
        assertThat(new Feedback.Verbatim("ok")).isEqualTo(new Feedback.Verbatim("ok"));
    }
}
