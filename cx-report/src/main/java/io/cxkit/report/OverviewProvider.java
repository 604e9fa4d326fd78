package io.cxkit.report;

import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code overview} section. */
final class OverviewProvider implements SectionProvider<Overview> {
    @Override
    public String key() {
        return "overview";
    }

    @Override
    public String title() {
        return "Overview";
    }

    @Override
    public Overview compute(ReportInput input) {
        Set<CustomerId> customers = new HashSet<>();
        Map<String, Long> channels = new HashMap<>();
        Map<String, Long> touchpoints = new HashMap<>();
        long[] feedback = new long[5];
        long withFeedback = 0;
        Instant from = null;
        Instant to = null;
        for (Interaction i : input.interactions()) {
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
                feedback[kind(f)]++;
            }
        }
        long total = input.interactions().size();
        return new Overview(total, customers.size(), Optional.ofNullable(from), Optional.ofNullable(to),
                largestFirst(channels, total), largestFirst(touchpoints, total),
                new Overview.FeedbackCounts(feedback[0], feedback[1], feedback[2], feedback[3], feedback[4],
                        withFeedback), input.reads());
    }

    private static int kind(Feedback f) {
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

    private static List<Overview.Count> largestFirst(Map<String, Long> counts, long total) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Overview.Count(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total))
                .toList();
    }
}
