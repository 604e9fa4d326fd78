package io.cxkit.metrics.breakdown;

import io.cxkit.core.Interaction;
import java.time.ZoneId;
import java.util.Locale;

/** The built-in dimensions. */
final class Dimensions {
    static final Dimension CHANNEL = new Named("channel") {
        @Override
        public String valueOf(Interaction interaction) {
            return interaction.touchpoint().channel().name();
        }
    };
    static final Dimension TOUCHPOINT = new Named("touchpoint") {
        @Override
        public String valueOf(Interaction interaction) {
            return interaction.touchpoint().id();
        }
    };
    static final Dimension STAGE = new Named("stage") {
        @Override
        public String valueOf(Interaction interaction) {
            return interaction.touchpoint().stage().map(s -> s.name()).orElse(Dimension.NONE);
        }
    };

    static final String ALLOWED = "channel, touchpoint, stage, segment, attr.NAME, day, week, month";

    private Dimensions() {
    }

    static Dimension parse(String text, ZoneId zone) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "channel":
                return CHANNEL;
            case "touchpoint":
                return TOUCHPOINT;
            case "stage":
                return STAGE;
            case "segment":
                return Dimension.segment();
            case "day":
            case "week":
            case "month":
                return Dimension.time(TimeBucket.parse(lower), zone);
            default:
                break;
        }
        if (lower.startsWith("attr.") && t.length() > 5) {
            return Dimension.attribute(t.substring(5));
        }
        throw new IllegalArgumentException("unknown dimension '" + text + "'; allowed: " + ALLOWED);
    }

    private abstract static class Named implements Dimension {
        private final String name;

        Named(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Attribute(String name, String attribute) implements Dimension {
        @Override
        public String valueOf(Interaction interaction) {
            return interaction.attributes().getOrDefault(attribute, Dimension.NONE);
        }
    }

    static final class Time implements Dimension {
        private final TimeBucket bucket;
        private final ZoneId zone;
        /**
         * Every period seen so far, sorted by start, and the one hit last. Interactions usually arrive in time
         * order, so most lookups are one range check; out-of-order input costs a binary search, and only a
         * period never seen before computes its label (which allocates). The cache is an immutable object
         * swapped whole, so sharing a dimension between threads is safe.
         */
        private Periods periods = new Periods(new Period[0], 0);

        private record Period(long fromSecond, long toSecond, String label) {
        }

        private record Periods(Period[] sorted, int last) {
        }

        Time(TimeBucket bucket, ZoneId zone) {
            this.bucket = bucket;
            this.zone = zone;
        }

        TimeBucket bucket() {
            return bucket;
        }

        @Override
        public String name() {
            return bucket.label();
        }

        @Override
        public String valueOf(Interaction interaction) {
            long s = interaction.timestamp().getEpochSecond();
            Periods ps = periods;
            Period[] sorted = ps.sorted;
            if (sorted.length > 0) {
                Period p = sorted[ps.last];
                if (s >= p.fromSecond && s < p.toSecond) {
                    return p.label;
                }
            }
            int lo = 0;
            int hi = sorted.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Period p = sorted[mid];
                if (s < p.fromSecond) {
                    hi = mid - 1;
                } else if (s >= p.toSecond) {
                    lo = mid + 1;
                } else {
                    return p.label;
                }
            }
            java.time.Instant t = interaction.timestamp();
            java.time.LocalDate start = bucket.startOf(t, zone);
            Period fresh = new Period(start.atStartOfDay(zone).toEpochSecond(),
                    bucket.next(start).atStartOfDay(zone).toEpochSecond(), bucket.periodOf(t, zone));
            Period[] grown = new Period[sorted.length + 1];
            System.arraycopy(sorted, 0, grown, 0, lo);
            grown[lo] = fresh;
            System.arraycopy(sorted, lo, grown, lo + 1, sorted.length - lo);
            periods = new Periods(grown, lo);
            return fresh.label;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Time t && t.bucket == bucket && t.zone.equals(zone);
        }

        @Override
        public int hashCode() {
            return bucket.hashCode() * 31 + zone.hashCode();
        }

        @Override
        public String toString() {
            return bucket.label() + " in " + zone;
        }
    }
}
