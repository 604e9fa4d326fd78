package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8 item 10: no command may destroy its input or leave a half-written output. */
class OutputSafetyTest {
    private static final String GOOD = "{\"customer_id\":\"c1\",\"timestamp\":\"2024-03-01T09:30:00Z\","
            + "\"channel\":\"web\",\"touchpoint\":\"home\",\"nps\":9}";
    private static final String BAD = GOOD.replace("\"nps\":9", "\"nps\":11");

    @TempDir
    Path dir;

    private Path input() throws IOException {
        return Files.writeString(dir.resolve("in.jsonl"), GOOD + "\n" + BAD + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void validateRefusesRejectsThatAreTheInputAndKeepsTheInput() throws IOException {
        Path in = input();
        byte[] before = Files.readAllBytes(in);

        CxRun r = CxRun.of("validate", "--input", in.toString(), "--rejects", in.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(r.err()).contains("--rejects").contains("is the input file");
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void validateRefusesRejectsThatAreASymbolicLinkToTheInput() throws IOException {
        Path in = input();
        byte[] before = Files.readAllBytes(in);
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), in);

        CxRun r = CxRun.of("validate", "--input", in.toString(), "--rejects", link.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void validateRefusesRejectsThatAreAHardLinkToTheInput() throws IOException {
        Path in = input();
        byte[] before = Files.readAllBytes(in);
        Path link = Files.createLink(dir.resolve("hard.jsonl"), in);

        CxRun r = CxRun.of("validate", "--input", link.toString(), "--rejects", in.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    @Test
    void validateStillWritesEveryRejectionToAnotherFile() throws IOException {
        Path in = input();
        Path rejects = dir.resolve("rejects.jsonl");
        Files.writeString(rejects, "old content\n");

        CxRun r = CxRun.of("validate", "--input", in.toString(), "--rejects", rejects.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"field\":\"nps\"").contains("\"line\":2");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anOutputThatIsNotCommittedLeavesTheOldFileAsItWasAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "precious\n");

        try (OutputFile f = OutputFile.create("--out", target, List.of())) {
            f.stream().write("half a fi".getBytes(StandardCharsets.UTF_8));
            // The command fails here: no commit.
        }

        assertThat(Files.readString(target)).isEqualTo("precious\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aCommittedOutputReplacesTheOldFileWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("out.csv"), "precious\n");

        try (OutputFile f = OutputFile.create("--out", target, List.of())) {
            f.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
            assertThat(Files.readString(target)).as("unchanged until the commit").isEqualTo("precious\n");
            f.commit();
        }

        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsReadableByAll() throws IOException {
        Path existing = Files.writeString(dir.resolve("shared.csv"), "old\n");
        java.nio.file.Files.setPosixFilePermissions(existing,
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path fresh = dir.resolve("fresh.csv");

        for (Path p : List.of(existing, fresh)) {
            try (OutputFile f = OutputFile.create("--out", p, List.of())) {
                f.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
                f.commit();
            }
        }

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-rw-r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void anOutputThroughASymbolicLinkReplacesTheFileItPointsTo() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);

        try (OutputFile f = OutputFile.create("--out", link, List.of())) {
            f.stream().write("new\n".getBytes(StandardCharsets.UTF_8));
            f.commit();
        }

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void generateRefusesAnOutInAMissingDirectoryWithoutCreatingAnything() {
        CxRun r = CxRun.of("generate", "--customers", "3", "--out", dir.resolve("no/such/out.jsonl").toString());

        // Issue 10, bad input: an output path whose folder does not exist is a usage error (exit 1).
        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void generateReplacesAnExistingOutWholeAndLeavesNoTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("sample.csv.gz"), "not gzip at all");

        CxRun r = CxRun.of("generate", "--customers", "5", "--seed", "1", "--out", out.toString());

        assertThat(r.exit()).isZero();
        CxRun v = CxRun.of("validate", "--input", out.toString(), "--format", "json");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("\"rejected\" : 0");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void stitchRefusesAnOutThatIsItsInput() throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), GOOD + "\n");
        byte[] before = Files.readAllBytes(in);

        CxRun r = CxRun.of("journeys", "stitch", "--input", in.toString(), "--out", in.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_USAGE);
        assertThat(Files.readAllBytes(in)).isEqualTo(before);
    }

    private List<String> leftovers() throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void theSameFileIsRecognisedThroughRelativeAndAbsoluteNames() throws IOException {
        Path in = input();
        Path relative = Path.of("").toAbsolutePath().relativize(in);

        assertThat(OutputFile.sameFile(relative, in)).isTrue();
        assertThat(OutputFile.sameFile(in, dir.resolve("other"))).isFalse();
        assertThatThrownBy(() -> OutputFile.create("--out", relative, List.of(in)))
                .isInstanceOf(UsageException.class).hasMessageContaining("is the input");
    }
}
