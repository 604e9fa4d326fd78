package io.cxkit.report;

import io.cxkit.core.Interaction;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.funnel.Funnel;
import io.cxkit.journey.funnel.FunnelResult;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code funnel} section: an ordered funnel over touchpoint ids, one case per customer. Without steps named
 * by the caller it uses the default steps only when every one of them occurs in the input, so an export with
 * other touchpoints gets a reason rather than a funnel of zeros.
 */
final class FunnelProvider implements SectionProvider<FunnelSection> {
    private final List<String> defaultSteps;
    private final Optional<List<String>> steps;
    private final Duration window;

    FunnelProvider(List<String> defaultSteps, Optional<List<String>> steps, Duration window) {
        this.defaultSteps = List.copyOf(defaultSteps);
        this.steps = steps.map(List::copyOf);
        this.window = window;
    }

    @Override
    public String key() {
        return "funnel";
    }

    @Override
    public String title() {
        return "Funnel";
    }

    @Override
    public FunnelSection compute(ReportInput input) {
        Set<String> present = new HashSet<>();
        for (Interaction i : input.interactions()) {
            present.add(i.touchpoint().id());
        }
        List<String> chosen = steps.orElse(defaultSteps);
        List<String> missing = chosen.stream().filter(s -> !present.contains(s)).toList();
        if (steps.isEmpty() && !missing.isEmpty()) {
            throw new SectionUnavailableException("the default funnel steps " + String.join(" > ", defaultSteps)
                    + " are not all touchpoints of the input (missing: " + String.join(", ", missing)
                    + "); name the steps (CxReport.Builder.funnelSteps, cx report --funnel-steps)");
        }
        if (!present.contains(chosen.get(0))) {
            throw new SectionUnavailableException("no interaction is at the funnel's first step '" + chosen.get(0)
                    + "'");
        }
        FunnelResult r = Funnel.builder(chosen).window(window).build()
                .run(EventLog.ofInteractions(input.interactions(), i -> i.customerId().value(),
                        i -> i.touchpoint().id()));
        return new FunnelSection(window.toDays(), r.steps());
    }
}
