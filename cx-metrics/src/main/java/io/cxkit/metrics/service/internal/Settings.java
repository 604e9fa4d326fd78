package io.cxkit.metrics.service.internal;

import io.cxkit.core.Outcome;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.service.BusinessCalendar;
import io.cxkit.metrics.service.ContactKinds;
import io.cxkit.metrics.service.ContactScope;
import io.cxkit.metrics.service.IssueKey;
import io.cxkit.metrics.service.QuantileEstimator;
import io.cxkit.metrics.survey.ProportionInterval;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Reads the named settings of the service and retention metrics from {@link MetricOptions}. */
public final class Settings {
    /** Shared: business hours, e.g. {@code MON-FRI 09:00-17:00}, in the options' zone. */
    public static final String BUSINESS_HOURS = "business-hours";
    /** Shared: comma-separated ISO dates closed although working days. */
    public static final String HOLIDAYS = "holidays";
    /** Shared: the Hyndman–Fan quantile type, 1..9. */
    public static final String QUANTILE_TYPE = "quantile-type";

    /** Shared: the kinds that are not contacts, for every service metric ({@link ContactKinds}). */
    public static final String EXCLUDE_KINDS = "exclude-kinds";

    private final MetricOptions options;

    /** Settings read from these options. */
    public Settings(MetricOptions options) {
        this.options = options;
    }

    /** The options. */
    public MetricOptions options() {
        return options;
    }

    /** The share interval method of the options ({@code --ci}: wald, adjusted-wald, score, ...), or Agresti–Coull. */
    public ProportionInterval shareInterval() {
        return options.intervalMethod().map(v -> wrap("interval method", () -> ProportionInterval.parse(v)))
                .orElse(ProportionInterval.AGRESTI_COULL);
    }

    /** The issue key of setting {@code name}, or the default. */
    public IssueKey issueKey(String name, IssueKey fallback) {
        return options.setting(name).map(v -> wrap(name, () -> IssueKey.parse(v))).orElse(fallback);
    }

    /** The contact scope of setting {@code name} (a channel list), or the default. */
    public ContactScope scope(String name, ContactScope fallback) {
        return options.setting(name).map(v -> wrap(name, () -> ContactScope.parse(v))).orElse(fallback);
    }

    /** The outcomes of setting {@code name} (comma-separated), or the default. */
    public Set<Outcome> outcomes(String name, Set<Outcome> fallback) {
        return options.setting(name).map(v -> wrap(name, () -> {
            Set<Outcome> out = new LinkedHashSet<>();
            for (String s : v.split(",")) {
                out.add(Outcome.of(s));
            }
            return Set.copyOf(out);
        })).orElse(fallback);
    }

    /** A window of whole days ({@code 7}) or an ISO-8601 duration ({@code P7D}, {@code PT36H}), or the default. */
    public Duration window(String name, Duration fallback) {
        return options.setting(name).map(v -> wrap(name, () -> {
            String s = v.strip();
            if (s.chars().allMatch(Character::isDigit) && !s.isEmpty() && s.length() < 6) {
                return Duration.ofDays(Long.parseLong(s));
            }
            try {
                return Duration.parse(s);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("must be a number of days or an ISO-8601 duration like P7D, was '"
                        + v + "'", e);
            }
        })).orElse(fallback);
    }

    /** The quantile estimator of {@link #QUANTILE_TYPE}, or type 7. */
    public QuantileEstimator estimator() {
        return options.setting(QUANTILE_TYPE).map(v -> wrap(QUANTILE_TYPE, () -> {
            try {
                return QuantileEstimator.ofType(Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number within 1..9, was '" + v + "'", e);
            }
        })).orElse(QuantileEstimator.defaultEstimator());
    }

    /** The business calendar of {@link #BUSINESS_HOURS} and {@link #HOLIDAYS} in the options' zone, if set. */
    public Optional<BusinessCalendar> calendar() {
        Optional<String> hours = options.setting(BUSINESS_HOURS);
        if (hours.isEmpty()) {
            if (options.setting(HOLIDAYS).isPresent()) {
                throw new IllegalArgumentException("setting " + HOLIDAYS + " needs " + BUSINESS_HOURS + " too");
            }
            return Optional.empty();
        }
        Set<LocalDate> holidays = options.setting(HOLIDAYS).map(v -> wrap(HOLIDAYS, () -> {
            Set<LocalDate> out = new LinkedHashSet<>();
            for (String s : v.split(",")) {
                if (!s.isBlank()) {
                    try {
                        out.add(LocalDate.parse(s.strip()));
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("holidays must be ISO dates like 2026-12-25, was '"
                                + s.strip() + "'", e);
                    }
                }
            }
            return out;
        })).orElse(Set.of());
        return Optional.of(wrap(BUSINESS_HOURS, () -> BusinessCalendar.parse(hours.get(), options.zone(), holidays)));
    }

    /** Outcomes as a configuration value, the same text in every JVM: names sorted, comma-separated. */
    public static String describe(Set<Outcome> outcomes) {
        return String.join(",", outcomes.stream().map(Outcome::name).sorted().toList());
    }

    /** A confidence level as a configuration value. */
    public static String describe(double confidence) {
        return Double.toString(confidence);
    }

    /**
     * The contact-kind rule of setting {@code name}, else of the shared {@link #EXCLUDE_KINDS}, else the
     * default ({@code survey,review,transfer} are not contacts).
     */
    public ContactKinds contactKinds(String name) {
        Optional<String> own = options.setting(name);
        String used = own.isPresent() ? name : EXCLUDE_KINDS;
        return options.setting(used).map(v -> wrap(used, () -> ContactKinds.parse(v))).orElse(ContactKinds.defaults());
    }

    /**
     * Checks that the options' interval method, if any, is one the metric offers.
     *
     * @throws IllegalArgumentException naming the method and listing the metric's own
     */
    public static void requireIntervalMethod(MetricOptions options, String metric, Set<String> offered) {
        options.intervalMethod().ifPresent(m -> {
            if (!offered.contains(m.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("interval method '" + m + "' is not offered by " + metric
                        + "; it offers " + String.join(", ", new java.util.TreeSet<>(offered)));
            }
        });
    }

    /** Runs a parse, prefixing any error with the setting's name. */
    public static <T> T wrap(String setting, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting " + setting + ": " + e.getMessage(), e);
        }
    }
}
