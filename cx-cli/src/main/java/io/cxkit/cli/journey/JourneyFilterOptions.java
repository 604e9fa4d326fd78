package io.cxkit.cli.journey;

import io.cxkit.cli.UsageException;
import io.cxkit.core.Outcome;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.map.JourneyFilter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The journey filters of {@code cx journeys map} and {@code variants}: segment, time range and outcome. */
public final class JourneyFilterOptions {
    @Option(names = "--segment", paramLabel = "NAME",
            description = "Keep journeys whose 'segment' attribute is NAME (interactions only).")
    Optional<String> segment = Optional.empty();

    @Option(names = "--from", paramLabel = "TIME",
            description = "Keep journeys starting at or after TIME (ISO-8601 with offset, or a date = 00:00 UTC).")
    Optional<String> from = Optional.empty();

    @Option(names = "--to", paramLabel = "TIME", description = "Keep journeys starting before TIME.")
    Optional<String> to = Optional.empty();

    @Option(names = "--outcome", paramLabel = "NAME",
            description = "Keep journeys whose outcome is NAME, e.g. converted (interactions only).")
    Optional<String> outcome = Optional.empty();

    boolean any() {
        return segment.isPresent() || from.isPresent() || to.isPresent() || outcome.isPresent();
    }

    /**
     * The log of the filtered journeys, one case per journey. For an event log, {@code --from} and {@code --to}
     * keep the cases whose first event lies in the range; segment and outcome need interactions.
     *
     * @throws UsageException if segment or outcome is asked of an event log, or a time is malformed
     */
    EventLog log(JourneyInput input, JourneyInput.Loaded in) {
        if (!in.isEventLog() || !any()) {
            return input.journeyLog(in, apply(in));
        }
        if (segment.isPresent() || outcome.isPresent()) {
            throw new UsageException("--segment and --outcome filter journeys of interactions (--input or the "
                    + "sample), not of an event log");
        }
        long start = from.map(s -> EventLog.micros(time("--from", s))).orElse(Long.MIN_VALUE);
        long end = to.map(s -> EventLog.micros(time("--to", s))).orElse(Long.MAX_VALUE);
        if (end <= start) {
            throw new UsageException("--to must be after --from");
        }
        EventLog log = in.log().orElseThrow();
        return log.filterCases(c -> {
            long t = log.timestampMicros(log.caseStart(c));
            return t >= start && t < end;
        });
    }

    /** The filtered journeys of the input. */
    List<Journey> apply(JourneyInput.Loaded in) {
        if (!any()) {
            return in.journeys();
        }
        if (in.isEventLog()) {
            throw new UsageException("--segment, --from, --to and --outcome filter journeys of interactions "
                    + "(--input or the sample), not of an event log");
        }
        return filter().apply(in.journeys());
    }

    /** The journey filter the options describe ({@link JourneyFilter#ALL} when none is given). */
    JourneyFilter filter() {
        JourneyFilter f = JourneyFilter.ALL;
        if (segment.isPresent()) {
            f = f.withSegment(segment.get());
        }
        if (outcome.isPresent()) {
            f = f.withOutcome(Outcome.of(outcome.get()));
        }
        if (from.isPresent() || to.isPresent()) {
            Instant start = from.map(s -> time("--from", s)).orElse(Instant.MIN);
            Instant end = to.map(s -> time("--to", s)).orElse(Instant.MAX);
            try {
                f = f.withTimeRange(start, end);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        return f;
    }

    private static Instant time(String option, String s) {
        try {
            if (s.length() == 10) {
                return Instant.parse(s + "T00:00:00Z");
            }
            return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " must be ISO-8601 with an offset (2024-03-01T00:00:00Z) or a date "
                    + "(2024-03-01), was '" + s + "'");
        }
    }
}
