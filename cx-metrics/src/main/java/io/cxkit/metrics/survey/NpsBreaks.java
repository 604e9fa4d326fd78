package io.cxkit.metrics.survey;

/**
 * The answer scale of a Net Promoter question and where its categories break, written as the cut points of the
 * R {@code NPS} package (Brendan Rocks): scores {@code lowest..detractorMax} are detractors,
 * {@code detractorMax+1..passiveMax} passives and {@code passiveMax+1..highest} promoters. The standard
 * (Reichheld 2003) breaks are (0, 6, 8, 10); the package's custom-breaks test uses (0, 6, 8, 15).
 *
 * @param lowest the lowest valid score
 * @param detractorMax the highest detractor score
 * @param passiveMax the highest passive score; equal to detractorMax when there are no passives
 * @param highest the highest valid score, at most {@value #MAX_SCORE}
 */
public record NpsBreaks(int lowest, int detractorMax, int passiveMax, int highest) {
    /** Largest score a scale may reach: scores must fit a signed byte with room for the bit tricks. */
    public static final int MAX_SCORE = 100;

    /** The standard 0–10 scale: detractors 0–6, passives 7–8, promoters 9–10. */
    public static final NpsBreaks STANDARD = new NpsBreaks(0, 6, 8, 10);

    /**
     * @param lowest the lowest valid score
     * @param detractorMax the highest detractor score
     * @param passiveMax the highest passive score; equal to detractorMax when there are no passives
     * @param highest the highest valid score, at most {@value #MAX_SCORE}
     * @throws IllegalArgumentException unless 0 ≤ lowest ≤ detractorMax ≤ passiveMax &lt; highest ≤ 100
     */
    public NpsBreaks {
        if (lowest < 0 || lowest > detractorMax || detractorMax > passiveMax || passiveMax >= highest
                || highest > MAX_SCORE) {
            throw new IllegalArgumentException("nps breaks must satisfy 0 <= lowest <= detractorMax <= passiveMax"
                    + " < highest <= " + MAX_SCORE + ", were (" + lowest + ", " + detractorMax + ", " + passiveMax
                    + ", " + highest + ")");
        }
    }

    /**
     * Parses {@code "0,6,8,10"}.
     *
     * @param text the text to parse
     * @return the breaks
     * @throws IllegalArgumentException if the text is not four integers forming valid breaks
     */
    public static NpsBreaks parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("nps breaks must be four integers lowest,detractorMax,passiveMax,"
                    + "highest, was '" + text + "'");
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("nps breaks must be integers, was '" + text + "'");
            }
        }
        return new NpsBreaks(v[0], v[1], v[2], v[3]);
    }

    /**
     * True if the score lies on this scale.
     *
     * @param score 1..scale
     * @return true if the score lies on this scale
     */
    public boolean isValid(int score) {
        return score >= lowest && score <= highest;
    }

    /**
     * True if the score is a detractor's: {@code lowest..detractorMax}. The one definition of a detractor: other
     * modules (journey scoring, text segments) ask {@link #STANDARD} rather than repeat the cut point.
     *
     * @param score an answer on this scale
     * @return true if the score lies within {@code lowest..detractorMax}
     */
    public boolean isDetractor(int score) {
        return score >= lowest && score <= detractorMax;
    }

    /**
     * True if the score is a promoter's: {@code passiveMax+1..highest}.
     *
     * @param score an answer on this scale
     * @return true if the score lies within {@code passiveMax+1..highest}
     */
    public boolean isPromoter(int score) {
        return score > passiveMax && score <= highest;
    }

    @Override
    public String toString() {
        return lowest + "," + detractorMax + "," + passiveMax + "," + highest;
    }
}
