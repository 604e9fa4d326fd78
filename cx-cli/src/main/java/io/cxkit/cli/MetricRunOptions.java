package io.cxkit.cli;

import io.cxkit.metrics.MetricOptions;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command that computes registered metrics over interactions shares ({@code cx metrics},
 * {@code cx compare}): the input file, the zone, the confidence level, the interval method and the output
 * format. A picocli mixin, so that each option is declared, described and parsed once.
 */
final class MetricRunOptions {
    @Option(names = "--input", paramLabel = "FILE",
            description = "Interaction file: .jsonl, .ndjson, .json or .csv, optionally .gz. Default: the embedded"
                    + " sample.")
    Path input;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "Time zone in which dates are read and days, weeks and months are cut "
                    + "(default: ${DEFAULT-VALUE}).")
    String zone;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Two-sided confidence level of intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--ci", paramLabel = "METHOD",
            description = "Interval method: wald, adjusted-wald or score (shares: Wald, Agresti-Coull, Wilson). "
                    + "Default: each metric's own (adjusted-wald).")
    String ci;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    String format;

    /** The input file, or empty for the embedded sample. */
    Optional<Path> input() {
        return Optional.ofNullable(input);
    }

    /** The confidence level given. */
    double confidence() {
        return confidence;
    }

    /**
     * The output format.
     *
     * @throws UsageException if it is not text, json or csv
     */
    OutputFormat output() {
        return MetricSelection.format(format);
    }

    /**
     * The zone.
     *
     * @throws UsageException if it is not a zone id
     */
    ZoneId zone() {
        return MetricSelection.zone(zone);
    }

    /**
     * The options the metrics are created with, in {@code zone}.
     *
     * @throws UsageException if the confidence is not in (0, 1) or the interval method is unknown
     */
    MetricOptions metricOptions(ZoneId z) {
        return MetricSelection.options(confidence, ci, z);
    }
}
