package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx text sentiment|tone|topics}. */
class TextCommandTest {
    @TempDir
    Path dir;

    @Test
    void sentimentOfTheEmbeddedSampleHasNAndIntervals() throws IOException {
        CxRun r = CxRun.of("text", "sentiment", "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("texts").asLong()).isPositive();
        JsonNode mean = j.get("figures").get(0);
        assertThat(mean.get("figure").asText()).isEqualTo("mean_compound");
        assertThat(mean.get("lower").asDouble()).isLessThan(mean.get("value").asDouble());
        assertThat(mean.get("n").asLong()).isEqualTo(j.get("texts").asLong());
        assertThat(j.get("figures").get(1).get("method").asText()).isEqualTo("agresti-coull");
    }

    @Test
    void perRecordSentimentOfAPlainTextFileKeyedByLine() throws IOException {
        Path f = dir.resolve("texts.txt");
        Files.writeString(f, "VADER is smart, handsome, and funny.\n\nI waited 45 minutes on hold and nobody helped me\n");
        CxRun r = CxRun.of("text", "sentiment", "--input", f.toString(), "--per-record", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).containsExactly("interaction_id,neg,neu,pos,compound,label",
                "1,0.0,0.254,0.746,0.8316,positive", "3,0.0,1.0,0.0,0.0,neutral");
        assertThat(r.err()).contains("1 of 3 records have no text");
        CxRun cx = CxRun.of("text", "sentiment", "--input", f.toString(), "--per-record", "--format", "csv", "--cx");
        assertThat(cx.out().lines().toList().get(2)).endsWith("negative");
    }

    @Test
    void toneOfACsvColumnWithOneColumnPerToneAndTheEvidence() throws IOException {
        Path f = dir.resolve("chats.csv");
        Files.writeString(f, "interaction_id,message\nc1,\"This is ridiculous, third time I'm asking!\"\n"
                + "c2,Thanks so much for your help\n");
        CxRun r = CxRun.of("text", "tone", "--input", f.toString(), "--text-column", "message", "--per-record",
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("interaction_id,anger,frustration,confusion,urgency,sadness,gratitude,politeness,evidence");
        assertThat(r.out()).contains("c1,1,1,0,0,0,0,0,").contains("ridiculous").contains("c2,0,0,0,0,0,1,1,");
    }

    @Test
    void aHeaderlessTsvAsGoEmotionsShipsItIsReadByColumnPosition() throws IOException {
        // GoEmotions' dev.tsv: text, label ids, comment id; tab-separated, no header row.
        Path f = dir.resolve("dev.tsv");
        Files.writeString(f, "I've never been this sad in my life!\t25\tedcu99z\n"
                + "Thanks so much, you are great\t15\tee1a2b3\n");
        CxRun r = CxRun.of("text", "sentiment", "--input", f.toString(), "--no-header", "--text-column", "1",
                "--id-column", "3", "--per-record", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out().lines().toList().get(1)).startsWith("edcu99z,").endsWith("negative");
        assertThat(r.out().lines().toList().get(2)).startsWith("ee1a2b3,").endsWith("positive");
        // Without --no-header the first comment would be taken for the header: the message names the columns.
        CxRun headed = CxRun.of("text", "sentiment", "--input", f.toString(), "--text-column", "1");
        assertThat(headed.exit()).isEqualTo(2);
        assertThat(headed.err()).contains("dev.tsv").contains("no column for 1");
    }

    @Test
    void topicsListDetractorPhrasesOfTheSample() throws IOException {
        CxRun r = CxRun.of("text", "topics", "--format", "json", "--min-support", "5");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.get("frequent")).isNotEmpty();
        assertThat(j.get("detractor_lift")).isNotEmpty();
        assertThat(j.get("detractor_lift").get(0).get("z").asDouble()).isPositive();
    }

    @Test
    void invalidUtf8IsRejectedNamingFileAndLine() throws IOException {
        Path f = dir.resolve("bad.txt");
        Files.write(f, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, (byte) 0x28, '\n'});
        CxRun r = CxRun.of("text", "sentiment", "--input", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("bad.txt").contains("line 2").contains("UTF-8");
    }

    @Test
    void aCsvRecordWithInvalidUtf8IsRejectedAndCountedTheOthersScored() throws IOException {
        Path f = dir.resolve("mixed.csv");
        byte[] head = "interaction_id,text\na,good service\nb,bad \n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length - 2] = (byte) 0xFF;
        bytes[head.length - 1] = ' ';
        bytes[head.length] = '\n';
        Files.write(f, bytes);
        CxRun r = CxRun.of("text", "sentiment", "--input", f.toString(), "--text-column", "text", "--per-record",
                "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(2);
        assertThat(r.out()).contains("a,");
        assertThat(r.err()).contains("skipped 1 records").contains("line 3");
    }

    @Test
    void emptyInputMissingColumnAndMissingFileAreErrors() throws IOException {
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "\n  \n");
        CxRun r = CxRun.of("text", "tone", "--input", empty.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no text to analyse");
        Path csv = dir.resolve("x.csv");
        Files.writeString(csv, "a,b\n1,2\n", StandardCharsets.UTF_8);
        CxRun col = CxRun.of("text", "sentiment", "--input", csv.toString(), "--text-column", "comment");
        assertThat(col.exit()).isEqualTo(2);
        assertThat(col.err()).contains("x.csv").contains("no column for comment");
        assertThat(CxRun.of("text", "topics", "--input", dir.resolve("nope.txt").toString()).exit()).isEqualTo(2);
        assertThat(CxRun.of("text", "topics", "--top", "0").exit()).isEqualTo(1);
    }

    @Test
    void aMillionCharacterLineAndControlCharactersScore() throws IOException {
        Path f = dir.resolve("long.txt");
        Files.writeString(f, "good ".repeat(200_000) + "\n\u0007\u001b bad \uFFFD\n");
        CxRun r = CxRun.of("text", "sentiment", "--input", f.toString(), "--per-record", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out().lines().toList().get(2)).endsWith("negative");
    }
}
