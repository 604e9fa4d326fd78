package io.cxkit.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The metrics known by name: explicit registrations plus those found through {@link ServiceLoader}. The CLI
 * resolves {@code --metric nps,csat,fcr} here, so a metric plugs in by registering, built-in or not.
 *
 * <p>Not thread-safe while registering; once filled, lookups may run from many threads.
 */
public final class MetricRegistry {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_\\-]{0,63}");

    private final Map<String, MetricProvider> providers = new TreeMap<>();

    private MetricRegistry() {
    }

    /**
     * An empty registry.
     *
     * @return an empty registry
     */
    public static MetricRegistry empty() {
        return new MetricRegistry();
    }

    /**
     * A registry of every {@link MetricProvider} declared on the class path or module path of
     * {@code loader} (built-in metrics included, as cx-metrics declares them the same way).
     *
     * @param loader the loader
     * @return a registry of every {@link MetricProvider} declared on the class path or module path of {@code loader}
     *         (built-in metrics included, as cx-metrics declares them the same way)
     * @throws IllegalStateException if two providers claim the same name
     * @throws java.util.ServiceConfigurationError if a declared provider cannot be loaded
     */
    public static MetricRegistry discover(ClassLoader loader) {
        MetricRegistry r = new MetricRegistry();
        for (MetricProvider p : ServiceLoader.load(MetricProvider.class, loader)) {
            r.register(p);
        }
        return r;
    }

    /**
     * {@link #discover(ClassLoader)} with this class's loader.
     *
     * @return {@link #discover(ClassLoader)} with this class's loader
     */
    public static MetricRegistry discover() {
        return discover(MetricRegistry.class.getClassLoader());
    }

    /**
     * Adds a provider.
     *
     * @param provider the provider
     * @return this registry
     * @throws IllegalArgumentException if the name is not a valid metric name
     * @throws IllegalStateException if another provider already has that name
     */
    public MetricRegistry register(MetricProvider provider) {
        Objects.requireNonNull(provider, "provider");
        String name = provider.name();
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name must match " + NAME.pattern() + ", was '" + name
                    + "' (" + provider.getClass().getName() + ")");
        }
        MetricProvider old = providers.get(name);
        if (old != null && !old.getClass().equals(provider.getClass())) {
            throw new IllegalStateException("metric '" + name + "' is provided twice: by "
                    + old.getClass().getName() + " and " + provider.getClass().getName());
        }
        providers.put(name, provider);
        return this;
    }

    /**
     * Adds one fixed metric, which ignores the {@link MetricOptions} it is created with.
     *
     * @param metric the metric
     * @param description the templated, factual description
     * @return this registry
     * @throws IllegalArgumentException if the name is not a valid metric name
     * @throws IllegalStateException if another provider already has that name
     */
    public MetricRegistry register(Metric<?> metric, String description) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(description, "description");
        return register(new MetricProvider() {
            @Override
            public String name() {
                return metric.name();
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public Metric<?> create(MetricOptions options) {
                return metric;
            }
        });
    }

    /**
     * The registered names, sorted.
     *
     * @return the registered names, sorted
     */
    public List<String> names() {
        return List.copyOf(providers.keySet());
    }

    /**
     * The registered providers, sorted by name.
     *
     * @return the registered providers, sorted by name
     */
    public List<MetricProvider> providers() {
        return Collections.unmodifiableList(new ArrayList<>(providers.values()));
    }

    /**
     * True if a metric of this name is registered.
     *
     * @param name the name
     * @return true if a metric of this name is registered
     */
    public boolean contains(String name) {
        return providers.containsKey(name);
    }

    /**
     * The provider of the named metric.
     *
     * @param name the name
     * @return the provider of the named metric
     * @throws UnknownMetricException naming the metric and listing every known name
     */
    public MetricProvider provider(String name) {
        MetricProvider p = providers.get(name);
        if (p == null) {
            throw new UnknownMetricException(name, names());
        }
        return p;
    }

    /**
     * The named metric configured by {@code options}.
     *
     * @param name the name
     * @param options the metric's options
     * @return the named metric configured by {@code options}
     * @throws UnknownMetricException naming the metric and listing every known name
     * @throws IllegalArgumentException if the provider rejects an option
     */
    public Metric<?> create(String name, MetricOptions options) {
        return provider(name).create(options);
    }
}
