package io.cxkit.metrics.drivers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The one pass over the respondents that a key-driver analysis needs: means and centred cross-products of m
 * columns (the outcome first, then the drivers), from which the correlation matrix follows. A mergeable
 * accumulator: {@link #add} one row, {@link #merge} another state (Chan, Golub &amp; LeVeque 1979 pairwise update,
 * exact in exact arithmetic), {@link #correlations()} for the result, and a versioned binary {@link #encode}
 * that carries its configuration (column count and missing-answer policy), so a state of another configuration
 * is refused.
 *
 * <p>Missing answers are {@code NaN}. Under {@link MissingAnswers#COMPLETE_CASES} a row with any NaN is
 * counted as skipped; under {@link MissingAnswers#PAIRWISE} each pair of columns keeps its own n, means and
 * co-moments. Not thread-safe.
 */
public final class CorrelationAccumulator {
    private static final int MAGIC = 0x43584452; // "CXDR"
    private static final int VERSION = 1;

    private final int m;
    private final MissingAnswers missing;
    // Complete cases: n, means, co-moment matrix (m×m, row-major).
    private long n;
    private long skipped;
    private final double[] mean;
    private final double[] co;
    // Pairwise: per ordered pair (i, j) the n, mean of i, and co-moment; M2 of i given pair on the diagonal block.
    private final long[] pn;
    private final double[] pmean;
    private final double[] pco;
    private final double[] pairM2i;
    private final double[] delta;

    private CorrelationAccumulator(int m, MissingAnswers missing) {
        if (m < 2) {
            throw new IllegalArgumentException("a key-driver analysis needs an outcome and at least one driver, had "
                    + m + " column(s)");
        }
        this.m = m;
        this.missing = missing;
        this.mean = new double[m];
        this.co = new double[m * m];
        this.delta = new double[m];
        boolean pw = missing == MissingAnswers.PAIRWISE;
        this.pn = pw ? new long[m * m] : new long[0];
        this.pmean = pw ? new double[m * m] : new double[0];
        this.pco = pw ? new double[m * m] : new double[0];
        this.pairM2i = pw ? new double[m * m] : new double[0];
    }

    /**
     * An empty state for {@code columns} columns (the outcome plus the drivers).
     *
     * @param columns the number of columns, outcome included; at least 2
     * @param missing how rows with missing answers are counted
     * @return an empty state
     * @throws IllegalArgumentException if fewer than 2 columns
     */
    public static CorrelationAccumulator create(int columns, MissingAnswers missing) {
        return new CorrelationAccumulator(columns, java.util.Objects.requireNonNull(missing, "missing"));
    }

    /**
     * The number of columns.
     *
     * @return the number of columns, outcome included
     */
    public int columns() {
        return m;
    }

    /**
     * The missing-answer policy this state was created with.
     *
     * @return the missing-answer policy
     */
    public MissingAnswers missing() {
        return missing;
    }

    /**
     * Adds one respondent's row: the outcome then the drivers, NaN for a missing answer. Allocates nothing.
     *
     * @param row the outcome then the drivers, {@link #columns()} values; NaN for a missing answer
     * @throws IllegalArgumentException if the row's length is not {@link #columns()} or a value is infinite
     */
    public void add(double[] row) {
        if (row.length != m) {
            throw new IllegalArgumentException("row has " + row.length + " values, expected " + m);
        }
        if (missing == MissingAnswers.PAIRWISE) {
            addPairwise(row);
            return;
        }
        for (double v : row) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("values must be finite, was " + v);
            }
            if (Double.isNaN(v)) {
                skipped++;
                return;
            }
        }
        n++;
        for (int i = 0; i < m; i++) {
            delta[i] = row[i] - mean[i];
            mean[i] += delta[i] / n;
        }
        for (int i = 0; i < m; i++) {
            double di = delta[i];
            int r = i * m;
            for (int j = i; j < m; j++) {
                co[r + j] += di * (row[j] - mean[j]);
            }
        }
    }

    /**
     * Adds many rows given as columns ({@code columns[c][r]}, the outcome first): row {@code rows[k]} for k in
     * [0, count), or rows 0..count−1 when {@code rows} is empty. The columnar bulk path: a two-pass centred
     * batch merged into this state, which is both faster and more accurate than row-by-row updates.
     *
     * @param columns one array per column, the outcome first; NaN for a missing answer
     * @param rows the row indices to add, or an empty array for rows 0..count−1
     * @param count how many rows to add
     * @throws IllegalArgumentException if the column count differs or a value is infinite
     */
    public void addColumns(double[][] columns, int[] rows, int count) {
        if (columns.length != m) {
            throw new IllegalArgumentException("got " + columns.length + " columns, expected " + m);
        }
        if (missing == MissingAnswers.PAIRWISE) {
            double[] row = new double[m];
            for (int k = 0; k < count; k++) {
                int r = rows.length == 0 ? k : rows[k];
                for (int c = 0; c < m; c++) {
                    row[c] = columns[c][r];
                }
                add(row);
            }
            return;
        }
        double[] sum = new double[m];
        long used = 0;
        long skip = 0;
        for (int k = 0; k < count; k++) {
            int r = rows.length == 0 ? k : rows[k];
            boolean complete = true;
            for (int c = 0; c < m; c++) {
                double v = columns[c][r];
                if (Double.isInfinite(v)) {
                    throw new IllegalArgumentException("values must be finite, was " + v);
                }
                complete &= !Double.isNaN(v);
            }
            if (!complete) {
                skip++;
                continue;
            }
            used++;
            for (int c = 0; c < m; c++) {
                sum[c] += columns[c][r];
            }
        }
        skipped += skip;
        if (used == 0) {
            return;
        }
        CorrelationAccumulator batch = new CorrelationAccumulator(m, missing);
        batch.n = used;
        for (int c = 0; c < m; c++) {
            batch.mean[c] = sum[c] / used;
        }
        double[] centred = new double[m];
        double[] bco = batch.co;
        for (int k = 0; k < count; k++) {
            int r = rows.length == 0 ? k : rows[k];
            boolean complete = true;
            for (int c = 0; c < m; c++) {
                double v = columns[c][r];
                complete &= !Double.isNaN(v);
                centred[c] = v - batch.mean[c];
            }
            if (!complete) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                double di = centred[i];
                int base = i * m;
                for (int j = i; j < m; j++) {
                    bco[base + j] += di * centred[j];
                }
            }
        }
        merge(batch);
    }

    private void addPairwise(double[] row) {
        boolean any = false;
        for (double v : row) {
            if (Double.isInfinite(v)) {
                throw new IllegalArgumentException("values must be finite, was " + v);
            }
            any |= !Double.isNaN(v);
        }
        if (!any) {
            skipped++;
            return;
        }
        n++;
        for (int i = 0; i < m; i++) {
            double xi = row[i];
            if (Double.isNaN(xi)) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                double xj = row[j];
                if (Double.isNaN(xj)) {
                    continue;
                }
                int ij = i * m + j;
                int ji = j * m + i;
                if (i <= j) {
                    // Welford on the pair: means of i and j over the rows where both are present.
                    long k = ++pn[ij];
                    if (i != j) {
                        pn[ji] = k;
                    }
                    double di = xi - pmean[ij];
                    double dj = xj - pmean[ji];
                    pmean[ij] += di / k;
                    if (i != j) {
                        pmean[ji] += dj / k;
                    }
                    pco[ij] += di * (xj - pmean[ji]);
                    if (i != j) {
                        // M2 of i and of j over this pair's rows, kept in the otherwise unused lower triangle.
                        pco[ji] += dj * (xj - pmean[ji]);
                        pairM2i[ij] += di * (xi - pmean[ij]);
                    }
                }
            }
        }
    }

    /**
     * Adds the state of {@code other} into this one; {@code other} is not changed.
     *
     * @param other a state with the same columns and policy
     * @throws IllegalArgumentException if the two were created with different columns or policy
     */
    public void merge(CorrelationAccumulator other) {
        if (other.m != m || other.missing != missing) {
            throw new IllegalArgumentException("cannot merge a state of " + other.m + " columns (" + other.missing
                    + ") into one of " + m + " (" + missing + ")");
        }
        skipped += other.skipped;
        if (missing == MissingAnswers.PAIRWISE) {
            n += other.n;
            for (int i = 0; i < m; i++) {
                for (int j = i; j < m; j++) {
                    int ij = i * m + j;
                    int ji = j * m + i;
                    long na = pn[ij];
                    long nb = other.pn[ij];
                    if (nb == 0) {
                        continue;
                    }
                    long nn = na + nb;
                    double di = other.pmean[ij] - pmean[ij];
                    double dj = other.pmean[ji] - pmean[ji];
                    double f = (double) na * nb / nn;
                    pco[ij] += other.pco[ij] + di * dj * f;
                    if (i != j) {
                        pco[ji] += other.pco[ji] + dj * dj * f;
                        pairM2i[ij] += other.pairM2i[ij] + di * di * f;
                    }
                    pmean[ij] += di * nb / nn;
                    if (i != j) {
                        pmean[ji] += dj * nb / nn;
                    }
                    pn[ij] = nn;
                    pn[ji] = nn;
                }
            }
            return;
        }
        if (other.n == 0) {
            return;
        }
        long nn = n + other.n;
        double f = (double) n * other.n / nn;
        for (int i = 0; i < m; i++) {
            delta[i] = other.mean[i] - mean[i];
        }
        for (int i = 0; i < m; i++) {
            for (int j = i; j < m; j++) {
                co[i * m + j] += other.co[i * m + j] + delta[i] * delta[j] * f;
            }
        }
        for (int i = 0; i < m; i++) {
            mean[i] += delta[i] * other.n / nn;
        }
        n = nn;
    }

    /**
     * Respondents counted (complete cases; or, pairwise, those who answered anything).
     *
     * @return the respondents counted
     */
    public long count() {
        return n;
    }

    /**
     * Rows skipped: with a missing answer (complete cases) or with none at all (pairwise).
     *
     * @return the rows skipped
     */
    public long skipped() {
        return skipped;
    }

    /**
     * The smallest number of respondents behind any one correlation.
     *
     * @return the fewest respondents behind a correlation: the count for complete cases, the smallest pair count when
     *        pairwise (0 if none)
     */
    public long minimumPairCount() {
        if (missing == MissingAnswers.COMPLETE_CASES) {
            return n;
        }
        long min = Long.MAX_VALUE;
        for (long c : pn) {
            min = Math.min(min, c);
        }
        return min == Long.MAX_VALUE ? 0 : min;
    }

    /**
     * The mean of column {@code c} (over complete cases, or over those who answered it when pairwise).
     *
     * @param c the column, 0 for the outcome
     * @return the column's mean
     */
    public double mean(int c) {
        return missing == MissingAnswers.PAIRWISE ? pmean[c * m + c] : mean[c];
    }

    /**
     * The sample variance (n − 1 denominator) of column {@code c}; 0 when fewer than two values.
     *
     * @param c the column, 0 for the outcome
     * @return the column's sample variance
     */
    public double variance(int c) {
        if (missing == MissingAnswers.PAIRWISE) {
            long k = pn[c * m + c];
            return k < 2 ? 0 : pco[c * m + c] / (k - 1);
        }
        return n < 2 ? 0 : co[c * m + c] / (n - 1);
    }

    /**
     * The m×m correlation matrix, row-major. A column with no variance has correlation 0 with every other and 1
     * with itself; callers check {@link #variance} first and refuse such drivers by name.
     *
     * @return a new array of m×m Pearson correlations, row-major, with 1 on the diagonal
     */
    public double[] correlations() {
        double[] r = new double[m * m];
        for (int i = 0; i < m; i++) {
            r[i * m + i] = 1;
            for (int j = i + 1; j < m; j++) {
                double v;
                if (missing == MissingAnswers.PAIRWISE) {
                    int ij = i * m + j;
                    double m2i = pairM2i[ij];
                    double m2j = pco[j * m + i];
                    v = m2i > 0 && m2j > 0 ? pco[ij] / Math.sqrt(m2i * m2j) : 0;
                } else {
                    double d = co[i * m + i] * co[j * m + j];
                    v = d > 0 ? co[i * m + j] / Math.sqrt(d) : 0;
                }
                v = Math.max(-1, Math.min(1, v));
                r[i * m + j] = v;
                r[j * m + i] = v;
            }
        }
        return r;
    }

    /**
     * A copy of this state.
     *
     * @return an independent state equal to this one
     */
    public CorrelationAccumulator copy() {
        return decode(encode());
    }

    /**
     * The state as bytes: magic "CXDR", version, the column count and policy (its configuration), then the
     * counts and moments. Big-endian.
     *
     * @return the encoded state
     */
    public byte[] encode() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(m);
            out.writeUTF(missing.name());
            out.writeLong(n);
            out.writeLong(skipped);
            if (missing == MissingAnswers.PAIRWISE) {
                    for (int i = 0; i < m * m; i++) {
                    out.writeLong(pn[i]);
                    out.writeDouble(pmean[i]);
                    out.writeDouble(pco[i]);
                    out.writeDouble(pairM2i[i]);
                }
            } else {
                for (double v : mean) {
                    out.writeDouble(v);
                }
                for (double v : co) {
                    out.writeDouble(v);
                }
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /**
     * Reads a state written by {@link #encode}.
     *
     * @param bytes bytes written by {@link #encode}
     * @return the state they hold
     * @throws IllegalArgumentException if the bytes are not such a state, of an unknown version, or truncated
     */
    public static CorrelationAccumulator decode(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not an encoded key-driver state");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("key-driver state has version " + version + ", this reads 1");
            }
            int m = in.readInt();
            if (m < 2 || m > 4096) {
                throw new IllegalArgumentException("key-driver state declares " + m + " columns");
            }
            MissingAnswers missing = MissingAnswers.valueOf(in.readUTF());
            CorrelationAccumulator a = new CorrelationAccumulator(m, missing);
            a.n = in.readLong();
            a.skipped = in.readLong();
            if (missing == MissingAnswers.PAIRWISE) {
                for (int i = 0; i < m * m; i++) {
                    a.pn[i] = in.readLong();
                    a.pmean[i] = in.readDouble();
                    a.pco[i] = in.readDouble();
                    a.pairM2i[i] = in.readDouble();
                }
            } else {
                for (int i = 0; i < m; i++) {
                    a.mean[i] = in.readDouble();
                }
                for (int i = 0; i < m * m; i++) {
                    a.co[i] = in.readDouble();
                }
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException(in.available() + " bytes left over after a key-driver state");
            }
            return a;
        } catch (EOFException e) {
            throw new IllegalArgumentException("encoded key-driver state ends early", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("encoded key-driver state cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "CorrelationAccumulator[" + m + " columns, " + missing + ", n=" + n + ", means="
                + Arrays.toString(missing == MissingAnswers.PAIRWISE ? new double[0] : mean) + "]";
    }
}
