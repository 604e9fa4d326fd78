package io.cxkit.metrics.tck.builtin;

import io.cxkit.metrics.survey.*;
import io.cxkit.metrics.*;
import io.cxkit.metrics.tck.MetricCompatibilityKit;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Metric;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/** CSAT, CSAT mean, CES and CES agreement pass the compatibility kit, unweighted and weighted. */
final class SurveyCompatibilityTest {
    private SurveyCompatibilityTest() {
    }

    static Interaction surveyAnswer(Random random) {
        Interaction.Builder b = RandomInteractions.base(random);
        int kind = random.nextInt(5);
        if (kind <= 1) {
            int scale = 2 + random.nextInt(9);
            b.feedback(new Feedback.Csat(1 + random.nextInt(scale), scale));
        } else if (kind <= 3) {
            b.feedback(new Feedback.Ces(1 + random.nextInt(7)));
        }
        return b.build();
    }

    static double weightOf(Interaction interaction) {
        return 0.5 + (interaction.id().hashCode() & 0x3F) / 16.0;
    }

    static Map<String, Consumer<ShareAccumulator>> shareInvalid(int scale) {
        Map<String, Consumer<ShareAccumulator>> bad = new LinkedHashMap<>();
        bad.put("a column with an answer above the scale", a -> a.addScores(new byte[] {1, 2, 3, 1, 2, 3, 1, 2,
            (byte) (scale + 1)}, scale, 0, 9));
        bad.put("a column with answer 0", a -> a.addScores(new byte[] {0, 2}, scale, 0, 2));
        bad.put("a negative weight", a -> a.addWeighted(surveyAnswer(new Random(3)), -1));
        return bad;
    }

    static Map<String, Consumer<MeanAccumulator>> meanInvalid(int scale) {
        Map<String, Consumer<MeanAccumulator>> bad = new LinkedHashMap<>();
        bad.put("a score above the scale", a -> a.addScore(scale + 1, scale));
        bad.put("a column with an answer above the scale", a -> a.addScores(new byte[] {1, 2, (byte) (scale + 1)},
            scale, 0, 3));
        bad.put("an infinite weight", a -> a.addWeighted(surveyAnswer(new Random(3)), Double.POSITIVE_INFINITY));
        return bad;
    }

    static class CsatKit extends MetricCompatibilityKit<ShareAccumulator> {
        @Override
        protected Metric<ShareAccumulator> metric() {
            return Csat.standard();
        }

        @Override
        protected Optional<Metric<ShareAccumulator>> differentlyConfigured() {
            return Optional.of(new Csat(CsatMapping.parse("5:1"), ProportionInterval.AGRESTI_COULL, 0.95));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return surveyAnswer(random);
        }

        @Override
        protected Map<String, Consumer<ShareAccumulator>> invalidInputs() {
            Map<String, Consumer<ShareAccumulator>> bad = shareInvalid(5);
            bad.put("an unmapped scale", a -> a.addScores(new byte[] {1}, 11, 0, 1));
            return bad;
        }
    }

    static class WeightedCsatKit extends CsatKit {
        @Override
        protected Metric<ShareAccumulator> metric() {
            return new Csat(CsatMapping.parse("5:1"), ProportionInterval.WILSON, 0.9);
        }

        @Override
        protected Optional<Metric<ShareAccumulator>> differentlyConfigured() {
            return Optional.of(new Csat(CsatMapping.parse("5:1"), ProportionInterval.WALD, 0.9));
        }

        @Override
        protected void add(ShareAccumulator accumulator, Interaction interaction) {
            accumulator.addWeighted(interaction, weightOf(interaction));
        }
    }

    static class CesAgreeKit extends MetricCompatibilityKit<ShareAccumulator> {
        @Override
        protected Metric<ShareAccumulator> metric() {
            return CesAgree.standard();
        }

        @Override
        protected Optional<Metric<ShareAccumulator>> differentlyConfigured() {
            return Optional.of(new CesAgree(ProportionInterval.WILSON, 0.95));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return surveyAnswer(random);
        }

        @Override
        protected Map<String, Consumer<ShareAccumulator>> invalidInputs() {
            Map<String, Consumer<ShareAccumulator>> bad = shareInvalid(7);
            bad.put("a column on a 1..5 scale", a -> a.addScores(new byte[] {1}, 5, 0, 1));
            return bad;
        }
    }

    static class CesKit extends MetricCompatibilityKit<MeanAccumulator> {
        @Override
        protected Metric<MeanAccumulator> metric() {
            return Ces.standard();
        }

        @Override
        protected Optional<Metric<MeanAccumulator>> differentlyConfigured() {
            return Optional.of(new Ces(0.9));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return surveyAnswer(random);
        }

        @Override
        protected Map<String, Consumer<MeanAccumulator>> invalidInputs() {
            Map<String, Consumer<MeanAccumulator>> bad = meanInvalid(7);
            bad.put("a score on a 1..5 scale", a -> a.addScore(3, 5));
            return bad;
        }
    }

    static class WeightedCesKit extends CesKit {
        @Override
        protected void add(MeanAccumulator accumulator, Interaction interaction) {
            accumulator.addWeighted(interaction, weightOf(interaction));
        }
    }

    static class CsatMeanKit extends MetricCompatibilityKit<MeanAccumulator> {
        @Override
        protected Metric<MeanAccumulator> metric() {
            return CsatMean.standard();
        }

        @Override
        protected Optional<Metric<MeanAccumulator>> differentlyConfigured() {
            return Optional.of(new CsatMean(10, 0.95));
        }

        @Override
        protected Interaction randomInteraction(Random random) {
            return surveyAnswer(random);
        }

        @Override
        protected Map<String, Consumer<MeanAccumulator>> invalidInputs() {
            Map<String, Consumer<MeanAccumulator>> bad = meanInvalid(5);
            bad.put("a scale of 11", a -> a.addScore(3, 11));
            return bad;
        }
    }

    static class WeightedCsatMeanKit extends CsatMeanKit {
        @Override
        protected void add(MeanAccumulator accumulator, Interaction interaction) {
            accumulator.addWeighted(interaction, weightOf(interaction));
        }
    }
}
