package io.cxkit.cli.journey;

import io.cxkit.cli.EmbeddedSample;
import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.Dialect;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.map.JourneyFilter;
import io.cxkit.journey.map.EventLogRead;
import io.cxkit.journey.map.EventLogReader;
import io.cxkit.journey.map.XesReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The input options every {@code cx journeys} subcommand shares: cxkit interactions ({@code --input}), a
 * generic event log ({@code --log} with its column names), or, with neither, the embedded sample. Reading
 * accounts for every record: rejections are listed on stderr and, unless {@code --skip-invalid} is given, stop
 * the command with exit code 2.
 */
public final class JourneyInput {
    private static final int SHOWN_REJECTIONS = 5;

    @Option(names = "--input", paramLabel = "FILE",
            description = "cxkit interactions (.csv, .jsonl, .ndjson, .json, optionally .gz). Without --input or "
                    + "--log, the embedded sample is used.")
    Optional<Path> input = Optional.empty();

    @Option(names = "--log", paramLabel = "FILE",
            description = "An event log: XES (.xes, .xes.gz) or CSV with a header row naming case, activity and "
                    + "timestamp columns (case_id/activity/timestamp or PM4Py's case:concept:name/concept:name/"
                    + "time:timestamp are found without options).")
    Optional<Path> log = Optional.empty();

    @Option(names = "--case", paramLabel = "COL",
            description = "The CSV event log's case id column (default: case_id, else case:concept:name); the same "
                    + "as --map case_id=COL.")
    Optional<String> caseColumn = Optional.empty();

    @Option(names = "--activity", paramLabel = "COL",
            description = "The CSV event log's activity column (default: activity, else concept:name; the same as "
                    + "--map activity=COL). For XES: "
                    + "concept:name (default), concept:name+lifecycle:transition or org:resource.")
    Optional<String> activityColumn = Optional.empty();

    @Option(names = "--timestamp", paramLabel = "COL",
            description = "The CSV event log's timestamp column (default: timestamp, else time:timestamp); the "
                    + "same as --map timestamp=COL.")
    Optional<String> timestampColumn = Optional.empty();

    /**
     * How tables are read, shared with every command that reads one: --map, --const, --alias, --timestamp-format,
     * --zone, --delimiter, --decimal-comma, --keep-columns, --mapping.
     */
    @picocli.CommandLine.Mixin
    public io.cxkit.cli.SourceOptions source = new io.cxkit.cli.SourceOptions();

    @Option(names = "--activity-key", paramLabel = "KEY", defaultValue = "touchpoint",
            description = "For interactions, what an activity is: touchpoint, channel, stage or kind "
                    + "(default: ${DEFAULT-VALUE}).")
    String activityKey;

    @Option(names = "--gap", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "For interactions, cut journeys at inactivity longer than this (30m, 14d, PT5M) instead of "
                    + "by journey_id.")
    Optional<Duration> gap = Optional.empty();

    @Option(names = "--skip-invalid",
            description = "Go on with the accepted records when some are rejected (they are still listed on stderr).")
    boolean skipInvalid;

    /**
     * The zone named by {@code --zone}, if any: the zone of timestamps without an offset, and so the zone the
     * data's days and hours are read in.
     *
     * @return the zone, or empty when none was given
     * @throws UsageException if the zone is unknown
     */
    public Optional<java.time.ZoneId> zoneId() {
        try {
            return source.zoneText().map(java.time.ZoneId::of);
        } catch (java.time.DateTimeException e) {
            throw new UsageException("--zone: unknown zone '" + source.zoneText().get() + "': " + e.getMessage());
        }
    }

    /**
     * What was read: interactions (and their journeys), or an event log.
     *
     * @param source the file read, or the embedded sample's name
     * @param interactions the interactions read (empty for an event log)
     * @param journeys the interactions cut into journeys
     * @param log the event log, when an event log was read
     */
    public record Loaded(String source, List<Interaction> interactions, List<Journey> journeys, Optional<EventLog> log) {
        /**
         * Checks that the input is cxkit interactions (or the embedded sample), for commands an event log cannot
         * serve.
         *
         * @param command the command's name, for the message
         * @param lacks what an event log lacks that the command needs, for the message
         * @throws UsageException naming the command and what an event log lacks
         */
        public void requireInteractions(String command, String lacks) {
            if (isEventLog()) {
                throw new UsageException(command + " needs cxkit interactions (--input) or the embedded sample: an "
                        + "event log has no " + lacks);
            }
        }

        boolean isEventLog() {
            return log.isPresent();
        }
    }

    /**
     * Reads the input.
     *
     * @param err where rejected records are listed
     * @return the interactions and their journeys, or the event log
     * @throws UsageException if both --input and --log are given or an option value is unusable
     * @throws InputException if the input cannot be read, has no records, or has rejected records without
     *         --skip-invalid
     */
    public Loaded load(PrintWriter err) {
        if (input.isPresent() && log.isPresent()) {
            throw new UsageException("give either --input (interactions) or --log (event log), not both");
        }
        if (log.isPresent()) {
            return loadLog(err);
        }
        List<Interaction> interactions;
        String source;
        if (input.isPresent()) {
            source = input.get().toString();
            interactions = readInteractions(input.get(), this.source, skipInvalid, err);
        } else if (this.source.sources().isPresent()) {
            source = "several sources";
            interactions = new ArrayList<>();
            for (io.cxkit.core.io.SourceSet.Source s : this.source.sources().get().sources()) {
                interactions.addAll(read(s.file(), this.source.reader(io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT)
                        .mapping(s.mapping()).build(), skipInvalid, err));
            }
        } else {
            source = EmbeddedSample.SOURCE;
            interactions = sample();
        }
        JourneyCutter cutter = gap.map(JourneyCutter::byInactivityGap).orElse(JourneyCutter.byJourneyId());
        io.cxkit.cli.Progress.current().phase("cutting journeys");
        return new Loaded(source, List.copyOf(interactions), cutter.cut(interactions), Optional.empty());
    }

    /** A one-case-per-journey event log and where it came from. */
    record JourneyLog(String source, EventLog log) {
    }

    /**
     * The filtered one-case-per-journey log for {@code map}, {@code variants} and {@code paths}. Interactions
     * from {@code --input} cut by journey id are streamed into the log (see {@link StreamedJourneyLog}), so the
     * heap holds the columnar log, not the interactions; an event log, the sample and {@code --gap} cuts go
     * through {@link #load}.
     *
     * @throws UsageException as {@link #load} and {@link JourneyFilterOptions#log}
     * @throws InputException as {@link #load}
     */
    JourneyLog journeyLog(PrintWriter err, JourneyFilterOptions filter) {
        JourneyLog result;
        if (input.isEmpty() || log.isPresent() || gap.isPresent() || source.sources().isPresent()) {
            Loaded in = load(err);
            result = new JourneyLog(in.source(), filter.log(this, in));
        } else {
            result = stream(err, filter.filter());
        }
        if (result.log().caseCount() == 0) {
            throw new InputException(result.source() + ": no journey " + (filter.any()
                    ? "passes the filters (--segment, --from, --to, --outcome)" : "in the input"));
        }
        return result;
    }

    /** True when the input is an interaction file read by journey id, which the log can be streamed from. */
    boolean streams() {
        return input.isPresent() && log.isEmpty() && gap.isEmpty();
    }

    /**
     * The one-case-per-customer log of {@code --input}, streamed (see {@link #streams()}), with each customer's
     * first value of {@code attribute} put into {@code attributeOfCase}.
     *
     * @throws InputException as {@link #load}
     */
    JourneyLog streamCustomerLog(PrintWriter err, Optional<String> attribute, Map<String, String> attributeOfCase) {
        StreamedJourneyLog customers = new StreamedJourneyLog(activityFunction(), true, attribute);
        JourneyLog result = stream(err, customers, JourneyFilter.ALL);
        attributeOfCase.putAll(customers.attributeOfCase());
        return result;
    }

    private JourneyLog stream(PrintWriter err, JourneyFilter f) {
        return stream(err, new StreamedJourneyLog(activityFunction()), f);
    }

    private JourneyLog stream(PrintWriter err, StreamedJourneyLog journeys, JourneyFilter f) {
        Path file = input.get();
        ReadReport report;
        try {
            report = io.cxkit.cli.Progress.current().read(
                    source.reader(io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT).build(), file, journeys::add);
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot read: " + InputException.reason(e), e);
        }
        check(report, skipInvalid, err);
        io.cxkit.cli.Progress.current().phase("cutting journeys");
        return new JourneyLog(file.toString(), journeys.log(f));
    }

    /** The embedded sample's interactions (the one every cx command uses without input). */
    static List<Interaction> sample() {
        List<Interaction> out = new ArrayList<>();
        EmbeddedSample.read(InteractionReader.builder().build(), out::add);
        return out;
    }

    /**
     * Reads cxkit interactions, accounting for every record.
     *
     * @throws InputException if the file cannot be read, holds no record, or has rejected records and
     *         {@code skipInvalid} is false
     */
    static List<Interaction> readInteractions(Path file, boolean skipInvalid, PrintWriter err) {
        return read(file, InteractionReader.builder().build(), skipInvalid, err);
    }

    /**
     * Reads cxkit interactions with the command's {@link io.cxkit.cli.SourceOptions}, accounting for every record.
     *
     * @throws InputException as {@link #readInteractions(Path, boolean, PrintWriter)}
     */
    static List<Interaction> readInteractions(Path file, io.cxkit.cli.SourceOptions options, boolean skipInvalid,
            PrintWriter err) {
        return read(file, options.reader(io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT).build(), skipInvalid, err);
    }

    private static List<Interaction> read(Path file, InteractionReader reader, boolean skipInvalid,
            PrintWriter err) {
        List<Interaction> interactions = new ArrayList<>();
        ReadReport report;
        try {
            report = io.cxkit.cli.Progress.current().read(reader, file, interactions::add);
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot read: " + InputException.reason(e), e);
        }
        check(report, skipInvalid, err);
        return interactions;
    }

    private Loaded loadLog(PrintWriter err) {
        if (XesReader.isXes(log.get())) {
            return loadXes(err);
        }
        // --case, --activity and --timestamp are the same as --map case_id=, activity= and timestamp=.
        EventLogReader.Builder b = EventLogReader.builder().mapping(source.mapping());
        caseColumn.ifPresent(b::caseColumn);
        activityColumn.ifPresent(b::activityColumn);
        timestampColumn.ifPresent(b::timestampColumn);
        EventLogRead read;
        io.cxkit.cli.Progress.current().phase("reading " + log.get());
        try {
            read = b.build().read(log.get());
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(log.get() + ": cannot read: " + InputException.reason(e), e);
        }
        check(read.report(), skipInvalid, err);
        return new Loaded(log.get().toString(), List.of(), List.of(), Optional.of(read.log()));
    }

    /** An XES log: cases are traces and activities an attribute of each event, so only --activity applies. */
    private Loaded loadXes(PrintWriter err) {
        if (caseColumn.isPresent() || timestampColumn.isPresent() || source.timestampFormatText().isPresent()
                || !source.mapping().fields().isEmpty()) {
            throw new UsageException("an XES log names its case (the trace's concept:name) and timestamps "
                    + "(time:timestamp) itself: --case, --timestamp, --timestamp-format and --map apply to CSV logs only");
        }
        XesReader.Builder b = XesReader.builder().activity(switch (activityColumn.orElse("concept:name").strip()) {
            case "concept:name" -> XesReader.Activity.NAME;
            case "concept:name+lifecycle:transition" -> XesReader.Activity.NAME_AND_LIFECYCLE;
            case "org:resource" -> XesReader.Activity.RESOURCE;
            default -> throw new UsageException("--activity for an XES log must be concept:name, "
                    + "concept:name+lifecycle:transition or org:resource, was '" + activityColumn.get() + "'");
        });
        source.zone().ifPresent(b::zone);
        EventLogRead read;
        io.cxkit.cli.Progress.current().phase("reading " + log.get());
        try {
            read = b.build().read(log.get());
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(log.get() + ": cannot read: " + InputException.reason(e), e);
        }
        check(read.report(), skipInvalid, err);
        return new Loaded(log.get().toString(), List.of(), List.of(), Optional.of(read.log()));
    }

    /**
     * Accounts for a read by this input's {@code --skip-invalid}: rejections fail the command unless it is given
     * (then they are listed on stderr), and an empty input fails.
     *
     * @param report the read report
     * @param err where listed rejections go
     * @throws InputException if records were rejected without --skip-invalid, or none was read or accepted
     */
    public void check(ReadReport report, PrintWriter err) {
        check(report, skipInvalid, err);
    }

    private static void check(ReadReport report, boolean skipInvalid, PrintWriter err) {
        if (report.rejected() > 0) {
            StringBuilder msg = new StringBuilder(report.toString());
            List<Rejection> first = report.firstRejections();
            for (int k = 0; k < Math.min(SHOWN_REJECTIONS, first.size()); k++) {
                msg.append(System.lineSeparator()).append("  ").append(first.get(k));
            }
            if (report.rejected() > SHOWN_REJECTIONS) {
                msg.append(System.lineSeparator()).append("  ... and ").append(report.rejected() - SHOWN_REJECTIONS)
                        .append(" more");
            }
            if (!skipInvalid || report.accepted() == 0) {
                throw new InputException(msg + System.lineSeparator()
                        + (report.accepted() == 0 ? "no record was accepted"
                                : "fix the records or pass --skip-invalid to go on with the accepted ones"));
            }
            err.println("cx: " + msg);
            err.flush();
        }
        if (report.read() == 0) {
            throw new InputException(report.source() + ": the input holds no records");
        }
    }

    /** The activity of an interaction, by --activity-key. */
    Function<Interaction, String> activityFunction() {
        return switch (activityKey.strip().toLowerCase(Locale.ROOT)) {
            case "touchpoint" -> i -> i.touchpoint().id();
            case "channel" -> i -> i.channel().name();
            case "stage" -> i -> i.touchpoint().stage().map(s -> s.name()).orElse("(none)");
            case "kind" -> i -> i.kind().orElse("(none)");
            default -> throw new UsageException("--activity-key must be touchpoint, channel, stage or kind, was '"
                    + activityKey + "'");
        };
    }

    /** One case per journey: the map, variants and paths of the input. */
    EventLog journeyLog(Loaded in) {
        return in.log().orElseGet(() -> EventLog.ofJourneys(in.journeys(), activityFunction()));
    }

    /** One case per journey of the given (filtered) journeys. */
    EventLog journeyLog(Loaded in, List<Journey> journeys) {
        return in.log().orElseGet(() -> EventLog.ofJourneys(journeys, activityFunction()));
    }

    /** One case per customer (interactions) or per case (event log): the people a funnel counts. */
    EventLog customerLog(Loaded in) {
        return in.log().orElseGet(() -> EventLog.ofInteractions(in.interactions(), i -> i.customerId().value(),
                activityFunction()));
    }
}
