package io.cxkit.spark;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@code Dataset<Row>} (a table, a Parquet or JSON source) into interactions through cxkit's own reader,
 * so rows meet the same schema rules, aliases and rejection messages as a file: the columns are those of the
 * JSON Lines format ({@code customer_id}, {@code timestamp}, {@code channel}, ...; nested {@code attributes}).
 * Each row is rendered as a JSON line by Spark and read by {@link InteractionReader}, one read per partition (a
 * partition's interactions are held in memory while it is read).
 */
public final class CxRows {
    private static final Logger LOG = LoggerFactory.getLogger(CxRows.class);

    private CxRows() {
    }

    /**
     * The interactions of a row dataset, failing at the first row the reader rejects: when the dataset is
     * evaluated, a {@link io.cxkit.core.io.ReadFailedException} names the partition, line, field and value of the
     * first rejected row.
     *
     * @param rows the rows, one interaction each
     * @return the interactions, encoded by {@link CxEncoders#interaction()}
     */
    public static Dataset<Interaction> interactions(Dataset<Row> rows) {
        return interactions(rows, ReadPolicy.FAIL_FAST);
    }

    /**
     * The interactions of a row dataset under a read policy. Under {@link ReadPolicy#SKIP_AND_REPORT} a
     * partition with rejected rows logs a warning with its read report (read = accepted + rejected, and the
     * first rejections with line, field and value).
     *
     * @param rows the rows, one interaction each
     * @param policy what a rejected row does
     * @return the interactions, encoded by {@link CxEncoders#interaction()}; under {@link ReadPolicy#FAIL_FAST},
     *         evaluating them throws a {@link io.cxkit.core.io.ReadFailedException} naming the partition, line,
     *         field and value of a rejected row
     */
    public static Dataset<Interaction> interactions(Dataset<Row> rows, ReadPolicy policy) {
        return rows.toJSON().mapPartitions(
                (MapPartitionsFunction<String, Interaction>) lines -> read(lines, policy), CxEncoders.interaction());
    }

    private static Iterator<Interaction> read(Iterator<String> lines, ReadPolicy policy) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        while (lines.hasNext()) {
            byte[] line = lines.next().getBytes(StandardCharsets.UTF_8);
            json.write(line, 0, line.length);
            json.write('\n');
        }
        List<Interaction> out = new ArrayList<>();
        try {
            String name = "spark partition " + org.apache.spark.TaskContext.getPartitionId();
            ReadReport report = InteractionReader.builder().policy(policy).build().read(name,
                    new ByteArrayInputStream(json.toByteArray()), InteractionFormat.JSON_LINES, out::add);
            if (report.rejected() > 0) {
                LOG.warn("{}", report);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.iterator();
    }
}
