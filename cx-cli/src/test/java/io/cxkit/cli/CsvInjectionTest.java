package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import io.cxkit.core.output.CsvOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 10: text that a spreadsheet would run as a formula is written with a leading single quote, the
 * neutralisation OWASP's "CSV Injection" page recommends; numbers stay numbers.
 */
class CsvInjectionTest {
    @Test
    void textStartingWithAFormulaCharacterGetsALeadingQuote() {
        assertThat(Arrays.asList("=HYPERLINK(\"http://x\",\"y\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "plain")
                .stream().map(CsvOutput::neutralised).toList())
                .containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tx", "plain");
    }

    @Test
    void numericTextIsWrittenAsItIs() {
        assertThat(Arrays.asList("-3.5", "+4", "-1e-3", "0.25").stream().map(CsvOutput::neutralised).toList())
                .containsExactly("-3.5", "+4", "-1e-3", "0.25");
    }

    @Test
    void aValueFromTheDataIsNeutralisedInACommandsCsv(@TempDir Path dir) throws IOException {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "{\"customer_id\":\"c1\",\"timestamp\":"
                + "\"2024-03-01T09:30:00Z\",\"channel\":\"web\",\"touchpoint\":\"home\",\"nps\":9,"
                + "\"attributes\":{\"plan\":\"=1+1\"}}\n");

        CxRun r = CxRun.of("metrics", "--input", in.toString(), "--metric", "nps", "--by", "attr.plan",
                "--format", "csv");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().skip(1).findFirst().orElseThrow()).startsWith("'=1+1,nps,1.0,1,");
    }
}
