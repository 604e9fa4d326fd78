package io.cxkit.cli;

import io.cxkit.metrics.Accumulator;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.breakdown.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which requested metrics a breakdown could compute: groups keep only the metrics with at least one observation
 * (n &gt; 0), and a metric with no observation in any group is reported once, with what it needs from the data
 * and how to provide it, instead of as blank rows.
 */
final class MetricCoverage {
    private MetricCoverage() {
    }

    /** The groups with their n-0 estimates left out, and groups left with none dropped. */
    static List<Group> applicable(List<Group> groups) {
        List<Group> out = new ArrayList<>();
        for (Group g : groups) {
            Map<String, Estimate> kept = new LinkedHashMap<>();
            g.estimates().forEach((name, e) -> {
                if (e.n() > 0) {
                    kept.put(name, e);
                }
            });
            if (!kept.isEmpty()) {
                out.add(new Group(g.key(), kept));
            }
        }
        return out;
    }

    /** The requested metrics that have no observation in any group, in the order requested. */
    static List<String> withoutData(List<String> requested, List<Group> groups) {
        Set<String> seen = new LinkedHashSet<>();
        for (Group g : groups) {
            g.estimates().forEach((name, e) -> {
                if (e.n() > 0) {
                    seen.add(name);
                }
            });
        }
        List<String> out = new ArrayList<>();
        for (String m : requested) {
            if (!seen.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Why {@code metric} found nothing to measure: the metric's own {@link Accumulator#emptyReason()} from any of
     * the breakdown's groups when it gives one (it knows its settings and what it saw), otherwise what the
     * metric needs from the data, from {@link #needs}.
     */
    static String why(String metric, Breakdown breakdown, MetricOptions options) {
        for (Map<String, Accumulator<?>> group : breakdown.states().values()) {
            Accumulator<?> a = group.get(metric);
            if (a != null) {
                Optional<String> reason = a.emptyReason();
                if (reason.isPresent()) {
                    return metric + ": " + reason.get() + spelling(metric, options);
                }
            }
        }
        return needs(metric, options);
    }

    /** For an issue key that is an attribute, how the attribute is spelt in each file format. */
    private static String spelling(String metric, MetricOptions options) {
        if (!metric.equals("fcr") && !metric.equals("resolution")) {
            return "";
        }
        String key = options.setting(metric + ".key").orElse("attr.issue");
        return key.startsWith("attr.") ? "; the attribute '" + key.substring(5) + "' is the column " + key
                + " in CSV and attributes." + key.substring(5) + " in JSON Lines" : "";
    }

    /** Why {@code metric} found nothing to measure, and how to give it what it needs. */
    static String needs(String metric, MetricOptions options) {
        return switch (metric) {
            case "nps" -> "nps needs NPS answers (field nps, 0..10)";
            case "csat", "csat_mean" -> metric + " needs CSAT answers (fields csat and csat_scale)";
            case "ces", "ces_agree" -> metric + " needs CES answers (field ces, 1..7)";
            case "fcr", "resolution" -> {
                String key = options.setting(metric + ".key").orElse("attr.issue");
                yield metric + " groups contacts by the issue key " + key
                        + (key.startsWith("attr.") ? " (attribute '" + key.substring(5) + "': column " + key
                                + " in CSV, attributes." + key.substring(5) + " in JSON Lines)" : "")
                        + " and no " + (metric.equals("fcr") ? "assisted inbound contact" : "contact")
                        + " had it; add it to the export, or name another key with --set " + metric
                        + ".key=journey_id (or touchpoint, kind, touchpoint+kind, channel, attr.NAME)";
            }
            case "frt" -> "frt needs inbound customer messages followed by an agent's reply in one conversation (key "
                    + options.setting("frt.key").orElse("journey_id") + ", set with --set frt.key=...) on the "
                    + "channels of frt.channels";
            case "aht" -> "aht needs handled contacts with a duration (field duration_seconds) on the channels of "
                    + "aht.channels";
            case "churn" -> "churn needs customers active at the start of a period (their interactions' "
                    + "timestamps) and the period that follows";
            default -> metric + " found no interaction it measures";
        };
    }
}
