package io.cxkit.metrics;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings a {@link MetricProvider} may use to configure the metric it creates: the confidence level of
 * intervals, the interval method, the time zone in which days and months are cut, and free named settings for
 * anything metric-specific (a repeat-contact window, a CSAT mapping). Providers ignore settings they do not
 * know.
 *
 * @param confidence the two-sided confidence level of intervals, in (0, 1); 0.95 by default
 * @param intervalMethod the interval method's name ({@code wald}, {@code adjusted-wald}, {@code score},
 *        {@code wilson}, ...), or empty for the metric's own default
 * @param zone the zone in which calendar periods are cut
 * @param settings further named settings, keys not blank
 */
public record MetricOptions(double confidence, Optional<String> intervalMethod, ZoneId zone,
                            Map<String, String> settings) {

    /** The usual confidence level. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /**
     * @param confidence the two-sided confidence level of intervals, in (0, 1); 0.95 by default
     * @param intervalMethod the interval method's name ({@code wald}, {@code adjusted-wald}, {@code score}, {@code
     *        wilson}, ...), or empty for the metric's own default
     * @param zone the zone in which calendar periods are cut
     * @param settings further named settings, keys not blank
     * @throws IllegalArgumentException if the confidence is not in (0, 1) or a setting's name is blank
     * @throws NullPointerException if a component is null
     */
    public MetricOptions {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be within (0, 1), was " + confidence);
        }
        Objects.requireNonNull(intervalMethod, "intervalMethod must not be null (use Optional.empty())");
        Objects.requireNonNull(zone, "zone must not be null");
        for (String k : settings.keySet()) {
            if (k.isBlank()) {
                throw new IllegalArgumentException("setting names must not be blank");
            }
        }
        settings = Map.copyOf(settings);
    }

    /**
     * 95% confidence, each metric's default interval method, UTC, no further settings.
     *
     * @return 95% confidence, each metric's default interval method, UTC, no further settings
     */
    public static MetricOptions defaults() {
        return new MetricOptions(DEFAULT_CONFIDENCE, Optional.empty(), ZoneId.of("UTC"), Map.of());
    }

    /**
     * A copy with another confidence level.
     *
     * @param level the confidence level, in (0, 1)
     * @return a copy with another confidence level
     */
    public MetricOptions withConfidence(double level) {
        return new MetricOptions(level, intervalMethod, zone, settings);
    }

    /**
     * A copy with an interval method.
     *
     * @param method the method
     * @return a copy with an interval method
     */
    public MetricOptions withIntervalMethod(String method) {
        return new MetricOptions(confidence, Optional.of(method), zone, settings);
    }

    /**
     * A copy with another zone.
     *
     * @param z the zone in which days and months are cut
     * @return a copy with another zone
     */
    public MetricOptions withZone(ZoneId z) {
        return new MetricOptions(confidence, intervalMethod, z, settings);
    }

    /**
     * A copy with one more named setting (replacing one of the same name).
     *
     * @param name the name
     * @param value the value
     * @return a copy with one more named setting (replacing one of the same name)
     */
    public MetricOptions withSetting(String name, String value) {
        java.util.Map<String, String> m = new java.util.HashMap<>(settings);
        m.put(name, value);
        return new MetricOptions(confidence, intervalMethod, zone, m);
    }

    /**
     * The named setting, if given.
     *
     * @param name the name
     * @return the named setting, if given
     */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }
}
