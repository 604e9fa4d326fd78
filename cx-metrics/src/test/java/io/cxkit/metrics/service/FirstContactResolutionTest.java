package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.call;
import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Channel;
import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.survey.ProportionInterval;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FirstContactResolutionTest {

    private static Estimate fcr(FirstContactResolution metric, List<Interaction> in) {
        FirstContactResolution.State s = metric.newAccumulator();
        in.forEach(s::add);
        return s.result();
    }

    @Test
    void reproducesTheSqmWorkedCaseOf280Of400IssuesAs70Percent() {
        // vectors/survey.md "Service metrics", SQM Group's FCR definition: 280 / 400 = 70%.
        List<Interaction> in = new ArrayList<>();
        for (int i = 0; i < 280; i++) {
            in.add(call("ok" + i, 0, true));
        }
        for (int i = 0; i < 70; i++) {                      // unresolved first, resolved on the repeat
            in.add(call("repeat" + i, 0, false));
            in.add(call("repeat" + i, 2, true));
        }
        for (int i = 0; i < 50; i++) {                      // "resolved" but the customer called back
            in.add(call("callback" + i, 0, true));
            in.add(call("callback" + i, 6.5, true));
        }
        Estimate e = fcr(FirstContactResolution.defaults(), in);
        assertThat(e.value()).isEqualTo(0.70);
        assertThat(e.n()).isEqualTo(400);
        assertThat(e.details()).containsEntry("resolved_first_contact", 280.0).containsEntry("repeat_contacts", 120.0)
                .containsEntry("contacts", 520.0);
        assertThat(e.interval()).get().satisfies(ci -> {
            assertThat(ci.method()).isEqualTo("agresti-coull");
            // Agresti-Coull 95% (vectors/survey.md "CSAT, CES, proportions" formula) for 280/400: 0.653323 .. 0.742872.
            assertThat(ci.lower()).isCloseTo(0.6533227, within(1e-6));
            assertThat(ci.upper()).isCloseTo(0.7428724, within(1e-6));
        });
        Estimate wilson = fcr(FirstContactResolution.builder().interval(ProportionInterval.WILSON).build(), in);
        assertThat(wilson.interval()).get().satisfies(ci -> {
            assertThat(ci.method()).isEqualTo("wilson");
            // Wilson (1927) 95% score interval for 280/400, from its closed form: 0.653363 .. 0.742832.
            assertThat(ci.lower()).isCloseTo(0.6533628, within(1e-6));
            assertThat(ci.upper()).isCloseTo(0.7428323, within(1e-6));
        });
    }

    @Test
    void aContactAfterTheWindowStartsANewIssue() {
        List<Interaction> in = List.of(call("a", 0, true), call("a", 7.5, true));
        Estimate e = fcr(FirstContactResolution.defaults(), in);
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.value()).isEqualTo(1.0);
        Estimate wide = fcr(FirstContactResolution.builder().window(Duration.ofDays(8)).build(), in);
        assertThat(wide.n()).isEqualTo(1);
        assertThat(wide.value()).isEqualTo(0.0);
    }

    @Test
    void contactsAboutAnotherIssueKeyAreNotRepeats() {
        Interaction billing = call("a", 0, true);
        Interaction other = contact("a", Duration.ofDays(1)).touchpoint(Touchpoint.of("tech", Channel.PHONE))
                .attribute("issue", "broken-router").outcome(Outcome.RESOLVED).build();
        assertThat(fcr(FirstContactResolution.defaults(), List.of(billing, other)).value()).isEqualTo(1.0);
        FirstContactResolution byChannel = FirstContactResolution.builder().issueKey(IssueKey.CHANNEL).build();
        assertThat(fcr(byChannel, List.of(billing, other)).value()).isEqualTo(0.0);
    }

    @Test
    void theIssueAttributeKeyCountsOnlyContactsThatCarryIt() {
        FirstContactResolution m = FirstContactResolution.builder().issueKey(IssueKey.parse("attr.case")).build();
        Interaction tagged = contact("a", Duration.ZERO).attribute("case", "refund").outcome(Outcome.RESOLVED).build();
        Interaction untagged = call("a", 1, false);
        Estimate e = fcr(m, List.of(tagged, untagged));
        assertThat(e.n()).isEqualTo(1);
        assertThat(e.value()).isEqualTo(1.0);
    }

    @Test
    void outboundAutomatedAndUncountedChannelsAreNotContacts() {
        Interaction first = call("a", 0, true);
        Interaction outbound = call("a", 1, false).toBuilder().direction(Direction.OUTBOUND).build();
        Interaction bot = call("a", 1, false).toBuilder().automated(true).build();
        Interaction web = call("a", 1, false).toBuilder().touchpoint(Touchpoint.of("billing", Channel.WEB)).build();
        assertThat(fcr(FirstContactResolution.defaults(), List.of(first, outbound, bot, web)).value()).isEqualTo(1.0);
        FirstContactResolution all = FirstContactResolution.builder().scope(new ContactScope(Set.of(), true)).build();
        assertThat(fcr(all, List.of(first, outbound, bot, web)).value()).isEqualTo(0.0);
    }

    @Test
    void theResultDoesNotDependOnInputOrder() {
        List<Interaction> in = new ArrayList<>(List.of(call("a", 3, true), call("a", 0, false), call("b", 1, true)));
        Estimate forward = fcr(FirstContactResolution.defaults(), in);
        java.util.Collections.reverse(in);
        assertThat(fcr(FirstContactResolution.defaults(), in)).isEqualTo(forward);
        assertThat(forward.value()).isEqualTo(0.5);
    }

    @Test
    void noContactsGiveNaNWithNZeroAndNoInterval() {
        Estimate e = fcr(FirstContactResolution.defaults(), List.of());
        assertThat(e.value()).isNaN();
        assertThat(e.n()).isZero();
        assertThat(e.interval()).isEmpty();
    }

    @Test
    void rejectsAWindowOutsideOneToThirtyDaysAndABadKey() {
        assertThatThrownBy(() -> FirstContactResolution.builder().window(Duration.ofDays(31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("within 1..30 days, was 31.0");
        assertThatThrownBy(() -> FirstContactResolution.builder().window(Duration.ofHours(12)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IssueKey.parse("colour")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 'colour'");
        assertThatThrownBy(() -> FirstContactResolution.builder().resolvedOutcomes(Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
