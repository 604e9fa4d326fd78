package io.cxkit.core;

import java.util.Objects;

/**
 * One answer a customer gave. Sealed, so a calculator can switch over the kinds exhaustively. Every kind checks
 * its range in its constructor and names the field, the value and what is allowed when it fails.
 */
public sealed interface Feedback {

    /**
     * A Net Promoter answer: "How likely are you to recommend us?" on 0–10 (Reichheld 2003).
     *
     * @param score 0..10
     */
    record Nps(int score) implements Feedback {
        /**
         * @param score 1..scale
         * @throws IllegalArgumentException if the score is outside 0..10
         */
        public Nps {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("nps score must be within 0..10, was " + score);
            }
        }
    }

    /**
     * A customer-satisfaction answer on a stated scale 1..scale.
     *
     * @param score 1..scale
     * @param scale the number of answer options, 2..10 (5 is the usual)
     */
    record Csat(int score, int scale) implements Feedback {
        /** The usual CSAT scale. */
        public static final int DEFAULT_SCALE = 5;

        /**
         * @param score 1..scale
         * @param scale the number of answer options, 2..10 (5 is the usual)
         * @throws IllegalArgumentException if the scale is outside 2..10 or the score outside 1..scale
         */
        public Csat {
            if (scale < 2 || scale > 10) {
                throw new IllegalArgumentException("csat_scale must be within 2..10, was " + scale);
            }
            if (score < 1 || score > scale) {
                throw new IllegalArgumentException("csat score must be within 1.." + scale + ", was " + score);
            }
        }
    }

    /**
     * A Customer Effort Score 2.0 answer: "The company made it easy for me to handle my issue", 1 (strongly
     * disagree) to 7 (strongly agree), as defined by CEB/Gartner.
     *
     * @param score 1..7
     */
    record Ces(int score) implements Feedback {
        /**
         * @param score 1..scale
         * @throws IllegalArgumentException if the score is outside 1..7
         */
        public Ces {
            if (score < 1 || score > 7) {
                throw new IllegalArgumentException("ces score must be within 1..7, was " + score);
            }
        }
    }

    /**
     * A rating on a stated scale 1..scale, such as a 5-star review.
     *
     * @param score 1..scale
     * @param scale the number of answer options, 2..100
     */
    record Rating(int score, int scale) implements Feedback {
        /**
         * @param score 1..scale
         * @param scale the number of answer options, 2..10 (5 is the usual)
         * @throws IllegalArgumentException if the scale is outside 2..100 or the score outside 1..scale
         */
        public Rating {
            if (scale < 2 || scale > 100) {
                throw new IllegalArgumentException("rating_scale must be within 2..100, was " + scale);
            }
            if (score < 1 || score > scale) {
                throw new IllegalArgumentException("rating must be within 1.." + scale + ", was " + score);
            }
        }
    }

    /**
     * A free-text comment.
     *
     * @param text the comment, not blank, at most {@value #MAX_LENGTH} characters
     */
    record Verbatim(String text) implements Feedback {
        /** Longest comment accepted. */
        public static final int MAX_LENGTH = 100_000;

        /**
         * @param text the comment, not blank, at most {@value #MAX_LENGTH} characters
         * @throws IllegalArgumentException if the text is blank or too long
         */
        public Verbatim {
            Objects.requireNonNull(text, "comment must not be null");
            if (text.isBlank()) {
                throw new IllegalArgumentException("comment must not be blank");
            }
            if (text.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("comment must be at most " + MAX_LENGTH
                        + " characters, was " + text.length());
            }
        }
    }
}
