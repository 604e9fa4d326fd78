package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Issue 8 item 7: running out of heap ends every command with one clear line and exit 2, never a stack trace. */
class OutOfMemoryTest {
    @Command(name = "greedy")
    static final class Greedy implements Callable<Integer> {
        @Option(names = "--input")
        Path input;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void exhaustionIsOneLineNamingTheInputSizeAndTheRemedy(@TempDir Path dir) throws IOException {
        Path in = Files.write(dir.resolve("big.jsonl"), new byte[3 * 1024 * 1024]);
        CommandLine cl = Cx.commandLine();
        cl.addSubcommand(new Greedy());

        CxRun r = CxRun.with(cl, "greedy", "--input", in.toString());

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).contains("cx greedy ran out of memory (Java heap space, heap limit ")
                .contains("big.jsonl (3 MB)").contains("-Xmx").contains("JAVA_TOOL_OPTIONS")
                .contains("narrower input").doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void withoutAnInputFileTheMessageNamesTheEmbeddedSample() {
        CommandLine cl = Cx.commandLine();
        cl.addSubcommand(new Greedy());

        CxRun r = CxRun.with(cl, "greedy");

        assertThat(r.exit()).isEqualTo(Cx.EXIT_INPUT);
        assertThat(r.err()).contains("on the embedded sample");
    }
}
