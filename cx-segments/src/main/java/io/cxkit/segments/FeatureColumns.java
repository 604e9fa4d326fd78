package io.cxkit.segments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The numeric features a customer can be clustered on, by name. A feature a customer does not have (no NPS
 * answer, no purchase) is NaN, to be imputed by the {@link Standardizer}.
 *
 * <p>Names: {@code recency_days}, {@code frequency}, {@code monetary}, {@code tenure_days}, {@code interactions},
 * {@code touchpoints}, {@code support_contacts}, {@code repeat_contacts}, {@code transfers}, {@code nps_mean},
 * {@code csat_mean}, {@code ces_mean}, {@code share.CHANNEL} (a channel's share of the customer's interactions:
 * the one-hot-like encoding of the categorical channel mix), and {@code score.NAME} for a joined score
 * ({@code score.experience}, {@code score.p_alive}, {@code score.clv}).
 */
public final class FeatureColumns {
    /** The behavioural default: recency, frequency, value, tenure, activity, service effort and answers. */
    public static final List<String> DEFAULT = List.of("recency_days", "frequency", "monetary", "tenure_days",
            "interactions", "touchpoints", "support_contacts", "repeat_contacts", "transfers", "nps_mean",
            "csat_mean", "ces_mean");

    private FeatureColumns() {
    }

    /**
     * The matrix of the named features over the customers, in their order.
     *
     * @param customers every customer's features
     * @param names the column names
     * @return the matrix of the named features over the customers, in their order
     * @throws IllegalArgumentException if a name is unknown, listing the known ones
     */
    public static FeatureMatrix matrix(List<CustomerFeatures> customers, List<String> names) {
        List<ToDoubleFunction<CustomerFeatures>> getters = new ArrayList<>();
        for (String name : names) {
            getters.add(getter(name));
        }
        int d = names.size();
        double[] v = new double[customers.size() * d];
        List<String> ids = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            CustomerFeatures c = customers.get(i);
            ids.add(c.customer());
            for (int j = 0; j < d; j++) {
                v[i * d + j] = getters.get(j).applyAsDouble(c);
            }
        }
        return new FeatureMatrix(names, ids, v);
    }

    private static ToDoubleFunction<CustomerFeatures> getter(String name) {
        if (name.startsWith("share.")) {
            String ch = name.substring("share.".length());
            return c -> c.channelShares().getOrDefault(ch, 0.0);
        }
        if (name.startsWith("score.")) {
            String s = name.substring("score.".length());
            return c -> c.scores().getOrDefault(s, Double.NaN);
        }
        return switch (name) {
            case "recency_days" -> c -> c.recencyDays().orElse(Double.NaN);
            case "frequency" -> c -> c.purchases();
            case "monetary" -> CustomerFeatures::monetary;
            case "tenure_days" -> CustomerFeatures::tenureDays;
            case "interactions" -> c -> c.interactions();
            case "touchpoints" -> c -> c.touchpoints();
            case "support_contacts" -> c -> c.supportContacts();
            case "repeat_contacts" -> c -> c.repeatContacts();
            case "transfers" -> c -> c.transfers();
            case "nps_mean" -> c -> c.npsMean().orElse(Double.NaN);
            case "csat_mean" -> c -> c.csatMean().orElse(Double.NaN);
            case "ces_mean" -> c -> c.cesMean().orElse(Double.NaN);
            default -> throw new IllegalArgumentException("unknown customer feature '" + name + "'; known: "
                    + String.join(", ", DEFAULT) + ", share.CHANNEL, score.NAME");
        };
    }

    /**
     * Every {@code share.CHANNEL} column the customers have, sorted.
     *
     * @param customers every customer's features
     * @return every {@code share.CHANNEL} column the customers have, sorted
     */
    public static List<String> channelShareColumns(List<CustomerFeatures> customers) {
        java.util.TreeSet<String> s = new java.util.TreeSet<>();
        for (CustomerFeatures c : customers) {
            for (Map.Entry<String, Double> e : c.channelShares().entrySet()) {
                s.add("share." + e.getKey());
            }
        }
        return List.copyOf(s);
    }
}
