package io.cxkit.journey.map;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One activity (touchpoint) of a journey map, with the feedback given there and how journeys end there.
 *
 * @param activity the activity
 * @param occurrences how many events have it
 * @param starts how many journeys start with it
 * @param ends how many journeys end with it
 * @param endShare {@code ends / cases}: the share of all journeys of the map that end here, 0..1
 * @param meanNps the mean NPS answer (0..10) of the events here that carry one
 * @param meanCsat the mean CSAT answer, rescaled to 1..5 as {@link io.cxkit.journey.EventLog#csat(int)} says
 * @param meanCes the mean CES answer (1..7)
 */
public record Node(String activity, long occurrences, long starts, long ends, double endShare,
        OptionalDouble meanNps, OptionalDouble meanCsat, OptionalDouble meanCes) {
    /**
     * @param activity the activity
     * @param occurrences how many events have it
     * @param starts how many journeys start with it
     * @param ends how many journeys end with it
     * @param endShare {@code ends / cases}: the share of all journeys of the map that end here, 0..1
     * @param meanNps the mean NPS answer (0..10) of the events here that carry one
     * @param meanCsat the mean CSAT answer, rescaled to 1..5 as {@link io.cxkit.journey.EventLog#csat(int)} says
     * @param meanCes the mean CES answer (1..7)
     * @throws IllegalArgumentException if a count is negative or the share outside 0..1
     */
    public Node {
        Objects.requireNonNull(activity, "activity must not be null");
        Objects.requireNonNull(meanNps, "meanNps must not be null");
        Objects.requireNonNull(meanCsat, "meanCsat must not be null");
        Objects.requireNonNull(meanCes, "meanCes must not be null");
        if (occurrences < 0 || starts < 0 || ends < 0) {
            throw new IllegalArgumentException("node " + activity + " counts must be at least 0, were "
                    + occurrences + ", " + starts + ", " + ends);
        }
        if (!(endShare >= 0 && endShare <= 1)) {
            throw new IllegalArgumentException("node " + activity + " endShare must be within 0..1, was " + endShare);
        }
    }
}
