package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 7: the commands that now stream their {@code --input} (journeys map, variants and paths, and
 * attribution) answer exactly as the in-memory path does on the same data, here the embedded sample read from
 * a file versus from the class path; and attribution text shows every credit (item 9), refusing totals a double
 * cannot hold (item 10).
 */
class StreamingCommandsTest {
    @TempDir
    Path dir;

    private Path sampleFile() throws IOException {
        Path f = dir.resolve("sample.jsonl.gz");
        try (InputStream in = EmbeddedSample.class.getResourceAsStream(EmbeddedSample.RESOURCE)) {
            Files.copy(in, f);
        }
        return f;
    }

    private void sameAsInMemory(Path file, String... args) {
        String[] streamed = new String[args.length + 2];
        System.arraycopy(args, 0, streamed, 0, args.length);
        streamed[args.length] = "--input";
        streamed[args.length + 1] = file.toString();

        CxRun fromSample = CxRun.of(args);
        CxRun fromFile = CxRun.of(streamed);

        assertThat(fromSample.exit()).as(String.join(" ", args)).isZero();
        assertThat(fromFile.exit()).as(String.join(" ", streamed)).isZero();
        assertThat(fromFile.out()).as(String.join(" ", streamed)).isEqualTo(fromSample.out());
    }

    @Test
    void streamedJourneyMapsVariantsAndPathsEqualTheInMemoryOnes() throws IOException {
        Path f = sampleFile();

        sameAsInMemory(f, "journeys", "map", "--format", "json", "--nodes");
        sameAsInMemory(f, "journeys", "variants", "--format", "json");
        sameAsInMemory(f, "journeys", "variants", "--format", "csv", "--activity-key", "channel");
        sameAsInMemory(f, "journeys", "paths", "--format", "json", "--from", "cart");
    }

    @Test
    void streamedJourneyFiltersSelectTheSameJourneys() throws IOException {
        Path f = sampleFile();

        sameAsInMemory(f, "journeys", "map", "--format", "json", "--segment", "consumer");
        sameAsInMemory(f, "journeys", "map", "--format", "json", "--outcome", "converted");
        sameAsInMemory(f, "journeys", "variants", "--format", "json", "--from", "2025-03-01", "--to",
                "2025-09-01");
    }

    @Test
    void streamedFunnelsEqualTheInMemoryOnes() throws IOException {
        Path f = sampleFile();
        String steps = "home,product_page,cart,checkout,purchase";

        sameAsInMemory(f, "journeys", "funnel", "--steps", steps, "--format", "json", "--histogram");
        sameAsInMemory(f, "journeys", "funnel", "--steps", steps, "--per", "journey", "--format", "json");
        sameAsInMemory(f, "journeys", "funnel", "--steps", steps, "--breakdown", "segment", "--format", "csv");
    }

    @Test
    void streamedAttributionEqualsTheInMemoryOne() throws IOException {
        Path f = sampleFile();

        sameAsInMemory(f, "attribution", "--format", "json", "--transitions");
        sameAsInMemory(f, "attribution", "--format", "csv", "--key", "touchpoint", "--order", "2");
    }

    @Test
    void aPathFileWithRepeatedPathsGivesTheCreditsOfItsSummedPaths() throws IOException {
        Path repeated = Files.writeString(dir.resolve("rep.csv"),
                "path,total_conversions,total_conversion_value,total_null\na > b,1,10,1\nb,1,5,0\na > b,2,20,3\n");
        Path summed = Files.writeString(dir.resolve("sum.csv"),
                "path,total_conversions,total_conversion_value,total_null\na > b,3,30,4\nb,1,5,0\n");

        CxRun r = CxRun.of("attribution", "--paths", repeated.toString(), "--format", "csv");
        CxRun s = CxRun.of("attribution", "--paths", summed.toString(), "--format", "csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEqualTo(s.out());
    }

    @Test
    void theAttributionTextTableShowsLastValue() {
        CxRun r = CxRun.of("attribution");

        assertThat(r.exit()).isZero();
        String header = r.out().lines().map(String::strip).filter(l -> l.startsWith("channel ")).findFirst()
                .orElseThrow();
        assertThat(header.split("\\s+")).containsExactly("channel", "first", "last", "linear", "first_value",
                "last_value", "linear_value", "removal_effect", "markov_conversions", "markov_value");
        // The sample's web row: last-touch value 90,061.98 of the JSON's last_value is in the text too.
        CxRun json = CxRun.of("attribution", "--format", "json");
        assertThat(json.out()).contains("\"last_value\"");
        String web = r.out().lines().map(String::strip).filter(l -> l.startsWith("web ")).findFirst().orElseThrow();
        assertThat(web.split("\\s+")).hasSize(10);
    }

    @Test
    void conversionsBeyondWhatADoubleHoldsAreRefusedNamingTheField() throws IOException {
        Path big = Files.writeString(dir.resolve("big.csv"),
                "path,total_conversions,total_conversion_value,total_null\na > b,1e308,5,1\nb,1e308,1e308,2\n");

        CxRun r = CxRun.of("attribution", "--paths", big.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.out()).doesNotContain("Infinity").doesNotContain("NaN");
        assertThat(r.err()).contains("total_conversions");
    }

    @Test
    void aConversionValueBeyondWhatTheCreditsCanBeComputedFromIsRefusedNamingTheField() throws IOException {
        Path big = Files.writeString(dir.resolve("big.csv"),
                "path,total_conversions,total_conversion_value,total_null\na > b,1,1e308,1\nb,1,1e308,2\n");

        CxRun r = CxRun.of("attribution", "--paths", big.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err()).contains("total_conversion_value");
    }
}
