package io.cxkit.cli.journey;

import io.cxkit.cli.ReportSection;
import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.journey.EventLog;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.funnel.Funnel;
import io.cxkit.journey.funnel.FunnelResult;
import io.cxkit.journey.map.Variants;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code journeys} section of {@code cx report}: the top variants of the journeys (cut by journey id) and
 * the purchase funnel ({@link SampleSchema#PURCHASE_FUNNEL}, ordered, 14-day window, one case per customer).
 * JSON: {@code {"journeys":N,"events":N,"variant_count":N,"top_variants":[{"activities","count","share"}],
 * "funnel":{"window_days":14,"steps":[...as cx journeys funnel...]}}}.
 */
public final class JourneysReportSection implements ReportSection {
    /** How many variants the report lists. */
    public static final int TOP_VARIANTS = 5;
    /** The purchase funnel's conversion window. */
    public static final Duration FUNNEL_WINDOW = Duration.ofDays(14);

    /** The computed section, kept for text printing. */
    private record Computed(Variants variants, FunnelResult funnel) {
    }

    @Override
    public String key() {
        return "journeys";
    }

    @Override
    public String title() {
        return "Journeys";
    }

    @Override
    public Object compute(List<Interaction> interactions) {
        List<Journey> journeys = JourneyCutter.byJourneyId().cut(interactions);
        Variants v = Variants.of(EventLog.ofJourneys(journeys, i -> i.touchpoint().id()));
        FunnelResult f = Funnel.builder(SampleSchema.PURCHASE_FUNNEL).window(FUNNEL_WINDOW).build()
                .run(EventLog.ofInteractions(interactions, i -> i.customerId().value(), i -> i.touchpoint().id()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("journeys", v.cases());
        root.put("events", v.events());
        root.put("variant_count", v.variantCount());
        root.put("top_variants", VariantsCommand.json(v, v.top(TOP_VARIANTS)).get("variants"));
        Map<String, Object> funnel = new LinkedHashMap<>();
        funnel.put("window_days", FUNNEL_WINDOW.toDays());
        funnel.putAll(FunnelCommand.json(f, false));
        root.put("funnel", funnel);
        return new Section(root, new Computed(v, f));
    }

    /** The JSON tree of the section, with what text printing needs. */
    public static final class Section extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
        private final transient Computed computed;

        private Section(Map<String, Object> tree, Computed computed) {
            super(tree);
            this.computed = computed;
        }
    }

    @Override
    public void printText(Object computed, PrintWriter out) {
        Computed c = ((Section) computed).computed;
        VariantsCommand.text(out, "Top variants", c.variants(), c.variants().top(TOP_VARIANTS));
        out.println();
        out.println("Purchase funnel (per customer, " + FUNNEL_WINDOW.toDays() + "-day window):");
        FunnelCommand.text(out, "", c.funnel(), false);
    }
}
