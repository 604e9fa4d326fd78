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
         * The last period seen. Interactions usually arrive in time order, so most lookups are a range check.
         * The cache is an immutable object swapped whole, so sharing a dimension between threads is safe.
         */
        private Period last = new Period(Long.MAX_VALUE, Long.MIN_VALUE, "");

        private record Period(long fromSecond, long toSecond, String label) {
        }

        Time(TimeBucket bucket, ZoneId zone) {
            this.bucket = bucket;
            this.zone = zone;
        }

        @Override
        public String name() {
            return bucket.label();
        }

        @Override
        public String valueOf(Interaction interaction) {
            long s = interaction.timestamp().getEpochSecond();
            Period p = last;
            if (s >= p.fromSecond && s < p.toSecond) {
                return p.label;
            }
            java.time.Instant t = interaction.timestamp();
            java.time.LocalDate start = bucket.startOf(t, zone);
            p = new Period(start.atStartOfDay(zone).toEpochSecond(),
                    bucket.next(start).atStartOfDay(zone).toEpochSecond(), bucket.periodOf(t, zone));
            last = p;
            return p.label;
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
