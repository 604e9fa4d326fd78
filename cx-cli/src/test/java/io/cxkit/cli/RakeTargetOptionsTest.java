package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.metrics.breakdown.Breakdown;
import io.cxkit.metrics.survey.Nps;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The targets of {@code --rake} take the table options under the prefix {@code --rake-}: a targets export with
 * its own column names, ';' and decimal commas rakes exactly as the standard {@code dimension,category,target}
 * table does.
 */
class RakeTargetOptionsTest {
    @TempDir
    Path dir;

    private Path input;

    /** A command holding only the options, as the metrics command mixes them in. */
    @CommandLine.Command(name = "holder")
    static final class Holder {
        @CommandLine.Mixin
        RakeTargetOptions rake = new RakeTargetOptions();
    }

    private static RakeTargetOptions parse(String... args) {
        Holder h = new Holder();
        new CommandLine(h).parseArgs(args);
        return h.rake;
    }

    /** 80 NPS answers from "eu" (60 promoters) and 20 from "us" (5 promoters), as in the metrics raking test. */
    @BeforeEach
    void writeInput() throws IOException {
        StringBuilder csv = new StringBuilder("customer_id,timestamp,channel,touchpoint,nps,attr.region\n");
        for (int i = 0; i < 100; i++) {
            boolean eu = i < 80;
            boolean promoter = eu ? i < 60 : i < 85;
            csv.append('c').append(i).append(",2026-01-10T10:00:00Z,web,survey,").append(promoter ? 10 : 0)
                    .append(',').append(eu ? "eu" : "us").append('\n');
        }
        input = Files.writeString(dir.resolve("answers.csv"), csv.toString());
    }

    private Weighting.RakeSummary rake(Path targets, RakeTargetOptions options) {
        return Weighting.rakeSummary(targets, options.mapping(), Optional.of(input), SourceOptions.none(),
                Breakdown.of(List.of(Nps.standard()), List.of()), new PrintWriter(new StringWriter()));
    }

    @Test
    void aTargetsExportWithItsOwnColumnsRakesAsTheStandardTable() throws IOException {
        Path standard = Files.writeString(dir.resolve("targets.csv"),
                "dimension,category,target\nattr.region,eu,0.5\nattr.region,us,0.5\n");
        Path export = Files.writeString(dir.resolve("weights.csv"), "Segment;Anteil\nEU;0,5\nUS;0,5\n");
        Weighting.RakeSummary a = rake(standard, parse());
        Weighting.RakeSummary b = rake(export, parse("--rake-map", "category=Segment", "--rake-map",
                "target=Anteil", "--rake-const", "dimension=attr.region", "--rake-alias", "category:EU=eu",
                "--rake-alias", "category:US=us", "--rake-delimiter", ";", "--rake-decimal-comma"));
        assertThat(b).isEqualTo(a);
        assertThat(b.converged()).isTrue();
        // Weights 0.625 (80 of them) and 2.5 (20): Kish n = 100² / (80·0.625² + 20·2.5²) = 64.
        assertThat(b.effectiveN()).isCloseTo(64, within(1e-6));
    }

    @Test
    void aTargetsMappingFileGivesTheSameWeights() throws IOException {
        Path export = Files.writeString(dir.resolve("weights.csv"), "Dim;Segment;Anteil\nattr.region;eu;0,5\n"
                + "attr.region;us;0,5\n");
        Path mapping = Files.writeString(dir.resolve("weights.json"), """
                {"fields": {"dimension": "Dim", "category": "Segment", "target": "Anteil"},
                 "delimiter": ";", "decimal_comma": true}
                """);
        assertThat(rake(export, parse("--rake-mapping", mapping.toString())).effectiveN())
                .isCloseTo(64, within(1e-6));
    }

    @Test
    void aTargetsMappingNamingAMissingColumnIsBadInputListingTheColumns() throws IOException {
        Path export = Files.writeString(dir.resolve("weights.csv"), "Segment;Anteil\neu;0,5\nus;0,5\n");
        RakeTargetOptions options = parse("--rake-map", "category=Segment", "--rake-map", "target=Share",
                "--rake-const", "dimension=attr.region", "--rake-decimal-comma");
        assertThatThrownBy(() -> rake(export, options)).isInstanceOf(InputException.class)
                .hasMessageContaining("weights.csv:1: target 'Share'").hasMessageContaining("'Segment', 'Anteil'");
    }

    @Test
    void aBadRakeOptionNamesItsPrefixedOption() {
        assertThatThrownBy(() -> parse("--rake-alias", "category-eu").mapping()).isInstanceOf(UsageException.class)
                .hasMessageContaining("--rake-alias must be FIELD:FROM=TO");
    }

    @Test
    void cxMetricsReadsAMappedTargetsExportThroughTheRakePrefixedOptions() throws IOException {
        Path standard = Files.writeString(dir.resolve("targets.csv"),
                "dimension,category,target\nattr.region,eu,0.5\nattr.region,us,0.5\n");
        Path export = Files.writeString(dir.resolve("weights.csv"), "Segment;Anteil\nEU;0,5\nUS;0,5\n");
        MetricsCommandTest.Run a = MetricsCommandTest.run("metrics", "--input", input.toString(), "--metric", "nps",
                "--rake", standard.toString(), "--format", "json");
        MetricsCommandTest.Run b = MetricsCommandTest.run("metrics", "--input", input.toString(), "--metric", "nps",
                "--rake", export.toString(), "--rake-map", "category=Segment", "--rake-map", "target=Anteil",
                "--rake-const", "dimension=attr.region", "--rake-alias", "category:EU=eu", "--rake-alias",
                "category:US=us", "--rake-delimiter", ";", "--rake-decimal-comma", "--format", "json");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(b.json()).isEqualTo(a.json());
        assertThat(b.json().path("weighting").path("effective_n").asDouble()).isCloseTo(64, within(1e-6));
        // Raked to 50/50: eu 75 % promoters, us 25 % -> NPS 0.5·0.75 + 0.5·0.25 - (0.5·0.25 + 0.5·0.75) = 0.
        assertThat(b.json().path("groups").get(0).path("nps").path("value").asDouble()).isCloseTo(0, within(1e-9));
    }
}
