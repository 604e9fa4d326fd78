package io.cxkit.journey.map;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.journey.Journey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which journeys a map, variant list or funnel looks at: by segment, time range and outcome. Unset criteria
 * pass everything; set ones must all hold. (The fourth filter of a journey map, the minimum edge frequency, is
 * {@link DirectlyFollowsGraph#withMinEdgeCount(long)}.)
 *
 * <ul>
 *   <li><b>segment</b>: the journey's segment is the {@value #SEGMENT_ATTRIBUTE} attribute of its first
 *       interaction that has one;</li>
 *   <li><b>time range</b>: the journey's start lies in {@code [from, to)};</li>
 *   <li><b>outcome</b>: {@link Journey#outcome()} equals the given one.</li>
 * </ul>
 *
 * @param segment the segment to keep
 * @param from the earliest start kept, inclusive
 * @param to the first start no longer kept, exclusive
 * @param outcome the outcome to keep
 */
public record JourneyFilter(Optional<String> segment, Optional<Instant> from, Optional<Instant> to,
        Optional<Outcome> outcome) implements Predicate<Journey> {

    /** The attribute that names an interaction's segment. */
    public static final String SEGMENT_ATTRIBUTE = "segment";

    /** A filter that keeps every journey. */
    public static final JourneyFilter ALL = new JourneyFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * @param segment the segment to keep
     * @param from the earliest start kept, inclusive
     * @param to the first start no longer kept, exclusive
     * @param outcome the outcome to keep
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public JourneyFilter {
        Objects.requireNonNull(segment, "segment must not be null (use Optional.empty())");
        Objects.requireNonNull(from, "from must not be null (use Optional.empty())");
        Objects.requireNonNull(to, "to must not be null (use Optional.empty())");
        Objects.requireNonNull(outcome, "outcome must not be null (use Optional.empty())");
        if (from.isPresent() && to.isPresent() && !to.get().isAfter(from.get())) {
            throw new IllegalArgumentException("time range end must be after its start, was " + from.get() + " .. "
                    + to.get());
        }
    }

    /**
     * This filter, keeping only the given segment.
     *
     * @param s the segment to keep
     * @return this filter, keeping only the given segment
     */
    public JourneyFilter withSegment(String s) {
        return new JourneyFilter(Optional.of(s), from, to, outcome);
    }

    /**
     * This filter, keeping only journeys starting in {@code [start, end)}.
     *
     * @param start the earliest start kept, inclusive
     * @param end the first start no longer kept, exclusive
     * @return this filter, keeping only journeys starting in {@code [start, end)}
     */
    public JourneyFilter withTimeRange(Instant start, Instant end) {
        return new JourneyFilter(segment, Optional.of(start), Optional.of(end), outcome);
    }

    /**
     * This filter, keeping only journeys with the given outcome.
     *
     * @param o the outcome
     * @return this filter, keeping only journeys with the given outcome
     */
    public JourneyFilter withOutcome(Outcome o) {
        return new JourneyFilter(segment, from, to, Optional.of(o));
    }

    /**
     * The segment of a journey, as defined above.
     *
     * @param j the journey
     * @return the segment of a journey, as defined above
     */
    public static Optional<String> segmentOf(Journey j) {
        for (Interaction i : j.interactions()) {
            String s = i.attributes().get(SEGMENT_ATTRIBUTE);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean test(Journey j) {
        if (segment.isPresent() && !segmentOf(j).equals(segment)) {
            return false;
        }
        if (from.isPresent() && j.start().isBefore(from.get())) {
            return false;
        }
        if (to.isPresent() && !j.start().isBefore(to.get())) {
            return false;
        }
        return outcome.isEmpty() || j.outcome().equals(outcome);
    }

    /**
     * The journeys that pass, in their order.
     *
     * @param journeys the journeys
     * @return the journeys that pass, in their order
     */
    public List<Journey> apply(List<Journey> journeys) {
        List<Journey> out = new ArrayList<>();
        for (Journey j : journeys) {
            if (test(j)) {
                out.add(j);
            }
        }
        return List.copyOf(out);
    }
}
