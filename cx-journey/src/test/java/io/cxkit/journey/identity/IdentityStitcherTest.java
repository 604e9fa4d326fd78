package io.cxkit.journey.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Interaction;
import io.cxkit.core.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Identity-stitching rules in the practice of Segment, RudderStack, Mixpanel and PostHog
 * (shared/vectors/journey.md "Identity resolution"): union-find over co-occurring identifiers, with limits,
 * blocked junk values and no merge of two identified customers through a shared anonymous id.
 */
class IdentityStitcherTest {

    private static int minute;

    /** A record with a customer id (or "anonymous") and identifiers given as type, value, type, value... */
    private static Interaction record(String id, String customer, String... identifiers) {
        Interaction.Builder b = Interaction.builder(id, CustomerId.of(customer), Touchpoint.of("web", Channel.WEB),
                Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * minute++));
        for (int k = 0; k < identifiers.length; k += 2) {
            b.identifier(identifiers[k], identifiers[k + 1]);
        }
        return b.build();
    }

    private static Map<String, String> resolved(List<Interaction> in, StitchResult r) {
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k < in.size(); k++) {
            out.put(in.get(k).id(), r.customerOf(k).value());
        }
        return out;
    }

    @Test
    void identifiersThatShareARecordBecomeOneCustomerNamedByTheStrongest() {
        List<Interaction> in = List.of(
                record("r1", "C1", "email", "ann@example.com"),
                record("r2", "anonymous", "device", "d1", "email", "Ann@Example.com"),
                record("r3", "anonymous", "device", "d1", "cookie", "k1"),
                record("r4", "anonymous", "cookie", "k9"));
        StitchResult r = new IdentityStitcher().stitch(in);
        assertThat(resolved(in, r)).containsEntry("r1", "C1").containsEntry("r2", "C1").containsEntry("r3", "C1")
                .containsEntry("r4", "cookie:k9");
        assertThat(r.customers()).isEqualTo(2);
        assertThat(r.merges()).containsExactly(
                new Merge("r1", new Identifier("customer", "C1"), new Identifier("email", "ann@example.com")),
                new Merge("r2", new Identifier("email", "ann@example.com"), new Identifier("device", "d1")),
                new Merge("r3", new Identifier("device", "d1"), new Identifier("cookie", "k1")));
        assertThat(r.apply()).extracting(i -> i.customerId().value()).containsExactly("C1", "C1", "C1", "cookie:k9");
    }

    @Test
    void aSharedAnonymousIdNeverJoinsTwoIdentifiedCustomers() {
        List<Interaction> in = List.of(
                record("r1", "anonymous", "crm", "CRM-1", "cookie", "shared"),
                record("r2", "anonymous", "crm", "CRM-2", "cookie", "shared"));
        StitchResult r = new IdentityStitcher().stitch(in);
        assertThat(r.customerOf(0)).isEqualTo(CustomerId.of("crm:CRM-1"));
        assertThat(r.customerOf(1)).isEqualTo(CustomerId.of("crm:CRM-2"));
        assertThat(r.refused()).containsExactly(new RefusedMerge("r2", new Identifier("crm", "CRM-2"),
                new Identifier("cookie", "shared"), "would join two customers with different crm identifiers"));
    }

    @Test
    void aMergeThatWouldBreakATypeLimitIsRefused() {
        StitchSettings settings = StitchSettings.defaults().withType(new IdentifierType("email", 2, true));
        List<Interaction> in = List.of(
                record("r1", "C1", "email", "a@x"), record("r2", "C1", "email", "b@x"),
                record("r3", "C1", "email", "c@x"), record("r4", "anonymous", "email", "c@x"));
        StitchResult r = new IdentityStitcher(settings).stitch(in);
        assertThat(r.refused()).extracting(RefusedMerge::recordId, RefusedMerge::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r3",
                        "would give one customer 3 email identifiers, limit 2"));
        assertThat(r.customerOf(2)).isEqualTo(CustomerId.of("C1"));
        assertThat(r.customerOf(3)).as("c@x stayed its own customer").isEqualTo(CustomerId.of("email:c@x"));
    }

    @Test
    void blockedJunkValuesNeverLinkRecords() {
        StitchSettings settings = StitchSettings.defaults().withBlocked("N/A");
        List<Interaction> in = List.of(
                record("r1", "C1", "email", "null", "phone", "0", "device", "undefined"),
                record("r2", "C2", "email", "NULL", "phone", "0", "device", " n/a "),
                record("r3", "anonymous", "cookie", ""));
        StitchResult r = new IdentityStitcher(settings).stitch(in);
        assertThat(r.merges()).isEmpty();
        assertThat(r.blockedValues()).isEqualTo(8);
        assertThat(r.customerOf(0)).isEqualTo(CustomerId.of("C1"));
        assertThat(r.customerOf(1)).isEqualTo(CustomerId.of("C2"));
        assertThat(r.customerOf(2)).as("no usable identifier").isEqualTo(CustomerId.of("record:r3"));
        assertThat(settings.blocked()).contains("", "null", "0", "undefined", "anonymous", "n/a");
    }

    @Test
    void identifiersOfUnlistedTypesAreIgnoredAndCounted() {
        StitchResult r = new IdentityStitcher().stitch(List.of(record("r1", "C1", "shoe_size", "42"),
                record("r2", "C2", "shoe_size", "42")));
        assertThat(r.merges()).isEmpty();
        assertThat(r.ignoredTypes()).containsExactly(Map.entry("shoe_size", 2L));
    }

    @Test
    void explainShowsIdentifiersMergesAndRefusals() {
        List<Interaction> in = List.of(
                record("r1", "C1", "email", "ann@x"),
                record("r2", "anonymous", "email", "ann@x", "device", "d1"),
                record("r3", "C2", "device", "d1"));
        StitchResult r = new IdentityStitcher().stitch(in);
        Explanation e = r.explain(CustomerId.of("C1")).orElseThrow();
        assertThat(e.identifiers()).containsExactly(new Identifier("customer", "C1"),
                new Identifier("email", "ann@x"), new Identifier("device", "d1"));
        assertThat(e.merges()).extracting(Merge::recordId).containsExactly("r1", "r2");
        assertThat(e.refused()).extracting(RefusedMerge::recordId).containsExactly("r3");
        assertThat(r.explain(CustomerId.of("nobody"))).isEmpty();
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        Random random = new Random(2024);
        List<Interaction> in = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            String customer = random.nextInt(4) == 0 ? "C" + random.nextInt(40) : "anonymous";
            in.add(record("r" + k, customer, "email", "e" + random.nextInt(60), "device", "d" + random.nextInt(80),
                    "crm", random.nextInt(3) == 0 ? "K" + random.nextInt(30) : "null"));
        }
        StitchResult first = new IdentityStitcher().stitch(in);
        Map<String, String> expected = resolved(in, first);
        for (int round = 0; round < 4; round++) {
            List<Interaction> shuffled = new ArrayList<>(in);
            Collections.shuffle(shuffled, random);
            StitchResult again = new IdentityStitcher().stitch(shuffled);
            assertThat(resolved(shuffled, again)).isEqualTo(expected);
            assertThat(Set.copyOf(again.merges())).isEqualTo(Set.copyOf(first.merges()));
            assertThat(Set.copyOf(again.refused())).isEqualTo(Set.copyOf(first.refused()));
        }
        assertThat(first.refused()).isNotEmpty();
    }

    @Test
    void noResolvedCustomerEverHoldsTwoIdentifiersOfAUniqueType() {
        Random random = new Random(5);
        List<Interaction> in = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            in.add(record("r" + k, "anonymous", "crm", "K" + random.nextInt(50), "cookie", "k" + random.nextInt(50),
                    "email", "e" + random.nextInt(200)));
        }
        StitchResult r = new IdentityStitcher().stitch(in);
        Map<String, Set<String>> crmsPerCustomer = new HashMap<>();
        for (int k = 0; k < in.size(); k++) {
            crmsPerCustomer.computeIfAbsent(r.customerOf(k).value(), x -> new java.util.HashSet<>())
                    .add(in.get(k).identifiers().get("crm"));
        }
        for (String c : crmsPerCustomer.keySet()) {
            Explanation e = r.explain(CustomerId.of(c)).orElseThrow();
            assertThat(e.identifiers().stream().filter(i -> i.type().equals("crm")).count()).isLessThanOrEqualTo(1);
            assertThat(e.identifiers().stream().filter(i -> i.type().equals("email")).count()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void withoutTheCustomerTypeCustomerIdsTakeNoPart() {
        List<IdentifierType> types = new ArrayList<>(StitchSettings.defaults().types());
        types.removeIf(t -> t.name().equals(StitchSettings.CUSTOMER));
        StitchResult r = new IdentityStitcher(new StitchSettings(types, Set.of())).stitch(List.of(
                record("r1", "C1", "email", "a@x"), record("r2", "C2", "email", "a@x")));
        assertThat(r.customerOf(0)).isEqualTo(r.customerOf(1)).isEqualTo(CustomerId.of("email:a@x"));
        assertThat(r.ignoredTypes()).isEmpty();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new IdentifierType("email", 0, true))
                .hasMessage("identifier type email limit must be at least 1, was 0");
        assertThatThrownBy(() -> new StitchSettings(List.of(), Set.of()))
                .hasMessage("stitch settings need at least one identifier type, had 0");
        assertThatThrownBy(() -> new StitchSettings(List.of(new IdentifierType("a", 1, false),
                new IdentifierType("A", 2, false)), Set.of())).hasMessage("identifier type a is listed twice");
    }
}
