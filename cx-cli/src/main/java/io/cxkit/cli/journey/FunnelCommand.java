package io.cxkit.cli.journey;

import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.funnel.Exclusion;
import io.cxkit.journey.funnel.Funnel;
import io.cxkit.journey.funnel.FunnelOrder;
import io.cxkit.journey.funnel.FunnelResult;
import io.cxkit.journey.funnel.FunnelStepResult;
import io.cxkit.journey.funnel.TimeToConvert;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx journeys funnel}: a conversion funnel with PostHog's definitions, written through the one writer
 * from {@link FunnelStepResult}'s fields, so JSON and CSV name the same fields. JSON:
 * {@code {"schema_version":1,"steps":[{"name":..,"count":N,"conversion_from_start":x,
 * "conversion_from_previous":x,"drop_off":N,"average_conversion_seconds":x|null,
 * "median_conversion_seconds":x|null}],"excluded":N,"time_to_convert":null|{"bins":[{"start_seconds",
 * "count"}],"mean_seconds":x}}} ({@code --histogram} fills {@code time_to_convert}); {@code --breakdown} gives
 * {@code {"schema_version":1,"breakdown":ATTR,"values":[{"value":..,"steps":[...]}]}}.
 */
@Command(name = "funnel", mixinStandardHelpOptions = true,
        description = "A conversion funnel: per-step counts, conversion, drop-off and conversion times.")
public final class FunnelCommand extends FormattedCommand {
    @Mixin
    JourneyInput input;

    @Option(names = "--steps", paramLabel = "A,B,C", split = ",",
            description = "The steps, in order (activity names). Default on the embedded sample: its purchase "
                    + "funnel.")
    List<String> steps = new ArrayList<>();

    @Option(names = "--window", paramLabel = "DURATION", defaultValue = "14d", converter = DurationConverter.class,
            description = "The conversion window from step 0: 30m, 14d, PT5M (default: ${DEFAULT-VALUE}).")
    Duration window;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "ordered",
            description = "ordered, strict or any (default: ${DEFAULT-VALUE}).")
    String order;

    @Option(names = "--exclude", paramLabel = "ACTIVITY:FROM:TO",
            description = "An exclusion step: a case doing ACTIVITY between steps FROM and TO (0-based) is left out "
                    + "of that attempt. Repeatable.")
    List<String> exclusions = new ArrayList<>();

    @Option(names = "--per", paramLabel = "UNIT", defaultValue = "customer",
            description = "For interactions, whom a funnel counts: customer or journey (default: ${DEFAULT-VALUE}).")
    String per;

    @Option(names = "--breakdown", paramLabel = "ATTR",
            description = "Run the funnel per value of an attribute of each case's first interaction "
                    + "(interactions only), e.g. segment.")
    Optional<String> breakdown = Optional.empty();

    @Option(names = "--histogram", description = "Add the time-to-convert histogram (PostHog's bins).")
    boolean histogram;

    @Override
    public void run() {
        Funnel funnel = funnel();
        PrintWriter out = out();
        if (!per.equals("customer") && !per.equals("journey")) {
            throw new UsageException("--per must be customer or journey, was '" + per + "'");
        }
        if (input.streams() && (per.equals("customer") || breakdown.isEmpty())) {
            // Interaction files are streamed into the columnar log: the heap holds no interaction.
            Map<String, String> valueOfCase = new HashMap<>();
            JourneyInput.JourneyLog streamed = per.equals("customer")
                    ? input.streamCustomerLog(err(), breakdown, valueOfCase)
                    : input.journeyLog(err(), new JourneyFilterOptions());
            print(out, funnel, streamed.source(), streamed.log(), valueOfCase);
            return;
        }
        JourneyInput.Loaded in = input.load(err());
        EventLog log = switch (per) {
            case "customer" -> input.customerLog(in);
            case "journey" -> input.journeyLog(in);
            default -> throw new UsageException("--per must be customer or journey, was '" + per + "'");
        };
        if (breakdown.isPresent()) {
            if (in.isEventLog()) {
                throw new UsageException("--breakdown reads an attribute of interactions (--input or the sample), "
                        + "not of an event log");
            }
            Map<String, String> valueOfCase = per.equals("customer")
                    ? firstAttribute(in.interactions(), breakdown.get())
                    : firstAttributeOfJourneys(in.journeys(), breakdown.get());
            print(out, funnel, in.source(), log, valueOfCase);
            return;
        }
        print(out, funnel, in.source(), log, Map.of());
    }

    /** Prints the funnel of {@code log}, per value of {@code valueOfCase} with {@code --breakdown}. */
    private void print(PrintWriter out, Funnel funnel, String source, EventLog log, Map<String, String> valueOfCase) {
        if (breakdown.isPresent()) {
            Map<String, FunnelResult> by = funnel.breakdown(log,
                    c -> valueOfCase.getOrDefault(log.caseId(c), "(none)"));
            printBreakdown(out, by);
            return;
        }
        FunnelResult r = funnel.run(log);
        switch (format) {
            case JSON -> JsonOutput.write(new FunnelOutput(r.steps(), r.excluded(),
                    histogram ? Optional.of(r.timeToConvert()) : Optional.empty()), out);
            case CSV -> CsvOutput.writeAll(Schema.of(FunnelStepResult.class), r.steps(), out);
            default -> text(out, source, r, histogram);
        }
    }

    /**
     * What {@code cx journeys funnel --format json} writes, through the one writer: each step with its
     * {@code drop_off} (the same fields as the CSV), the cases left out by exclusion steps, and the time to
     * convert with {@code --histogram} ({@code null} without).
     *
     * @param steps the steps, in order
     * @param excluded cases left out by exclusion steps
     * @param timeToConvert PostHog's time-to-convert histogram, when asked for
     */
    public record FunnelOutput(List<FunnelStepResult> steps, long excluded, Optional<TimeToConvert> timeToConvert) {
    }

    /**
     * What {@code --breakdown ATTR --format json} writes: the attribute and one funnel per value.
     *
     * @param breakdown the attribute
     * @param values one funnel per value, in the library's order
     */
    public record FunnelBreakdown(String breakdown, List<BreakdownValue> values) {
    }

    /**
     * One value of a breakdown and its funnel.
     *
     * @param value the attribute's value ({@code (none)} for cases without it)
     * @param steps the funnel's steps for that value
     */
    public record BreakdownValue(String value, List<FunnelStepResult> steps) {
    }

    /** One CSV row of a breakdown: the value, then the step's fields. */
    private record BreakdownRow(String value, FunnelStepResult step) {
    }

    private Funnel funnel() {
        List<String> s = new ArrayList<>();
        for (String step : steps) {
            if (!step.isBlank()) {
                s.add(step.strip());
            }
        }
        if (s.isEmpty()) {
            if (input.input.isPresent() || input.log.isPresent()) {
                throw new UsageException("--steps is required, e.g. --steps \"home,cart,purchase\"");
            }
            s = SampleSchema.PURCHASE_FUNNEL;
        }
        try {
            Funnel.Builder b = Funnel.builder(s).window(window).order(FunnelOrder.parse(order));
            for (String x : exclusions) {
                String[] parts = x.split(":");
                if (parts.length != 3) {
                    throw new UsageException("--exclude must be ACTIVITY:FROM:TO, e.g. refund:0:2, was '" + x + "'");
                }
                b.exclude(new Exclusion(parts[0], Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip())));
            }
            return b.build();
        } catch (NumberFormatException e) {
            throw new UsageException("--exclude steps must be whole numbers: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The value of {@code attribute} on each customer's first interaction (in input order) that has it. */
    private static Map<String, String> firstAttribute(List<Interaction> interactions, String attribute) {
        Map<String, String> out = new HashMap<>();
        for (Interaction i : interactions) {
            String v = i.attributes().get(attribute);
            if (v != null) {
                out.putIfAbsent(i.customerId().value(), v);
            }
        }
        return out;
    }

    /** The value of {@code attribute} on each journey's first interaction that has it. */
    private static Map<String, String> firstAttributeOfJourneys(List<Journey> journeys, String attribute) {
        Map<String, String> out = new HashMap<>();
        for (Journey j : journeys) {
            for (Interaction i : j.interactions()) {
                String v = i.attributes().get(attribute);
                if (v != null) {
                    out.putIfAbsent(j.id(), v);
                    break;
                }
            }
        }
        return out;
    }

    private void printBreakdown(PrintWriter out, Map<String, FunnelResult> by) {
        switch (format) {
            case JSON -> {
                List<BreakdownValue> values = new ArrayList<>();
                by.forEach((v, r) -> values.add(new BreakdownValue(v, r.steps())));
                JsonOutput.write(new FunnelBreakdown(breakdown.get(), values), out);
            }
            case CSV -> {
                List<BreakdownRow> rows = new ArrayList<>();
                by.forEach((v, r) -> r.steps().forEach(s -> rows.add(new BreakdownRow(v, s))));
                CsvOutput.writeAll(Schema.builder(BreakdownRow.class).text(breakdown.get(), BreakdownRow::value)
                        .inline(BreakdownRow::step, Schema.of(FunnelStepResult.class)).build(), rows, out);
            }
            default -> by.forEach((v, r) -> {
                out.println(breakdown.get() + " = " + v);
                text(out, "", r, histogram);
                out.println();
            });
        }
    }

    /** Prints a funnel as a text table. */
    static void text(PrintWriter out, String source, FunnelResult r, boolean withHistogram) {
        if (!source.isEmpty()) {
            out.println(source);
        }
        Table t = new Table("step", "count", "from start", "from previous", "dropped", "avg time s", "median time s");
        for (FunnelStepResult s : r.steps()) {
            t.row(s.name(), s.count(), Format.percent(s.conversionFromStart()),
                    Format.percent(s.conversionFromPrevious()), s.dropOff(), Format.seconds(s.averageConversionSeconds()),
                    Format.seconds(s.medianConversionSeconds()));
        }
        t.print(out);
        if (r.excluded() > 0) {
            out.println("excluded by exclusion steps: " + r.excluded());
        }
        if (withHistogram) {
            out.println("time to convert (mean " + Format.seconds(r.timeToConvert().meanSeconds()) + " s):");
            Table h = new Table("from s", "conversions");
            for (TimeToConvert.Bin b : r.timeToConvert().bins()) {
                h.row(b.startSeconds(), b.count());
            }
            h.print(out);
        }
        out.flush();
    }
}
