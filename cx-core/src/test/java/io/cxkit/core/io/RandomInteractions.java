package io.cxkit.core.io;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Money;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random interactions that use every field of the flat schema, with awkward text (commas, quotes, line
 * breaks, accents, emoji) where the schema allows free text. Feedback is in schema order, one answer of each
 * kind at most, as the flat schema carries it.
 */
final class RandomInteractions {
    private static final String[] AWKWARD = {"plain", "a,b", "say \"hi\"", "line\nbreak", "crlf\r\nbreak",
        "café", "日本語", "emoji 😀", "  padded  ", "semi;colon", "tab\there", "back\\slash", "#hash"};
    private static final String[] CURRENCIES = {"EUR", "USD", "GBP", "JPY", "XXX"};

    private final Random random;
    private int next;

    RandomInteractions(long seed) {
        this.random = new Random(seed);
    }

    List<Interaction> list(int n) {
        List<Interaction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    Interaction next() {
        Touchpoint tp = new Touchpoint(pick("home", "checkout page", "ivr,menu", "störe-1"),
                Channel.of(pick("web", "mobile_app", "email", "phone", "chat", "store", "Kiosk")),
                random.nextBoolean() ? java.util.Optional.of(JourneyStage.of(pick("awareness", "purchase",
                        "support", "custom stage"))) : java.util.Optional.empty());
        Instant ts = Instant.ofEpochSecond(1_600_000_000L + random.nextInt(200_000_000),
                random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
        String id = "id-" + (next++) + "-" + random.nextInt(1000);
        Interaction.Builder b = Interaction.builder(id, CustomerId.of("cust " + random.nextInt(500)), tp, ts);
        if (random.nextBoolean()) {
            b.journeyId("j" + random.nextInt(100));
        }
        if (random.nextBoolean()) {
            b.kind(pick("visit", "purchase", "contact", "survey"));
        }
        if (random.nextBoolean()) {
            b.direction(random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND);
        }
        b.automated(random.nextBoolean());
        if (random.nextBoolean()) {
            b.duration(Duration.ofSeconds(random.nextInt(10_000), random.nextBoolean() ? 0 : random.nextInt(1000)
                    * 1_000_000L));
        }
        if (random.nextBoolean()) {
            b.outcome(Outcome.of(pick("resolved", "unresolved", "converted", "Escalated")));
        }
        if (random.nextBoolean()) {
            BigDecimal amount = BigDecimal.valueOf(random.nextInt(2_000_000) - 100_000, random.nextInt(4));
            b.value(new Money(amount, Money.currency(pick(CURRENCIES))));
        }
        if (random.nextInt(3) == 0) {
            b.feedback(new Feedback.Nps(random.nextInt(11)));
        }
        if (random.nextInt(3) == 0) {
            int scale = random.nextBoolean() ? 5 : 2 + random.nextInt(9);
            b.feedback(new Feedback.Csat(1 + random.nextInt(scale), scale));
        }
        if (random.nextInt(3) == 0) {
            b.feedback(new Feedback.Ces(1 + random.nextInt(7)));
        }
        if (random.nextInt(4) == 0) {
            int scale = 2 + random.nextInt(99);
            b.feedback(new Feedback.Rating(1 + random.nextInt(scale), scale));
        }
        if (random.nextInt(3) == 0) {
            b.feedback(new Feedback.Verbatim(pick(AWKWARD) + " " + pick(AWKWARD)));
        }
        int attrs = random.nextInt(3);
        for (int i = 0; i < attrs; i++) {
            b.attribute(pick("plan", "region", "segment"), pick(AWKWARD));
        }
        if (random.nextBoolean()) {
            b.identifier(pick("email", "device", "cookie"), "v" + random.nextInt(1000));
            if (random.nextInt(4) == 0) {
                b.customerId(CustomerId.unresolved(id));
            }
        }
        return b.build();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
