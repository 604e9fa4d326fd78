package io.cxkit.core.sample;

import static io.cxkit.core.sample.SampleSchema.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.Customer;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Direction;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.InteractionWriter;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleGeneratorTest {
    private static final int CUSTOMERS = 10_000;
    private static List<Interaction> sample;
    private static List<Customer> customers;

    @BeforeAll
    static void generateOnce() {
        SampleGenerator g = SampleGenerator.builder().customers(CUSTOMERS).seed(7L).build();
        sample = g.generateList();
        customers = g.customers();
    }

    private static boolean is(Interaction i, String kind) {
        return i.kind().orElse("").equals(kind);
    }

    private static Map<String, List<Interaction>> byJourney(String prefix) {
        Map<String, List<Interaction>> m = new TreeMap<>();
        for (Interaction i : sample) {
            i.journeyId().filter(j -> j.startsWith(prefix)).ifPresent(j -> m.computeIfAbsent(j, k -> new ArrayList<>())
                    .add(i));
        }
        return m;
    }

    @Test
    void theSameSeedGivesIdenticalCustomersAndInteractionsInTheSameOrder() {
        SampleGenerator a = SampleGenerator.builder().customers(300).seed(42L).build();
        SampleGenerator b = SampleGenerator.builder().customers(300).seed(42L).build();
        assertThat(a.generateList()).isEqualTo(b.generateList());
        assertThat(a.customers()).isEqualTo(b.customers());
        List<Interaction> streamed = new ArrayList<>();
        a.generate(streamed::add);
        assertThat(streamed).isEqualTo(b.generateList());
    }

    @Test
    void byCustomerGivesTheSameInteractionsCustomerAfterCustomerEachInTimeOrder() {
        SampleGenerator g = SampleGenerator.builder().customers(200).seed(4L).build();
        List<Interaction> byCustomer = new ArrayList<>();
        g.generateByCustomer(byCustomer::add);
        List<Interaction> sorted = new ArrayList<>(byCustomer);
        sorted.sort(SampleGenerator.ORDER);
        assertThat(sorted).isEqualTo(g.generateList());
        int outOfOrder = 0;
        for (int k = 1; k < byCustomer.size(); k++) {
            Interaction a = byCustomer.get(k - 1);
            Interaction b = byCustomer.get(k);
            int customerOrder = a.customerId().compareTo(b.customerId());
            boolean ordered = customerOrder < 0 || customerOrder == 0 && SampleGenerator.ORDER.compare(a, b) < 0;
            outOfOrder += ordered ? 0 : 1;
        }
        assertThat(outOfOrder).isZero();
    }

    @Test
    void differentSeedsGiveDifferentSamples() {
        List<Interaction> a = SampleGenerator.builder().customers(200).seed(1L).build().generateList();
        List<Interaction> b = SampleGenerator.builder().customers(200).seed(2L).build().generateList();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aCustomerLivesTheSameLifeWhateverTheSampleSize() {
        Set<Interaction> small = new HashSet<>(
                SampleGenerator.builder().customers(50).seed(9L).build().generateList());
        List<Interaction> first50 = SampleGenerator.builder().customers(100).seed(9L).build().generateList().stream()
                .filter(i -> Integer.parseInt(i.customerId().value().substring(1)) <= 50).collect(Collectors.toList());
        assertThat(first50).hasSameSizeAs(small).allMatch(small::contains);
    }

    @Test
    void tenThousandCustomersGiveBetween100kAnd300kInteractions() {
        assertThat(sample.size()).isBetween(100_000, 300_000);
        assertThat(customers).hasSize(CUSTOMERS);
        assertThat(sample.stream().map(Interaction::customerId).distinct().count()).isEqualTo(CUSTOMERS);
    }

    @Test
    void interactionsComeInTimestampOrderWithTiesInIdOrderInsideTheWindow() {
        Instant start = SampleGenerator.DEFAULT_START;
        Instant end = start.plus(Duration.ofDays(365));
        int outOfOrder = 0;
        for (int k = 1; k < sample.size(); k++) {
            outOfOrder += SampleGenerator.ORDER.compare(sample.get(k - 1), sample.get(k)) < 0 ? 0 : 1;
        }
        assertThat(outOfOrder).isZero();
        assertThat(sample.get(0).timestamp()).isAfterOrEqualTo(start);
        assertThat(sample.get(sample.size() - 1).timestamp()).isBefore(end);
        assertThat(sample.stream().map(Interaction::id).distinct().count()).isEqualTo(sample.size());
    }

    @Test
    void everyInteractionNamesItsKindAndCarriesSegmentAndRegion() {
        Set<String> segments = Set.of("consumer", "smb", "enterprise");
        List<String> offenders = new ArrayList<>();
        for (Interaction i : sample) {
            if (i.kind().isEmpty() || i.touchpoint().stage().isEmpty()
                    || !segments.contains(i.attributes().getOrDefault(ATTR_SEGMENT, ""))
                    || !i.attributes().containsKey(ATTR_REGION)
                    || !INTERACTION_ATTRIBUTES.containsAll(i.attributes().keySet())
                    || !IDENTIFIER_TYPES.containsAll(i.identifiers().keySet())) {
                offenders.add(i.id());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void customersFallIntoSegmentsInRealisticShares() {
        Map<String, Long> bySegment = customers.stream()
                .collect(Collectors.groupingBy(c -> c.segment().orElseThrow(), Collectors.counting()));
        assertThat(bySegment.get("consumer") / (double) CUSTOMERS).isBetween(0.66, 0.74);
        assertThat(bySegment.get("smb") / (double) CUSTOMERS).isBetween(0.19, 0.25);
        assertThat(bySegment.get("enterprise") / (double) CUSTOMERS).isBetween(0.06, 0.10);
        assertThat(customers).allSatisfy(c -> assertThat(c.attributes()).containsKeys(ATTR_REGION, ATTR_PLAN,
                ATTR_SIGNUP_DATE, ATTR_SEGMENT));
        assertThat(customers.get(0).id()).isEqualTo(CustomerId.of("C000001"));
    }

    @Test
    void journeysUseEveryRequiredChannel() {
        Set<Channel> channels = sample.stream().map(Interaction::channel).collect(Collectors.toSet());
        assertThat(channels).contains(Channel.WEB, Channel.MOBILE_APP, Channel.EMAIL, Channel.PHONE, Channel.CHAT,
                Channel.STORE);
    }

    @Test
    void purchaseJourneysWalkTheFunnelInOrderAndNarrowAtEachStep() {
        int[] reached = new int[PURCHASE_FUNNEL.size()];
        for (List<Interaction> journey : byJourney("J-").values()) {
            List<String> steps = journey.stream().map(i -> i.touchpoint().id())
                    .filter(PURCHASE_FUNNEL::contains).distinct().collect(Collectors.toList());
            if (journey.get(0).channel().equals(Channel.STORE) || steps.isEmpty()) {
                continue;
            }
            // Each web or app journey walks a prefix of the funnel, in order.
            assertThat(steps).isEqualTo(PURCHASE_FUNNEL.subList(0, steps.size()));
            for (int s = 0; s < steps.size(); s++) {
                reached[s]++;
            }
        }
        for (int s = 1; s < reached.length; s++) {
            assertThat(reached[s]).as(PURCHASE_FUNNEL.get(s)).isLessThan(reached[s - 1]).isPositive();
        }
        double conversion = reached[4] / (double) reached[0];
        assertThat(conversion).isBetween(0.15, 0.6);
    }

    @Test
    void purchasesCarryAValueInUsdAndTheConvertedOutcomeAndAJourney() {
        List<Interaction> purchases = sample.stream().filter(i -> is(i, KIND_PURCHASE)).collect(Collectors.toList());
        assertThat(purchases).isNotEmpty().allSatisfy(p -> {
            assertThat(p.value()).hasValueSatisfying(v -> {
                assertThat(v.currency().getCurrencyCode()).isEqualTo("USD");
                assertThat(v.amount().signum()).isPositive();
            });
            assertThat(p.outcome()).contains(Outcome.CONVERTED);
            assertThat(p.journeyId()).isPresent();
            assertThat(p.touchpoint().id()).isEqualTo(PURCHASE);
        });
        assertThat(sample.stream().filter(i -> i.outcome().equals(java.util.Optional.of(Outcome.ABANDONED))))
                .isNotEmpty();
    }

    @Test
    void manyBuyersComeBackMonthsLater() {
        Map<CustomerId, List<Instant>> buys = new HashMap<>();
        for (Interaction i : sample) {
            if (is(i, KIND_PURCHASE)) {
                buys.computeIfAbsent(i.customerId(), k -> new ArrayList<>()).add(i.timestamp());
            }
        }
        long repeaters = buys.values().stream().filter(l -> l.size() >= 2).count();
        long monthsApart = buys.values().stream()
                .filter(l -> Duration.between(l.get(0), l.get(l.size() - 1)).toDays() >= 90).count();
        long prospects = CUSTOMERS - buys.size();
        assertThat(repeaters / (double) buys.size()).isBetween(0.4, 0.85);
        assertThat(monthsApart / (double) buys.size()).isGreaterThan(0.2);
        assertThat(prospects / (double) CUSTOMERS).isBetween(0.05, 0.2);
        assertThat(buys.values().stream().mapToInt(List::size).max().orElse(0)).isGreaterThanOrEqualTo(10);
    }

    @Test
    void supportIssuesRunFromFirstContactToAnOutcomeWithRepliesTransfersAndRepeats() {
        Map<String, List<Interaction>> issues = new HashMap<>();
        for (Interaction i : sample) {
            if (i.attributes().containsKey(ATTR_ISSUE)) {
                issues.computeIfAbsent(i.attributes().get(ATTR_ISSUE), k -> new ArrayList<>()).add(i);
            }
        }
        assertThat(issues.size()).isGreaterThan(CUSTOMERS / 3);
        int repeated = 0;
        for (List<Interaction> issue : issues.values()) {
            assertThat(issue.stream().map(Interaction::journeyId).distinct()).hasSize(1);
            List<Interaction> contacts = issue.stream().filter(i -> is(i, KIND_CONTACT)).collect(Collectors.toList());
            assertThat(contacts).allSatisfy(c -> {
                assertThat(c.direction()).contains(Direction.INBOUND);
                assertThat(c.automated()).isFalse();
                assertThat(c.duration()).hasValueSatisfying(d -> assertThat(d).isPositive());
                assertThat(c.outcome().map(Outcome::name).orElseThrow()).isIn("resolved", "unresolved", "escalated");
                assertThat(c.attributes()).containsKey(ATTR_WAIT_SECONDS);
            });
            repeated += contacts.size() > 1 ? 1 : 0;
        }
        assertThat(repeated / (double) issues.size()).isBetween(0.1, 0.45);
        List<Interaction> replies = sample.stream().filter(i -> is(i, KIND_REPLY)).collect(Collectors.toList());
        assertThat(replies).allMatch(i -> i.direction().equals(java.util.Optional.of(Direction.OUTBOUND)));
        assertThat(replies.stream().filter(Interaction::automated)).isNotEmpty();
        assertThat(replies.stream().filter(i -> !i.automated())).isNotEmpty();
        assertThat(sample.stream().filter(i -> is(i, KIND_TRANSFER))).isNotEmpty();
        assertThat(sample.stream().filter(i -> is(i, KIND_FOLLOW_UP))).isNotEmpty();
        assertThat(sample.stream().filter(i -> is(i, KIND_CONTACT)).map(Interaction::channel).distinct())
                .containsExactlyInAnyOrder(Channel.PHONE, Channel.CHAT, Channel.EMAIL);
    }

    @Test
    void theFirstHumanReplyComesAfterTheAutomatedOne() {
        for (List<Interaction> issue : byJourney("S-").values()) {
            Instant auto = null;
            for (Interaction i : issue) {
                if (is(i, KIND_REPLY) && i.automated() && auto == null) {
                    auto = i.timestamp();
                }
                if (is(i, KIND_REPLY) && !i.automated() && auto != null) {
                    assertThat(i.timestamp()).isAfterOrEqualTo(auto);
                    break;
                }
            }
        }
    }

    /**
     * The scores must respond to what happened: after an issue that took several contacts, ended unresolved or
     * made the customer wait long, CSAT and CES are clearly lower and detractors more common. Welch's t on the
     * seeded sample, far beyond chance.
     */
    @Test
    void scoresAreLowerAfterSlowUnresolvedOrRepeatedContacts() {
        Map<String, List<Interaction>> issues = byJourney("S-");
        List<Double> goodCsat = new ArrayList<>();
        List<Double> badCsat = new ArrayList<>();
        List<Double> goodCes = new ArrayList<>();
        List<Double> badCes = new ArrayList<>();
        for (List<Interaction> issue : issues.values()) {
            List<Interaction> contacts = issue.stream().filter(i -> is(i, KIND_CONTACT)).collect(Collectors.toList());
            boolean longWait = contacts.stream().anyMatch(c -> Long.parseLong(c.attributes().get(ATTR_WAIT_SECONDS))
                    > (c.channel().equals(Channel.EMAIL) ? 86_400 : 600));
            Interaction lastOutcome = issue.stream().filter(i -> i.outcome().isPresent())
                    .reduce((a, b) -> b).orElseThrow();
            boolean bad = contacts.size() > 1 || longWait || !lastOutcome.outcome().get().equals(Outcome.RESOLVED);
            for (Interaction i : issue) {
                i.feedback(Feedback.Csat.class).ifPresent(f -> (bad ? badCsat : goodCsat).add((double) f.score()));
                i.feedback(Feedback.Ces.class).ifPresent(f -> (bad ? badCes : goodCes).add((double) f.score()));
            }
        }
        assertThat(badCsat.size()).isGreaterThan(300);
        assertThat(goodCsat.size()).isGreaterThan(300);
        assertThat(mean(goodCsat) - mean(badCsat)).isGreaterThan(0.7);
        assertThat(welchT(goodCsat, badCsat)).isGreaterThan(10);
        assertThat(mean(goodCes) - mean(badCes)).isGreaterThan(0.7);
        assertThat(welchT(goodCes, badCes)).isGreaterThan(10);
    }

    @Test
    void surveyAnswersHaveRealisticDistributions() {
        int[] nps = new int[11];
        int csatTop = 0;
        int csat = 0;
        for (Interaction i : sample) {
            for (Feedback f : i.feedback()) {
                if (f instanceof Feedback.Nps n) {
                    nps[n.score()]++;
                } else if (f instanceof Feedback.Csat c) {
                    csat += c.scale() == 5 ? 1 : 1_000_000;
                    csatTop += c.score() >= 4 ? 1 : 0;
                }
            }
        }
        int total = 0;
        int promoters = nps[9] + nps[10];
        int detractors = 0;
        for (int s = 0; s <= 10; s++) {
            total += nps[s];
            detractors += s <= 6 ? nps[s] : 0;
        }
        assertThat(csat).as("every CSAT answer is on a 5-point scale").isLessThan(1_000_000);
        assertThat(total).isGreaterThan(2000);
        assertThat((promoters - detractors) / (double) total).isBetween(0.0, 0.45);
        assertThat(csatTop / (double) csat).isBetween(0.6, 0.9);
        assertThat(sample.stream().flatMap(i -> i.feedback().stream()).filter(f -> f instanceof Feedback.Ces))
                .isNotEmpty();
        assertThat(sample.stream().flatMap(i -> i.feedback().stream()).filter(f -> f instanceof Feedback.Rating))
                .isNotEmpty();
    }

    @Test
    void commentsMatchTheToneOfTheirScore() {
        // Praise and complaint markers: every comment on a CSAT of 4–5 praises and complains of nothing, every
        // comment on a CSAT of 1–2 names something that went wrong.
        List<String> praise = List.of("Great", "happy", "Excellent", "pleased", "Five stars", "Brilliant",
                "Friendly", "first contact", "first call", "knew exactly", "patient", "fast", "Easy checkout",
                "Exactly what I ordered", "recommend", "Best shop", "reliable", "Love");
        List<String> complaint = List.of("disappointed", "Terrible", "Not happy", "Frustrating", "poor", "Awful",
                "still", "never", "Nobody", "waited", "on hold", "transferred", "passed around", "refund",
                "money back", "broken", "stopped working", "late", "damaged", "failing", "log in", "contacted",
                "get in touch", "keep calling", "understand", "make no sense", "confused", "How do I", "rude",
                "unhelpful", "didn't", "competitor", "expensive", "downhill", "waste", "useless", "cancelled");
        int checked = 0;
        int praised = 0;
        for (Interaction i : sample) {
            var comment = i.feedback(Feedback.Verbatim.class);
            var score = i.feedback(Feedback.Csat.class);
            if (comment.isEmpty() || score.isEmpty()) {
                continue;
            }
            String text = comment.get().text();
            if (score.get().score() <= 2) {
                assertThat(complaint).as(text).anyMatch(text::contains);
                checked++;
            } else if (score.get().score() >= 4) {
                assertThat(praise).as(text).anyMatch(text::contains);
                assertThat(complaint).as(text).noneMatch(text::contains);
                praised++;
            }
        }
        assertThat(checked).isGreaterThan(50);
        assertThat(praised).isGreaterThan(checked);
    }

    @Test
    void customersShowSeveralIdentifiersSomeAnonymousOrJunk() {
        Map<CustomerId, Set<String>> types = new HashMap<>();
        int cookieOnly = 0;
        int junk = 0;
        int cookieWithEmail = 0;
        Map<String, Set<CustomerId>> crmOwners = new HashMap<>();
        for (Interaction i : sample) {
            types.computeIfAbsent(i.customerId(), k -> new HashSet<>()).addAll(i.identifiers().keySet());
            Map<String, String> ids = i.identifiers();
            cookieOnly += ids.size() == 1 && ids.containsKey(ID_COOKIE) ? 1 : 0;
            junk += ids.containsKey(ID_COOKIE) && JUNK_IDENTIFIERS.contains(ids.get(ID_COOKIE)) ? 1 : 0;
            cookieWithEmail += ids.containsKey(ID_COOKIE) && ids.containsKey(ID_EMAIL) ? 1 : 0;
            if (ids.containsKey(ID_CRM)) {
                crmOwners.computeIfAbsent(ids.get(ID_CRM), k -> new HashSet<>()).add(i.customerId());
            }
        }
        double multi = types.values().stream().filter(s -> s.size() >= 3).count() / (double) CUSTOMERS;
        assertThat(multi).isGreaterThan(0.5);
        assertThat(cookieOnly).isGreaterThan(sample.size() / 10);
        assertThat(junk).isPositive();
        assertThat(cookieWithEmail).isPositive();
        assertThat(crmOwners.values()).allMatch(s -> s.size() == 1);
    }

    @Test
    void someCustomersLeaveAndSomeCancelExplicitly() {
        List<Interaction> cancellations = sample.stream().filter(i -> is(i, KIND_CANCELLATION))
                .collect(Collectors.toList());
        assertThat(cancellations).isNotEmpty().allSatisfy(c -> {
            assertThat(c.outcome()).contains(CANCELLED);
            assertThat(c.attributes()).containsKey(ATTR_CANCEL_REASON);
        });
        Set<CustomerId> cancelled = cancellations.stream().map(Interaction::customerId).collect(Collectors.toSet());
        Map<CustomerId, Instant> last = new HashMap<>();
        for (Interaction i : sample) {
            last.put(i.customerId(), i.timestamp());
        }
        // A cancellation is the customer's last interaction.
        for (Interaction c : cancellations) {
            assertThat(last.get(c.customerId())).isEqualTo(c.timestamp());
        }
        Instant quiet = SampleGenerator.DEFAULT_START.plus(Duration.ofDays(365 - 90));
        double lapsed = last.values().stream().filter(t -> t.isBefore(quiet)).count() / (double) CUSTOMERS;
        assertThat(lapsed).isBetween(0.15, 0.6);
        assertThat(cancelled.size() / (double) CUSTOMERS).isBetween(0.02, 0.2);
    }

    @Test
    void theZoneSetsLocalOfficeHoursForCalls() {
        ZoneId ny = ZoneId.of("America/New_York");
        List<Interaction> s = SampleGenerator.builder().customers(500).seed(3L).zone(ny).build().generateList();
        List<Integer> hours = s.stream().filter(i -> i.touchpoint().id().equals(IVR))
                .map(i -> i.timestamp().atZone(ny).getHour()).collect(Collectors.toList());
        assertThat(hours).isNotEmpty().allMatch(h -> h >= 8 && h < 20);
    }

    @Test
    void theWindowFollowsStartAndDays() {
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        SampleGenerator g = SampleGenerator.builder().customers(100).seed(5L).start(start).days(90).build();
        List<Interaction> s = g.generateList();
        assertThat(g.end()).isEqualTo(Instant.parse("2024-05-30T00:00:00Z"));
        assertThat(s).isNotEmpty().allSatisfy(i -> assertThat(i.timestamp()).isBetween(start, g.end()));
    }

    @Test
    void badSettingsAreRejectedWithTheFieldAndTheAllowedRange() {
        assertThatThrownBy(() -> SampleGenerator.builder().customers(0))
                .hasMessage("customers must be within 1..10000000, was 0");
        assertThatThrownBy(() -> SampleGenerator.builder().days(7)).hasMessage("days must be within 30..3660, was 7");
        assertThatThrownBy(() -> SampleGenerator.builder().start(null)).hasMessageContaining("start");
        assertThatThrownBy(() -> SampleGenerator.builder().zone(null)).hasMessageContaining("zone");
        assertThatThrownBy(() -> SampleGenerator.builder().build().generate(null)).hasMessageContaining("sink");
        assertThatThrownBy(() -> SampleGenerator.builder().build().generateByCustomer(null))
                .hasMessageContaining("sink");
    }

    @Test
    void theSampleSurvivesAWriteAndReadInBothFormatsUnchanged() throws java.io.IOException {
        List<Interaction> small = SampleGenerator.builder().customers(150).seed(11L).build().generateList();
        for (InteractionFormat format : InteractionFormat.values()) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            try (InteractionWriter w = InteractionWriter.builder().format(format).columnsOf(small).open(bytes)) {
                for (Interaction i : small) {
                    w.write(i);
                }
            }
            List<Interaction> back = new ArrayList<>();
            ReadReport report = InteractionReader.builder().policy(ReadPolicy.FAIL_FAST).build()
                    .read("sample", new java.io.ByteArrayInputStream(bytes.toByteArray()), format, back::add);
            assertThat(report.accepted()).as(format.name()).isEqualTo(small.size());
            assertThat(report.unknownFields()).isZero();
            assertThat(back).as(format.name()).isEqualTo(small);
        }
    }

    private static double mean(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static double variance(List<Double> xs) {
        double m = mean(xs);
        return xs.stream().mapToDouble(x -> (x - m) * (x - m)).sum() / (xs.size() - 1);
    }

    /** Welch's t statistic for a difference of means (Welch 1947). */
    private static double welchT(List<Double> a, List<Double> b) {
        return (mean(a) - mean(b)) / Math.sqrt(variance(a) / a.size() + variance(b) / b.size());
    }
}
