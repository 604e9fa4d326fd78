package io.cxkit.cli.journey;

import io.cxkit.cli.ReportSection;
import io.cxkit.core.Interaction;
import io.cxkit.journey.Journey;
import io.cxkit.journey.JourneyCutter;
import io.cxkit.journey.scoring.AtRiskDetector;
import io.cxkit.journey.scoring.AtRiskReport;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.PainPoint;
import io.cxkit.journey.scoring.PainPointReport;
import io.cxkit.journey.scoring.PainPoints;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code experience} section of {@code cx report}: the mean journey experience score, the top pain points
 * (by detractor lift, touchpoints and transitions with at least {@value #MIN_JOURNEYS} journeys) and the
 * at-risk count, all with the library defaults, journeys cut by journey id. Score and pain points use the
 * journeys with an explicit journey id; the at-risk rules see every interaction (a survey answer outside any
 * journey still counts). JSON: {@code {"journeys":N,
 * "mean_experience_score":x|null,"top_pain_points":[...as cx journeys pain-points...],"customers":N,
 * "at_risk":N}}.
 */
public final class ExperienceReportSection implements ReportSection {
    /** How many pain points the report lists. */
    public static final int TOP_PAIN_POINTS = 5;
    /** The fewest journeys through a touchpoint or transition for it to be listed. */
    public static final int MIN_JOURNEYS = 10;

    private record Computed(PainPointReport painPoints, List<PainPoint> top, AtRiskReport atRisk, double mean) {
    }

    @Override
    public String key() {
        return "experience";
    }

    @Override
    public String title() {
        return "Journey experience";
    }

    @Override
    public Object compute(List<Interaction> interactions) {
        List<Journey> all = JourneyCutter.byJourneyId().cut(interactions);
        List<Journey> journeys = PainPointsCommand.explicit(all);
        ExperienceScorer scorer = ExperienceScorer.withDefaults();
        double sum = 0;
        for (Journey j : journeys) {
            sum += scorer.score(j).score();
        }
        double mean = journeys.isEmpty() ? Double.NaN : sum / journeys.size();
        PainPointReport pain = PainPoints.withDefaults().minJourneys(MIN_JOURNEYS).analyze(journeys);
        List<PainPoint> top = pain.painPoints().subList(0, Math.min(TOP_PAIN_POINTS, pain.painPoints().size()));
        AtRiskReport risk = AtRiskDetector.withDefaults().detect(all);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("journeys", journeys.size());
        root.put("mean_experience_score", mean);
        root.put("top_pain_points", PainPointsCommand.json(pain, top).get("pain_points"));
        root.put("customers", risk.customers());
        root.put("at_risk", risk.alerts().size());
        return new Section(root, new Computed(pain, top, risk, mean));
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
        out.println(String.format(Locale.ROOT, "Mean experience score %s of 100 over %d journeys; %d of %d "
                + "customers at risk", Format.number(c.mean()), c.painPoints().journeys(), c.atRisk().alerts().size(),
                c.atRisk().customers()));
        out.println();
        PainPointsCommand.text(out, "the report input", c.painPoints(), c.top());
    }
}
