package io.cxkit.cli.journey;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.map.JourneyFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the one-case-per-journey event log of interactions (cut by journey id, as
 * {@link JourneyCutter#byJourneyId()} cuts them) while they stream from the reader, so that {@code cx journeys
 * map}, {@code variants} and {@code paths} never hold the interactions themselves: what stays is the columnar log
 * (an int, a long and, with feedback, three floats per event) and a small record per journey for the filters
 * (its segment, start and outcome). The journeys' events, their order and the filters' meaning are those of
 * {@link EventLog#ofJourneys} over {@link JourneyFilter#apply} of the cut journeys; only the numbering of cases,
 * which no map, variant or path figure depends on, may differ.
 */
final class StreamedJourneyLog {
    private final Function<Interaction, String> activity;
    private final boolean byCustomer;
    private final Optional<String> attribute;
    /** With an attribute: each case's value of it on its first interaction (in input order) that has it. */
    private final Map<String, String> attributeOfCase = new HashMap<>();
    private final EventLog.Builder events = EventLog.builder();
    /** Journey key (customer, journey id) to its index in first-appearance order, the log's case numbering. */
    private final Map<String, Integer> index = new HashMap<>();
    private final List<JourneyFacts> journeys = new ArrayList<>();
    private long position;

    /** What the journey filters ask of a journey, kept as its events stream by. */
    private static final class JourneyFacts {
        String segment;
        long segmentMicros = Long.MAX_VALUE;
        long segmentPosition;
        String outcome;
        long outcomeMicros = Long.MIN_VALUE;
        long outcomePosition;
    }

    /** One case per journey (cut by journey id). */
    StreamedJourneyLog(Function<Interaction, String> activity) {
        this(activity, false, Optional.empty());
    }

    /**
     * One case per journey, or with {@code byCustomer} one case per customer (named by the customer id, as
     * {@link EventLog#ofInteractions} names them for a funnel), remembering each case's first value of
     * {@code attribute}.
     */
    StreamedJourneyLog(Function<Interaction, String> activity, boolean byCustomer, Optional<String> attribute) {
        this.activity = activity;
        this.byCustomer = byCustomer;
        this.attribute = attribute;
    }

    /** Adds one interaction to its journey. */
    void add(Interaction i) {
        String customer = i.customerId().value();
        String journey = i.journeyId().orElse(customer + JourneyCutter.NO_JOURNEY_ID_SUFFIX);
        String key = byCustomer ? customer : customer + '\u0000' + journey;
        if (attribute.isPresent()) {
            String v = i.attributes().get(attribute.get());
            if (v != null) {
                attributeOfCase.putIfAbsent(key, v);
            }
        }
        Integer k = index.get(key);
        if (k == null) {
            k = journeys.size();
            index.put(key, k);
            journeys.add(new JourneyFacts());
        }
        events.add(key, i, activity);
        long at = EventLog.micros(i.timestamp());
        long pos = position++;
        JourneyFacts f = journeys.get(k);
        // The journey's segment is that of its first interaction (in time order, ties by input order) that has
        // one, and its outcome that of its last interaction stating one, as JourneyFilter reads a Journey.
        String segment = i.attributes().get(JourneyFilter.SEGMENT_ATTRIBUTE);
        if (segment != null && (at < f.segmentMicros || at == f.segmentMicros && pos < f.segmentPosition)) {
            f.segment = segment;
            f.segmentMicros = at;
            f.segmentPosition = pos;
        }
        Optional<Outcome> outcome = i.outcome();
        if (outcome.isPresent() && (at > f.outcomeMicros || at == f.outcomeMicros && pos > f.outcomePosition)) {
            f.outcome = outcome.get().name();
            f.outcomeMicros = at;
            f.outcomePosition = pos;
        }
    }

    /** Each case's first value of the attribute asked for, by case id. */
    Map<String, String> attributeOfCase() {
        return attributeOfCase;
    }

    /** The number of interactions added. */
    long interactions() {
        return position;
    }

    /** The log of the journeys that pass {@code filter}, one case per journey. */
    EventLog log(JourneyFilter filter) {
        EventLog all = events.build();
        if (filter.equals(JourneyFilter.ALL)) {
            return all;
        }
        long from = filter.from().map(t -> t.equals(Instant.MIN) ? Long.MIN_VALUE : EventLog.micros(t))
                .orElse(Long.MIN_VALUE);
        long to = filter.to().map(t -> t.equals(Instant.MAX) ? Long.MAX_VALUE : EventLog.micros(t))
                .orElse(Long.MAX_VALUE);
        return all.filterCases(c -> {
            JourneyFacts f = journeys.get(c);
            long start = all.timestampMicros(all.caseStart(c));
            return (filter.segment().isEmpty() || filter.segment().get().equals(f.segment))
                    && start >= from && start < to
                    && (filter.outcome().isEmpty() || filter.outcome().get().name().equals(f.outcome));
        });
    }
}
