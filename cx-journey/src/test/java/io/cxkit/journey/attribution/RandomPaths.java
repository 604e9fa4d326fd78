package io.cxkit.journey.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded random aggregated paths for property tests. */
final class RandomPaths {
    private RandomPaths() {
    }

    /**
     * Distinct paths over {@code channels} channels named c0, c1, ..., of 1..maxLength touches.
     *
     * @param repeats whether consecutive repeats may occur
     */
    static List<ConversionPath> generate(long seed, int count, int channels, int maxLength, boolean repeats) {
        Random rnd = new Random(seed);
        Set<List<String>> seen = new HashSet<>();
        List<ConversionPath> out = new ArrayList<>(count);
        int attempts = 0;
        while (out.size() < count && attempts++ < count * 50) {
            int len = 1 + rnd.nextInt(maxLength);
            List<String> p = new ArrayList<>(len);
            int prev = -1;
            for (int i = 0; i < len; i++) {
                int c = rnd.nextInt(channels);
                if (!repeats && c == prev) {
                    c = (c + 1 + rnd.nextInt(channels - 1)) % channels;
                }
                p.add("c" + c);
                prev = c;
            }
            if (seen.add(p)) {
                double conv = rnd.nextInt(4);
                double nulls = rnd.nextInt(6);
                if (conv + nulls == 0) {
                    nulls = 1;
                }
                double value = conv * (10 + rnd.nextInt(90));
                out.add(new ConversionPath(p, conv, value, nulls));
            }
        }
        return out;
    }
}
