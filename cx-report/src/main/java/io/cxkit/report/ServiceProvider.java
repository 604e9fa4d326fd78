package io.cxkit.report;

import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import java.util.List;
import java.util.Map;

/** The {@code service} section: first contact resolution, response, handle and resolution times, churn. */
final class ServiceProvider implements SectionProvider<ServiceMetrics> {
    static final List<String> SERVICE = List.of("fcr", "frt", "aht", "resolution", "churn");

    @Override
    public String key() {
        return "service";
    }

    @Override
    public String title() {
        return "Service metrics";
    }

    @Override
    public ServiceMetrics compute(ReportInput input) {
        MetricOptions options = MetricOptions.defaults().withConfidence(input.confidence()).withZone(input.zone());
        List<Metric<?>> service = SurveyProvider.create(MetricRegistry.discover(), SERVICE, options);
        if (service.isEmpty()) {
            throw new SectionUnavailableException("no service metric is registered");
        }
        Map<String, Estimate> estimates = SurveyProvider.overall(service, input.interactions());
        if (estimates.values().stream().allMatch(e -> e.n() == 0)) {
            throw new SectionUnavailableException("no interaction has what the service metrics need (contacts "
                    + "with durations, resolutions or response times)");
        }
        return new ServiceMetrics(estimates.values().stream().filter(e -> e.n() > 0)
                .map(e -> Figure.of(e, input.confidence())).toList());
    }
}
