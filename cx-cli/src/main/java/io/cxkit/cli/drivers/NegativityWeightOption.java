package io.cxkit.cli.drivers;

import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.journey.Journey;
import io.cxkit.journey.drivers.JourneyFeatures;
import io.cxkit.journey.drivers.NegativityWeight;
import io.cxkit.journey.scoring.ScoringSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The value of {@code --negativity-weight} on the commands that score journeys: a number (at least 1) or
 * {@code estimated}, which sets λ from the data's own negativity ratio ({@link NegativityWeight}) and states the
 * estimate with its interval and n on standard error; an estimate that cannot be used is a clear input error
 * (exit 2) that says why and asks for a number instead. There is no silent fallback.
 */
public final class NegativityWeightOption {
    /** The option's help text. */
    public static final String DESCRIPTION = "How much more a bad moment weighs than a good one in the journey "
            + "score: a number >= 1, or 'estimated' to take the data's own negativity ratio (stated with its interval "
            + "and n; refused when the data cannot support it) (default: ${DEFAULT-VALUE}).";

    private NegativityWeightOption() {
    }

    /**
     * Parses the option's text.
     *
     * @param text a number or {@code estimated}
     * @return the weight, or empty for "estimate it"
     * @throws UsageException if it is neither, or a number below 1
     */
    public static OptionalDouble parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("estimated") || t.equals("estimate")) {
            return OptionalDouble.empty();
        }
        try {
            double w = Double.parseDouble(t);
            ScoringSettings.DEFAULTS.withNegativityWeight(w);
            return OptionalDouble.of(w);
        } catch (NumberFormatException e) {
            throw new UsageException("--negativity-weight must be a number >= 1 or 'estimated', was '" + text + "'");
        } catch (IllegalArgumentException e) {
            throw new UsageException("--negativity-weight: " + e.getMessage());
        }
    }

    /**
     * The scoring settings for the option's text on these journeys; an estimate is stated on {@code err}.
     *
     * @param text the option's text
     * @param journeys the journeys to estimate from
     * @param source the input's name, for the error message
     * @param err where the estimate is stated
     * @return the default settings with the weight
     * @throws UsageException if the text is bad
     * @throws InputException if the estimate cannot be used, with the reason
     */
    public static ScoringSettings settings(String text, List<Journey> journeys, String source, PrintWriter err) {
        OptionalDouble w = parse(text);
        if (w.isPresent()) {
            return ScoringSettings.DEFAULTS.withNegativityWeight(w.getAsDouble());
        }
        try {
            NegativityWeight.Estimated e = NegativityWeight.estimate(journeys, JourneyFeatures.defaults(), 1000, 1,
                    0.95);
            err.println("cx: " + e.describe());
            err.flush();
            return ScoringSettings.DEFAULTS.withNegativityWeight(e.weight());
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": --negativity-weight estimated: " + e.getMessage());
        }
    }
}
