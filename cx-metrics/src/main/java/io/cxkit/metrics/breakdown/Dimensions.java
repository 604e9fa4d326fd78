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

    record Time(TimeBucket bucket, ZoneId zone) implements Dimension {
        @Override
        public String name() {
            return bucket.label();
        }

        @Override
        public String valueOf(Interaction interaction) {
            return bucket.periodOf(interaction.timestamp(), zone);
        }
    }
}
