package io.cxkit.cli;

import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricProvider;
import io.cxkit.metrics.MetricRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** How the input is read, and --zone: the zone of local timestamps and of days, weeks and months. */
    @picocli.CommandLine.Mixin
    SourceOptions source = new SourceOptions();

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Two-sided confidence level of intervals (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--ci", paramLabel = "METHOD",
            description = "Interval method, applied to the metrics that offer it: nps wald, adjusted-wald or score; "
                    + "shares (csat, ces_agree, fcr, churn) wald, agresti-coull (adjusted-wald) or wilson (score); "
                    + "means (ces, csat_mean, aht) t; frt and resolution order-statistic. A method no requested "
                    + "metric offers is refused. Default: each metric's own.")
    String ci;

    @Option(names = "--set", paramLabel = "NAME=VALUE",
            description = "A named metric setting, repeatable: e.g. fcr.window=14, fcr.key=journey_id, "
                    + "'business-hours=MON-FRI 09:00-17:00', holidays=2026-12-25, quantile-type=6. A name with a dot "
                    + "starts with its metric's name; business-hours, holidays and quantile-type apply to frt and "
                    + "resolution. An unknown name is refused. See the README's 'Settings by name'.")
    Map<String, String> settings = new LinkedHashMap<>();

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
        return source.zone().orElse(ZoneId.of("UTC"));
    }

    /**
     * The options the metrics are created with, in {@code zone}.
     *
     * @throws UsageException if the confidence is not in (0, 1) or the interval method is unknown
     */
    MetricOptions metricOptions(ZoneId z) {
        MetricOptions options = MetricSelection.options(confidence, ci, z);
        MetricRegistry registry = MetricRegistry.discover();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            options = options.withSetting(settingName(registry, e.getKey()), e.getValue().strip());
        }
        return options;
    }

    /**
     * Checks a {@code --set} name, so that a typo fails instead of being silently ignored by every metric: the
     * name must be one a registered metric declares ({@link io.cxkit.metrics.MetricProvider#settings()}), or
     * {@code METRIC.something} for a registered metric that declares none.
     *
     * @throws UsageException naming the setting and listing the known ones
     */
    static String settingName(MetricRegistry registry, String raw) {
        String name = raw.strip().toLowerCase(Locale.ROOT);
        Set<String> known = new TreeSet<>();
        for (MetricProvider p : registry.providers()) {
            Optional<Set<String>> declared = p.settings();
            if (declared.isPresent()) {
                known.addAll(declared.get());
            } else if (name.startsWith(p.name() + ".") && name.length() > p.name().length() + 1) {
                return name;
            }
        }
        if (!known.contains(name)) {
            throw new UsageException("--set: unknown setting '" + raw + "'; the metrics read " + known);
        }
        return name;
    }
}
