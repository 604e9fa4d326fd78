package io.cxkit.metrics.service;

import static io.cxkit.metrics.testdata.Contacts.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cxkit.core.Direction;
import io.cxkit.core.Interaction;
import io.cxkit.metrics.Estimate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstResponseTimeTest {

    private static Estimate frt(FirstResponseTime metric, List<Interaction> in) {
        FirstResponseTime.State s = metric.newAccumulator();
        in.forEach(s::add);
        return s.result();
    }

    @Test
    void automatedRepliesDoNotStopTheClock() {
        List<Interaction> in = List.of(
                message("a", "j1", 0, Direction.INBOUND, false),
                message("a", "j1", 0.5, Direction.OUTBOUND, true),    // auto-acknowledgement
                message("a", "j1", 10, Direction.INBOUND, false),     // the customer again: not the first
                message("a", "j1", 30, Direction.OUTBOUND, false));   // first human reply
        Estimate e = frt(FirstResponseTime.defaults(), in);
        assertThat(e.value()).isEqualTo(30 * 60.0);
        assertThat(e.n()).isEqualTo(1);
    }

    @Test
    void reportsTheType7MedianAndP90OverConversations() {
        // vectors/survey.md "Service metrics": report the median and p90 (quantiles of type 7).
        List<Interaction> in = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            in.add(message("c" + k, "j", 0, Direction.INBOUND, false));
            in.add(message("c" + k, "j", k, Direction.OUTBOUND, false));
        }
        Estimate e = frt(FirstResponseTime.defaults(), in);
        assertThat(e.value()).isCloseTo(5.5 * 60, within(1e-9));
        assertThat(e.details().get("p90")).isCloseTo(9.1 * 60, within(1e-9));
        assertThat(e.n()).isEqualTo(10);
        assertThat(e.interval()).isPresent();
    }

    @Test
    void aReplyBeforeTheFirstMessageDoesNotCountAndUnansweredConversationsAreReported() {
        List<Interaction> in = List.of(
                message("a", "j1", 0, Direction.OUTBOUND, false),     // proactive outreach
                message("a", "j1", 5, Direction.INBOUND, false),
                message("a", "j1", 8, Direction.OUTBOUND, false),
                message("b", "j2", 0, Direction.INBOUND, false));
        Estimate e = frt(FirstResponseTime.defaults(), in);
        assertThat(e.value()).isEqualTo(180.0);
        assertThat(e.details()).containsEntry("conversations", 2.0).containsEntry("unanswered", 1.0);
    }

    @Test
    void withABusinessCalendarOnlyBusinessHoursCount() {
        // Message Friday 2026-01-09 16:30 UTC, reply Monday 09:30: 30 + 30 business minutes.
        double fridayHalfPastFour = (4 * 24 + 16.5) * 60;
        double mondayHalfPastNine = (7 * 24 + 9.5) * 60;
        List<Interaction> in = List.of(
                message("a", "j1", fridayHalfPastFour, Direction.INBOUND, false),
                message("a", "j1", mondayHalfPastNine, Direction.OUTBOUND, false));
        FirstResponseTime business = FirstResponseTime.builder()
                .calendar(BusinessCalendar.weekdays(ZoneOffset.UTC)).build();
        assertThat(frt(business, in).value()).isEqualTo(3600.0);
        assertThat(frt(business, in).method()).startsWith("business-time");
        assertThat(frt(FirstResponseTime.defaults(), in).value()).isEqualTo((mondayHalfPastNine - fridayHalfPastFour) * 60);
    }

    @Test
    void noConversationGivesNaN() {
        Estimate e = frt(FirstResponseTime.defaults(), List.of(message("a", "j", 0, Direction.OUTBOUND, false)));
        assertThat(e.value()).isNaN();
        assertThat(e.n()).isZero();
        assertThat(e.interval()).isEmpty();
    }
}
