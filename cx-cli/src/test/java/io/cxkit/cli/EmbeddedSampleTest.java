package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddedSampleTest {

    @Test
    void theShippedSampleIsExactlyTheGeneratorsOutputForItsDocumentedSeedAndSize() {
        List<Interaction> shipped = new ArrayList<>();
        ReadReport report = EmbeddedSample.read(InteractionReader.builder().policy(ReadPolicy.FAIL_FAST).build(),
                shipped::add);
        List<Interaction> generated = EmbeddedSample.generator().generateList();
        // If this fails the generator changed: regenerate the resource with the command in EmbeddedSample.
        assertThat(shipped).hasSameSizeAs(generated);
        assertThat(shipped).isEqualTo(generated);
        assertThat(report.clean()).isTrue();
        assertThat(report.unknownFields()).isZero();
        assertThat(report.source()).isEqualTo("embedded sample (400 customers, seed 2025)");
    }

    @Test
    void theShippedSampleStaysWellUnderOneMegabyte() throws IOException {
        try (InputStream in = EmbeddedSample.class.getResourceAsStream(EmbeddedSample.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(500_000);
        }
    }

    @Test
    void theSampleHasEnoughOfEverythingForEveryReportSection() {
        List<Interaction> sample = EmbeddedSample.generator().generateList();
        assertThat(sample.stream().map(Interaction::customerId).distinct().count()).isEqualTo(400);
        assertThat(sample.stream().filter(i -> !i.feedback().isEmpty()).count()).isGreaterThan(300);
        assertThat(sample.stream().filter(i -> i.value().isPresent()).count()).isGreaterThan(500);
        assertThat(sample.stream().filter(i -> i.kind().orElse("").equals("contact")).count()).isGreaterThan(200);
    }
}
