package io.cxkit.metrics.clv;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.io.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid CLV inputs: whatever the bytes, a reader either returns a report that accounts for
 * every record or fails with an {@link IOException} naming where; it never throws anything else.
 */
class ClvReaderMutationTest {
    private static final int ROUNDS = 400;

    @FunctionalInterface
    private interface Reader {
        ReadReport read(InputStream in) throws IOException;
    }

    private static void check(String valid, long seed, Reader reader) {
        byte[] base = valid.getBytes(StandardCharsets.UTF_8);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < ROUNDS; i++) {
            byte[] b = base.clone();
            for (int k = 0, edits = 1 + rng.nextInt(4); k < edits; k++) {
                int at = rng.nextInt(b.length);
                b[at] = rng.nextBoolean() ? (byte) rng.nextInt(256)
                        : " \t\n\"-.,;0".getBytes(StandardCharsets.US_ASCII)[rng.nextInt(9)];
            }
            try {
                ReadReport r = reader.read(new ByteArrayInputStream(b));
                assertThat(r.read()).isEqualTo(r.accepted() + r.rejected());
            } catch (IOException e) {
                assertThat(e.getMessage()).as("round %d", i).isNotBlank();
            }
        }
    }

    @Test
    void mutatedCdnowLinesAreAccountedFor() {
        check(" 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00005 0002 19970101  1   11.77\r\n",
                21, in -> TransactionReader.cdnow().read("m.txt", in, t -> { }).report());
        check("  0001 19970101  2   29.33\n  0001 19970118  2   29.73\n  0002 19970101  1   11.77\n",
                22, in -> TransactionReader.cdnow().read("m.txt", in, t -> { }).report());
    }

    @Test
    void mutatedTransactionTablesAndSummariesAreAccountedFor() {
        check("customer_id,date,amount\na,2024-01-01,10.5\na,20240301,3\nb,2024-01-02T10:00:00Z,7\n", 23,
                in -> TransactionReader.csv().read("m.csv", in, t -> { }).report());
        check("customer,x,t_x,T,monetary,weight\na,2,30.43,38.86,22.35,1\nb,0,0,38.86,0,3\n", 24,
                in -> SummaryReader.create().failFast(false).customers("m.csv", in).report());
        check("x,t_x,n,weight\n6,6,6,1203\n0,0,6,3464\n3,4,6,45\n", 25,
                in -> SummaryReader.create().failFast(false).opportunities("m.csv", in).report());
        check("period,survivors\n0,1000\n1,869\n2,743\n", 26,
                in -> SummaryReader.create().failFast(false).survivors("m.csv", in).report());
    }
}
