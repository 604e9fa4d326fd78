package io.cxkit.core.sample;

import static io.cxkit.core.sample.SampleClock.DAY;
import static io.cxkit.core.sample.SampleClock.HOUR;
import static io.cxkit.core.sample.SampleClock.MINUTE;
import static io.cxkit.core.sample.SampleClock.SECOND;
import static io.cxkit.core.sample.SampleSchema.*;

import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Lives one customer's year: shopping sessions, purchases, support issues, surveys, app use and, for some, the
 * end of the relationship. The processes are independent Poisson streams while the customer is alive, merged in
 * time order; what happens in one (an unresolved issue) changes the others (lower scores, earlier churn).
 *
 * <p>Purchases follow a "buy till you die" story in the spirit of BG/NBD (Fader, Hardie &amp; Lee 2005): while
 * alive a customer buys as a Poisson process with a personal rate λ, and after each repeat purchase drops out
 * with a personal probability p. Shopping sessions arrive at rate λ / E[conversion] and each converts with its
 * funnel's probability, so purchases stay a thinned Poisson stream with rate λ. Bad support experiences add a
 * second, experience-driven way to leave.
 */
final class CustomerSimulation {
    private static final Currency USD = Currency.getInstance("USD");

    /** Continuation probabilities of the web and app funnel: home→product, product→cart, cart→checkout, pay. */
    private static final double TO_PRODUCT = 0.85;
    private static final double TO_CART = 0.55;
    private static final double TO_CHECKOUT = 0.80;
    private static final double TO_PURCHASE = 0.88;
    private static final double STORE_CONVERSION = 0.55;
    private static final double STORE_SHARE = 0.15;

    /** The newsletter goes out between 09:00 and 10:00 local time. */
    private static final double[] NEWSLETTER_HOUR = {0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    /** Mean days between app logins of an app user. */
    private static final double LOGIN_INTERVAL_DAYS = 60;

    private static final String[] SOURCES = {"direct", "search", "email", "social"};
    private static final double[] SOURCE_WEIGHTS_OPT_IN = {0.45, 0.25, 0.15, 0.15};
    private static final double[] SOURCE_WEIGHTS = {0.50, 0.30, 0.0, 0.20};
    /** How the traffic source changes the chance of adding to cart: email campaigns convert best. */
    private static final double[] SOURCE_CART_FACTOR = {1.0, 1.1, 1.3, 0.75};

    private static final String[] ISSUE_TYPES = {"billing", "account_access", "how_to", "product_defect",
        "delivery", "returns"};
    private static final double[] SPONTANEOUS_ISSUES = {0.25, 0.20, 0.30, 0.15, 0.10, 0.0};
    private static final double[] ORDER_ISSUES = {0.10, 0.0, 0.0, 0.20, 0.45, 0.25};
    /** Multiplies the chance that a contact resolves the issue: how-to questions are easy, defects hard. */
    private static final double[] ISSUE_EASE = {1.0, 1.1, 1.25, 0.8, 1.05, 0.95};

    private static final int PHONE = 0;
    private static final int CHAT = 1;
    private static final int EMAIL = 2;
    private static final double[][] SUPPORT_CHANNEL_WEIGHTS = {{0.30, 0.40, 0.30}, {0.40, 0.30, 0.30},
        {0.50, 0.20, 0.30}};
    private static final double[] RESOLVE_BASE = {0.68, 0.62, 0.52};
    private static final long[] WAIT_MEDIAN = {120 * SECOND, 50 * SECOND, 4 * HOUR};
    private static final double[] WAIT_SIGMA = {1.1, 1.1, 1.0};
    /** A wait beyond this is "long": customers notice, and their scores show it. */
    private static final long[] LONG_WAIT = {10 * MINUTE, 5 * MINUTE, 24 * HOUR};
    private static final long[] HANDLE_MEDIAN = {6 * MINUTE, 9 * MINUTE, 5 * MINUTE};

    /**
     * The support NPS experience of a journey without moments: with one good moment (first-contact resolution)
     * it is 0.4, about the old impact of a resolved issue, so the answers' spread stays realistic.
     */
    private static final double NPS_MOMENT_BASE = 0.0;

    private static final String[] QUIT_REASONS = {"no_longer_needed", "price", "switched_competitor"};

    private final CustomerProfile c;
    private final SplittableRandom r;
    private final SampleClock clock;
    private final int days;
    private final String number;
    private final List<Interaction> out;
    private final double expectedConversion;

    private int seq;
    private int journeys;
    private int issues;
    private int purchases;
    private double deathDay = Double.POSITIVE_INFINITY;
    /** Memory of past experiences beyond the customer's mood, fading with a 90-day time constant. */
    private double goodwill;
    private double goodwillDay;
    private final List<double[]> orderIssues = new ArrayList<>();
    /** The latest timestamp emitted so far. */
    private long latest = Long.MIN_VALUE;
    /** The time of the customer's cancellation: nothing of theirs happens after it. */
    private long cancelledAt = Long.MAX_VALUE;

    CustomerSimulation(CustomerProfile profile, SplittableRandom random, SampleClock clock, int days,
            List<Interaction> out) {
        this.c = profile;
        this.r = random;
        this.clock = clock;
        this.days = days;
        this.number = profile.id.value().substring(1);
        this.out = out;
        double web = TO_PRODUCT * TO_CART * averageCartFactor() * TO_CHECKOUT * TO_PURCHASE;
        this.expectedConversion = c.storeShopper ? (1 - STORE_SHARE) * web + STORE_SHARE * STORE_CONVERSION : web;
    }

    private double averageCartFactor() {
        double[] w = c.emailOptIn ? SOURCE_WEIGHTS_OPT_IN : SOURCE_WEIGHTS;
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * SOURCE_CART_FACTOR[i];
        }
        return s;
    }

    /** Simulates the customer from acquisition to the end of the window or their departure. */
    void run() {
        double start = c.acquisitionDay;
        if (c.prospect) {
            deathDay = start + Draws.exponential(r, 45);
            shop(start, false);
        } else {
            shop(start, true);
        }
        double attemptRate = c.prospect ? 8.0 / 365 : c.purchaseRate / expectedConversion;
        double nextShop = start + Draws.exponential(r, 1 / attemptRate);
        double nextIssue = c.prospect ? Double.POSITIVE_INFINITY : start + Draws.exponential(r, 1 / c.issueRate);
        double nextLogin = c.appUser && !c.prospect ? start + Draws.exponential(r, LOGIN_INTERVAL_DAYS)
                : Double.POSITIVE_INFINITY;
        double nextReview = c.appUser && !c.prospect ? start + Draws.exponential(r, 365 / 0.15)
                : Double.POSITIVE_INFINITY;
        int month = (int) Math.floor(start / 30.4375) + 1;
        double nextNewsletter = c.emailOptIn ? month * 30.4375 + 4 : Double.POSITIVE_INFINITY;
        int quarter = (int) Math.floor(start / 91.3125) + 1;
        double nextNps = c.prospect ? Double.POSITIVE_INFINITY : quarter * 91.3125 - Draws.uniform(r, 0, 14);
        while (true) {
            double orderIssue = orderIssues.isEmpty() ? Double.POSITIVE_INFINITY : orderIssues.get(0)[0];
            double t = Math.min(Math.min(Math.min(nextShop, nextIssue), Math.min(nextLogin, nextReview)),
                    Math.min(Math.min(nextNewsletter, nextNps), orderIssue));
            if (t >= days || t >= deathDay) {
                return;
            }
            if (t == orderIssue) {
                double[] due = orderIssues.remove(0);
                supportIssue(t, ISSUE_TYPES[(int) due[1]], (long) due[2]);
            } else if (t == nextShop) {
                shop(t, false);
                nextShop = t + Draws.exponential(r, 1 / attemptRate);
            } else if (t == nextIssue) {
                supportIssue(t, ISSUE_TYPES[Draws.pick(r, SPONTANEOUS_ISSUES)], Long.MIN_VALUE);
                nextIssue = t + Draws.exponential(r, 1 / c.issueRate);
            } else if (t == nextLogin) {
                emit(clock.localMoment(r, t, SampleClock.SHOPPING_HOURS, Long.MIN_VALUE), APP_LOGIN_TP, KIND_LOGIN,
                        Direction.INBOUND, c.identifiers.app(r));
                nextLogin = t + Draws.exponential(r, LOGIN_INTERVAL_DAYS);
            } else if (t == nextReview) {
                review(t);
                nextReview = t + Draws.exponential(r, 365 / 0.15);
            } else if (t == nextNewsletter) {
                long at = clock.localMoment(r, t, NEWSLETTER_HOUR, Long.MIN_VALUE);
                emit(at, NEWSLETTER_TP, KIND_MESSAGE, Direction.OUTBOUND, true, -1, null, null, List.of(),
                        c.interactionAttributes, c.identifiers.email(r, true), null);
                month++;
                nextNewsletter = month * 30.4375 + 4;
            } else {
                if (Draws.chance(r, 0.35)) {
                    npsSurvey(t);
                }
                quarter++;
                nextNps = quarter * 91.3125 - Draws.uniform(r, 0, 14);
            }
        }
    }

    // ---- shopping --------------------------------------------------------------------------------------

    private void shop(double day, boolean mustBuy) {
        String journey = "J-" + c.id.value() + "-" + (++journeys);
        int source = Draws.pick(r, c.emailOptIn ? SOURCE_WEIGHTS_OPT_IN : SOURCE_WEIGHTS);
        Map<String, String> attrs = with(c.interactionAttributes, ATTR_SOURCE, SOURCES[source]);
        if (c.storeShopper && Draws.chance(r, STORE_SHARE)) {
            storeVisit(day, mustBuy, journey, attrs);
            return;
        }
        boolean app = c.appUser && Draws.chance(r, 0.45);
        long t = clock.localMoment(r, day, SampleClock.SHOPPING_HOURS, Long.MIN_VALUE);
        Map<String, String> anonymous = app ? c.identifiers.app(r) : c.identifiers.anonymousWeb(r);
        Map<String, String> ids = !app && Draws.chance(r, 0.3) ? c.identifiers.loggedInWeb(anonymous, r) : anonymous;
        if (SOURCES[source].equals("email")) {
            emit(t - (long) Draws.uniform(r, HOUR, 48 * HOUR), EMAIL_CAMPAIGN_TP, KIND_MESSAGE, Direction.OUTBOUND,
                    true, -1, null, null, List.of(), attrs, c.identifiers.email(r, true), journey);
        } else if (SOURCES[source].equals("social")) {
            emit(t - (long) Draws.uniform(r, 2 * SECOND, 30 * SECOND), SOCIAL_AD_TP, KIND_AD_CLICK,
                    Direction.INBOUND, false, -1, null, null, List.of(), attrs, ids, journey);
        }
        // How far down the funnel the session gets: 1 = home ... 5 = purchase.
        int depth = 1;
        if (mustBuy) {
            depth = 5;
        } else if (Draws.chance(r, TO_PRODUCT)) {
            depth = 2;
            if (Draws.chance(r, TO_CART * SOURCE_CART_FACTOR[source])) {
                depth = 3;
                if (Draws.chance(r, TO_CHECKOUT)) {
                    depth = 4;
                    if (!c.prospect && Draws.chance(r, TO_PURCHASE)) {
                        depth = 5;
                    }
                }
            }
        }
        Outcome abandoned = Outcome.ABANDONED;
        emit(t, app ? APP_HOME : WEB_HOME, KIND_VISIT, Direction.INBOUND, false, -1, depth == 1 ? abandoned : null,
                null, List.of(), attrs, ids, journey);
        if (depth < 2) {
            return;
        }
        if (Draws.chance(r, 0.25)) {
            t += gap(10, 60);
            emit(t, app ? APP_SEARCH : WEB_SEARCH, KIND_VISIT, Direction.INBOUND, false, -1, null, null, List.of(),
                    attrs, ids, journey);
        }
        int views = 1;
        while (views < 5 && Draws.chance(r, 0.2)) {
            views++;
        }
        for (int v = 1; v <= views; v++) {
            t += gap(15, 120);
            emit(t, app ? APP_PRODUCT : WEB_PRODUCT, KIND_VISIT, Direction.INBOUND, false, -1,
                    depth == 2 && v == views ? abandoned : null, null, List.of(), attrs, ids, journey);
            if (v == 1 && Draws.chance(r, 0.04)) {
                long chatLength = (long) Draws.logNormal(r, 5 * MINUTE, 0.5);
                emit(t + gap(10, 60), PRESALES_CHAT_TP, KIND_INQUIRY, Direction.INBOUND, false, chatLength, null, null,
                        List.of(), attrs, c.identifiers.chat(r), journey);
                t += chatLength + gap(10, 60);
            }
        }
        if (depth < 3) {
            return;
        }
        t += gap(20, 180);
        emit(t, app ? APP_CART : WEB_CART, KIND_VISIT, Direction.INBOUND, false, -1, depth == 3 ? abandoned : null,
                null, List.of(), attrs, ids, journey);
        if (depth < 4) {
            return;
        }
        t += gap(30, 300);
        // Checkout asks anonymous web visitors to log in: from here the cookie and the email are seen together.
        if (!app && !ids.containsKey(ID_EMAIL)) {
            ids = c.identifiers.loggedInWeb(anonymous, r);
        }
        emit(t, app ? APP_CHECKOUT : WEB_CHECKOUT, KIND_VISIT, Direction.INBOUND, false, -1,
                depth == 4 ? abandoned : null, null, List.of(), attrs, ids, journey);
        if (depth < 5) {
            return;
        }
        t += gap(45, 240);
        purchase(t, app ? APP_PURCHASE : WEB_PURCHASE, attrs, ids, journey);
    }

    private void storeVisit(double day, boolean mustBuy, String journey, Map<String, String> attrs) {
        long t = clock.localMoment(r, day, SampleClock.STORE_HOURS, Long.MIN_VALUE);
        Map<String, String> ids = c.identifiers.store(r);
        long stay = (long) Draws.uniform(r, 5 * MINUTE, 40 * MINUTE);
        boolean buys = mustBuy || !c.prospect && Draws.chance(r, STORE_CONVERSION);
        emit(t, STORE_VISIT_TP, KIND_VISIT, Direction.INBOUND, false, stay, buys ? null : Outcome.ABANDONED, null,
                List.of(), attrs, ids, journey);
        if (buys) {
            purchase(t + stay, STORE_PURCHASE, attrs, ids, journey);
        }
    }

    private void purchase(long t, Touchpoint where, Map<String, String> attrs, Map<String, String> ids,
            String journey) {
        // Gamma-Gamma spend (Fader, Hardie & Lee 2005, "RFM and CLV: Using Iso-Value Curves", JMR 42(4); Fader &
        // Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): z ~ Gamma(p, rate ν), mean p/ν; at least a cent.
        long cents = Math.max(1, Math.round(Draws.gamma(r, CustomerProfile.SPEND_SHAPE_P,
                CustomerProfile.SPEND_SHAPE_P / c.spendRate) * 100));
        Money value = new Money(BigDecimal.valueOf(cents, 2), USD);
        emit(t, where, KIND_PURCHASE, Direction.INBOUND, false, -1, Outcome.CONVERTED, value, List.of(), attrs, ids,
                journey);
        purchases++;
        Map<String, String> email = c.identifiers.email(r, true);
        emit(t + gap(30, 180), ORDER_CONFIRMATION_TP, KIND_MESSAGE, Direction.OUTBOUND, true, -1, null, null,
                List.of(), c.interactionAttributes, email, null);
        if (purchases == 1) {
            emit(t + DAY + gap(0, 3600), WELCOME_EMAIL_TP, KIND_MESSAGE, Direction.OUTBOUND, true, -1, null, null,
                    List.of(), c.interactionAttributes, email, null);
        }
        double day = clock.dayOf(t);
        boolean troubled = Draws.chance(r, 0.10);
        if (troubled) {
            double issueDay = day + Draws.uniform(r, 1, 10);
            orderIssues.add(new double[] {issueDay, Draws.pick(r, ORDER_ISSUES), t});
            orderIssues.sort((a, b) -> Double.compare(a[0], b[0]));
        }
        if (Draws.chance(r, 0.2)) {
            // Online orders are asked half the time on the confirmation screen, before any trouble with the
            // order can show; the others (and store orders) by email days later, when it has.
            boolean atCheckout = where != STORE_PURCHASE && Draws.chance(r, 0.5);
            double experience = c.mood + remembered(day) + 0.3 + 0.5 * Draws.normal(r)
                    - (troubled && !atCheckout ? 1.2 : 0);
            Feedback.Csat csat = SurveyAnswers.csat(r, experience);
            List<Feedback> answers = Draws.chance(r, atCheckout ? 0.15 : 0.35)
                    ? List.of(csat, Comments.purchase(r, words(), SurveyAnswers.toneOfFive(csat.score()),
                            troubled && !atCheckout, csat.score() == 1))
                    : List.of(csat);
            if (atCheckout) {
                boolean app = where == APP_PURCHASE;
                emit(t + (long) Draws.uniform(r, 5 * SECOND, 90 * SECOND),
                        app ? APP_CHECKOUT_SURVEY : WEB_CHECKOUT_SURVEY, KIND_SURVEY, Direction.INBOUND, false, -1,
                        null, null, answers, attrs, ids, journey);
            } else {
                emit(t + (long) Draws.uniform(r, 3 * DAY, 6 * DAY), POST_PURCHASE_SURVEY_TP, KIND_SURVEY,
                        Direction.INBOUND, false, -1, null, null, answers, c.interactionAttributes,
                        c.identifiers.email(r, true), null);
            }
        }
        // BG/NBD: after each repeat purchase the customer may become inactive, unobserved (mostly silently).
        if (purchases > 1 && deathDay == Double.POSITIVE_INFINITY && Draws.chance(r, c.dropout)) {
            deathDay = day + 1e-6;
            if (Draws.chance(r, 0.25)) {
                cancel(day + Draws.uniform(r, 5, 40), Draws.oneOf(r, QUIT_REASONS));
            }
        }
    }

    // ---- support ---------------------------------------------------------------------------------------

    private void supportIssue(double day, String type, long notBefore) {
        int n = ++issues;
        String journey = "S-" + c.id.value() + "-" + n;
        Map<String, String> attrs = new HashMap<>(c.interactionAttributes);
        attrs.put(ATTR_ISSUE, "ISS-" + c.id.value() + "-" + n);
        attrs.put(ATTR_ISSUE_TYPE, type);
        attrs = Map.copyOf(attrs);
        double ease = ISSUE_EASE[indexOf(ISSUE_TYPES, type)];
        int channel = Draws.pick(r, SUPPORT_CHANNEL_WEIGHTS[c.segment]);
        long t = clock.localMoment(r, day, channel == EMAIL ? SampleClock.EMAIL_HOURS : SampleClock.OFFICE_HOURS,
                notBefore);
        if (Draws.chance(r, 0.3)) {
            emit(t - (long) Draws.uniform(r, 5 * MINUTE, 60 * MINUTE), HELP_CENTER_TP, KIND_VISIT, Direction.INBOUND,
                    false, -1, null, null, List.of(), attrs, c.identifiers.anonymousWeb(r), journey);
        }
        int contacts = 0;
        int transfers = 0;
        boolean longWait = false;
        boolean escalated = false;
        boolean resolved = false;
        // The journey's moments as the journey scoring counts them: outcomes resolved (good) and unresolved or
        // escalated (bad), contacts and follow-ups alike.
        int good = 0;
        int bad = 0;
        long last = t;
        while (true) {
            contacts++;
            long wait = Math.max(2 * SECOND, (long) Draws.logNormal(r, WAIT_MEDIAN[channel], WAIT_SIGMA[channel]));
            longWait |= wait > LONG_WAIT[channel];
            long handle = (long) Draws.logNormal(r, HANDLE_MEDIAN[channel], 0.5);
            boolean transfer = channel != EMAIL && Draws.chance(r, 0.15);
            double pEscalate = c.segment == 2 ? 0.12 : 0.07;
            double pResolve = Math.min(0.95, RESOLVE_BASE[channel] * ease + (transfer ? 0.1 : 0)
                    + 0.08 * (contacts - 1));
            double u = r.nextDouble();
            Outcome outcome = u < pEscalate ? Outcome.ESCALATED
                    : u < pEscalate + pResolve ? Outcome.RESOLVED : Outcome.UNRESOLVED;
            Map<String, String> contactAttrs = with(attrs, ATTR_WAIT_SECONDS, Long.toString(wait / SECOND));
            last = contact(channel, t, wait, handle, transfer, outcome, contactAttrs, journey);
            transfers += transfer ? 1 : 0;
            good += outcome == Outcome.RESOLVED ? 1 : 0;
            bad += outcome == Outcome.RESOLVED ? 0 : 1;
            if (outcome == Outcome.ESCALATED) {
                escalated = true;
                boolean fixed = Draws.chance(r, 0.75);
                long at = clock.localMoment(r, clock.dayOf(last) + Draws.uniform(r, 1, 3), SampleClock.OFFICE_HOURS,
                        last);
                boolean byPhone = Draws.chance(r, 0.5);
                emit(at, byPhone ? PHONE_FOLLOW_UP : EMAIL_FOLLOW_UP, KIND_FOLLOW_UP, Direction.OUTBOUND, false,
                        (long) Draws.logNormal(r, 10 * MINUTE, 0.5), fixed ? Outcome.RESOLVED : Outcome.UNRESOLVED,
                        null, List.of(), attrs, byPhone ? c.identifiers.phone(r) : c.identifiers.email(r, false),
                        journey);
                last = at;
                resolved = fixed;
                good += fixed ? 1 : 0;
                bad += fixed ? 0 : 1;
            } else {
                resolved = outcome == Outcome.RESOLVED;
            }
            if (resolved || contacts >= 4 || !Draws.chance(r, 0.7)) {
                break;
            }
            if (Draws.chance(r, 0.4)) {
                channel = (channel + 1 + r.nextInt(2)) % 3;
            }
            double again = clock.dayOf(last) + Draws.uniform(r, 0.3, 4);
            t = clock.localMoment(r, again, channel == EMAIL ? SampleClock.EMAIL_HOURS : SampleClock.OFFICE_HOURS,
                    last);
        }
        afterIssue(last, channel, type, contacts, transfers, longWait, escalated, resolved, good, bad, attrs,
                journey);
    }

    /**
     * The support survey's question ratings (1–5), each from the part of the experience it asks about. They come
     * from a stream of their own, seeded from this customer's draws and the issue number, so that adding them
     * left every other value of the sample as it was.
     */
    private Map<String, String> questionRatings(int contacts, int transfers, boolean longWait, boolean escalated,
            boolean resolved, double effort, boolean improved) {
        SplittableRandom q = new SplittableRandom(Double.doubleToLongBits(c.mood) * 31 + issues * 0x9E3779B97F4A7C15L);
        double lift = improved ? SampleSchema.SUPPORT_IMPROVEMENT : 0;
        int speed = Draws.clampRound(3.8 - (longWait ? 1.3 : 0) - 0.5 * (contacts - 1) + 0.4 * lift
                + 0.7 * Draws.normal(q), 1, 5);
        int staff = Draws.clampRound(4.0 - 0.5 * transfers - (escalated ? 0.4 : 0) + 0.3 * c.mood + 0.4 * lift
                + 0.8 * Draws.normal(q), 1, 5);
        int resolution = Draws.clampRound(3.6 + (resolved ? 0.9 : -1.5) + 0.4 * lift + 0.7 * Draws.normal(q), 1, 5);
        int ease = Draws.clampRound(3.9 + 0.8 * effort + 0.7 * Draws.normal(q), 1, 5);
        return Map.of(SampleSchema.ATTR_Q_SPEED, Integer.toString(speed), SampleSchema.ATTR_Q_STAFF,
                Integer.toString(staff), SampleSchema.ATTR_Q_RESOLUTION, Integer.toString(resolution),
                SampleSchema.ATTR_Q_EASE, Integer.toString(ease));
    }

    /** Emits one contact with its replies; returns the time of its last event. */
    private long contact(int channel, long t, long wait, long handle, boolean transfer, Outcome outcome,
            Map<String, String> attrs, String journey) {
        long reply;
        if (channel == PHONE) {
            long menu = (long) Draws.uniform(r, 30 * SECOND, 120 * SECOND);
            Map<String, String> ids = c.identifiers.phone(r);
            emit(t, IVR_TP, KIND_IVR, Direction.INBOUND, true, menu, null, null, List.of(), attrs, ids, journey);
            emit(t + menu, SUPPORT_CALL_TP, KIND_CONTACT, Direction.INBOUND, false, handle, outcome, null, List.of(),
                    attrs, ids, journey);
            reply = t + menu + wait;
            emit(reply, PHONE_AGENT_REPLY, KIND_REPLY, Direction.OUTBOUND, false, -1, null, null, List.of(), attrs,
                    ids, journey);
        } else if (channel == CHAT) {
            Map<String, String> ids = c.identifiers.chat(r);
            emit(t, SUPPORT_CHAT_TP, KIND_CONTACT, Direction.INBOUND, false, handle, outcome, null, List.of(), attrs,
                    ids, journey);
            emit(t + gap(1, 5), CHAT_AUTO_REPLY, KIND_REPLY, Direction.OUTBOUND, true, -1, null, null, List.of(),
                    attrs, ids, journey);
            reply = t + Math.max(6 * SECOND, wait);
            emit(reply, CHAT_AGENT_REPLY, KIND_REPLY, Direction.OUTBOUND, false, -1, null, null, List.of(), attrs,
                    ids, journey);
        } else {
            Map<String, String> ids = c.identifiers.email(r, false);
            emit(t, SUPPORT_EMAIL_TP, KIND_CONTACT, Direction.INBOUND, false, handle, outcome, null, List.of(), attrs,
                    ids, journey);
            emit(t + gap(10, 90), EMAIL_AUTO_REPLY, KIND_REPLY, Direction.OUTBOUND, true, -1, null, null, List.of(),
                    attrs, ids, journey);
            reply = t + Math.max(2 * MINUTE, wait);
            emit(reply, EMAIL_AGENT_REPLY, KIND_REPLY, Direction.OUTBOUND, false, -1, null, null, List.of(), attrs,
                    ids, journey);
            return reply;
        }
        if (transfer) {
            long at = reply + gap(120, 360);
            emit(at, channel == PHONE ? PHONE_TIER2 : CHAT_TIER2, KIND_TRANSFER, null, false, -1, null, null,
                    List.of(), attrs, channel == PHONE ? c.identifiers.phone(r) : c.identifiers.chat(r), journey);
            return at;
        }
        return reply;
    }

    private void afterIssue(long last, int channel, String type, int contacts, int transfers, boolean longWait,
            boolean escalated, boolean resolved, int good, int bad, Map<String, String> attrs, String journey) {
        boolean firstContactResolution = resolved && contacts == 1 && !escalated;
        double impact = (resolved ? 0.5 : -1.3) - (escalated ? 0.3 : 0) - 0.5 * (contacts - 1) - 0.35 * transfers
                - (longWait ? 0.9 : 0) + (firstContactResolution ? 0.3 : 0);
        double effort = 0.4 * c.mood - 0.7 * (contacts - 1) - 0.5 * transfers - (longWait ? 0.8 : 0)
                - (resolved ? 0 : 0.6) + (firstContactResolution ? 0.4 : 0);
        double day = clock.dayOf(last);
        goodwill = remembered(day) + 0.5 * impact;
        goodwillDay = day;
        boolean unhappy = false;
        if (Draws.chance(r, 0.45)) {
            boolean improved = CustomerProfile.REGIONS[c.region].equals(SampleSchema.TREATED_REGION)
                    && day >= days / 2.0;
            double noise = 0.4 * Draws.normal(r);
            double lift = improved ? SampleSchema.SUPPORT_IMPROVEMENT : 0;
            double experience = c.mood + impact + noise + lift;
            // The NPS answer weighs the journey's moments, bad ones NEGATIVITY_RATIO times as much as good ones
            // (and nothing else of the issue, so that the ratio is what the journey drivers can recover); the
            // CSAT and CES keep the whole impact (waits, transfers, repeats, effort).
            double npsExperience = c.mood + NPS_MOMENT_BASE + SampleSchema.MOMENT_EFFECT
                    * (good - SampleSchema.NEGATIVITY_RATIO * bad) + noise + lift;
            // Answers are listed in the flat schema's order (nps, csat, ces, comment) so that they read back
            // from a file in the order they were generated.
            List<Feedback> answers = new ArrayList<>(4);
            Feedback.Csat csat = SurveyAnswers.csat(r, experience);
            Feedback.Ces ces = Draws.chance(r, 0.8) ? SurveyAnswers.ces(r, effort) : null;
            Feedback.Nps nps = null;
            if (Draws.chance(r, 0.3)) {
                nps = SurveyAnswers.nps(r, npsExperience);
                answers.add(nps);
            }
            answers.add(csat);
            if (ces != null) {
                answers.add(ces);
            }
            int tone = SurveyAnswers.toneOfFive(csat.score());
            if (Draws.chance(r, tone < 0 ? 0.6 : 0.35)) {
                boolean severe = csat.score() == 1 || nps != null && nps.score() <= 3;
                answers.add(Comments.support(r, words(), tone, new Comments.SupportStory(type,
                        channel == PHONE ? "phone" : channel == CHAT ? "chat" : "email", contacts, transfers, longWait,
                        escalated, resolved, severe)));
            }
            unhappy = csat.score() <= 2;
            // The survey comes on the channel of the last contact, as contact-centre programmes run them.
            long at;
            Touchpoint where;
            Map<String, String> ids;
            if (channel == CHAT) {
                at = last + (long) Draws.uniform(r, 5 * SECOND, 2 * MINUTE);
                where = CHAT_SURVEY_TP;
                ids = c.identifiers.chat(r);
            } else if (channel == PHONE) {
                boolean ivr = Draws.chance(r, 0.5);
                at = last + (long) (ivr ? Draws.uniform(r, 5 * SECOND, 30 * SECOND)
                        : Draws.uniform(r, 5 * MINUTE, 2 * HOUR));
                where = ivr ? IVR_SURVEY_TP : SMS_SURVEY_TP;
                ids = c.identifiers.phone(r);
            } else {
                at = last + (long) Draws.uniform(r, HOUR, 24 * HOUR);
                where = POST_CONTACT_SURVEY_TP;
                ids = c.identifiers.email(r, true);
            }
            Map<String, String> rated = new HashMap<>(attrs);
            rated.putAll(questionRatings(contacts, transfers, longWait, escalated, resolved, effort, improved));
            emit(at, where, KIND_SURVEY, Direction.INBOUND, false, -1, null, null, answers, Map.copyOf(rated), ids,
                    journey);
        }
        double leave = 0.02 + (resolved ? 0 : 0.15) + 0.04 * (contacts - 1) + (longWait ? 0.03 : 0)
                + (unhappy ? 0.05 : 0);
        if (Draws.chance(r, leave)) {
            deathDay = day + Draws.uniform(r, 0.5, 10);
            if (Draws.chance(r, 0.7)) {
                cancel(deathDay, "poor_service");
            }
        }
    }

    // ---- relationship ----------------------------------------------------------------------------------

    private void npsSurvey(double day) {
        double experience = c.mood + remembered(day) + 0.1 * Math.min(purchases, 5) - 0.2 + 0.4 * Draws.normal(r);
        Feedback.Nps nps = SurveyAnswers.nps(r, experience);
        List<Feedback> answers = Draws.chance(r, 0.45)
                ? List.of(nps, Comments.general(r, words(), SurveyAnswers.toneOfNps(nps.score()), nps.score() <= 3))
                : List.of(nps);
        // App users are mostly asked in the app, where they are; everyone else by email.
        if (c.appUser && Draws.chance(r, 0.6)) {
            emit(clock.localMoment(r, day, SampleClock.SHOPPING_HOURS, Long.MIN_VALUE), IN_APP_NPS_TP, KIND_SURVEY,
                    Direction.INBOUND, false, -1, null, null, answers, c.interactionAttributes, c.identifiers.app(r),
                    null);
        } else {
            emit(clock.localMoment(r, day, SampleClock.EMAIL_HOURS, Long.MIN_VALUE), NPS_SURVEY_TP, KIND_SURVEY,
                    Direction.INBOUND, false, -1, null, null, answers, c.interactionAttributes,
                    c.identifiers.email(r, true), null);
        }
    }

    private void review(double day) {
        Feedback.Rating stars = SurveyAnswers.stars(r, c.mood + remembered(day) + 0.4 * Draws.normal(r));
        List<Feedback> answers = Draws.chance(r, 0.5)
                ? List.of(stars, Comments.general(r, words(), SurveyAnswers.toneOfFive(stars.score()),
                        stars.score() == 1))
                : List.of(stars);
        emit(clock.localMoment(r, day, SampleClock.SHOPPING_HOURS, Long.MIN_VALUE), APP_REVIEW_TP, KIND_REVIEW,
                Direction.INBOUND, false, -1, null, null, answers, c.interactionAttributes, c.identifiers.app(r),
                null);
    }

    private void cancel(double day, String reason) {
        boolean byPhone = Draws.chance(r, 0.4);
        // Nothing follows a cancellation: it comes after everything already scheduled.
        long at = clock.localMoment(r, day, byPhone ? SampleClock.OFFICE_HOURS : SampleClock.SHOPPING_HOURS,
                latest);
        Map<String, String> ids = byPhone ? c.identifiers.phone(r)
                : c.identifiers.loggedInWeb(c.identifiers.anonymousWeb(r), r);
        emit(at, byPhone ? PHONE_CANCEL : WEB_CANCEL, KIND_CANCELLATION, Direction.INBOUND, false, -1, CANCELLED, null,
                List.of(), with(c.interactionAttributes, ATTR_CANCEL_REASON, reason), ids, null);
        cancelledAt = at;
        deathDay = Math.min(deathDay, clock.dayOf(at));
    }

    /**
     * The stream a comment's words come from: seeded from this customer's draws and the number of interactions
     * emitted so far, so that the words never move the main stream (see {@link Comments}).
     */
    private SplittableRandom words() {
        return new SplittableRandom(Double.doubleToLongBits(c.mood) * 37 + (seq + 1L) * 0xBF58476D1CE4E5B9L);
    }

        /** The goodwill still remembered on {@code day}: past experiences fade with a 90-day time constant. */
    private double remembered(double day) {
        return goodwill * Math.exp(-(day - goodwillDay) / 90.0);
    }

    // ---- emission --------------------------------------------------------------------------------------

    private long gap(int minSeconds, int maxSeconds) {
        return minSeconds * SECOND + r.nextInt((maxSeconds - minSeconds) * 1000 + 1);
    }

    private void emit(long at, Touchpoint tp, String kind, Direction direction, Map<String, String> ids) {
        emit(at, tp, kind, direction, false, -1, null, null, List.of(), c.interactionAttributes, ids, null);
    }

    /** Adds one interaction if it falls inside the window; {@code null} and −1 mean "not stated". */
    private void emit(long at, Touchpoint tp, String kind, Direction direction, boolean automated,
            long durationMillis, Outcome outcome, Money value, List<Feedback> feedback, Map<String, String> attrs,
            Map<String, String> ids, String journey) {
        if (!clock.inWindow(at) || at > cancelledAt) {
            return;
        }
        latest = Math.max(latest, at);
        String id = "I" + number + "-" + pad(++seq);
        // Whole seconds: exports rarely carry more, and ties are broken by id anyway.
        out.add(new Interaction(id, c.id, tp, Instant.ofEpochSecond(Math.floorDiv(at, 1000L)),
                Optional.ofNullable(journey), Optional.of(kind), Optional.ofNullable(direction), automated,
                durationMillis < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(durationMillis / 1000)),
                Optional.ofNullable(outcome), Optional.ofNullable(value), feedback, attrs, ids));
    }

    private static String pad(int n) {
        String s = Integer.toString(n);
        return "00000".substring(Math.min(5, s.length())) + s;
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new HashMap<>(base);
        m.put(key, value);
        return Map.copyOf(m);
    }

    private static int indexOf(String[] values, String v) {
        for (int i = 0; i < values.length; i++) {
            if (values[i].equals(v)) {
                return i;
            }
        }
        throw new IllegalArgumentException(v);
    }
}
