package io.cxkit.report;

import io.cxkit.journey.scoring.AtRiskReport;

/** The {@code at_risk} section: customers at risk under the default rules, over every journey. */
final class AtRiskProvider implements SectionProvider<AtRisk> {
    private final int top;
    private final Scoring scoring;

    AtRiskProvider(int top, Scoring scoring) {
        this.top = top;
        this.scoring = scoring;
    }

    @Override
    public String key() {
        return "at_risk";
    }

    @Override
    public String title() {
        return "Customers at risk";
    }

    @Override
    public AtRisk compute(ReportInput input) {
        if (input.interactions().isEmpty()) {
            throw new SectionUnavailableException("no interactions");
        }
        AtRiskReport r = CommentSentiment.atRisk(scoring.settings(input)).detect(input.journeys());
        return new AtRisk(r.asOf(), r.customers(), r.alerts().size(),
                r.alerts().subList(0, Math.min(top, r.alerts().size())));
    }
}
