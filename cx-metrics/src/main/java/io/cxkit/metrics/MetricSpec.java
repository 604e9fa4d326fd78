package io.cxkit.metrics;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A portable recipe for a metric: its registered name and the {@link MetricOptions} it is created with. A spec
 * is small, immutable and {@link Serializable} (plain fields only: no {@code Optional}, no {@code ZoneId}), so an
 * engine can ship it to every worker and rebuild the same metric there with {@link #create(MetricRegistry)}.
 *
 * <p>Two specs are equal exactly when they name the same metric with the same options; the metric they create
 * then has the same {@link Metric#configuration()}, so its states merge and decode across workers.
 */
public final class MetricSpec implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The metric's name, as its provider registers it. */
    private final String metric;
    /** The confidence level of the metric's intervals, in (0, 1). */
    private final double confidence;
    /** The interval method, or the empty string for the metric's default. */
    private final String intervalMethod;
    /** The zone id in which days and months are cut. */
    private final String zone;
    /** The metric's settings by name, sorted so that equal specs serialise alike. */
    private final TreeMap<String, String> settings;

    private MetricSpec(String metric, double confidence, String intervalMethod, String zone,
            Map<String, String> settings) {
        this.metric = metric;
        this.confidence = confidence;
        this.intervalMethod = intervalMethod;
        this.zone = zone;
        this.settings = new TreeMap<>(settings);
    }

    /**
     * A spec of a registered metric with options.
     *
     * @param metric the registered name, e.g. {@code nps}
     * @param options the options the provider creates it with
     * @return the spec
     * @throws IllegalArgumentException if the name is blank
     */
    public static MetricSpec of(String metric, MetricOptions options) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(options, "options");
        if (metric.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        return new MetricSpec(metric, options.confidence(), options.intervalMethod().orElse(""),
                options.zone().getId(), options.settings());
    }

    /**
     * A spec of a registered metric with the default options.
     *
     * @param metric the registered name
     * @return the spec
     */
    public static MetricSpec of(String metric) {
        return of(metric, MetricOptions.defaults());
    }

    /**
     * The registered metric name.
     *
     * @return the registered metric name
     */
    public String metric() {
        return metric;
    }

    /**
     * The options, rebuilt.
     *
     * @return the options
     * @throws IllegalStateException if a deserialized spec holds an invalid zone or confidence
     */
    public MetricOptions options() {
        try {
            return new MetricOptions(confidence, intervalMethod.isEmpty() ? Optional.empty()
                    : Optional.of(intervalMethod), ZoneId.of(zone), settings);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalStateException("metric spec " + this + " is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Creates the metric.
     *
     * @param registry where the metric's provider is registered ({@link MetricRegistry#discover()} finds the
     *        built-in and ServiceLoader-registered ones)
     * @return a metric configured by this spec
     * @throws UnknownMetricException if the registry has no such metric
     * @throws IllegalArgumentException if the provider refuses an option
     */
    public Metric<?> create(MetricRegistry registry) {
        return registry.create(metric, options());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricSpec s && s.metric.equals(metric) && s.confidence == confidence
                && s.intervalMethod.equals(intervalMethod) && s.zone.equals(zone) && s.settings.equals(settings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(metric, confidence, intervalMethod, zone, settings);
    }

    /** For example {@code nps{confidence=0.95, interval=wilson, zone=UTC, window=P7D}}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(metric).append("{confidence=").append(confidence);
        if (!intervalMethod.isEmpty()) {
            b.append(", interval=").append(intervalMethod);
        }
        b.append(", zone=").append(zone);
        settings.forEach((k, v) -> b.append(", ").append(k).append('=').append(v));
        return b.append('}').toString();
    }
}
