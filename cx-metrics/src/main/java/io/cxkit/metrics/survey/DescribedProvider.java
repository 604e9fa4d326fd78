package io.cxkit.metrics.survey;

import java.util.Optional;
import java.util.Set;

import io.cxkit.metrics.MetricProvider;

/**
 * The part of a survey metric's {@link MetricProvider} that is only data: its name and one-line description.
 * Each metric's public {@code Provider} (found by {@link java.util.ServiceLoader}) extends it and adds
 * {@link #create}.
 */
abstract class DescribedProvider implements MetricProvider {
    private final String name;
    private final String description;

    private final Set<String> settings;

    DescribedProvider(String name, String description, String... settings) {
        this.name = name;
        this.description = description;
        this.settings = Set.of(settings);
    }

    @Override
    public final Optional<Set<String>> settings() {
        return Optional.of(settings);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }
}
