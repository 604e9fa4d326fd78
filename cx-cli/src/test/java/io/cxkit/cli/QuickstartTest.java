package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Channel;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.sample.SampleGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the Java quickstart of README.md and keeps the two in sync: the code
 * between the markers below must appear, character for character, as the first Java block of the document.
 */
class QuickstartTest {
    private static final Path DOC = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "io", "cxkit", "cli", "QuickstartTest.java");

    @Test
    void theQuickstartRunsAndCountsRevenueByChannelAndReadsEveryLineBack() throws IOException {
        // quickstart:begin
        // Interactions: generate a realistic sample (or read your own export, as below).
        List<Interaction> interactions = SampleGenerator.builder().customers(1_000).seed(42L).build().generateList();

        // Count something that matters: revenue by channel.
        Map<Channel, BigDecimal> revenue = new TreeMap<>(Comparator.comparing(Channel::name));
        for (Interaction i : interactions) {
            i.value().ifPresent(money -> revenue.merge(i.channel(), money.amount(), BigDecimal::add));
        }

        // Write them to a file, and read them back without losing a line.
        Path file = Files.createTempFile("interactions", ".jsonl.gz");
        try (InteractionWriter writer = InteractionWriter.open(file)) {
            for (Interaction i : interactions) {
                writer.write(i);
            }
        }
        List<Interaction> readBack = new ArrayList<>();
        ReadReport report = InteractionReader.builder().policy(ReadPolicy.SKIP_AND_REPORT).build()
                .read(file, readBack::add);
        // report: read == accepted + rejected; report.firstRejections() says which line, field and why.
        // quickstart:end

        assertThat(revenue).containsOnlyKeys(Channel.WEB, Channel.MOBILE_APP, Channel.STORE);
        assertThat(revenue.get(Channel.WEB)).isPositive();
        BigDecimal total = interactions.stream().flatMap(i -> i.value().stream()).map(m -> m.amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(total);
        assertThat(report.read()).isEqualTo(interactions.size());
        assertThat(report.accepted()).isEqualTo(interactions.size());
        assertThat(report.rejected()).isZero();
        assertThat(readBack).isEqualTo(interactions);
        Files.delete(file);
    }

    @Test
    void theReadmeSnippetIsTheCodeThisTestRuns() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).as("a ```java block in " + DOC).isTrue();
        String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
        String between = source.substring(source.indexOf("// quickstart:begin\n") + "// quickstart:begin\n".length(),
                source.indexOf("        // quickstart:end"));
        String dedented = between.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n", "", "\n"));
        assertThat(block.group(1)).isEqualTo(dedented);
    }

    @Test
    void theMavenCoordinatesInTheReadmeAreTheBomsModules() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String bom = Files.readString(Path.of("..", "cx-bom", "pom.xml"), StandardCharsets.UTF_8);
        String root = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        assertThat(doc).contains("<artifactId>cx-bom</artifactId>").contains("<type>pom</type>")
                .contains("<scope>import</scope>");
        Matcher version = Pattern.compile("<version>([^<]+)</version>").matcher(root.substring(root.indexOf(
                "<artifactId>cxkit-parent</artifactId>")));
        assertThat(version.find()).isTrue();
        assertThat(doc).contains("<version>" + version.group(1) + "</version>");
        Matcher artifact = Pattern.compile("<artifactId>(cx-[a-z]+)</artifactId>").matcher(doc);
        int found = 0;
        while (artifact.find()) {
            found++;
            if (!artifact.group(1).equals("cx-bom")) {
                assertThat(bom).as("cx-bom manages " + artifact.group(1))
                        .contains("<artifactId>" + artifact.group(1) + "</artifactId>");
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(3);
    }
}
