package io.cxkit.core.sample;

import io.cxkit.core.Feedback;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Free-text comments whose tone matches the answer they come with and whose subject matches what happened: a
 * detractor after three calls about a refund complains about calling three times about a refund, a promoter
 * praises and thanks.
 *
 * <p>The comments are written to exercise the whole of the text analysis in realistic proportions:
 * <ul>
 *   <li><b>complaints</b> (every negative comment names what went wrong): waiting and being on hold, transfers,
 *       repeat contact, refunds and cancellations, broken and missing items, rudeness and not being called
 *       back, each when it happened (a long wait, a transfer, several contacts, the issue's type);</li>
 *   <li><b>anger</b> in about a third of negative comments, and in most from the angriest customers (CSAT 1, NPS
 *       0–3), sometimes shouted in capitals; <b>urgency</b> in about one in eight; <b>sadness and
 *       disappointment</b> in about one in five; a polite request in about one in six;</li>
 *   <li><b>confusion</b> ("I don't understand how…", "How do I…?", "Which one…?") in a quarter of neutral
 *       comments and in most complaints about how-to questions;</li>
 *   <li><b>praise</b> in every positive comment and <b>thanks</b> in about half of them.</li>
 * </ul>
 *
 * <p>Whether a comment is written, and its tone, come from the customer's main random stream as before; the
 * words come from a stream of their own ({@code words}), and the main stream is advanced exactly as the first,
 * simpler comments advanced it, so that richer comments left every other value of the sample as it was.
 */
final class Comments {
    private static final String[] NEGATIVE_OPENERS = {"Very disappointed.", "Terrible experience.",
        "Not happy at all.", "Frustrating.", "Really poor service.", "Awful service.", "", ""};
    private static final String[] NEUTRAL_OPENERS = {"It was okay.", "Fine overall.", "Average experience.",
        "Nothing special.", "Mostly fine.", ""};
    private static final String[] POSITIVE_OPENERS = {"Great service.", "Really happy with this.",
        "Excellent experience.", "Very pleased.", "Five stars from me.", "Brilliant.", ""};

    private static final String[] ANGER = {"This is ridiculous!", "Absolutely unacceptable.",
        "I'm fed up with this company.", "Worst customer service I have ever had.", "I am furious.",
        "Honestly pathetic.", "I'm sick of chasing you."};
    private static final String[] SHOUTED = {"NOBODY CALLED BACK.", "UNACCEPTABLE SERVICE.", "NEVER AGAIN."};
    private static final String[] URGENCY = {"I need this sorted today.",
        "Please fix this as soon as possible, it's urgent.", "I need an answer right now.",
        "This is urgent, I need it by tomorrow."};
    private static final String[] SADNESS = {"I expected better.", "Sadly I will probably leave.",
        "I'm really disappointed.", "Such a shame.", "Unfortunately it's not the first time."};
    private static final String[] POLITE_REQUEST = {"Could you please look into this?",
        "Please could someone call me back?", "Would you mind checking my account, please?",
        "Kind regards."};
    private static final String[] GRATITUDE = {"Thank you so much!", "Thanks to the team for the help.",
        "I really appreciate it.", "Many thanks.", "Thanks again!"};

    private static final String[] RUDE = {"The agent was rude and hung up on me.",
        "The agent was unhelpful and did not listen.", "Nobody answered my emails.",
        "I was promised a call and nobody called back."};
    private static final String[] UNRESOLVED = {"My %s issue is still not resolved.", "Nobody helped me with my %s "
        + "issue.", "The %s problem is still not fixed.", "Nobody could fix my %s problem."};

    private static final String[] POSITIVE_SUPPORT = {"The agent solved everything on the first call.",
        "Friendly and helpful support.", "My issue was fixed on the first contact.",
        "Support knew exactly what to do.", "The agent was patient and kind."};
    private static final String[] NEUTRAL_SUPPORT = {"The issue got fixed in the end.",
        "It took a while but it was sorted.", "The answer was correct but a bit generic."};

    private static final String[] NEGATIVE_PURCHASE = {"The order arrived late.",
        "The product stopped working after a week.", "Checkout kept failing.", "The item arrived damaged."};
    private static final String[] TROUBLED_PURCHASE = {"My parcel never arrived.",
        "The product stopped working after two days.", "I returned it a month ago and I'm still waiting for my "
        + "refund.", "The item didn't work out of the box and I want my money back."};
    private static final String[] NEUTRAL_PURCHASE = {"The product is as described.",
        "Delivery took a few days longer than I hoped.", "Checkout was a bit clunky."};
    private static final String[] POSITIVE_PURCHASE = {"Delivery was fast and the product is great.",
        "Easy checkout and good prices.", "Exactly what I ordered, well packed."};

    private static final String[] NEGATIVE_GENERAL = {"I am thinking of switching to a competitor.",
        "Too expensive for what you get.", "Service has gone downhill.",
        "Every time I contact support I get passed around.", "I cancelled my subscription, it was a waste of "
        + "money.", "Your support is useless.", "I'm still waiting for a refund from last month.",
        "Nobody answered my last three emails."};
    private static final String[] NEUTRAL_GENERAL = {"Prices could be better.", "Decent enough.",
        "The app could be easier to use."};
    private static final String[] POSITIVE_GENERAL = {"I recommend you to all my friends.", "Best shop I know.",
        "Always reliable.", "Love the app, it's so easy to use."};

    private static final String[] CONFUSION = {"I don't understand how the loyalty points work.",
        "How do I change my delivery address?", "Which one of the plans should I pick?",
        "The new pricing page is confusing.", "I'm not sure how to track my order.",
        "How can I update my payment details?"};
    private static final String[] HOW_TO_CONFUSION = {"I still don't understand how to set it up.",
        "The instructions make no sense.", "I'm confused, which one of the settings do I need?",
        "How do I get it to sync with my phone?"};

    private Comments() {
    }

    /** What happened on a support issue, as the comment after it may tell. */
    record SupportStory(String issueType, String channel, int contacts, int transfers, boolean longWait,
            boolean escalated, boolean resolved, boolean severe) {
    }

    /**
     * A comment after a support issue.
     *
     * @param r the customer's main stream: advanced as the first comments advanced it
     * @param words the stream the words are drawn from
     * @param tone −1, 0 or +1
     * @param story what happened, named in the comment
     */
    static Feedback.Verbatim support(SplittableRandom r, SplittableRandom words, int tone, SupportStory story) {
        advanceSupport(r, tone, story.contacts(), story.longWait());
        List<String> s = new ArrayList<>(5);
        if (tone < 0) {
            s.add(Draws.oneOf(words, NEGATIVE_OPENERS));
            s.addAll(supportComplaints(words, story));
            negativeExtras(words, story.severe(), story.issueType().equals("how_to") ? 0.3 : 0.0, s);
        } else if (tone == 0) {
            s.add(Draws.oneOf(words, NEUTRAL_OPENERS));
            s.add(Draws.oneOf(words, NEUTRAL_SUPPORT));
            if (story.issueType().equals("how_to") || Draws.chance(words, 0.25)) {
                s.add(Draws.oneOf(words, story.issueType().equals("how_to") ? HOW_TO_CONFUSION : CONFUSION));
            }
            if (Draws.chance(words, 0.15)) {
                s.add("Thanks anyway.");
            }
        } else {
            positive(words, POSITIVE_SUPPORT, s);
        }
        return compose(s);
    }

    /**
     * A comment after a purchase.
     *
     * @param troubled whether the order had trouble before the survey (it arrived late, broken or not at all)
     */
    static Feedback.Verbatim purchase(SplittableRandom r, SplittableRandom words, int tone, boolean troubled,
            boolean severe) {
        advanceSimple(r, tone, 3, 3, 3);
        List<String> s = new ArrayList<>(5);
        if (tone < 0) {
            s.add(Draws.oneOf(words, NEGATIVE_OPENERS));
            s.add(Draws.oneOf(words, troubled ? TROUBLED_PURCHASE : NEGATIVE_PURCHASE));
            negativeExtras(words, severe, 0.1, s);
        } else if (tone == 0) {
            s.add(Draws.oneOf(words, NEUTRAL_OPENERS));
            s.add(Draws.oneOf(words, NEUTRAL_PURCHASE));
            if (Draws.chance(words, 0.25)) {
                s.add(Draws.oneOf(words, CONFUSION));
            }
        } else {
            positive(words, POSITIVE_PURCHASE, s);
        }
        return compose(s);
    }

    /** A comment on the relationship as a whole (NPS survey, app review). */
    static Feedback.Verbatim general(SplittableRandom r, SplittableRandom words, int tone, boolean severe) {
        advanceSimple(r, tone, 3, 3, 3);
        List<String> s = new ArrayList<>(5);
        if (tone < 0) {
            s.add(Draws.oneOf(words, NEGATIVE_OPENERS));
            s.add(Draws.oneOf(words, NEGATIVE_GENERAL));
            negativeExtras(words, severe, 0.15, s);
        } else if (tone == 0) {
            s.add(Draws.oneOf(words, NEUTRAL_OPENERS));
            s.add(Draws.oneOf(words, NEUTRAL_GENERAL));
            if (Draws.chance(words, 0.3)) {
                s.add(Draws.oneOf(words, CONFUSION));
            }
        } else {
            positive(words, POSITIVE_GENERAL, s);
        }
        return compose(s);
    }

    /** One or two complaints about what went worst, most telling first. */
    private static List<String> supportComplaints(SplittableRandom w, SupportStory st) {
        List<String> found = new ArrayList<>(6);
        String issue = st.issueType().replace('_', ' ');
        if (st.longWait()) {
            found.add(switch (st.channel()) {
                case "phone" -> "I was on hold for " + (20 + 5 * w.nextInt(8)) + " minutes.";
                case "chat" -> "I waited " + (10 + 5 * w.nextInt(6)) + " minutes for someone to answer the chat.";
                default -> "I waited " + (2 + w.nextInt(4)) + " days for a reply to my email.";
            });
        }
        if (st.contacts() > 1) {
            found.add(Draws.chance(w, 0.5)
                    ? "This is the " + ordinal(st.contacts()) + " time I have contacted you about my " + issue
                            + " issue."
                    : st.channel().equals("phone") ? "I keep calling about the same " + issue + " problem."
                    : "I had to get in touch " + times(st.contacts()) + " about my " + issue + " issue.");
        }
        if (st.transfers() > 0) {
            found.add(Draws.chance(w, 0.5) ? "I was transferred " + times(st.transfers())
                    + " and had to explain everything again." : "I got passed around from one agent to the next.");
        }
        switch (st.issueType()) {
            case "billing" -> found.add(Draws.chance(w, 0.5)
                    ? "I was charged twice and I'm still waiting for my refund." : "I asked for a refund weeks ago.");
            case "returns" -> found.add(Draws.chance(w, 0.5) ? "I want my money back."
                    : "I sent the item back and still no refund.");
            case "product_defect" -> found.add(Draws.chance(w, 0.5) ? "The product stopped working after a week."
                    : "The item arrived broken.");
            case "delivery" -> found.add(Draws.chance(w, 0.5) ? "My order never arrived."
                    : "The parcel didn't arrive when you said it would.");
            case "account_access" -> found.add("I still can't log in to my account.");
            default -> found.add(Draws.oneOf(w, HOW_TO_CONFUSION));
        }
        if (!st.resolved()) {
            found.add(String.format(java.util.Locale.ROOT, Draws.oneOf(w, UNRESOLVED), issue));
        }
        if (Draws.chance(w, st.escalated() ? 0.35 : 0.15)) {
            found.add(Draws.oneOf(w, RUDE));
        }
        // The first complaint is the one that happened first in the story (a wait, then repeats, then
        // transfers); a second one, when there is one, is drawn from the rest.
        List<String> out = new ArrayList<>(2);
        out.add(found.remove(0));
        if (!found.isEmpty() && Draws.chance(w, 0.6)) {
            out.add(found.get(w.nextInt(found.size())));
        }
        return out;
    }

    /** Anger, urgency, sadness and polite requests, in the proportions of the class comment. */
    private static void negativeExtras(SplittableRandom w, boolean severe, double confusion, List<String> s) {
        if (Draws.chance(w, confusion)) {
            s.add(Draws.oneOf(w, CONFUSION));
        }
        if (Draws.chance(w, severe ? 0.6 : 0.25)) {
            s.add(Draws.chance(w, 0.12) ? Draws.oneOf(w, SHOUTED) : Draws.oneOf(w, ANGER));
        }
        if (Draws.chance(w, 0.2)) {
            s.add(Draws.oneOf(w, SADNESS));
        }
        if (Draws.chance(w, 0.12)) {
            s.add(Draws.oneOf(w, URGENCY));
        }
        if (Draws.chance(w, 0.16)) {
            s.add(Draws.oneOf(w, POLITE_REQUEST));
        }
    }

    private static void positive(SplittableRandom w, String[] praise, List<String> s) {
        s.add(Draws.oneOf(w, POSITIVE_OPENERS));
        s.add(Draws.oneOf(w, praise));
        if (Draws.chance(w, 0.5)) {
            s.add(Draws.oneOf(w, GRATITUDE));
        }
    }

    /**
     * Draws from the main stream exactly what the first version of the support comment drew: the wait check on a
     * long wait, a detail when neither the wait nor repeats named one, then the opener.
     */
    private static void advanceSupport(SplittableRandom r, int tone, int contacts, boolean longWait) {
        if (tone < 0) {
            boolean waited = longWait && Draws.chance(r, 0.6);
            if (!waited && contacts <= 1) {
                r.nextInt(3);
            }
            r.nextInt(5);
        } else if (tone == 0) {
            r.nextInt(3);
            r.nextInt(5);
        } else {
            r.nextInt(4);
            r.nextInt(6);
        }
    }

    /** As {@link #advanceSupport} for the purchase and general comments: a detail, then an opener. */
    private static void advanceSimple(SplittableRandom r, int tone, int negative, int neutral, int positive) {
        r.nextInt(tone < 0 ? negative : tone == 0 ? neutral : positive);
        r.nextInt(tone <= 0 ? 5 : 6);
    }

    private static String times(int n) {
        return n == 1 ? "once" : n == 2 ? "twice" : n == 3 ? "three times" : n + " times";
    }

    private static String ordinal(int n) {
        return n == 2 ? "second" : n == 3 ? "third" : n == 4 ? "fourth" : n + "th";
    }

    private static Feedback.Verbatim compose(List<String> sentences) {
        StringBuilder b = new StringBuilder();
        for (String x : sentences) {
            if (!x.isEmpty()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(x);
            }
        }
        return new Feedback.Verbatim(b.toString());
    }
}
