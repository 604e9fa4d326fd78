package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.call;
import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.StateEncoding;
import io.cxkit.metrics.StateFormatException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a contact is: survey answers, reviews and transfers are not, in every service metric. */
class ContactKindsTest {

    /** The customer's survey answer about the issue, a day after a call that resolved it. */
    private static Interaction surveyAnswer(String customer) {
        return contact(customer, Duration.ofDays(1)).kind("survey").attribute("issue", "billing")
                .feedback(new Feedback.Csat(5, 5)).build();
    }

    private static <A extends io.cxkit.metrics.Accumulator<A>> Estimate run(io.cxkit.metrics.Metric<A> m,
                                                                          List<Interaction> in) {
        A acc = m.newAccumulator();
        in.forEach(acc::add);
        return acc.result();
    }

    @Test
    void aSurveyAnswerAfterAResolvedCallIsNotARepeatContact() {
        List<Interaction> in = List.of(call("a", 0, true).toBuilder().kind("contact").build(), surveyAnswer("a"));
        Estimate e = run(FirstContactResolution.defaults(), in);
        assertThat(e.value()).isEqualTo(1.0);
        assertThat(e.details()).containsEntry("contacts", 1.0).containsEntry("repeat_contacts", 0.0);
        // The old rule counted the answer as a repeat contact: the issue was not resolved first time.
        assertThat(run(FirstContactResolution.builder().contactKinds(ContactKinds.all()).build(), in).value())
                .isEqualTo(0.0);
    }

    @Test
    void aTransferOrAReviewIsNotAContactButAnInteractionWithoutAKindIs() {
        List<Interaction> in = List.of(call("a", 0, true),
                contact("a", Duration.ofHours(1)).kind("Transfer").attribute("issue", "billing").build(),
                contact("a", Duration.ofHours(2)).kind("review").attribute("issue", "billing").build());
        Estimate e = run(FirstContactResolution.defaults(), in);
        assertThat(e.details()).containsEntry("contacts", 1.0);
        assertThat(ContactKinds.defaults().isContact(call("a", 0, true))).isTrue();
    }

    @Test
    void theSameRuleHoldsForHandleTimeResolutionTimeAndFirstResponseTime() {
        Interaction handled = call("a", 0, false).toBuilder().duration(Duration.ofSeconds(300)).build();
        Interaction survey = surveyAnswer("a").toBuilder().duration(Duration.ofSeconds(40))
                .outcome(Outcome.RESOLVED).build();
        assertThat(run(AverageHandleTime.defaults(), List.of(handled, survey)).n()).isEqualTo(1);
        // A survey answer marked resolved neither opens nor resolves an issue.
        assertThat(run(ResolutionTime.defaults(), List.of(handled, survey)).details()).containsEntry("open", 1.0);
        Interaction question = io.cxkit.metrics.testdata.Contacts.message("a", "j", 0,
                io.cxkit.core.Direction.INBOUND, false).toBuilder().kind("survey").build();
        assertThat(run(FirstResponseTime.defaults(), List.of(question)).details()).containsEntry("conversations", 0.0);
    }

    @Test
    void theExcludedKindsAreASettingOfEveryServiceMetricWithADocumentedDefault() {
        MetricRegistry registry = MetricRegistry.discover();
        for (String name : List.of("fcr", "frt", "resolution", "aht")) {
            assertThat(registry.provider(name).settings()).get().asInstanceOf(
                    org.assertj.core.api.InstanceOfAssertFactories.collection(String.class))
                    .contains(name + ".exclude-kinds", "exclude-kinds");
        }
        FirstContactResolution own = (FirstContactResolution) registry.create("fcr",
                MetricOptions.defaults().withSetting("exclude-kinds", "survey").withSetting("fcr.exclude-kinds",
                        "none"));
        assertThat(own.contactKinds()).isEqualTo(ContactKinds.all());
        FirstContactResolution shared = (FirstContactResolution) registry.create("fcr",
                MetricOptions.defaults().withSetting("exclude-kinds", "survey, Review"));
        assertThat(shared.contactKinds().excluded()).containsExactlyInAnyOrder("survey", "review");
        assertThat(((FirstContactResolution) registry.create("fcr", MetricOptions.defaults())).contactKinds())
                .isEqualTo(ContactKinds.defaults());
        assertThatThrownBy(() -> registry.create("fcr", MetricOptions.defaults().withSetting("fcr.exclude-kinds",
                "survey,,review"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fcr.exclude-kinds");
    }

    @Test
    void fcrWithoutTheIssueKeySaysWhichFieldTheKeyReadsAndHowToSetIt() {
        FirstContactResolution.State s = FirstContactResolution.defaults().newAccumulator();
        s.add(contact("a", Duration.ZERO).outcome(Outcome.RESOLVED).build());
        assertThat(s.result().n()).isZero();
        assertThat(s.emptyReason()).get().asString().contains("attr.issue").contains("fcr.key")
                .contains("journey_id");
        s.add(call("a", 1, true));
        assertThat(s.emptyReason()).isEmpty();
    }

    @Test
    void fcrStatesWithDifferentIssueKeysWindowsOrKindsNeitherMergeNorDecode() {
        FirstContactResolution byIssue = FirstContactResolution.defaults();
        FirstContactResolution byJourney = FirstContactResolution.builder().issueKey(IssueKey.JOURNEY_ID).build();
        FirstContactResolution twoWeeks = FirstContactResolution.builder().window(Duration.ofDays(14)).build();
        FirstContactResolution.State a = byIssue.newAccumulator();
        a.add(call("a", 0, true));
        assertThatThrownBy(() -> a.merge(byJourney.newAccumulator())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("issue-key 'attr.issue' (this state) vs 'journey_id' (the other state)");
        byte[] bytes = StateEncoding.encode(byIssue, a);
        assertThatThrownBy(() -> StateEncoding.decode(twoWeeks, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("window 'PT168H' (state) vs 'PT336H' (this metric)");
        FirstContactResolution allKinds = FirstContactResolution.builder().contactKinds(ContactKinds.all()).build();
        assertThatThrownBy(() -> StateEncoding.decode(allKinds, bytes)).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("exclude-kinds 'review,survey,transfer' (state) vs 'none' (this metric)");
        assertThat(StateEncoding.decode(FirstContactResolution.defaults(), bytes).result()).isEqualTo(a.result());
    }
}
