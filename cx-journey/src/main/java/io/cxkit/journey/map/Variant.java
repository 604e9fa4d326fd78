package io.cxkit.journey.map;

import java.util.List;

/**
 * One variant: an exact sequence of activities, and the journeys that followed it.
 *
 * @param activities the sequence, in order, at least one activity
 * @param count how many journeys (cases) followed exactly this sequence, at least 1
 * @param share {@code count / cases} of the whole log, 0..1
 */
public record Variant(List<String> activities, long count, double share) {
    /**
     * @param activities the sequence, in order, at least one activity
     * @param count how many journeys (cases) followed exactly this sequence, at least 1
     * @param share {@code count / cases} of the whole log, 0..1
     * @throws IllegalArgumentException if the sequence is empty, count below 1 or share outside 0..1
     */
    public Variant {
        activities = List.copyOf(activities);
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("variant activities must not be empty");
        }
        if (count < 1) {
            throw new IllegalArgumentException("variant count must be at least 1, was " + count);
        }
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("variant share must be within 0..1, was " + share);
        }
    }
}
