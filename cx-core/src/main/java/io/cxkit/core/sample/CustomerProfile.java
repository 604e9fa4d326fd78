package io.cxkit.core.sample;

import static io.cxkit.core.sample.SampleSchema.ATTR_APP_USER;
import static io.cxkit.core.sample.SampleSchema.ATTR_EMAIL_OPT_IN;
import static io.cxkit.core.sample.SampleSchema.ATTR_PLAN;
import static io.cxkit.core.sample.SampleSchema.ATTR_REGION;
import static io.cxkit.core.sample.SampleSchema.ATTR_SEGMENT;
import static io.cxkit.core.sample.SampleSchema.ATTR_SIGNUP_DATE;

import io.cxkit.core.Customer;
import io.cxkit.core.CustomerId;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The hidden traits of one generated customer: who they are, and the rates that drive their behaviour. Drawn
 * first from the customer's own random stream, so that {@link SampleGenerator#customers()} gives the same
 * customers as {@link SampleGenerator#generate} without simulating anyone.
 */
final class CustomerProfile {
    static final String[] SEGMENTS = {"consumer", "smb", "enterprise"};
    private static final double[] SEGMENT_WEIGHTS = {0.70, 0.22, 0.08};
    static final String[] REGIONS = {"na", "emea", "apac", "latam"};
    private static final double[] REGION_WEIGHTS = {0.40, 0.35, 0.18, 0.07};
    static final String[] PLANS = {"basic", "plus", "premium"};
    private static final double[][] PLAN_WEIGHTS = {{0.6, 0.3, 0.1}, {0.3, 0.5, 0.2}, {0.1, 0.4, 0.5}};
    /** Purchases per year while alive, mean by segment. */
    private static final double[] PURCHASES_PER_YEAR = {2.0, 3.5, 5.0};
    /** The Gamma-Gamma shape p of each order's value around the customer's rate ν. */
    static final double SPEND_SHAPE_P = 5.0;
    /** The Gamma-Gamma shape q of ν across customers. */
    static final double SPEND_SHAPE_Q = 4.0;
    /**
     * The Gamma-Gamma scale γ (USD) of ν across customers, by segment: the mean order value is
     * E[p/ν] = p·γ/(q − 1), so γ = mean·(q − 1)/p for mean order values $60, $240 and $850.
     */
    private static final double[] SPEND_GAMMA = {spendScale(60.0), spendScale(240.0), spendScale(850.0)};
    /** Support issues per year while alive, by segment (on top of issues caused by orders). */
    private static final double[] ISSUES_PER_YEAR = {0.6, 1.1, 1.8};

    private static double spendScale(double meanOrder) {
        return meanOrder * (SPEND_SHAPE_Q - 1) / SPEND_SHAPE_P;
    }

    final int index;
    final CustomerId id;
    final int segment;
    final int region;
    final int plan;
    /** Days after the start of the sample of the first interaction. */
    final double acquisitionDay;
    /** Browses but never buys, and soon stops coming. */
    final boolean prospect;
    final boolean appUser;
    final boolean emailOptIn;
    final boolean storeShopper;
    /** Purchases per day while alive (the λ of a BG/NBD-like process). */
    final double purchaseRate;
    /** Probability of dropping out after each repeat purchase (the p of a BG/NBD-like process). */
    final double dropout;
    /**
     * The customer's spend rate ν (per USD) of the Gamma-Gamma model: ν ~ Gamma(q, rate γ), so the customer's
     * mean order value is p/ν.
     */
    final double spendRate;
    final double issueRate;
    /** Baseline disposition: positive customers answer higher, independent of what happens. */
    final double mood;
    final CustomerIdentifiers identifiers;
    final Map<String, String> interactionAttributes;

    private CustomerProfile(int index, String idText, SplittableRandom r, int days) {
        this.index = index;
        this.id = CustomerId.of(idText);
        segment = Draws.pick(r, SEGMENT_WEIGHTS);
        region = Draws.pick(r, REGION_WEIGHTS);
        plan = Draws.pick(r, PLAN_WEIGHTS[segment]);
        acquisitionDay = Draws.uniform(r, 0, days * 0.8);
        prospect = Draws.chance(r, 0.12);
        appUser = Draws.chance(r, segment == 0 ? 0.55 : 0.35);
        emailOptIn = Draws.chance(r, 0.4);
        storeShopper = segment == 0 && Draws.chance(r, 0.35);
        purchaseRate = Draws.gamma(r, 1.5, PURCHASES_PER_YEAR[segment]) / 365.0;
        dropout = Draws.beta(r, 1.2, 7.0);
        spendRate = Draws.gamma(r, SPEND_SHAPE_Q, SPEND_SHAPE_Q / SPEND_GAMMA[segment]);
        issueRate = Draws.gamma(r, 2.0, ISSUES_PER_YEAR[segment]) / 365.0;
        mood = 0.7 * Draws.normal(r);
        identifiers = CustomerIdentifiers.draw(r, index, segment != 0, appUser);
        interactionAttributes = Map.of(ATTR_SEGMENT, SEGMENTS[segment], ATTR_REGION, REGIONS[region],
                ATTR_PLAN, PLANS[plan]);
    }

    /** Draws the profile of the customer with this index from its own stream. */
    static CustomerProfile draw(int index, String idText, SplittableRandom r, int days) {
        return new CustomerProfile(index, idText, r, days);
    }

    /** The public view of this customer. */
    Customer toCustomer(SampleClock clock) {
        Map<String, String> attributes = Map.of(
                ATTR_SEGMENT, SEGMENTS[segment],
                ATTR_REGION, REGIONS[region],
                ATTR_PLAN, PLANS[plan],
                ATTR_SIGNUP_DATE, clock.localDate(acquisitionDay).toString(),
                ATTR_APP_USER, Boolean.toString(appUser),
                ATTR_EMAIL_OPT_IN, Boolean.toString(emailOptIn));
        return new Customer(id, attributes, Optional.of(SEGMENTS[segment]));
    }
}
