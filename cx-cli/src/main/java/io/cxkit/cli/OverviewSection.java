package io.cxkit.cli;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first section of {@code cx report}: what the input holds and how it was read. Key {@code overview}.
 *
 * <p>JSON fields: {@code interactions}, {@code customers} (distinct customer ids), {@code date_range}
 * ({@code {"from":ISO instant,"to":ISO instant}}, or {@code null} with no interactions), {@code by_channel}
 * and {@code by_touchpoint} (counts keyed by name, largest first, ties by name; touchpoints are keyed by their
 * id across channels), {@code feedback} (answers by kind: {@code nps}, {@code csat}, {@code ces},
 * {@code rating}, {@code comment}, plus {@code interactions_with_feedback}) and {@code read} (one object per
 * source: {@code source}, {@code read}, {@code accepted}, {@code rejected}, {@code unknown_fields} and
 * {@code first_rejections}, up to {@value #SHOWN_REJECTIONS} of {@code {"line","field","value","reason"}}).
 */
public final class OverviewSection implements ReportSection {
    /** Rejections shown per source; {@code cx validate} lists them all. */
    static final int SHOWN_REJECTIONS = 5;

    @Override
    public String key() {
        return "overview";
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public Object compute(List<Interaction> interactions) {
        return compute(interactions, List.of());
    }

    @Override
    public Object compute(List<Interaction> interactions, List<ReadReport> reads) {
        Set<CustomerId> customers = new HashSet<>();
        Map<String, Long> channels = new HashMap<>();
        Map<String, Long> touchpoints = new HashMap<>();
        long[] feedback = new long[5];
        long withFeedback = 0;
        Instant from = null;
        Instant to = null;
        for (Interaction i : interactions) {
            customers.add(i.customerId());
            channels.merge(i.channel().name(), 1L, Long::sum);
            touchpoints.merge(i.touchpoint().id(), 1L, Long::sum);
            if (from == null || i.timestamp().isBefore(from)) {
                from = i.timestamp();
            }
            if (to == null || i.timestamp().isAfter(to)) {
                to = i.timestamp();
            }
            withFeedback += i.feedback().isEmpty() ? 0 : 1;
            for (Feedback f : i.feedback()) {
                feedback[kindIndex(f)]++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("interactions", interactions.size());
        out.put("customers", customers.size());
        if (from == null) {
            out.put("date_range", null);
        } else {
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("from", from.toString());
            range.put("to", to.toString());
            out.put("date_range", range);
        }
        out.put("by_channel", largestFirst(channels));
        out.put("by_touchpoint", largestFirst(touchpoints));
        Map<String, Object> fb = new LinkedHashMap<>();
        fb.put("nps", feedback[0]);
        fb.put("csat", feedback[1]);
        fb.put("ces", feedback[2]);
        fb.put("rating", feedback[3]);
        fb.put("comment", feedback[4]);
        fb.put("interactions_with_feedback", withFeedback);
        out.put("feedback", fb);
        List<Object> readList = new ArrayList<>();
        for (ReadReport r : reads) {
            readList.add(readReport(r));
        }
        out.put("read", readList);
        return out;
    }

    private static int kindIndex(Feedback f) {
        if (f instanceof Feedback.Nps) {
            return 0;
        } else if (f instanceof Feedback.Csat) {
            return 1;
        } else if (f instanceof Feedback.Ces) {
            return 2;
        } else if (f instanceof Feedback.Rating) {
            return 3;
        }
        return 4;
    }

    private static Map<String, Object> readReport(ReadReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", r.source());
        m.put("read", r.read());
        m.put("accepted", r.accepted());
        m.put("rejected", r.rejected());
        m.put("unknown_fields", r.unknownFields());
        List<Object> rejections = new ArrayList<>();
        for (Rejection x : r.firstRejections()) {
            if (rejections.size() == SHOWN_REJECTIONS) {
                break;
            }
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("line", x.line());
            j.put("field", x.field());
            j.put("value", x.value());
            j.put("reason", x.reason());
            rejections.add(j);
        }
        m.put("first_rejections", rejections);
        return m;
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void printText(Object computed, PrintWriter out) {
        Map<String, Object> m = (Map<String, Object>) computed;
        long total = ((Number) m.get("interactions")).longValue();
        out.printf(Locale.ROOT, "Interactions  %,d%n", total);
        out.printf(Locale.ROOT, "Customers     %,d%n", ((Number) m.get("customers")).longValue());
        Map<String, Object> range = (Map<String, Object>) m.get("date_range");
        out.println("Date range    " + (range == null ? "(none)" : range.get("from") + " .. " + range.get("to")));
        out.println();
        printCounts(out, "By channel", (Map<String, Long>) m.get("by_channel"), total);
        printCounts(out, "By touchpoint", (Map<String, Long>) m.get("by_touchpoint"), total);
        out.println("Feedback");
        ((Map<String, Object>) m.get("feedback")).forEach((k, v) ->
                out.printf(Locale.ROOT, "  %-28s %,10d%n", k, ((Number) v).longValue()));
        out.println();
        out.println("Read");
        for (Object o : (List<Object>) m.get("read")) {
            Map<String, Object> r = (Map<String, Object>) o;
            out.printf(Locale.ROOT, "  %s: read %,d, accepted %,d, rejected %,d, unknown fields %,d%n",
                    r.get("source"), r.get("read"), r.get("accepted"), r.get("rejected"), r.get("unknown_fields"));
            for (Object x : (List<Object>) r.get("first_rejections")) {
                Map<String, Object> j = (Map<String, Object>) x;
                out.printf(Locale.ROOT, "    line %s, field %s: %s%n", j.get("line"), j.get("field"),
                        j.get("reason"));
            }
        }
    }

    private static void printCounts(PrintWriter out, String heading, Map<String, Long> counts, long total) {
        out.println(heading);
        counts.forEach((k, v) -> out.printf(Locale.ROOT, "  %-28s %,10d %6.1f%%%n", k, v,
                total == 0 ? 0.0 : 100.0 * v / total));
        out.println();
    }
}
