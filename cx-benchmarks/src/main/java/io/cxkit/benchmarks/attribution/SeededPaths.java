package io.cxkit.benchmarks.attribution;

import io.cxkit.journey.attribution.ConversionPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded aggregated paths for the attribution benchmarks: 1–10 touches (lengths skewed short, geometric with
 * mean about 3), channels drawn with Zipf-like popularity so that a few dominate as in real data, 0–3
 * conversions worth 20–199 each and 0–20 non-converting journeys per path; every path distinct.
 */
final class SeededPaths {
    /** The seed every attribution benchmark uses. */
    static final long SEED = 20261123L;

    private SeededPaths() {
    }

    /** {@code count} distinct paths over {@code channels} channels, deterministic for the seed. */
    static List<ConversionPath> generate(int count, int channels, long seed) {
        Random rnd = new Random(seed);
        double[] cumulative = new double[channels];
        double total = 0;
        for (int c = 0; c < channels; c++) {
            total += 1.0 / (c + 1);
            cumulative[c] = total;
        }
        String[] names = new String[channels];
        for (int c = 0; c < channels; c++) {
            names[c] = "channel-" + c;
        }
        Set<List<String>> seen = new HashSet<>(count * 2);
        List<ConversionPath> out = new ArrayList<>(count);
        while (out.size() < count) {
            int len = 1 + (int) Math.min(9, Math.floor(-Math.log(1 - rnd.nextDouble()) * 3));
            List<String> p = new ArrayList<>(len);
            for (int i = 0; i < len; i++) {
                double u = rnd.nextDouble() * total;
                int c = 0;
                while (cumulative[c] < u) {
                    c++;
                }
                p.add(names[c]);
            }
            if (seen.add(p)) {
                int conversions = rnd.nextInt(4);
                int nulls = rnd.nextInt(21);
                if (conversions + nulls == 0) {
                    nulls = 1;
                }
                out.add(new ConversionPath(p, conversions, conversions * (20 + rnd.nextInt(180)), nulls));
            }
        }
        return out;
    }
}
