package io.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.report.html.CompassPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CxReportTest {
    static List<Interaction> sample;
    static Report report;

    @BeforeAll
    static void compute() {
        // The CLI's embedded sample. (With 200 customers, seed 7, the BG/NBD likelihood of the sample has no interior
        // maximum, a and b run to infinity, and the CLV section rightly says so instead of showing figures.)
        sample = SampleGenerator.builder().customers(400).seed(2025).build().generateList();
        report = CxReport.withDefaults().compute(sample, List.of());
    }

    @Test
    void everyBuiltInSectionIsComputedInOrderOnTheSample() {
        assertThat(report.sections().keySet()).containsExactly("overview", "survey", "service", "journeys", "funnel",
                "experience", "at_risk", "attribution", "clv", "voice_of_customer", "segments", "drivers", "change");
        report.sections().values().forEach(s -> assertThat(s.skipped()).as(s.key()).isEmpty());
        assertThat(report.content(Overview.class).orElseThrow().interactions()).isEqualTo(sample.size());
    }

    @Test
    void npsIsInPointsAndItsIntervalContainsIt() {
        Figure nps = report.content(SurveyMetrics.class).orElseThrow().overall().stream()
                .filter(f -> f.metric().equals("nps")).findFirst().orElseThrow();
        assertThat(nps.unit()).isEqualTo("points");
        assertThat(nps.value()).isBetween(-100.0, 100.0);
        assertThat(Math.abs(nps.value())).isGreaterThan(1.0);
        assertThat(nps.lower()).isLessThan(nps.value());
        assertThat(nps.upper()).isGreaterThan(nps.value());
    }

    @Test
    void aFunnelWhoseDefaultStepsAreMissingSaysWhyInsteadOfShowingZeros() {
        List<Interaction> other = sample.stream()
                .map(i -> i.toBuilder().touchpoint(new io.cxkit.core.Touchpoint("kiosk_" + i.touchpoint()
                        .id(), i.channel(), i.touchpoint().stage())).build()).toList();
        Report r = CxReport.withDefaults().compute(other, List.of());
        assertThat(r.sections().get("funnel").skipped()).hasValueSatisfying(reason ->
                assertThat(reason).contains("missing").contains("--funnel-steps"));
        assertThat(r.sections().get("survey").skipped()).isEmpty();
    }

    @Test
    void theTrackingPlotAccountsForEveryRepeatTransaction() {
        ClvSection clv = report.content(ClvSection.class).orElseThrow();
        double actual = clv.tracking().stream().mapToDouble(ClvSection.TrackingPoint::actual).sum();
        assertThat(actual).isEqualTo(clv.repeatTransactions());
        double expected = clv.tracking().stream().mapToDouble(ClvSection.TrackingPoint::expected).sum();
        // BG/NBD is fitted to these customers, so over the calibration period its expectation is close to what
        // happened (Fader, Hardie & Lee 2005, fig. 1 shows the same agreement on CDNOW).
        assertThat(expected).isCloseTo(actual, org.assertj.core.data.Percentage.withPercentage(15));
    }

    @Test
    void aUsersSectionIsComputedAndWrittenLikeTheOthers() {
        record Loyalty(long channels) {
        }
        Report r = CxReport.builder().section(new SectionProvider<Loyalty>() {
            @Override
            public String key() {
                return "loyalty";
            }

            @Override
            public String title() {
                return "Loyalty";
            }

            @Override
            public Loyalty compute(ReportInput input) {
                return new Loyalty(input.interactions().stream().map(Interaction::channel).distinct().count());
            }
        }).build().compute(sample, List.of());
        assertThat(r.content(Loyalty.class)).isPresent();
        assertThat(JsonOutput.toJson(r)).contains("\"loyalty\"").startsWith("{\n  \"schema_version\" : 1");
    }

    @Test
    void theCompassPageIsOneSelfContainedFile() throws IOException {
        String html = CompassPage.render(report);
        assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<link", "<script", "<img",
                "@import", "url(http");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http");
        for (String chart : List.of("chart-trend-nps", "chart-trend-csat", "chart-trend-ces", "chart-channel-nps",
                "chart-journey-map", "chart-funnel", "chart-variants", "chart-pain-points", "chart-attribution",
                "chart-clv-distribution", "chart-p-alive", "chart-clv-tracking", "chart-drivers-lmg",
                "chart-drivers-rw", "chart-importance-performance")) {
            assertThat(html).contains("id=\"" + chart + "\"");
        }
        Path out = Path.of("target", "compass-sample.html");
        Files.writeString(out, html);
    }
}
