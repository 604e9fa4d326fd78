package io.cxkit.metrics.breakdown;

import io.cxkit.core.Interaction;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What interactions are grouped by: a name (the key in results, e.g. {@code channel}) and the value an
 * interaction has for it. An interaction without a value (no stage, no such attribute) falls in the group
 * {@value #NONE}, which is reported like any other. Implement this interface for a grouping of your own.
 */
public interface Dimension {
    /** The group of interactions that have no value for a dimension. */
    String NONE = "(none)";

    /**
     * The dimension's name, as used in {@code --by} and as the key in results.
     *
     * @return the dimension's name, as used in {@code --by} and as the key in results
     */
    String name();

    /**
     * The interaction's value for this dimension, or {@link #NONE}.
     *
     * @param interaction the interaction to add
     * @return the interaction's value for this dimension, or {@link #NONE}
     */
    String valueOf(Interaction interaction);

    /**
     * The channel of the touchpoint.
     *
     * @return the channel of the touchpoint
     */
    static Dimension channel() {
        return Dimensions.CHANNEL;
    }

    /**
     * The touchpoint's id.
     *
     * @return the touchpoint's id
     */
    static Dimension touchpoint() {
        return Dimensions.TOUCHPOINT;
    }

    /**
     * The touchpoint's journey stage.
     *
     * @return the touchpoint's journey stage
     */
    static Dimension stage() {
        return Dimensions.STAGE;
    }

    /**
     * The customer segment: the interaction attribute {@code segment}.
     *
     * @return the customer segment: the interaction attribute {@code segment}
     */
    static Dimension segment() {
        return new Dimensions.Attribute("segment", "segment");
    }

    /**
     * An interaction attribute, named {@code attr.NAME} in results as in the CSV header.
     *
     * @param name the name
     * @return an interaction attribute, named {@code attr.NAME} in results as in the CSV header
     * @throws IllegalArgumentException if the name is blank
     */
    static Dimension attribute(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("attribute name must not be blank");
        }
        return new Dimensions.Attribute("attr." + name, name);
    }

    /**
     * The calendar period of the timestamp in a zone, named {@code day}, {@code week} or {@code month}.
     *
     * @param bucket the time bucket
     * @param zone the zone in which calendar periods are cut
     * @return the calendar period of the timestamp in a zone, named {@code day}, {@code week} or {@code month}
     */
    static Dimension time(TimeBucket bucket, ZoneId zone) {
        return new Dimensions.Time(Objects.requireNonNull(bucket, "bucket"), Objects.requireNonNull(zone, "zone"));
    }

    /**
     * Parses a dimension as written on the command line: {@code channel}, {@code touchpoint}, {@code stage},
     * {@code segment}, {@code attr.NAME}, {@code day}, {@code week} or {@code month} (cut in {@code zone}).
     *
     * @param text the text to parse
     * @param zone the zone in which calendar periods are cut
     * @return the dimension
     * @throws IllegalArgumentException naming the text and the allowed dimensions
     */
    static Dimension parse(String text, ZoneId zone) {
        return Dimensions.parse(text, zone);
    }
}
