package io.cxkit.metrics.drivers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small numeric reference tables in test resources (no quoted fields in them). */
final class TestTables {
    private TestTables() {
    }

    /** Columns by name, in the order asked. */
    static double[][] columns(String resource, String... names) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TestTables.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            List<String> header = List.of(r.readLine().replace("\"", "").split(","));
            List<double[]> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] cells = line.split(",");
                double[] row = new double[names.length];
                for (int k = 0; k < names.length; k++) {
                    row[k] = Double.parseDouble(cells[header.indexOf(names[k])]);
                }
                rows.add(row);
            }
            double[][] cols = new double[names.length][rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                for (int k = 0; k < names.length; k++) {
                    cols[k][i] = rows.get(i)[k];
                }
            }
            return cols;
        }
    }
}
