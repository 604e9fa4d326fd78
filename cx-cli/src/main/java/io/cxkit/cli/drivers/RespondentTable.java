package io.cxkit.cli.drivers;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.cli.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plain respondent table (one row per respondent, a header row naming the columns) read as numeric columns
 * with Jackson's CSV parser, the parser cx-core's readers use. An empty cell, {@code NA} or {@code NaN} is a
 * missing answer; any other non-number fails with the file, line, column and value.
 */
final class RespondentTable {
    private RespondentTable() {
    }

    /** The named columns; rows read = the length of each. */
    static double[][] read(Path file, List<String> names) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        List<double[]> rows = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            boolean checked = false;
            long line = 1;
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                // The header is line 1; a quoted cell spanning lines would shift this count (rare in rating
                // tables), which the parser's own location after a row does not tell reliably either.
                line++;
                if (!checked) {
                    for (String n : names) {
                        if (!row.containsKey(n)) {
                            throw new InputException(file + ": no column '" + n + "'; the header has " + row.keySet());
                        }
                    }
                    checked = true;
                }
                double[] v = new double[names.size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = number(row.get(names.get(k)), file, line, names.get(k));
                }
                rows.add(v);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw new InputException(file + ": cannot be read as CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": no rows after the header");
        }
        double[][] cols = new double[names.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 0; k < names.size(); k++) {
                cols[k][i] = rows.get(i)[k];
            }
        }
        return cols;
    }

    private static double number(String s, Path file, long line, String column) {
        if (s == null || s.isBlank() || s.equalsIgnoreCase("NA") || s.equalsIgnoreCase("NaN")) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(s);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(file + ": line " + line + ", field " + column + ": '" + s + "' is not a number");
    }
}
