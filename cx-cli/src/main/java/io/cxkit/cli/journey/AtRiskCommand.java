package io.cxkit.cli.journey;


import io.cxkit.cli.UsageException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.scoring.AtRiskAlert;
import io.cxkit.journey.scoring.AtRiskDetector;
import io.cxkit.journey.scoring.AtRiskReason;
import io.cxkit.journey.scoring.AtRiskReport;
import io.cxkit.journey.scoring.AtRiskRow;
import io.cxkit.journey.scoring.AtRiskRules;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.ScoringSettings;
import io.cxkit.text.Vader;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys at-risk}: customers whose rolling experience score fell below a threshold, who had repeat
 * unresolved contacts, or who gave a detractor answer after a long wait, each with its reasons. JSON:
 * {@code {"as_of":..,"customers":N,"at_risk":N,"alerts":[{"customer":..,"rolling_score":x|null,
 * "last_interaction":..,"reasons":[{"rule":"rolling_score"|"repeat_unresolved"|"detractor_after_wait"
 * |"negative_comment","detail":..,"at":..}]}]}} (with {@code "schema_version":1} first); CSV one row per alert and
 * reason ({@link AtRiskRow}): {@code customer,rolling_score,last_interaction,rule,detail,at}.
 */
@Command(name = "at-risk", mixinStandardHelpOptions = true,
        description = "Customers at risk, with reasons: low rolling experience score, repeat unresolved contacts, "
                + "a detractor answer after a long wait, a strongly negative comment. Needs cxkit interactions (--input) "
                + "or the embedded sample.")
public final class AtRiskCommand extends FormattedCommand {
    @Mixin
    JourneyInput input;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "40",
            description = "Alert when the rolling experience score (0..100) is below this (default: ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--rolling", paramLabel = "N", defaultValue = "3",
            description = "Journeys the rolling score averages (default: ${DEFAULT-VALUE}).")
    int rolling;

    @Option(names = "--unresolved", paramLabel = "N", defaultValue = "2",
            description = "Alert at this many unresolved contacts within --unresolved-window (default: ${DEFAULT-VALUE}).")
    int unresolved;

    @Option(names = "--unresolved-window", paramLabel = "DURATION", defaultValue = "30d",
            converter = DurationConverter.class, description = "Default: ${DEFAULT-VALUE}.")
    Duration unresolvedWindow;

    @Option(names = "--long-wait", paramLabel = "DURATION", defaultValue = "10m", converter = DurationConverter.class,
            description = "A detractor answer after a wait at least this long raises an alert (default: ${DEFAULT-VALUE}).")
    Duration longWait;

    @Option(names = "--lookback", paramLabel = "DURATION", defaultValue = "90d", converter = DurationConverter.class,
            description = "Journeys ended within this time count for the score and the detractor rule "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration lookback;

    @Option(names = "--negativity-weight", paramLabel = "W|estimated", defaultValue = "2",
            description = io.cxkit.cli.drivers.NegativityWeightOption.DESCRIPTION)
    String negativityWeight;

    @Option(names = "--top", paramLabel = "N", description = "List at most N alerts (the count is always total).")
    Integer top;

    @Option(names = "--comments", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read comments with VADER and the CX layer: a negative one (compound <= -0.05) is a "
                    + "negative moment of the score, one at or below --negative-comment a reason (default: on).")
    boolean comments;

    @Option(names = "--negative-comment", paramLabel = "COMPOUND", defaultValue = "-0.5",
            description = "A comment whose compound is at or below this (-1..-0.05) raises an alert "
                    + "(default: ${DEFAULT-VALUE}).")
    double negativeComment;


    @Override
    public void run() {
        detector(ScoringSettings.DEFAULTS.withNegativityWeight(1));
        io.cxkit.cli.drivers.NegativityWeightOption.parse(negativityWeight);
        JourneyInput.Loaded in = input.load(err());
        in.requireInteractions("at-risk", "customers, outcomes or feedback");
        AtRiskDetector detector = detector(io.cxkit.cli.drivers.NegativityWeightOption.settings(negativityWeight,
                in.journeys(), in.source(), err()));
        AtRiskReport r = detector.detect(in.journeys());
        List<AtRiskAlert> shown = top == null ? r.alerts() : r.alerts().subList(0, Math.min(top, r.alerts().size()));
        PrintWriter out = out();
        switch (format) {
            case JSON -> JsonOutput.write(new AtRiskOutput(r.asOf(), r.customers(), r.alerts().size(), shown), out);
            case CSV -> CsvOutput.writeAll(Schema.of(AtRiskRow.class), AtRiskRow.of(shown), out);
            default -> text(out, in.source(), r, shown);
        }
    }

    private AtRiskDetector detector(ScoringSettings settings) {
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1, was " + top);
        }
        try {
            AtRiskRules rules = new AtRiskRules(threshold, rolling, unresolved, unresolvedWindow, longWait, lookback,
                    negativeComment);
            ExperienceScorer scorer = new ExperienceScorer(settings);
            if (comments) {
                Vader vader = Vader.cx();
                scorer = scorer.withComments(text -> vader.score(text).compound());
            }
            return new AtRiskDetector(scorer, rules);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * What {@code --format json} writes, through the one writer: the evaluation instant, the customers evaluated,
     * how many are at risk (all of them, whatever {@code --top} lists) and the alerts listed, each with its reasons.
     *
     * @param asOf the evaluation instant
     * @param customers customers evaluated
     * @param atRisk customers at risk
     * @param alerts the alerts listed
     */
    public record AtRiskOutput(Instant asOf, long customers, long atRisk, List<AtRiskAlert> alerts) {
    }

    private static void text(PrintWriter out, String source, AtRiskReport r, List<AtRiskAlert> shown) {
        out.println(r.alerts().size() + " of " + r.customers() + " customers at risk as of " + r.asOf() + " ("
                + source + ")");
        for (AtRiskAlert a : shown) {
            out.println(a.customer().value() + "  rolling score " + Format.seconds(a.rollingScore())
                    + "  last seen " + a.lastInteraction());
            for (AtRiskReason reason : a.reasons()) {
                out.println("  - " + reason.detail() + " (" + reason.at() + ")");
            }
        }
        out.flush();
    }
}
