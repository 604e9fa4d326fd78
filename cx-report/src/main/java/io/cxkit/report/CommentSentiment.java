package io.cxkit.report;

import io.cxkit.journey.scoring.AtRiskDetector;
import io.cxkit.journey.scoring.AtRiskRules;
import io.cxkit.journey.scoring.CommentValence;
import io.cxkit.journey.scoring.ExperienceScorer;
import io.cxkit.journey.scoring.ScoringSettings;
import io.cxkit.text.Vader;

/**
 * How the report's journey sections read comments: by the compound of VADER with the CX layer (cx-text), the
 * scorer of the voice-of-the-customer section, so that a negative comment is a negative moment of the experience
 * score and a strongly negative one (compound ≤ −0.5) a reason in the at-risk section.
 */
final class CommentSentiment {
    private static final Vader VADER = Vader.cx();
    /** VADER with the CX layer; thread-safe. */
    static final CommentValence VALENCE = text -> VADER.score(text).compound();

    private CommentSentiment() {
    }

    /** The default experience scorer with negative comments as moments. */
    static ExperienceScorer scorer() {
        return scorer(ScoringSettings.DEFAULTS);
    }

    /** The experience scorer of these settings (the report's negativity weight) with negative comments as moments. */
    static ExperienceScorer scorer(ScoringSettings settings) {
        return new ExperienceScorer(settings, VALENCE);
    }

    /** The default at-risk detector over {@link #scorer()}, so its negative-comment rule is on. */
    static AtRiskDetector atRisk() {
        return atRisk(ScoringSettings.DEFAULTS);
    }

    /** The default at-risk rules over {@link #scorer(ScoringSettings)}, so its negative-comment rule is on. */
    static AtRiskDetector atRisk(ScoringSettings settings) {
        return new AtRiskDetector(scorer(settings), AtRiskRules.DEFAULTS);
    }
}
