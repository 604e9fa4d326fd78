package io.cxkit.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A point where the customer meets the business: a web page, an IVR menu, a store counter.
 *
 * @param id the touchpoint's name, opaque, not blank
 * @param channel the channel it belongs to
 * @param stage the journey stage it serves, if known
 */
public record Touchpoint(String id, Channel channel, Optional<JourneyStage> stage) {
    /**
     * @param id the touchpoint's identifier, normalised
     * @param channel the channel it belongs to
     * @param stage the journey stage it serves, if known
     * @throws IllegalArgumentException if the id is blank or longer than 200 characters
     * @throws NullPointerException if any component is null
     */
    public Touchpoint {
        id = OpenValues.identifier("touchpoint", id);
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(stage, "stage must not be null (use Optional.empty())");
    }

    /**
     * A touchpoint with no stated stage.
     *
     * @param id the touchpoint's name, opaque, not blank
     * @param channel the channel it belongs to
     * @return a touchpoint with no stated stage
     */
    public static Touchpoint of(String id, Channel channel) {
        return new Touchpoint(id, channel, Optional.empty());
    }

    /**
     * A touchpoint in a stage.
     *
     * @param id the touchpoint's name, opaque, not blank
     * @param channel the channel it belongs to
     * @param stage the journey stage it serves, if known
     * @return a touchpoint in a stage
     */
    public static Touchpoint of(String id, Channel channel, JourneyStage stage) {
        return new Touchpoint(id, channel, Optional.of(stage));
    }
}
