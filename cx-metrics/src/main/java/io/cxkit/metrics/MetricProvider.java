package io.cxkit.metrics;

import java.util.Optional;
import java.util.Set;

/**
 * Makes one named metric from {@link MetricOptions}: the service interface through which built-in and users'
 * own metrics are found. Declare an implementation (public, with a public no-argument constructor) in
 * {@code META-INF/services/io.cxkit.metrics.MetricProvider} (and with {@code provides} in a module
 * descriptor) and {@link MetricRegistry#discover(ClassLoader)} finds it; or hand it to
 * {@link MetricRegistry#register(MetricProvider)}.
 */
public interface MetricProvider {

    /**
     * The metric's name as used on the command line and in JSON: lower case, letters, digits, {@code _} and
     * {@code -}, e.g. {@code nps}.
     *
     * @return the metric's name as used on the command line and in JSON: lower case, letters, digits, {@code _} and
     *         {@code -}, e.g. {@code nps}
     */
    String name();

    /**
     * One line saying what the metric measures, for help texts and error messages.
     *
     * @return one line saying what the metric measures, for help texts and error messages
     */
    String description();

    /**
     * A metric configured by the options; options it does not use are ignored.
     *
     * @param options the metric's options
     * @return a metric configured by the options; options it does not use are ignored
     * @throws IllegalArgumentException if an option's value is not valid for this metric (for example an
     *         interval method it does not offer); the message names the option and what is allowed
     */
    Metric<?> create(MetricOptions options);

    /**
     * The names of the settings this metric reads from {@link MetricOptions#settings()}, so that a front end
     * can refuse a misspelt one instead of letting every metric ignore it. Empty (the default) when the
     * provider does not declare them; then a front end should let through any setting named
     * {@code NAME.something} after this metric.
     *
     * @return the names of the settings this metric reads from {@link MetricOptions#settings()}, so that a front end
     *         can refuse a misspelt one instead of letting every metric ignore it
     */
    default Optional<Set<String>> settings() {
        return Optional.empty();
    }

    /**
     * The interval methods {@link #create} accepts in {@link MetricOptions#intervalMethod()}, by the names a
     * user types ({@code wilson}, {@code agresti-coull}, {@code t}, ...), so that a front end can accept each
     * metric's own methods and list them when refusing one. Empty (the default) when the provider does not
     * declare them or the metric has no interval.
     *
     * @return the interval methods {@link #create} accepts in {@link MetricOptions#intervalMethod()}, by the names a
     *         user types ({@code wilson}, {@code agresti-coull}, {@code t}, ...), so that a front end can accept each
     *         metric's own methods and list them when refusing one
     */
    default Set<String> intervalMethods() {
        return Set.of();
    }
}
