package io.cxkit.cli.segments;

import io.cxkit.cli.InputException;
import io.cxkit.cli.UsageException;
import io.cxkit.core.output.CsvOutput;
import io.cxkit.core.output.JsonOutput;
import io.cxkit.core.output.Schema;
import io.cxkit.core.output.TextOutput;
import io.cxkit.segments.Clustering;
import io.cxkit.segments.FeatureColumns;
import io.cxkit.segments.FeatureMatrix;
import io.cxkit.segments.KMeans;
import io.cxkit.segments.KSelection;
import io.cxkit.segments.Standardizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx segments cluster}: k-means on chosen customer features, standardized, with k given or chosen by
 * silhouette (the elbow's inertias shown beside it).
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Behavioural clusters: k-means (k-means++ seeding, seeded restarts) on standardized customer "
                + "features; k given with --k or chosen by silhouette over --k-min..--k-max.")
final class ClusterCommand extends SegmentsCommand.Base {
    @Option(names = "--k", paramLabel = "K", description = "The number of clusters (default: chosen by silhouette).")
    Integer k;

    @Option(names = "--k-min", paramLabel = "K", defaultValue = "2", description = "Smallest k tried (default: 2).")
    int kMin;

    @Option(names = "--k-max", paramLabel = "K", defaultValue = "8", description = "Largest k tried (default: 8).")
    int kMax;

    @Option(names = "--features", split = ",", paramLabel = "NAME",
            description = "Features to cluster on (default: recency_days, frequency, monetary, tenure_days, "
                    + "interactions, touchpoints, support_contacts, repeat_contacts, transfers, nps_mean, csat_mean, "
                    + "ces_mean). Also share.CHANNEL, or 'channels' for every channel's share.")
    List<String> features;

    @Option(names = "--seed", defaultValue = "1", description = "The random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--restarts", defaultValue = "10", description = "Seeded restarts per k (default: 10).")
    int restarts;

    @Option(names = "--standardize", defaultValue = "zscore",
            description = "zscore (default) or none. Missing values are imputed with the feature's mean either way.")
    String standardize;

    @Option(names = "--table", paramLabel = "FILE",
            description = "Cluster a plain numeric table instead of customers: one row per point, the columns named by "
                    + "--columns (blank cells are missing and imputed).")
    java.nio.file.Path table;

    @Option(names = "--columns", split = ",", paramLabel = "COL", description = "The --table columns to cluster on.")
    List<String> columns;

    @Option(names = "--id", paramLabel = "COL", description = "The --table column that identifies a row (default: "
            + "the row number).")
    String idColumn;

    @Option(names = "--per-customer", description = "List every customer's cluster (CSV: one row per customer).")
    boolean perCustomer;

    /**
     * A cluster: its size and centre in the features' own units.
     *
     * @param cluster 0..k-1
     * @param size customers in it
     * @param centre the centre per feature, in the features' units (before standardizing)
     */
    record ClusterRow(int cluster, long size, Map<String, Double> centre) {
    }

    /**
     * One row's cluster.
     *
     * @param id the customer id, or the --table row's id
     * @param cluster 0..k-1
     */
    record Assignment(String id, int cluster) {
    }

    /**
     * The clustering run.
     *
     * @param k clusters
     * @param inertia the sum of squared distances to the centres, in the units clustered (standardized with zscore)
     * @param converged whether Lloyd's iterations met the tolerance
     * @param iterations iterations of the best restart
     * @param rows customers (or --table rows) clustered
     * @param features the features, in order
     * @param standardize zscore or none
     * @param imputed missing values replaced by the feature's mean, per feature
     * @param constantFeatures features with one value throughout (they carry no information)
     * @param candidates every k tried, with inertia (the elbow) and silhouette
     * @param clusters each cluster's size and centre
     * @param assignments each row's cluster (with --per-customer, or always in JSON)
     */
    record ClusterReport(int k, double inertia, boolean converged, int iterations, int rows,
            List<String> features, String standardize, Map<String, Long> imputed, List<String> constantFeatures,
            List<KSelection.Candidate> candidates, List<ClusterRow> clusters, List<Assignment> assignments) {
    }

    @Override
    public void run() {
        if (!standardize.equals("zscore") && !standardize.equals("none")) {
            throw new UsageException("--standardize must be zscore or none, was '" + standardize + "'");
        }
        List<String> names = new ArrayList<>();
        FeatureMatrix raw;
        String source;
        if (table != null) {
            if (columns == null || columns.isEmpty()) {
                throw new UsageException("--table needs --columns naming the numeric columns to cluster on");
            }
            if (features != null) {
                throw new UsageException("--features applies to customers; with --table name the columns by --columns");
            }
            names.addAll(columns.stream().map(String::strip).toList());
            raw = readTable(names);
            source = table.toString();
        } else {
            SegmentsCommand.Prepared p = prepare();
            for (String f : features == null ? FeatureColumns.DEFAULT : features) {
                if (f.equals("channels")) {
                    names.addAll(FeatureColumns.channelShareColumns(p.features()));
                } else {
                    names.add(f.strip());
                }
            }
            try {
                raw = FeatureColumns.matrix(p.features(), names);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--features: " + e.getMessage());
            }
            source = p.loaded().source();
        }
        Standardizer.Standardized s = standardize.equals("zscore") ? Standardizer.zScores(raw)
                : Standardizer.imputeOnly(raw);
        Clustering c;
        List<KSelection.Candidate> candidates;
        try {
            if (k != null) {
                c = new KMeans(k, restarts, 300, 1e-4, seed).fit(s.matrix());
                candidates = List.of();
            } else {
                KSelection sel = KSelection.bySilhouette(s.matrix(), kMin, kMax, restarts, seed);
                c = sel.chosen();
                candidates = sel.candidates();
            }
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + e.getMessage());
        }
        List<ClusterRow> clusters = new ArrayList<>();
        for (int j = 0; j < c.k(); j++) {
            Map<String, Double> centre = new LinkedHashMap<>();
            for (int f = 0; f < names.size(); f++) {
                double z = c.centre(j, f);
                centre.put(names.get(f), standardize.equals("zscore") ? s.means()[f] + z * s.sds()[f] : z);
            }
            clusters.add(new ClusterRow(j, c.sizes()[j], centre));
        }
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < raw.rows(); i++) {
            assignments.add(new Assignment(raw.rowIds().get(i), c.labels()[i]));
        }
        Map<String, Long> imputed = new LinkedHashMap<>();
        for (int f = 0; f < names.size(); f++) {
            if (s.imputed()[f] > 0) {
                imputed.put(names.get(f), s.imputed()[f]);
            }
        }
        ClusterReport report = new ClusterReport(c.k(), c.inertia(), c.converged(), c.iterations(), raw.rows(), names,
                standardize, imputed, s.constantColumns(), candidates, clusters,
                perCustomer || format == io.cxkit.cli.OutputFormat.JSON ? assignments : List.of());
        switch (format) {
            case JSON -> JsonOutput.write(report, Schema.of(ClusterReport.class), out());
            case CSV -> CsvOutput.writeAll(Schema.of(Assignment.class), assignments, out());
            default -> text(report);
        }
    }

    private FeatureMatrix readTable(List<String> names) {
        try {
            io.cxkit.segments.NumericTable.Read read = io.cxkit.segments.NumericTable.read(table, names,
                    java.util.Optional.ofNullable(idColumn), io.cxkit.core.io.Dialect.auto(),
                    io.cxkit.core.io.ReadPolicy.SKIP_AND_REPORT, r -> { });
            input.check(read.report(), err());
            return read.matrix();
        } catch (io.cxkit.core.io.ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new InputException(table + ": cannot read: " + e.getMessage(), e);
        }
    }

    private void text(ClusterReport r) {
        var out = out();
        out.printf("k-means: %d clusters of %d rows on %d features (%s), inertia %s, %s after %d iterations%n",
                r.k(), r.rows(), r.features().size(), r.standardize(), TextOutput.number(r.inertia()),
                r.converged() ? "converged" : "NOT converged", r.iterations());
        if (!r.imputed().isEmpty()) {
            out.println("missing values imputed with the feature's mean: " + r.imputed());
        }
        if (!r.constantFeatures().isEmpty()) {
            out.println("constant features (no information): " + r.constantFeatures());
        }
        if (!r.candidates().isEmpty()) {
            out.println("k chosen by silhouette; inertia for the elbow:");
            TextOutput.writeTable(Schema.of(KSelection.Candidate.class), r.candidates(), out);
        }
        out.println("centres, in the features' own units:");
        TextOutput.writeTable(Schema.of(ClusterRow.class), r.clusters(), out);
        if (perCustomer) {
            TextOutput.writeTable(Schema.of(Assignment.class), r.assignments(), out);
        }
    }
}
