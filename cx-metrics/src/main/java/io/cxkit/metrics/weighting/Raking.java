package io.cxkit.metrics.weighting;

import io.cxkit.core.Customer;
import io.cxkit.core.Interaction;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.SourceMapping;
import io.cxkit.core.io.TabularSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Raking (iterative proportional fitting, Deming and Stephan 1940, "On a least squares adjustment of a sampled
 * frequency table when the expected marginal totals are known", Ann. Math. Statist. 11(4)): survey weights that
 * make the weighted respondents match population margins on several dimensions at once.
 *
 * <p>Each sweep multiplies, dimension by dimension, every respondent's weight by (target / weighted total) of
 * its category; optional {@link WeightBounds} then trim the weights. Sweeps repeat until the largest margin
 * error, |weighted total − target| over the target total, is at most the tolerance (then
 * {@link RakingResult#converged()}), or the iteration limit is reached (then it is not, and the remaining error
 * is reported: convergence is never claimed while a margin is off).
 *
 * <p><b>Targets</b> are counts or shares per dimension: a dimension whose targets sum to 1 (within 10⁻⁶) is
 * read as shares. Shares are scaled to the count total if some dimension gives counts, otherwise to the sum of
 * the base weights (the number of respondents when unweighted, so that the mean weight is 1). Dimensions given
 * as counts must agree on the total. Targets read from CSV have the header {@code dimension,category,target}
 * ({@link #fromCsv}).
 *
 * <p><b>Errors.</b> A category with a positive target but no respondent can never be met: raking fails with an
 * {@link IllegalArgumentException} that names the dimension and the category, as it does for a respondent
 * whose category has no target or who has no value for a dimension.
 *
 * <p>Immutable and thread-safe; the {@code with...} methods return changed copies.
 */
public final class Raking {
    /** The default tolerance on the largest margin error, as a share of the total: 10⁻⁸. */
    public static final double DEFAULT_TOLERANCE = 1e-8;
    /** The default limit on sweeps: 1,000. */
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    private static final double SHARE_SUM_TOLERANCE = 1e-6;

    private final List<MarginTarget> targets;
    private final List<Dimension> dimensions;
    private final int maxIterations;
    private final double tolerance;
    private final Optional<WeightBounds> bounds;

    /** One dimension's categories (in target order) and target values, before scaling. */
    private record Dimension(RespondentDimension reader, List<String> categories, Map<String, Integer> index,
                             double[] targets, boolean shares) {
    }

    private Raking(List<MarginTarget> targets, int maxIterations, double tolerance, Optional<WeightBounds> bounds) {
        this.targets = List.copyOf(targets);
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
        this.bounds = bounds;
        this.dimensions = dimensions(this.targets);
    }

    /**
     * Raking to these margins, with the default tolerance and iteration limit and no trimming.
     *
     * @param targets the margin targets
     * @return raking to these margins, with the default tolerance and iteration limit and no trimming
     * @throws IllegalArgumentException if there is no target, a (dimension, category) repeats, or a
     *         dimension's targets are all 0
     */
    public static Raking of(List<MarginTarget> targets) {
        return new Raking(targets, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, Optional.empty());
    }

    /**
     * Reads targets from a table with the columns {@code dimension,category,target} (CSV or another delimiter,
     * detected; optionally gzipped; headers matched ignoring case, spaces and punctuation), through cx-core's
     * {@link TabularSource}. The read stops at the first bad row: a margin set with a row missing would rake to
     * other margins without a word.
     *
     * @param file the file to read
     * @return the raking over the targets read
     * @throws ReadFailedException naming the file, line, column and value of a bad row, or a missing column
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file holds no target row, or as {@link #of}
     */
    public static Raking fromCsv(Path file) throws IOException {
        return fromCsv(file, SourceMapping.none());
    }

    /**
     * As {@link #fromCsv(Path)}, the columns found through {@code mapping} (fields {@code dimension},
     * {@code category}, {@code target}).
     *
     * @param file the file to read
     * @param mapping how the file's columns map onto the fields
     * @return as {@link #fromCsv(Path)}, the columns found through {@code mapping} (fields {@code dimension}, {@code
     *         category}, {@code target})
     * @throws ReadFailedException naming the file, line, column and value of a bad row, or a missing column
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if the file holds no target row, or as {@link #of}
     */
    public static Raking fromCsv(Path file, SourceMapping mapping) throws IOException {
        try (InputStream in = TabularSource.open(file)) {
            return fromCsv(file.toString(), in, mapping);
        }
    }

    /**
     * Reads targets in the form of {@link #fromCsv(Path)} from a stream of UTF-8 text; {@code source} names it in
     * errors. The stream is not closed.
     *
     * @param source the source
     * @param in the stream to read; not closed
     * @param mapping how the file's columns map onto the fields
     * @return the raking over the targets read
     * @throws ReadFailedException naming the source, line, column and value of a bad row, or a missing column
     * @throws IOException if the stream fails
     * @throws IllegalArgumentException if the input holds no target row, or as {@link #of}
     */
    public static Raking fromCsv(String source, InputStream in, SourceMapping mapping) throws IOException {
        List<MarginTarget> rows = new ArrayList<>();
        TabularSource.builder().mapping(mapping).policy(ReadPolicy.FAIL_FAST).build().read(source, in, header -> {
            Column dimension = header.require("dimension");
            Column category = header.require("category");
            Column target = header.require("target");
            return row -> {
                String d = row.text(dimension);
                String c = row.text(category);
                double t = row.decimal(target);
                if (t < 0) {
                    throw row.reject(target, "target must be a non-negative number, was '" + row.value(target)
                            + "'");
                }
                rows.add(new MarginTarget(d, c, t));
            };
        });
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(source + ": targets file has no target rows; expected the header "
                    + "dimension,category,target and one row per category");
        }
        try {
            return of(rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * A copy with another iteration limit.
     *
     * @param limit the most distinct values of this type one customer may hold; 1 makes the type unique (a CRM id: two
     *        customers with different CRM ids are never merged)
     * @return a copy with another iteration limit
     * @throws IllegalArgumentException if it is below 1
     */
    public Raking withMaxIterations(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("max iterations must be at least 1, was " + limit);
        }
        return new Raking(targets, limit, tolerance, bounds);
    }

    /**
     * A copy with another tolerance on the largest margin error (a share of the total).
     *
     * @param t the t
     * @return a copy with another tolerance on the largest margin error (a share of the total)
     * @throws IllegalArgumentException if it is not within (0, 1)
     */
    public Raking withTolerance(double t) {
        if (!(t > 0 && t < 1)) {
            throw new IllegalArgumentException("raking tolerance must be within (0, 1), was " + t);
        }
        return new Raking(targets, maxIterations, t, bounds);
    }

    /**
     * A copy that trims weights to these bounds after each sweep.
     *
     * @param b the weight bounds
     * @return a copy that trims weights to these bounds after each sweep
     */
    public Raking withTrimming(WeightBounds b) {
        return new Raking(targets, maxIterations, tolerance, Optional.of(b));
    }

    /**
     * The margin targets, in the order given.
     *
     * @return the margin targets, in the order given
     */
    public List<MarginTarget> targets() {
        return targets;
    }

    /**
     * The dimension names, in the order first given.
     *
     * @return the dimension names, in the order first given
     */
    public List<String> dimensionNames() {
        List<String> names = new ArrayList<>();
        for (Dimension d : dimensions) {
            names.add(d.reader.name());
        }
        return names;
    }

    /**
     * Weights for interactions as respondents (each interaction is one respondent, base weight 1), in list
     * order. Dimensions read the interaction's field or attribute; {@code segment} reads the attribute
     * {@code segment}, as breakdowns do.
     *
     * @param respondents the respondents
     * @return the weights, in list order, and how the raking converged
     * @throws IllegalArgumentException if the list is empty, a respondent has no value or a value without a
     *         target for a dimension, or a category with a positive target has no respondent
     */
    public RakingResult weights(List<Interaction> respondents) {
        return rake(respondents, (d, i) -> d.reader.of(respondents.get(i)), "interaction",
                i -> respondents.get(i).id());
    }

    /**
     * Weights for customers as respondents, in list order; dimensions are {@code segment} or attributes.
     *
     * @param respondents the respondents
     * @return the weights, in list order, and how the raking converged
     * @throws IllegalArgumentException as {@link #weights}
     */
    public RakingResult weightsForCustomers(List<Customer> respondents) {
        return rake(respondents, (d, i) -> d.reader.of(respondents.get(i)), "customer",
                i -> respondents.get(i).id().value());
    }

    private interface CategoryOf {
        Optional<String> of(Dimension d, int respondent);
    }

    private RakingResult rake(List<?> respondents, CategoryOf category, String what, Function<Integer, String> id) {
        int n = respondents.size();
        if (n == 0) {
            throw new IllegalArgumentException("raking needs at least one respondent");
        }
        int[][] codes = new int[dimensions.size()][n];
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dim = dimensions.get(d);
            for (int i = 0; i < n; i++) {
                Optional<String> v = category.of(dim, i);
                if (v.isEmpty()) {
                    throw new IllegalArgumentException(what + " " + id.apply(i) + " (respondent " + i
                            + ") has no value for dimension '" + dim.reader.name() + "'");
                }
                Integer c = dim.index.get(key(dim, v.get()));
                if (c == null) {
                    throw new IllegalArgumentException(what + " " + id.apply(i) + " (respondent " + i + ") is in "
                            + "category '" + v.get() + "' of dimension '" + dim.reader.name()
                            + "', which has no target; targets name " + dim.categories);
                }
                codes[d][i] = c;
            }
        }
        double[] base = new double[n];
        java.util.Arrays.fill(base, 1.0);
        return rake(codes, base);
    }

    /**
     * Rakes respondents given as category codes: {@code codes[d][i]} is respondent i's category in dimension
     * d, an index into that dimension's categories in the order the targets first named them; base weights
     * (design weights, or seed cells) start the iteration.
     *
     * @param codes the codes
     * @param base the base
     * @return the weights, in respondent order, and how the raking converged
     * @throws IllegalArgumentException if the shapes disagree, a code is out of range, a base weight is
     *         negative or not finite, or a category with a positive target has no respondent (by name)
     */
    public RakingResult rake(int[][] codes, double[] base) {
        int n = base.length;
        if (codes.length != dimensions.size()) {
            throw new IllegalArgumentException("codes must have one row per dimension (" + dimensions.size()
                    + "), had " + codes.length);
        }
        double baseTotal = 0;
        for (int i = 0; i < n; i++) {
            if (!(base[i] >= 0) || !Double.isFinite(base[i])) {
                throw new IllegalArgumentException("base weight " + i + " must be a non-negative number, was "
                        + base[i]);
            }
            baseTotal += base[i];
        }
        double[][] goal = scaledTargets(baseTotal);
        for (int d = 0; d < codes.length; d++) {
            Dimension dim = dimensions.get(d);
            if (codes[d].length != n) {
                throw new IllegalArgumentException("codes of dimension '" + dim.reader.name() + "' must have "
                        + n + " entries, had " + codes[d].length);
            }
            double[] present = new double[dim.categories.size()];
            for (int i = 0; i < n; i++) {
                int c = codes[d][i];
                if (c < 0 || c >= present.length) {
                    throw new IllegalArgumentException("category code " + c + " of respondent " + i
                            + " is out of range for dimension '" + dim.reader.name() + "'");
                }
                present[c] += base[i];
            }
            for (int c = 0; c < present.length; c++) {
                if (present[c] == 0 && goal[d][c] > 0) {
                    throw new IllegalArgumentException("category '" + dim.categories.get(c) + "' of dimension '"
                            + dim.reader.name() + "' has no respondents (or only zero weights) but a target of "
                            + dim.targets[c] + "; raking cannot meet it: merge it with a neighbour or drop "
                            + "its target");
                }
            }
        }
        return IterativeFitting.run(codes, base.clone(), goal, maxIterations, tolerance, bounds);
    }

    private double[][] scaledTargets(double baseTotal) {
        double countTotal = Double.NaN;
        String countDimension = "";
        for (Dimension d : dimensions) {
            if (!d.shares) {
                double t = sum(d.targets);
                if (Double.isNaN(countTotal)) {
                    countTotal = t;
                    countDimension = d.reader.name();
                } else if (Math.abs(t - countTotal) > 1e-6 * Math.max(t, countTotal)) {
                    throw new IllegalArgumentException("margins disagree on the population total: dimension '"
                            + countDimension + "' sums to " + countTotal + ", '" + d.reader.name() + "' to " + t);
                }
            }
        }
        double total = Double.isNaN(countTotal) ? baseTotal : countTotal;
        double[][] goal = new double[dimensions.size()][];
        for (int d = 0; d < goal.length; d++) {
            Dimension dim = dimensions.get(d);
            double s = sum(dim.targets);
            goal[d] = new double[dim.targets.length];
            for (int c = 0; c < goal[d].length; c++) {
                goal[d][c] = dim.shares ? dim.targets[c] / s * total : dim.targets[c];
            }
        }
        return goal;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    private static String key(Dimension d, String value) {
        return d.reader.normalised() ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
    }

    private static List<Dimension> dimensions(List<MarginTarget> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("raking needs at least one margin target");
        }
        Map<String, List<MarginTarget>> byDimension = new LinkedHashMap<>();
        for (MarginTarget t : targets) {
            byDimension.computeIfAbsent(t.dimension(), k -> new ArrayList<>()).add(t);
        }
        List<Dimension> out = new ArrayList<>();
        for (Map.Entry<String, List<MarginTarget>> e : byDimension.entrySet()) {
            RespondentDimension reader = RespondentDimension.parse(e.getKey());
            List<String> categories = new ArrayList<>();
            Map<String, Integer> index = new HashMap<>();
            double[] values = new double[e.getValue().size()];
            double sum = 0;
            boolean allAtMostOne = true;
            for (MarginTarget t : e.getValue()) {
                String k = reader.normalised() ? t.category().toLowerCase(Locale.ROOT) : t.category();
                if (index.putIfAbsent(k, categories.size()) != null) {
                    throw new IllegalArgumentException("target for " + t.dimension() + "=" + t.category()
                            + " is given twice");
                }
                values[categories.size()] = t.target();
                categories.add(t.category());
                sum += t.target();
                allAtMostOne &= t.target() <= 1;
            }
            if (sum == 0) {
                throw new IllegalArgumentException("targets of dimension '" + e.getKey() + "' are all 0");
            }
            boolean shares = allAtMostOne && Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE;
            out.add(new Dimension(reader, List.copyOf(categories), Map.copyOf(index), values, shares));
        }
        return List.copyOf(out);
    }

    /**
     * Fits a two-way table to row and column totals by iterative proportional fitting, starting from the seed
     * table: the classic IPF of Deming and Stephan. The result's weights are the fitted cells, row by row.
     *
     * @param seed the seed of the random generator
     * @param rowTotals the row totals
     * @param columnTotals the column totals
     * @param tolerance relative convergence tolerance, ≥ 0 (scikit-learn's {@code tol}, default 1e-4)
     * @param maxIterations the iteration limit
     * @return the fitted table and how the fit converged
     * @throws IllegalArgumentException if the table is empty or ragged, the totals do not match its shape or
     *         disagree on the grand total, a seed cell is negative, or a row or column with a positive total
     *         has only zero seed cells
     */
    public static RakingResult fitTable(double[][] seed, double[] rowTotals, double[] columnTotals, double tolerance,
                                        int maxIterations) {
        Objects.requireNonNull(seed, "seed");
        int rows = seed.length;
        if (rows == 0 || seed[0].length == 0) {
            throw new IllegalArgumentException("seed table must not be empty");
        }
        int cols = seed[0].length;
        if (rowTotals.length != rows || columnTotals.length != cols) {
            throw new IllegalArgumentException("totals must match the table's " + rows + " rows and " + cols
                    + " columns, were " + rowTotals.length + " and " + columnTotals.length);
        }
        List<MarginTarget> t = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            t.add(new MarginTarget("row", Integer.toString(r), rowTotals[r]));
        }
        for (int c = 0; c < cols; c++) {
            t.add(new MarginTarget("column", Integer.toString(c), columnTotals[c]));
        }
        int[][] codes = new int[2][rows * cols];
        double[] base = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (seed[r].length != cols) {
                throw new IllegalArgumentException("seed table is ragged: row " + r + " has " + seed[r].length
                        + " cells, row 0 has " + cols);
            }
            for (int c = 0; c < cols; c++) {
                codes[0][r * cols + c] = r;
                codes[1][r * cols + c] = c;
                base[r * cols + c] = seed[r][c];
            }
        }
        return of(t).withTolerance(tolerance).withMaxIterations(maxIterations).rake(codes, base);
    }
}
