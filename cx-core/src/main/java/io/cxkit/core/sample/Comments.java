package io.cxkit.core.sample;

import io.cxkit.core.Feedback;
import java.util.SplittableRandom;

/**
 * Free-text comments whose tone matches the score they come with and whose subject matches what happened: a
 * detractor after three calls about a refund complains about calling three times about a refund.
 */
final class Comments {
    private static final String[] POSITIVE_OPENERS = {"Great service.", "Really happy with this.",
        "Thank you!", "Excellent experience.", "Very pleased.", "Five stars from me."};
    private static final String[] NEUTRAL_OPENERS = {"It was okay.", "Fine overall.", "Average experience.",
        "Nothing special.", "Mostly fine."};
    private static final String[] NEGATIVE_OPENERS = {"Very disappointed.", "Terrible experience.",
        "Not happy at all.", "Frustrating.", "Really poor service."};

    private static final String[] POSITIVE_SUPPORT = {"The agent solved my problem straight away.",
        "Quick and friendly help.", "My issue was fixed on the first contact.",
        "Support knew exactly what to do."};
    private static final String[] NEUTRAL_SUPPORT = {"The issue got fixed in the end.",
        "Took a while but it was sorted.", "The answer was correct but a bit generic."};
    private static final String[] NEGATIVE_SUPPORT = {"Nobody could fix my problem.",
        "My issue is still not resolved.", "The agent did not understand the problem."};

    private static final String[] POSITIVE_PURCHASE = {"Delivery was fast and the product is great.",
        "Easy checkout and good prices.", "Exactly what I ordered, well packed."};
    private static final String[] NEUTRAL_PURCHASE = {"The product is as described.",
        "Delivery took a few days longer than I hoped.", "Checkout was a bit clunky."};
    private static final String[] NEGATIVE_PURCHASE = {"The order arrived late.",
        "The product broke after a week.", "Checkout kept failing."};

    private static final String[] POSITIVE_GENERAL = {"I recommend you to all my friends.",
        "Best shop I know.", "Always reliable."};
    private static final String[] NEUTRAL_GENERAL = {"Prices could be better.", "Decent but not outstanding.",
        "The app could be easier to use."};
    private static final String[] NEGATIVE_GENERAL = {"I am thinking of switching to a competitor.",
        "Too expensive for what you get.", "Service has gone downhill."};

    private Comments() {
    }

    /**
     * A comment after a support issue.
     *
     * @param tone −1, 0 or +1
     * @param issueType the issue's type, named in the comment
     * @param contacts how many times the customer had to get in touch
     * @param longWait whether a reply took unusually long
     */
    static Feedback.Verbatim support(SplittableRandom r, int tone, String issueType, int contacts,
            boolean longWait) {
        String subject = " about my " + issueType.replace('_', ' ') + " issue";
        if (tone < 0) {
            String detail = longWait && Draws.chance(r, 0.6) ? "I waited far too long for an answer" + subject + "."
                    : contacts > 1 ? "I had to get in touch " + times(contacts) + subject + "."
                    : Draws.oneOf(r, NEGATIVE_SUPPORT);
            return compose(r, NEGATIVE_OPENERS, detail);
        }
        if (tone == 0) {
            return compose(r, NEUTRAL_OPENERS, Draws.oneOf(r, NEUTRAL_SUPPORT));
        }
        return compose(r, POSITIVE_OPENERS, Draws.oneOf(r, POSITIVE_SUPPORT));
    }

    /** A comment after a purchase, with the given tone. */
    static Feedback.Verbatim purchase(SplittableRandom r, int tone) {
        return tone < 0 ? compose(r, NEGATIVE_OPENERS, Draws.oneOf(r, NEGATIVE_PURCHASE))
                : tone == 0 ? compose(r, NEUTRAL_OPENERS, Draws.oneOf(r, NEUTRAL_PURCHASE))
                : compose(r, POSITIVE_OPENERS, Draws.oneOf(r, POSITIVE_PURCHASE));
    }

    /** A comment on the relationship as a whole (NPS survey, app review), with the given tone. */
    static Feedback.Verbatim general(SplittableRandom r, int tone) {
        return tone < 0 ? compose(r, NEGATIVE_OPENERS, Draws.oneOf(r, NEGATIVE_GENERAL))
                : tone == 0 ? compose(r, NEUTRAL_OPENERS, Draws.oneOf(r, NEUTRAL_GENERAL))
                : compose(r, POSITIVE_OPENERS, Draws.oneOf(r, POSITIVE_GENERAL));
    }

    private static String times(int n) {
        return n == 2 ? "twice" : n == 3 ? "three times" : n + " times";
    }

    private static Feedback.Verbatim compose(SplittableRandom r, String[] openers, String detail) {
        return new Feedback.Verbatim(Draws.oneOf(r, openers) + " " + detail);
    }
}
