package io.cxkit.cli.journey;


import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Outcome;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.scoring.PainPoint;
import io.cxkit.journey.scoring.PainPointReport;
import io.cxkit.journey.scoring.PainPoints;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys pain-points}: touchpoints and transitions ranked by drop-off, detractor lift (with a
 * two-proportion z-test and n) or time lost, through the one writer. JSON: {@code {"schema_version":1,"journeys":N,"feedback_journeys":N,
 * "baseline_detractor_rate":x,"rank_by":"detractor_lift","pain_points":[{"kind":"touchpoint"|"transition",
 * "from":..,"to":..|null,"label":..,"journeys":N,"drop_offs":N,"drop_off_rate":x,"feedback_journeys":N,
 * "detractor_journeys":N,"detractor_rate":x|null,"detractor_lift":x|null,"p_value":x|null,"significant":bool,
 * "time_lost_seconds":x,"mean_time_lost_seconds":x}]}}.
 */
@Command(name = "pain-points", mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:pain points listed", "1:bad usage", "2:unreadable input, or no journey to rank (none "
            + "with a journey id: use --gap; none passing the filters; none reaching --min-journeys)"},
        description = "Touchpoints and transitions ranked by drop-off, detractor lift (with significance and n) "
                + "or time lost. Needs cxkit interactions (--input) or the embedded sample. Cut by journey id, "
                + "interactions without a journey id are left out.")
public final class PainPointsCommand extends FormattedCommand {
    /** The CSV and JSON field names of one pain point, in order. */
    static final List<String> FIELDS = List.of("kind", "from", "to", "label", "journeys", "drop_offs",
            "drop_off_rate", "feedback_journeys", "detractor_journeys", "detractor_rate", "detractor_lift", "p_value",
            "significant", "time_lost_seconds", "mean_time_lost_seconds");

    @Mixin
    JourneyInput input;

    @Mixin
    JourneyFilterOptions filter;

    @Option(names = "--rank-by", paramLabel = "MEASURE", defaultValue = "detractor-lift",
            description = "drop-off, detractor-lift or time-lost (default: ${DEFAULT-VALUE}).")
    String rankBy;

    @Option(names = "--min-journeys", paramLabel = "N", defaultValue = "10",
            description = "List only touchpoints and transitions with at least N journeys (default: ${DEFAULT-VALUE}).")
    int minJourneys;

    @Option(names = "--success", paramLabel = "OUTCOMES", defaultValue = "converted,resolved",
            description = "Outcomes that end a journey successfully; any other end is a drop-off "
                    + "(default: ${DEFAULT-VALUE}).")
    String success;

    @Option(names = "--top", paramLabel = "N", description = "List at most N pain points.")
    Integer top;


    @Override
    public void run() {
        PainPoints analysis = analysis();
        JourneyInput.Loaded in = input.load(err());
        in.requireInteractions("pain-points", "outcomes or feedback");
        List<Journey> journeys = filter.apply(in);
        if (journeys.isEmpty()) {
            throw new InputException(in.source() + ": no journey passes the filters "
                    + "(--segment, --from, --to, --outcome); " + in.journeys().size() + " journeys before filtering");
        }
        if (input.gap.isEmpty()) {
            journeys = explicit(journeys);
            if (journeys.isEmpty()) {
                throw new InputException(in.source() + ": no interaction has a journey id (journey_id), so there are "
                        + "no journeys to rank; cut journeys by inactivity instead, e.g. --gap 30m for visits or "
                        + "--gap 14d for purchase journeys");
            }
        }
        PainPointReport r = analysis.keyedBy(input.activityFunction()).analyze(journeys);
        if (r.painPoints().isEmpty()) {
            throw new InputException(in.source() + ": no touchpoint or transition is on at least " + minJourneys
                    + " of the " + journeys.size() + " journeys; lower --min-journeys");
        }
        PainPointReport shown = top == null ? r : r.top(top);
        PrintWriter out = out();
        switch (format) {
            case JSON -> JsonOutput.write(shown, REPORT, out);
            case CSV -> CsvOutput.writeAll(PAIN_POINT, shown.painPoints(), out);
            default -> text(out, in.source(), r, shown.painPoints());
        }
    }

    /**
     * The journeys with an explicit journey id: cut by journey id, a customer's interactions without one are
     * gathered into one catch-all journey over the whole period, which is not a journey and would swamp drop-off
     * and time lost.
     */
    static List<Journey> explicit(List<Journey> journeys) {
        List<Journey> out = new ArrayList<>(journeys.size());
        for (Journey j : journeys) {
            if (!j.id().endsWith(JourneyCutter.NO_JOURNEY_ID_SUFFIX)) {
                out.add(j);
            }
        }
        return out;
    }

    private PainPoints analysis() {
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1, was " + top);
        }
        if (minJourneys < 1) {
            throw new UsageException("--min-journeys must be at least 1, was " + minJourneys);
        }
        PainPoints.RankBy measure = switch (rankBy.strip().toLowerCase(Locale.ROOT)) {
            case "drop-off", "drop_off" -> PainPoints.RankBy.DROP_OFF;
            case "detractor-lift", "detractor_lift" -> PainPoints.RankBy.DETRACTOR_LIFT;
            case "time-lost", "time_lost" -> PainPoints.RankBy.TIME_LOST;
            default -> throw new UsageException("--rank-by must be drop-off, detractor-lift or time-lost, was '"
                    + rankBy + "'");
        };
        Set<Outcome> outcomes = new LinkedHashSet<>();
        for (String s : success.split(",")) {
            if (!s.isBlank()) {
                outcomes.add(Outcome.of(s));
            }
        }
        return PainPoints.withDefaults().rankBy(measure).minJourneys(minJourneys).successOutcomes(outcomes);
    }

    /** One pain point as written: its own fields, with its {@link PainPoint#label() label} after {@code to}. */
    static final Schema<PainPoint> PAIN_POINT = Schema.builder(PainPoint.class)
            .text("kind", PainPoint::kind)
            .text("from", PainPoint::from)
            .text("to", PainPoint::to)
            .text("label", PainPoint::label)
            .integer("journeys", PainPoint::journeys)
            .integer("drop_offs", PainPoint::dropOffs)
            .number("drop_off_rate", PainPoint::dropOffRate)
            .integer("feedback_journeys", PainPoint::feedbackJourneys)
            .integer("detractor_journeys", PainPoint::detractorJourneys)
            .number("detractor_rate", PainPoint::detractorRate)
            .number("detractor_lift", PainPoint::detractorLift)
            .number("p_value", PainPoint::pValue)
            .bool("significant", PainPoint::significant)
            .number("time_lost_seconds", PainPoint::timeLostSeconds)
            .number("mean_time_lost_seconds", PainPoint::meanTimeLostSeconds)
            .build();

    /** The report as written: the counts, the baseline, the measure ({@code rank_by}) and the ranked list. */
    static final Schema<PainPointReport> REPORT = Schema.builder(PainPointReport.class)
            .integer("journeys", PainPointReport::journeys)
            .integer("feedback_journeys", PainPointReport::feedbackJourneys)
            .number("baseline_detractor_rate", PainPointReport::baselineDetractorRate)
            .text("rank_by", PainPointReport::rankedBy)
            .rows("pain_points", PainPointReport::painPoints, PAIN_POINT)
            .build();

    /** Text: a header line and a table. */
    static void text(PrintWriter out, String source, PainPointReport r, List<PainPoint> shown) {
        out.println("Pain points of " + r.journeys() + " journeys (" + source + "), ranked by "
                + r.rankedBy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + "; baseline detractor rate "
                + (Double.isNaN(r.baselineDetractorRate()) ? "-" : Format.percent(r.baselineDetractorRate()))
                + " of " + r.feedbackJourneys() + " journeys with feedback");
        Table t = new Table("pain point", "journeys", "drop-off", "detractors", "lift", "p", "time lost (s)");
        for (PainPoint p : shown) {
            t.row(p.label(), p.journeys(), Format.percent(p.dropOffRate()),
                    Double.isNaN(p.detractorRate()) ? "-" : Format.percent(p.detractorRate()) + " of "
                            + p.feedbackJourneys(),
                    p.detractorLift(), Double.isNaN(p.pValue()) ? "-"
                            : String.format(Locale.ROOT, "%.3g%s", p.pValue(), p.significant() ? " *" : ""),
                    p.timeLostSeconds());
        }
        t.print(out);
    }
}
