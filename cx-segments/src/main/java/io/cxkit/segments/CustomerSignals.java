package io.cxkit.segments;

import java.util.List;
import java.util.Optional;

/**
 * The personalisation signals of one customer, each with its evidence.
 *
 * @param customer the customer id
 * @param preferredChannel the channel used most and the channel that works best
 * @param bestTime the hour of the week they respond or buy most
 * @param nextBestTouchpoint for a customer in an open journey, the next touchpoint that most raises the
 *        probability of conversion
 * @param flags proactive flags, each with its evidence
 */
public record CustomerSignals(String customer, Optional<ChannelPreference> preferredChannel,
        Optional<BestTime> bestTime, Optional<NextBestTouchpoint.Recommendation> nextBestTouchpoint,
        List<Flag> flags) {
    /**
     * Copies.
     *
     * @param customer the customer id
     * @param preferredChannel the channel used most and the channel that works best
     * @param bestTime the hour of the week they respond or buy most
     * @param nextBestTouchpoint for a customer in an open journey, the next touchpoint that most raises the probability
     *        of conversion
     * @param flags proactive flags, each with its evidence
     */
    public CustomerSignals {
        flags = List.copyOf(flags);
    }

    /**
     * Where a customer is and where they respond.
     *
     * @param used the channel of most interactions
     * @param usedShare its share of the customer's interactions
     * @param works the channel with the highest success rate (a conversion, resolution, purchase or answer)
     *        among channels used at least the minimum number of times; empty when none qualifies
     * @param worksRate that channel's successes / uses
     * @param worksUses its uses
     */
    public record ChannelPreference(String used, double usedShare, Optional<String> works, double worksRate,
            long worksUses) {
    }

    /**
     * The best time to reach a customer.
     *
     * @param dayOfWeek 1 = Monday .. 7 = Sunday (ISO)
     * @param hour 0..23 in the zone
     * @param zone the zone hours are cut in
     * @param share the smoothed share of responses and purchases at that hour of the week
     * @param events the responses and purchases it rests on
     * @param source {@code customer} when the customer's own events suffice, else {@code segment:NAME} or
     *        {@code all customers}: the fallback used for thin data
     */
    public record BestTime(int dayOfWeek, int hour, String zone, double share, long events, String source) {
    }

    /**
     * A proactive flag.
     *
     * @param name the flag, e.g. {@code likely_repeat_contact}
     * @param evidence the figures that raised it
     */
    public record Flag(String name, String evidence) {
    }
}
