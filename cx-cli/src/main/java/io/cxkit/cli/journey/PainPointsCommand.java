package io.cxkit.cli.journey;


import io.cxkit.cli.InputException;
import io.cxkit.cli.Output;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.scoring.PainPoint;
import io.cxkit.journey.scoring.PainPointReport;
import io.cxkit.journey.scoring.PainPoints;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys pain-points}: touchpoints and transitions ranked by drop-off, detractor lift (with a
 * two-proportion z-test and n) or time lost. JSON: {@code {"journeys":N,"feedback_journeys":N,
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
        List<PainPoint> shown = top == null ? r.painPoints()
                : r.painPoints().subList(0, Math.min(top, r.painPoints().size()));
        PrintWriter out = out();
        switch (format) {
            case JSON -> Output.json(out, json(r, shown));
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                for (PainPoint p : shown) {
                    rows.add(new ArrayList<>(row(p).values()));
                }
                Output.csv(out, FIELDS, rows);
            }
            default -> text(out, in.source(), r, shown);
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

    /** The JSON tree of a report with the given (possibly cut) list. */
    static Map<String, Object> json(PainPointReport r, List<PainPoint> shown) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("journeys", r.journeys());
        root.put("feedback_journeys", r.feedbackJourneys());
        root.put("baseline_detractor_rate", r.baselineDetractorRate());
        root.put("rank_by", r.rankedBy().name().toLowerCase(Locale.ROOT));
        List<Object> list = new ArrayList<>();
        for (PainPoint p : shown) {
            list.add(row(p));
        }
        root.put("pain_points", list);
        return root;
    }

    /** One pain point, fields as {@link #FIELDS}. */
    static Map<String, Object> row(PainPoint p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        m.put("from", p.from());
        m.put("to", p.to().orElse(null));
        m.put("label", p.label());
        m.put("journeys", p.journeys());
        m.put("drop_offs", p.dropOffs());
        m.put("drop_off_rate", p.dropOffRate());
        m.put("feedback_journeys", p.feedbackJourneys());
        m.put("detractor_journeys", p.detractorJourneys());
        m.put("detractor_rate", p.detractorRate());
        m.put("detractor_lift", p.detractorLift());
        m.put("p_value", p.pValue());
        m.put("significant", p.significant());
        m.put("time_lost_seconds", p.timeLostSeconds());
        m.put("mean_time_lost_seconds", p.meanTimeLostSeconds());
        return m;
    }

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
