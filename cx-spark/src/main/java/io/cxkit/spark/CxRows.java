package io.cxkit.spark;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
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

/**
 * Reads a {@code Dataset<Row>} (a table, a Parquet or JSON source) into interactions through cxkit's own reader,
 * so rows meet the same schema rules, aliases and rejection messages as a file: the columns are those of the
 * JSON Lines format ({@code customer_id}, {@code timestamp}, {@code channel}, ...; nested {@code attributes}).
 * Each row is rendered as a JSON line by Spark and read by {@link InteractionReader} under its default policy,
 * one read per partition (a partition's interactions are held in memory while it is read).
 */
public final class CxRows {
    private CxRows() {
    }

    /**
     * The interactions of a row dataset.
     *
     * @param rows the rows, one interaction each
     * @return the interactions, encoded by {@link CxEncoders#interaction()}
     * @throws io.cxkit.core.io.ReadFailedException (when the dataset is evaluated) under the reader's policy, naming
     *         the partition, line, field and value of a rejected row
     */
    public static Dataset<Interaction> interactions(Dataset<Row> rows) {
        return rows.toJSON().mapPartitions((MapPartitionsFunction<String, Interaction>) CxRows::read,
                CxEncoders.interaction());
    }

    private static Iterator<Interaction> read(Iterator<String> lines) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        while (lines.hasNext()) {
            byte[] line = lines.next().getBytes(StandardCharsets.UTF_8);
            json.write(line, 0, line.length);
            json.write('\n');
        }
        List<Interaction> out = new ArrayList<>();
        try {
            String name = "spark partition " + org.apache.spark.TaskContext.getPartitionId();
            InteractionReader.builder().build().read(name, new ByteArrayInputStream(json.toByteArray()),
                    InteractionFormat.JSON_LINES, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.iterator();
    }
}
