package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InteractionFileTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"a.jsonl", "a.ndjson", "a.json", "a.csv", "a.jsonl.gz", "A.CSV.GZ"})
    void filesAreWrittenAndReadInTheFormatTheirNameSays(String name) throws IOException {
        List<Interaction> in = new RandomInteractions(7).list(50);
        Path file = dir.resolve(name);
        try (InteractionWriter w = InteractionWriter.builder().columnsOf(in).open(file)) {
            for (Interaction i : in) {
                w.write(i);
            }
        }
        List<Interaction> out = new ArrayList<>();

        ReadReport report = InteractionReader.builder().build().read(file, out::add);

        assertThat(report.source()).isEqualTo(file.toString());
        assertThat(report.rejected()).isZero();
        assertThat(out).isEqualTo(in);
    }

    @Test
    void gzipFilesAreCompressed() throws IOException {
        Path file = dir.resolve("a.jsonl.gz");
        try (InteractionWriter w = InteractionWriter.open(file)) {
            w.write(new RandomInteractions(1).next());
        }

        byte[] bytes = Files.readAllBytes(file);

        assertThat(bytes[0] & 0xFF).isEqualTo(0x1F);
        assertThat(bytes[1] & 0xFF).isEqualTo(0x8B);
    }

    @Test
    void theFormatComesFromTheExtension() {
        assertThat(InteractionFormat.forPath(Path.of("x.NDJSON"))).isEqualTo(InteractionFormat.JSON_LINES);
        assertThat(InteractionFormat.forPath(Path.of("dir.csv/x.csv.gz"))).isEqualTo(InteractionFormat.CSV);
        assertThat(InteractionFormat.isGzip(Path.of("x.csv.gz"))).isTrue();
        assertThat(InteractionFormat.isGzip(Path.of("x.csv"))).isFalse();
    }

    @Test
    void anUnknownExtensionIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> InteractionFormat.forPath(Path.of("data.txt")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot tell the format of data.txt: the name must end in .jsonl, .ndjson, .json, "
                        + ".csv, .tsv or .tab, optionally followed by .gz");
    }

    @Test
    void aMissingFileFailsWithNoSuchFile() {
        assertThatThrownBy(() -> InteractionReader.builder().build().read(dir.resolve("none.jsonl"), i -> { }))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anEmptyFileReadsNothing() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.csv"));

        ReadReport report = InteractionReader.builder().build().read(file, i -> { });

        assertThat(report.read()).isZero();
    }
}
