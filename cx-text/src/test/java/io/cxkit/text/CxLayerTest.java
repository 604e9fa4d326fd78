package io.cxkit.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The CX layer: complaint language VADER misses becomes negative; it can be switched off. */
class CxLayerTest {
    private final Vader plain = Vader.standard();
    private final Vader cx = Vader.cx();

    @Test
    void theIssuesExampleIsNeutralForVaderAndNegativeWithTheCxLayer() {
        String s = "I waited 45 minutes on hold and nobody helped me";
        assertThat(plain.score(s).compound()).isZero();
        assertThat(cx.score(s).label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(cx.cxHits(s)).extracting(Vader.CxHit::category).contains("waiting", "rude");
    }

    @Test
    void eachCategoryTurnsAComplaintNegative() {
        String[] complaints = {
            "This is the third time I am writing about this",
            "I was transferred to another department",
            "Still waiting for my refund",
            "My parcel never arrived",
            "The agent hung up on me",
            "I want a refund",
        };
        for (String c : complaints) {
            assertThat(plain.score(c).compound()).as(c).isGreaterThan(-0.05);
            assertThat(cx.score(c).label()).as(c).isEqualTo(SentimentLabel.NEGATIVE);
        }
    }

    @Test
    void vaderRulesStillActOnCxPhrases() {
        // A booster strengthens, "but" shifts weight to the clause after it.
        assertThat(cx.score("I was on hold for so long").compound())
                .isLessThan(cx.score("I was on hold").compound() + 1e-9);
        assertThat(cx.score("Great product but I was transferred three times").label())
                .isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void praiseStaysPositive() {
        assertThat(cx.score("The agent was lovely and fixed it at once, thank you!").label())
                .isEqualTo(SentimentLabel.POSITIVE);
        assertThat(cx.score("VADER is smart, handsome, and funny.").compound())
                .isEqualTo(plain.score("VADER is smart, handsome, and funny.").compound());
    }

    @Test
    void everyRuleStatesItsAnchor() {
        assertThat(cx.cxRules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.anchor()).matches("[a-z]+ \\(-?[0-9.]+\\)");
            assertThat(r.valence()).isBetween(-4.0, 0.0);
        });
        assertThat(plain.cxRules()).isEmpty();
        assertThat(plain.cxHits("on hold")).isEmpty();
    }

    /** On text that is not about service (GoEmotions dev, Reddit comments) the layer changes almost no label. */
    @Test
    void onOtherTextTheLayerChangesFewerThanOneLabelInTwoHundred() {
        int changed = 0;
        var dev = Resources.goEmotionsDev();
        for (var g : dev) {
            changed += plain.score(g.text()).label() != cx.score(g.text()).label() ? 1 : 0;
        }
        // Measured: 12 of 5,426 (0.22%).
        assertThat(changed).isBetween(1, dev.size() / 200);
    }
}
