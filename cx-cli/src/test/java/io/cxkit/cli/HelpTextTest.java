package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 8 item 9: the command list of {@code cx --help} shows each command's first line, so it must be whole. */
class HelpTextTest {
    @Test
    void everyCommandsSummaryLineIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        collect(Cx.commandLine(), cut);

        assertThat(cut).isEmpty();
    }

    private static void collect(CommandLine cl, List<String> cut) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            // The list shows the header when there is one, else the description's first line.
            String[] header = sub.getCommandSpec().usageMessage().header();
            String[] summary = header.length > 0 ? header : sub.getCommandSpec().usageMessage().description();
            if (summary.length > 0 && !summary[0].strip().endsWith(".")) {
                cut.add(sub.getCommandSpec().qualifiedName() + ": " + summary[0]);
            }
            collect(sub, cut);
        }
    }

    @Test
    void topLevelHelpShowsTheMetricsAndCompareSummariesWhole() {
        CxRun r = CxRun.of("--help");

        String flowed = r.out().replaceAll("\\s+", " ");
        assertThat(flowed).contains("with confidence intervals, overall or by group. compare")
                .contains("between two groups with its two-sample test. clv");
    }
}
