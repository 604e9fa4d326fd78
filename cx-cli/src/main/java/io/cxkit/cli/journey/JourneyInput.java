package io.cxkit.cli.journey;

import io.cxkit.cli.EmbeddedSample;
import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.map.EventLogRead;
import io.cxkit.journey.map.EventLogReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            description = "A generic event log: CSV with a header row naming case, activity and timestamp columns.")
    Optional<Path> log = Optional.empty();

    @Option(names = "--case", paramLabel = "COL", defaultValue = "case_id",
            description = "The event log's case id column (default: ${DEFAULT-VALUE}).")
    String caseColumn;

    @Option(names = "--activity", paramLabel = "COL", defaultValue = "activity",
            description = "The event log's activity column (default: ${DEFAULT-VALUE}).")
    String activityColumn;

    @Option(names = "--timestamp", paramLabel = "COL", defaultValue = "timestamp",
            description = "The event log's timestamp column (default: ${DEFAULT-VALUE}).")
    String timestampColumn;

    /** How tables are read: --map, --const, --alias, --timestamp-format, --zone, --delimiter, --mapping. */
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

    /** What was read: interactions (and their journeys), or an event log. */
    record Loaded(String source, List<Interaction> interactions, List<Journey> journeys, Optional<EventLog> log) {
        /**
         * Checks that the input is cxkit interactions (or the embedded sample), for commands an event log cannot
         * serve.
         *
         * @throws UsageException naming the command and what an event log lacks
         */
        void requireInteractions(String command, String lacks) {
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
     * @throws UsageException if both --input and --log are given or an option value is unusable
     * @throws InputException if the input cannot be read, has no records, or has rejected records without
     *         --skip-invalid
     */
    Loaded load(PrintWriter err) {
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
        return new Loaded(source, List.copyOf(interactions), cutter.cut(interactions), Optional.empty());
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
            report = reader.read(file, interactions::add);
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        check(report, skipInvalid, err);
        return interactions;
    }

    private Loaded loadLog(PrintWriter err) {
        EventLogReader.Builder b = EventLogReader.builder().caseColumn(caseColumn).activityColumn(activityColumn)
                .timestampColumn(timestampColumn);
        if (source.delimiterText().isPresent()) {
            String d = source.delimiterText().get();
            char c = d.equalsIgnoreCase("tab") ? '\t' : d.length() == 1 ? d.charAt(0) : 0;
            if (c == 0) {
                throw new UsageException("--delimiter for --log must be one character or tab, was '" + d + "'");
            }
            b.delimiter(c);
        }
        try {
            if (source.timestampFormatText().isPresent()) {
                b.timestampPattern(source.timestampFormatText().get());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--timestamp-format is not a valid pattern: " + e.getMessage());
        }
        source.zone().ifPresent(b::zone);
        EventLogRead read;
        try {
            read = b.build().read(log.get());
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(log.get() + ": cannot read: " + e.getMessage(), e);
        }
        check(read.report(), skipInvalid, err);
        return new Loaded(log.get().toString(), List.of(), List.of(), Optional.of(read.log()));
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
