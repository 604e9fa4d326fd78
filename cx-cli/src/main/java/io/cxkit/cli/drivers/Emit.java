package io.cxkit.cli.drivers;

import io.cxkit.cli.OutputFormat;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import java.io.PrintWriter;
import java.util.List;

/**
 * Writes a command's result through the one writer: JSON the whole result record, CSV its rows, text the
 * result's summary followed by its rows as a table.
 */
final class Emit {
    private Emit() {
    }

    static <R extends Record, T> void write(OutputFormat format, R root, Class<T> rowType, List<T> rows,
                                            PrintWriter out) {
        switch (format) {
            case JSON -> JsonOutput.write(root, out);
            case CSV -> CsvOutput.writeAll(Schema.of(rowType), rows, out);
            default -> {
                java.io.StringWriter sw = new java.io.StringWriter();
                TextOutput.write(root, sw);
                String text = sw.toString();
                out.print(text.endsWith("\n") ? text : text + System.lineSeparator());
            }
        }
        out.flush();
    }

    static <T> void table(Class<T> rowType, List<T> rows, PrintWriter out) {
        java.io.StringWriter sw = new java.io.StringWriter();
        TextOutput.writeTable(Schema.of(rowType), rows, sw);
        String text = sw.toString();
        out.print(text.endsWith("\n") ? text : text + System.lineSeparator());
        out.flush();
    }
}
