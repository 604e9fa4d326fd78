package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.contact;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.Outcome;
import io.cxkit.metrics.Estimate;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolutionTimeTest {

    private static Interaction c(String customer, String journey, double hours, boolean resolved) {
        Interaction.Builder b = contact(customer, Duration.ofMinutes(Math.round(hours * 60))).attribute("issue", journey);
        if (resolved) {
            b.outcome(Outcome.RESOLVED);
        }
        return b.build();
    }

    private static Estimate resolution(List<Interaction> in) {
        ResolutionTime.State s = ResolutionTime.defaults().newAccumulator();
        in.forEach(s::add);
        return s.result();
    }

    @Test
    void isTheTimeFromAnIssuesFirstContactToItsResolvedContact() {
        Estimate e = resolution(List.of(c("a", "j1", 0, false), c("a", "j1", 5, false), c("a", "j1", 26, true),
                c("b", "j2", 1, true)));
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.details().get("p50")).isEqualTo((26 * 3600 + 0.0) / 2);
        assertThat(e.value()).isEqualTo(13 * 3600.0);
    }

    @Test
    void aReopenedIssueCountsAgainAndAnUnresolvedOneIsOpen() {
        Estimate e = resolution(List.of(c("a", "j1", 0, true), c("a", "j1", 10, false), c("a", "j1", 12, true),
                c("b", "j2", 0, false)));
        assertThat(e.n()).isEqualTo(2);
        assertThat(e.details()).containsEntry("issues", 3.0).containsEntry("open", 1.0);
        assertThat(e.details().get("mean")).isEqualTo(3600.0);
    }

    @Test
    void theClockStopsAtTheEndOfTheResolvingContactAndRepliesAfterItOpenNothing() {
        Interaction call = contact("a", Duration.ZERO).attribute("issue", "i1").duration(Duration.ofMinutes(12))
                .outcome(Outcome.RESOLVED).build();
        Interaction reply = contact("a", Duration.ofMinutes(20)).attribute("issue", "i1")
                .direction(io.cxkit.core.Direction.OUTBOUND).build();
        Estimate e = resolution(List.of(reply, call));
        assertThat(e.value()).isEqualTo(720.0);
        assertThat(e.details()).containsEntry("issues", 1.0).containsEntry("open", 0.0);
    }

    @Test
    void anOutboundFollowUpCanResolveAnIssue() {
        Interaction call = c("a", "i1", 0, false);
        Interaction followUp = contact("a", Duration.ofHours(30)).attribute("issue", "i1")
                .direction(io.cxkit.core.Direction.OUTBOUND).outcome(Outcome.RESOLVED).build();
        assertThat(resolution(List.of(call, followUp)).value()).isEqualTo(30 * 3600.0);
    }

    @Test
    void contactsWithoutTheKeyAreNotCounted() {
        Estimate e = resolution(List.of(contact("a", Duration.ZERO).journeyId("j1").outcome(Outcome.RESOLVED).build()));
        assertThat(e.n()).isZero();
        assertThat(e.value()).isNaN();
    }
}
