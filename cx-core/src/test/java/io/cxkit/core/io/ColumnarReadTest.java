package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The columnar parts of the source: a projection skips the fields after the ones it reads, yet accepts, rejects
 * and counts exactly as a read of every column; {@link Row#textId} numbers values by their bytes; whole numbers
 * read from the bytes equal those read from the text.
 */
class ColumnarReadTest {
    private static final String[] VALUES = {"7", " 8 ", "\"9\"", "10.0", "x", "", "\"a,b\"", "\"multi\nline\"",
        "\"say \"\"hi\"\"\"", "q\"uote", "\"bad\"tail", "3\r", "\"open", "-2", "+4", "05", "1234567890123456789"};

    @Test
    void aProjectionAcceptsAndRejectsAsAFullReadOnSeededMessyInput() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            String csv = messy(new SplittableRandom(seed));
            assertThat(read(csv, false)).as("seed " + seed + ":\n" + csv).isEqualTo(read(csv, true));
        }
    }

    @Test
    void skippedFieldsStillCountTowardsTheRowsWidth() throws IOException {
        String csv = "a,b,c,d\n1,2,3,4\n1,2,3\n1,2,3,4,5\n1,2,\"x,y\",4\n1,2,3,\"4\n";
        List<String> projected = read(csv, false);
        assertThat(projected).contains("ok 2 1|2", "reject 3 row has 3 columns, the header has 4",
                "reject 4 row has 5 columns, the header has 4", "ok 5 1|2", "report 5 2 3");
        assertThat(projected).isEqualTo(read(csv, true));
    }

    @Test
    void textIdsNumberValuesByTheirBytesAndKeepTheirText() throws IOException {
        TextDictionary dict = new TextDictionary();
        List<Integer> ids = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        String csv = "channel,n\nweb,1\n web ,2\n\"web\",3\nemail,4\n,5\n\"e\"\"x\",6\nweb,7\n";
        TabularSource.builder().rejectSink(r -> rejected.add(r.line() + " " + r.reason())).build()
                .read("t.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), header -> {
                    Column c = header.require("channel");
                    return row -> ids.add(row.textId(c, dict));
                });
        assertThat(ids).containsExactly(0, 0, 0, 1, 2, 0);
        assertThat(dict.size()).isEqualTo(3);
        assertThat(dict.text(0)).isEqualTo("web");
        assertThat(dict.text(2)).isEqualTo("e\"x");
        assertThat(rejected).containsExactly("6 channel is required");
    }

    @Test
    void wholeNumbersFromBytesEqualThoseFromText() throws IOException {
        String csv = "n\n7\n 8 \n\"9\"\n10.00\n-3\n+4\n007\n3.5\n3.\n1e2\n123456789012345678\n1234567890123456789\n";
        List<String> got = new ArrayList<>();
        TabularSource.builder().rejectSink(r -> got.add("reject " + r.line() + " " + r.reason())).build()
                .read("n.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), header -> {
                    Column c = header.require("n");
                    return row -> got.add(Long.toString(row.wholeNumber(c)));
                });
        assertThat(got).containsExactly("7", "8", "9", "10", "-3", "4", "7",
                "reject 9 n must be a whole number, was '3.5'", "reject 10 n must be a whole number, was '3.'",
                "reject 11 n must be a whole number, was '1e2'", "123456789012345678",
                "reject 13 n must be a whole number of at most 18 digits, was '1234567890123456789'");
    }

    /** Reads the first two columns (or every column), listing each row's outcome by line, then the report. */
    private static List<String> read(String csv, boolean everyColumn) throws IOException {
        List<String> out = new ArrayList<>();
        ReadReport report = TabularSource.builder().rejectSink(r -> out.add("reject " + r.line() + " "
                + r.reason())).build().read("m.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                        header -> {
                            Column a = header.column(0);
                            Column b = header.column(1);
                            if (everyColumn) {
                                for (int i = 2; i < header.names().size(); i++) {
                                    header.column(i);
                                }
                            }
                            return row -> out.add("ok " + row.line() + " " + row.value(a) + "|" + row.value(b));
                        });
        out.add("report " + report.read() + " " + report.accepted() + " " + report.rejected());
        return out;
    }

    private static String messy(SplittableRandom random) {
        int columns = 2 + random.nextInt(6);
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            sb.append(c == 0 ? "" : ",").append("c").append(c);
        }
        sb.append(random.nextBoolean() ? "\n" : "\r\n");
        int rows = 5 + random.nextInt(30);
        for (int r = 0; r < rows; r++) {
            int width = random.nextInt(10) == 0 ? columns + random.nextInt(3) - 1 : columns;
            for (int c = 0; c < Math.max(1, width); c++) {
                sb.append(c == 0 ? "" : ",").append(VALUES[random.nextInt(VALUES.length)]);
            }
            sb.append(random.nextInt(4) == 0 ? "\r\n" : "\n");
        }
        if (random.nextBoolean()) {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }
}
