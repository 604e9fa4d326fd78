package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file read with several threads gives exactly what one pass gives, rejections and line numbers included. */
class ParallelReadTest {

    @TempDir
    Path dir;

    /** About 12 MB of rows with quoted multi-line comments, bad rows and a stray quote, seeded. */
    private Path file(long seed, boolean multiLineNearEveryBoundary) throws IOException {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("customer_id,timestamp,channel,touchpoint,nps,comment\n");
        int rows = 0;
        while (sb.length() < TabularSource.PARALLEL_MIN_BYTES + (4 << 20)) {
            rows++;
            int kind = random.nextInt(1000);
            String comment = kind < 20 || multiLineNearEveryBoundary && kind < 200
                    ? "\"two\nlines, with \"\"quotes\"\"\"" : "plain text " + random.nextInt(1000);
            if (kind == 500) {
                sb.append("c").append(rows).append(",2024-03-01T09:30:00Z,web,home,11,").append(comment).append('\n');
            } else if (kind == 501) {
                sb.append("c").append(rows).append(",2025-02-30T09:30:00Z,web,home,5,x\n");
            } else if (kind == 502) {
                sb.append("c").append(rows).append(",2024-03-01T09:30:00Z,web,\"never closed,5,x\n");
            } else if (kind == 503) {
                sb.append("c").append(rows).append(",only,three\n");
            } else if (kind == 504) {
                sb.append("\n");
            } else {
                sb.append("c").append(rows % 5000).append(",").append(1709285400L + rows)
                        .append(",").append(random.nextBoolean() ? "web" : "chat").append(",home,")
                        .append(random.nextInt(11)).append(',').append(comment).append('\n');
            }
        }
        Path f = dir.resolve("big" + seed + ".csv");
        Files.writeString(f, sb.toString(), StandardCharsets.UTF_8);
        return f;
    }

    private static void assertSame(Path f, int threads) throws IOException {
        List<Interaction> one = new ArrayList<>();
        List<Rejection> oneRejected = new ArrayList<>();
        ReadReport single = InteractionReader.builder().rejectSink(oneRejected::add).build().read(f, one::add);

        List<Rejection> manyRejected = new ArrayList<>();
        TabularSource.ChunkedRead<List<Interaction>> many = InteractionReader.builder()
                .rejectSink(manyRejected::add).build()
                .readInParallel(f, threads, ArrayList::new, List::add);
        List<Interaction> joined = new ArrayList<>();
        many.states().forEach(joined::addAll);

        assertThat(many.report()).isEqualTo(single);
        assertThat(manyRejected).isEqualTo(oneRejected);
        assertThat(joined).isEqualTo(one);
        assertThat(single.rejected()).isPositive();
    }

    @Test
    void severalThreadsGiveTheSameInteractionsReportAndRejectionsAsOnePass() throws IOException {
        Path f = file(1, false);
        assertSame(f, 2);
        assertSame(f, 3);
    }

    @Test
    void quotedLineBreaksEverywhereStillGiveTheSameResult() throws IOException {
        assertSame(file(2, true), 4);
    }
}
