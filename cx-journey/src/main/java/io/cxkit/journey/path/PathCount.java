package io.cxkit.journey.path;

import java.util.List;

/**
 * A path between two activities and how often journeys took it.
 *
 * @param activities the path, from the first activity to the second, both included
 * @param count how many times
 * @param share {@code count} over all paths found between the two activities, 0..1
 */
public record PathCount(List<String> activities, long count, double share) {
    /**
     * @param activities the path, from the first activity to the second, both included
     * @param count how many times
     * @param share {@code count} over all paths found between the two activities, 0..1
     * @throws IllegalArgumentException if the path is shorter than 2, count below 1 or share outside 0..1
     */
    public PathCount {
        activities = List.copyOf(activities);
        if (activities.size() < 2 || count < 1 || !(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("path " + activities
                    + " needs at least 2 activities, count >= 1 and share within 0..1, were " + count + ", " + share);
        }
    }
}
