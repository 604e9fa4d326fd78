package io.cxkit.report;

import java.util.List;
import java.util.Optional;

/**
 * NPS, CSAT and CES with their intervals, broken down by channel and touchpoint and trended by month, with the
 * headline of each main metric: its latest month against the previous one, with the metric's own two-sample
 * test.
 *
 * @param confidence the confidence level of every interval
 * @param overall every survey metric with at least one answer, over the whole input
 * @param noData the survey metrics without any answer (no figure is shown for them)
 * @param headlines NPS, CSAT and CES: overall figure and latest change
 * @param byChannel the main metrics per channel, where the channel has answers for them
 * @param byTouchpoint the main metrics per touchpoint, where it has answers for them
 * @param trend the main metrics per month with answers, with the change from the previous month with answers
 */
public record SurveyMetrics(double confidence, List<Figure> overall, List<String> noData, List<Headline> headlines,
        List<GroupFigure> byChannel, List<GroupFigure> byTouchpoint, List<TrendFigure> trend) {
    /**
     * Copies the lists.
     *
     * @param confidence the confidence level of every interval
     * @param overall every survey metric with at least one answer, over the whole input
     * @param noData the survey metrics without any answer (no figure is shown for them)
     * @param headlines NPS, CSAT and CES: overall figure and latest change
     * @param byChannel the main metrics per channel, where the channel has answers for them
     * @param byTouchpoint the main metrics per touchpoint, where it has answers for them
     * @param trend the main metrics per month with answers, with the change from the previous month with answers
     */
    public SurveyMetrics {
        overall = List.copyOf(overall);
        noData = List.copyOf(noData);
        headlines = List.copyOf(headlines);
        byChannel = List.copyOf(byChannel);
        byTouchpoint = List.copyOf(byTouchpoint);
        trend = List.copyOf(trend);
    }

    /**
     * One metric in one group of a breakdown.
     *
     * @param group the group's value, e.g. {@code web}
     * @param figure the metric in that group
     */
    public record GroupFigure(String group, Figure figure) {
    }

    /**
     * One metric in one month, with its change from the previous month that has data.
     *
     * @param month the month, {@code yyyy-MM}
     * @param figure the metric in that month
     * @param previousMonth the previous month with data
     * @param change the difference from it, in the figure's unit; NaN without one
     * @param pValue the change's two-sample test p-value; NaN without a test
     * @param significant whether p &lt; 1 − confidence
     */
    public record TrendFigure(String month, Figure figure, Optional<String> previousMonth, double change,
            double pValue, boolean significant) {
    }

    /**
     * A headline figure: the metric over the whole input, and its latest month's change.
     *
     * @param overall the metric over the whole input
     * @param latest the latest month with data, with its change from the previous month
     */
    public record Headline(Figure overall, Optional<TrendFigure> latest) {
    }
}
