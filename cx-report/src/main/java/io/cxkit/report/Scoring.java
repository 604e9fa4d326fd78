package io.cxkit.report;

import io.cxkit.journey.drivers.JourneyFeatures;
import io.cxkit.journey.drivers.NegativityWeight;
import io.cxkit.journey.scoring.ScoringSettings;
import java.util.OptionalDouble;

/**
 * The journey-scoring settings the report's scoring sections share (experience, at-risk, segments): the default
 * settings with a given negativity weight, or with one estimated once per input from its journeys
 * ({@link NegativityWeight}; 1,000 resamples, seed 1). An estimate that cannot be used throws, so every section
 * that scores journeys is skipped with the reason instead of silently scoring with another weight.
 */
final class Scoring {
    private final OptionalDouble weight;
    private ReportInput input;
    private ScoringSettings settings;
    private String source;
    private IllegalArgumentException failure;

    /** @param weight the weight, or empty to estimate it from the data */
    Scoring(OptionalDouble weight) {
        this.weight = weight;
        weight.ifPresent(ScoringSettings.DEFAULTS::withNegativityWeight);
    }

    /** The settings for this input. @throws IllegalArgumentException if the estimate is not usable */
    synchronized ScoringSettings settings(ReportInput in) {
        resolve(in);
        return settings;
    }

    /** How the weight was set, for the reader. @throws IllegalArgumentException if the estimate is not usable */
    synchronized String source(ReportInput in) {
        resolve(in);
        return source;
    }

    private void resolve(ReportInput in) {
        if (in != input) {
            input = in;
            failure = null;
            if (weight.isPresent()) {
                settings = ScoringSettings.DEFAULTS.withNegativityWeight(weight.getAsDouble());
                source = weight.getAsDouble() == ScoringSettings.DEFAULTS.negativityWeight() ? "default" : "given";
            } else {
                try {
                    NegativityWeight.Estimated e = NegativityWeight.estimate(in.journeys(), JourneyFeatures.defaults(),
                            1000, 1, in.confidence());
                    settings = ScoringSettings.DEFAULTS.withNegativityWeight(e.weight());
                    source = e.describe();
                } catch (IllegalArgumentException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new IllegalArgumentException(failure.getMessage(), failure);
        }
    }
}
