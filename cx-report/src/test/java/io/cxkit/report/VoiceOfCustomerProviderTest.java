package io.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.report.html.CompassPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The voice-of-the-customer section on the embedded sample. */
class VoiceOfCustomerProviderTest {

    @Test
    void sentimentTrendDetractorTopicsAndToneMixOfTheSampleComments() {
        List<Interaction> sample = SampleGenerator.builder().customers(400).seed(2025).build().generateList();
        long comments = sample.stream().filter(i -> i.feedback().stream()
                .anyMatch(f -> f instanceof io.cxkit.core.Feedback.Verbatim)).count();
        Report report = CxReport.withDefaults().compute(sample, List.of());
        VoiceOfCustomer v = report.content(VoiceOfCustomer.class).orElseThrow();
        assertThat(v.comments()).isEqualTo(comments).isPositive();
        assertThat(v.sentiment().n()).isEqualTo(comments);
        assertThat(v.sentiment().interval()).isPresent();
        assertThat(v.trend().stream().mapToLong(VoiceOfCustomer.Month::comments).sum()).isEqualTo(comments);
        assertThat(v.tones()).hasSize(7);
        // The sample's comments show every tone, confusion and anger included (counted here independently).
        io.cxkit.text.ToneDetector detector = io.cxkit.text.ToneDetector.standard();
        for (VoiceOfCustomer.ToneShare share : v.tones()) {
            long expected = sample.stream().map(i -> i.feedback().stream()
                            .filter(f -> f instanceof io.cxkit.core.Feedback.Verbatim).findFirst())
                    .filter(java.util.Optional::isPresent)
                    .filter(f -> detector.detect(((io.cxkit.core.Feedback.Verbatim) f.get()).text()).tones().stream()
                            .anyMatch(t -> t.id().equals(share.tone())))
                    .count();
            assertThat(share.comments()).as(share.tone()).isEqualTo(expected).isPositive();
        }
        assertThat(v.tones()).extracting(VoiceOfCustomer.ToneShare::tone).contains("confusion", "anger");
        assertThat(v.detractorTopics()).allSatisfy(t -> assertThat(t.z()).isPositive());
        assertThat(JsonOutput.toJson(report)).contains("\"voice_of_customer\"");
        assertThat(CompassPage.render(report)).contains("id=\"voice_of_customer\"");
    }

    @Test
    void withoutCommentsTheSectionSaysWhy() {
        List<Interaction> sample = SampleGenerator.builder().customers(50).seed(3).build().generateList().stream()
                .filter(i -> i.feedback().stream().noneMatch(f -> f instanceof io.cxkit.core.Feedback.Verbatim))
                .toList();
        Report report = CxReport.withDefaults().compute(sample, List.of());
        assertThat(report.sections().get("voice_of_customer").skipped()).hasValue("no interaction carries a comment");
    }
}
