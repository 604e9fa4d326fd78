package io.cxkit.segments;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.journey.Journey;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.JourneyScore;
import io.cxkit.text.Vader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey experience score and the sentiment of comments, joined onto customer features as scores:
 * {@code experience} is the mean of the customer's journey scores (0..100, cx-journey's
 * {@link ExperienceScorer} with its defaults) and {@code sentiment} the mean VADER compound (−1..1, with the CX
 * layer of cx-text) of the customer's free-text comments. A customer without journeys or comments gets no such
 * score.
 */
public final class JourneyAndTextScores {
    private JourneyAndTextScores() {
    }

    /**
     * Joins both scores.
     *
     * @param features the customers' features
     * @param journeys their journeys
     * @param interactions their interactions (for the comments)
     * @return the features with {@code experience} and {@code sentiment} where the customer has them
     */
    public static List<CustomerFeatures> join(List<CustomerFeatures> features, List<Journey> journeys,
            Iterable<Interaction> interactions) {
        ExperienceScorer scorer = ExperienceScorer.withDefaults();
        Map<String, double[]> experience = new HashMap<>();
        for (Journey j : journeys) {
            JourneyScore s = scorer.score(j);
            if (Double.isFinite(s.score())) {
                double[] acc = experience.computeIfAbsent(j.customer().value(), k -> new double[2]);
                acc[0] += s.score();
                acc[1]++;
            }
        }
        Vader vader = Vader.cx();
        double[] out = new double[4];
        Map<String, double[]> sentiment = new HashMap<>();
        for (Interaction i : interactions) {
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Verbatim v) {
                    vader.scoreInto(v.text(), out);
                    double[] acc = sentiment.computeIfAbsent(i.customerId().value(), k -> new double[2]);
                    acc[0] += out[3];
                    acc[1]++;
                }
            }
        }
        List<CustomerFeatures> joined = new ArrayList<>(features.size());
        for (CustomerFeatures c : features) {
            CustomerFeatures g = c;
            double[] e = experience.get(c.customer());
            if (e != null) {
                g = g.withScore("experience", e[0] / e[1]);
            }
            double[] s = sentiment.get(c.customer());
            if (s != null) {
                g = g.withScore("sentiment", s[0] / s[1]);
            }
            joined.add(g);
        }
        return joined;
    }
}
