package io.cxkit.core.sample;

import io.cxkit.core.Customer;
import io.cxkit.core.Interaction;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded, deterministic generator of realistic multi-channel customer-experience data: the test bed of every
 * cxkit capability and the data behind {@code cx report}'s embedded sample.
 *
 * <pre>{@code
 * SampleGenerator g = SampleGenerator.builder().customers(1_000).seed(42L).build();
 * g.generate(interaction -> ...);          // in timestamp order
 * List<Interaction> all = g.generateList();
 * List<Customer> customers = g.customers();
 * }</pre>
 *
 * <p>What it produces, over {@link Builder#days(int) one year} from {@link Builder#start(Instant)} (names in
 * {@link SampleSchema}):
 * <ul>
 *   <li><b>Customers</b> in segments {@code consumer} (70 %), {@code smb} (22 %) and {@code enterprise} (8 %),
 *       with attributes {@code region}, {@code plan}, {@code signup_date}, {@code app_user} and
 *       {@code email_opt_in}. Every interaction carries {@code segment}, {@code region} and {@code plan} as
 *       attributes, so breakdowns can use them. Customers arrive spread over the first 80 % of the window.</li>
 *   <li><b>Purchase journeys</b> on web and mobile_app, each with a {@code journey_id}, through
 *       {@link SampleSchema#PURCHASE_FUNNEL home → product_page → cart → checkout → purchase} (an optional
 *       {@code search}, repeated product pages, sometimes a {@code presales_chat}); a journey that stops short ends
 *       with outcome {@code abandoned}, a purchase has outcome {@code converted} and a value in USD. Sessions come
 *       from {@code direct}, {@code search}, {@code email} (an {@code email_campaign} touch first) or
 *       {@code social} (a {@code social_ad} click first), attribute {@code source}; store shoppers also buy in the
 *       store ({@code store_visit → purchase}).</li>
 *   <li><b>Repeat purchases</b> over months, "buy till you die" style: while active a customer buys at a personal
 *       Poisson rate (gamma-distributed across customers) and after each repeat purchase drops out with a personal
 *       probability (beta-distributed); order values are Gamma(p = 5, rate ν) with a personal
 *       ν ~ Gamma(q = 4, γ) (Fader &amp; Hardie's Gamma-Gamma spend model). About 12 % are
 *       prospects who browse and never buy.</li>
 *   <li><b>Support journeys</b> from first contact to resolution ({@code journey_id} and attribute
 *       {@code issue}, the issue key, shared by every contact on that issue; {@code issue_type}): an optional
 *       {@code help_center} visit, then inbound contacts by phone ({@code ivr}, then {@code support_call}), chat
 *       ({@code support_chat}) or email ({@code support_email}), each with a handle time (duration), an outcome
 *       ({@code resolved}, {@code unresolved} or {@code escalated}) and attribute {@code wait_seconds}; an
 *       automated first reply ({@code auto_reply}, outbound, automated) on chat and email, and a human first
 *       reply ({@code agent_reply}, outbound); sometimes a transfer ({@code tier2_support}, kind
 *       {@code transfer}); escalations get a second-tier {@code follow_up}; unresolved issues bring repeat
 *       contacts, often on another channel. About 10 % of orders cause an issue (delivery, returns, defects).</li>
 *   <li><b>Feedback that depends on what happened</b>: the survey after a support issue (CSAT on 5, CES 1–7,
 *       sometimes NPS) on the channel of the last contact ({@code chat_survey} after a chat, {@code ivr_survey}
 *       or {@code sms_survey} after a call, {@code post_contact_survey} by email after an email), the CSAT after
 *       an order ({@code checkout_survey} on web or app right after checkout, {@code post_purchase_survey} by
 *       email days later), the quarterly NPS ({@code in_app_nps} for most app users, {@code nps_survey} by email
 *       otherwise) and {@code app_review} (rating on 5). Support surveys also carry question ratings 1–5 as
 *       attributes {@code q_speed}, {@code q_staff}, {@code q_resolution} and {@code q_ease}, each driven by the
 *       part of the experience it asks about (for key-driver analysis). From {@link #interventionDate()} support
 *       in region {@code emea} improves: a treated group with a real effect and a change point, the other regions
 *       its controls. Long waits, unresolved issues, repeat contacts and transfers lower the scores; the memory
 *       of them fades over about three months. The NPS answer of a support survey weighs the journey's moments
 *       (outcomes resolved against unresolved or escalated) with a known negativity ratio,
 *       {@link SampleSchema#NEGATIVITY_RATIO} = 3: a bad moment lowers it three times as much as a good one
 *       raises it. Comments (verbatims) match the answer's tone (detractors complain, promoters praise) and name
 *       what went wrong: waits, transfers, repeat contacts, refunds, broken or missing items, rudeness; some are
 *       angry, urgent, sad, confused, grateful or polite, so every tone of the text analysis occurs.</li>
 *   <li><b>Identifiers</b> for identity stitching (map {@code identifiers}): {@code cookie} on the web (one to
 *       three per customer; 3 % of anonymous sessions carry a junk value such as {@code anonymous}),
 *       {@code email} once logged in at checkout and on email, {@code device} and {@code crm} in the app,
 *       {@code phone} (and often {@code crm}) on calls, {@code crm} or {@code phone} or nothing in the store. The
 *       {@code customer_id} is the ground truth the stitched identities can be checked against.</li>
 *   <li><b>Churn</b>: customers who stop interacting, silently (dropout after a purchase) or after a bad support
 *       experience, some with a {@code cancel_subscription} interaction (kind {@code cancellation}, outcome
 *       {@code cancelled}, attribute {@code reason}).</li>
 *   <li>Marketing and service messages: monthly {@code newsletter}, {@code order_confirmation},
 *       {@code welcome_email}; {@code app_login} for app users.</li>
 * </ul>
 *
 * <p>Each customer is simulated from its own random stream (derived from the seed and the customer's index), so
 * the output depends only on the seed, the size, the start, the length and the zone, never on the JDK's
 * default random algorithms or on the platform. 10,000 customers give about 280,000 interactions.
 *
 * <p>Memory: {@link #generate} and {@link #generateList} hold and sort the whole sample (a few hundred bytes per
 * interaction), so very large samples need a matching heap; {@link #generateByCustomer} streams the same
 * interactions customer by customer in constant memory.
 *
 * <p>Instances are immutable and thread-safe; every call regenerates from the seed.
 */
public final class SampleGenerator {
    /** The default start of the sample window: 2025-01-01T00:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2025-01-01T00:00:00Z");
    /** The default length of the sample window, in days. */
    public static final int DEFAULT_DAYS = 365;

    /** Interactions in timestamp order; equal timestamps in interaction-id order (customer, then sequence). */
    public static final Comparator<Interaction> ORDER =
            Comparator.comparing(Interaction::timestamp).thenComparing(Interaction::id);

    private final int customers;
    private final long seed;
    private final Instant start;
    private final int days;
    private final ZoneId zone;

    private SampleGenerator(Builder b) {
        this.customers = b.customers;
        this.seed = b.seed;
        this.start = b.start;
        this.days = b.days;
        this.zone = b.zone;
    }

    /**
     * A builder with 1,000 customers, seed 0, the default window and zone UTC.
     *
     * @return a builder with 1,000 customers, seed 0, the default window and zone UTC
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The number of customers.
     *
     * @return the number of customers
     */
    public int customerCount() {
        return customers;
    }

    /**
     * The seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * The start of the window: no interaction is earlier.
     *
     * @return the start of the window: no interaction is earlier
     */
    public Instant start() {
        return start;
    }

    /**
     * When support improves for the {@linkplain SampleSchema#TREATED_REGION treated region}: half-way through the
     * window. Support surveys of that region answer better from then on (by
     * {@link SampleSchema#SUPPORT_IMPROVEMENT}); the other regions are controls. A difference-in-differences or
     * a change-point search on the sample should find it.
     *
     * @return when support improves for the {@linkplain SampleSchema#TREATED_REGION treated region}: half-way through
     *         the window
     */
    public Instant interventionDate() {
        return start.plus(java.time.Duration.ofMillis((long) (days / 2.0 * 24 * 3600 * 1000)));
    }

    /**
     * The end of the window, exclusive: every interaction is earlier.
     *
     * @return the end of the window, exclusive: every interaction is earlier
     */
    public Instant end() {
        return start.plusSeconds(days * 86_400L);
    }

    /**
     * The zone whose local time places calls in office hours and shopping in the evenings.
     *
     * @return the zone whose local time places calls in office hours and shopping in the evenings
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * The customers, in id order ({@code C000001}, {@code C000002}, ...), with segment and attributes. Every
     * customer appears in the interactions.
     *
     * @return the customers, in id order ({@code C000001}, {@code C000002}, ...), with segment and attributes
     */
    public List<Customer> customers() {
        SampleClock clock = clock();
        List<Customer> list = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            list.add(profile(i).toCustomer(clock));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * Generates the sample and hands each interaction to {@code sink} in {@link #ORDER timestamp order}. The same
     * settings give the same interactions, in the same order, on every run.
     *
     * @param sink the sink
     * @throws NullPointerException if the sink is null
     */
    public void generate(Consumer<Interaction> sink) {
        Objects.requireNonNull(sink, "sink must not be null");
        for (Interaction i : generateList()) {
            sink.accept(i);
        }
    }

    /**
     * The whole sample as an unmodifiable list in {@link #ORDER timestamp order}.
     *
     * @return the whole sample as an unmodifiable list in {@link #ORDER timestamp order}
     */
    public List<Interaction> generateList() {
        SampleClock clock = clock();
        List<Interaction> all = new ArrayList<>(customers * 24);
        for (int i = 0; i < customers; i++) {
            simulate(i, clock, all);
        }
        all.sort(ORDER);
        return Collections.unmodifiableList(all);
    }

    /**
     * Generates the same interactions as {@link #generate}, customer by customer instead of in global time
     * order: customers in id order, each customer's interactions in {@link #ORDER timestamp order}. Memory stays
     * that of one customer whatever the sample size, so this is the way to produce samples too large to sort in
     * memory, and it suits consumers that group by customer anyway (journeys, lifetime value).
     *
     * @param sink the sink
     * @throws NullPointerException if the sink is null
     */
    public void generateByCustomer(Consumer<Interaction> sink) {
        Objects.requireNonNull(sink, "sink must not be null");
        SampleClock clock = clock();
        List<Interaction> one = new ArrayList<>(64);
        for (int i = 0; i < customers; i++) {
            one.clear();
            simulate(i, clock, one);
            one.sort(ORDER);
            for (Interaction x : one) {
                sink.accept(x);
            }
        }
    }

    private void simulate(int index, SampleClock clock, List<Interaction> into) {
        SplittableRandom r = random(index);
        CustomerProfile p = CustomerProfile.draw(index, customerId(index), r, days);
        new CustomerSimulation(p, r, clock, days, into).run();
    }

    private CustomerProfile profile(int index) {
        return CustomerProfile.draw(index, customerId(index), random(index), days);
    }

    private SampleClock clock() {
        return new SampleClock(start, days, zone);
    }

    /** Each customer's own stream: a mix of the seed and the index (SplitMix64's golden-gamma increment). */
    private SplittableRandom random(int index) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
    }

    private String customerId(int index) {
        String n = Integer.toString(index + 1);
        int width = Math.max(6, Integer.toString(customers).length());
        return "C" + "0".repeat(width - n.length()) + n;
    }

    /** Settings of a {@link SampleGenerator}. Not thread-safe. */
    public static final class Builder {
        private int customers = 1_000;
        private long seed;
        private Instant start = DEFAULT_START;
        private int days = DEFAULT_DAYS;
        private ZoneId zone = ZoneOffset.UTC;

        private Builder() {
        }

        /**
         * The number of customers, 1..10,000,000.
         *
         * @param n how many of them to use, from the start of the array
         * @return this builder, for chaining
         * @throws IllegalArgumentException if out of range
         */
        public Builder customers(int n) {
            if (n < 1 || n > 10_000_000) {
                throw new IllegalArgumentException("customers must be within 1..10000000, was " + n);
            }
            customers = n;
            return this;
        }

        /**
         * The seed: equal seeds (with equal other settings) give identical samples.
         *
         * @param s the seed of the random generator; the same seed gives the same data
         * @return this builder, for chaining
         */
        public Builder seed(long s) {
            seed = s;
            return this;
        }

        /**
         * The start of the window, default {@link #DEFAULT_START}.
         *
         * @param s the instant
         * @return this builder, for chaining
         * @throws NullPointerException if null
         */
        public Builder start(Instant s) {
            start = Objects.requireNonNull(s, "start must not be null");
            return this;
        }

        /**
         * The length of the window in days, 30..3,660, default 365.
         *
         * @param d the number of days the data spans
         * @return this builder, for chaining
         * @throws IllegalArgumentException if out of range
         */
        public Builder days(int d) {
            if (d < 30 || d > 3660) {
                throw new IllegalArgumentException("days must be within 30..3660, was " + d);
            }
            days = d;
            return this;
        }

        /**
         * The zone of the customers' local time, default UTC.
         *
         * @param z the zone
         * @return this builder, for chaining
         * @throws NullPointerException if null
         */
        public Builder zone(ZoneId z) {
            zone = Objects.requireNonNull(z, "zone must not be null");
            return this;
        }

        /**
         * The generator.
         *
         * @return the generator
         */
        public SampleGenerator build() {
            return new SampleGenerator(this);
        }
    }
}
