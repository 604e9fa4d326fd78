package io.cxkit.metrics.breakdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Channel;
import io.cxkit.core.CustomerId;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import io.cxkit.core.JourneyStage;
import io.cxkit.core.Touchpoint;
import io.cxkit.metrics.Estimate;
import io.cxkit.metrics.Metric;
import io.cxkit.metrics.testdata.RandomInteractions;
import io.cxkit.metrics.MetricOptions;
import io.cxkit.metrics.MetricRegistry;
import io.cxkit.metrics.survey.Csat;
import io.cxkit.metrics.survey.Nps;
import io.cxkit.metrics.survey.NpsAccumulator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BreakdownTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    static Interaction answer(String channel, String when, int nps) {
        Channel ch = Channel.of(channel);
        return Interaction.builder("i" + channel + when + nps + Math.random(), CustomerId.of("c1"),
                Touchpoint.of(channel + "-survey", ch, JourneyStage.SUPPORT), Instant.parse(when))
                .feedback(new Feedback.Nps(nps)).build();
    }

    @Test
    void eachChannelsGroupEqualsThatChannelAlone() {
        Random random = new Random(1);
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.channel()));
        Map<String, NpsAccumulator> alone = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            Interaction x = RandomInteractions.base(random).feedback(new Feedback.Nps(random.nextInt(11)))
                    .build();
            b.add(x);
            alone.computeIfAbsent(x.channel().name(), c -> Nps.standard().newAccumulator()).add(x);
        }
        List<Group> groups = b.groups();
        assertThat(groups).extracting(g -> g.key().get("channel")).containsExactly("chat", "email", "phone", "web");
        for (Group g : groups) {
            assertThat(g.estimates().get("nps")).isEqualTo(alone.get(g.key().get("channel")).result());
        }
    }

    @Test
    void withNoDimensionThereIsOneGroupWithAnEmptyKey() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of());
        b.add(answer("web", "2026-01-01T00:00:00Z", 10));
        assertThat(b.groups()).hasSize(1);
        assertThat(b.groups().get(0).key()).isEmpty();
    }

    @Test
    void monthsAreCutInTheGivenZone() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()),
                List.of(Dimension.channel(), Dimension.time(TimeBucket.MONTH, ZoneId.of("Europe/Paris"))));
        b.add(answer("web", "2026-01-31T23:30:00Z", 10));
        b.add(answer("web", "2026-01-31T22:30:00Z", 0));
        assertThat(b.groups()).extracting(g -> g.key().get("month")).containsExactly("2026-01", "2026-02");
        assertThat(b.groups().get(0).key()).containsExactly(Map.entry("channel", "web"), Map.entry("month", "2026-01"));
    }

    @Test
    void isoWeeksAndDaysAreLabelledAsIso8601() {
        Instant newYear2027 = Instant.parse("2027-01-01T12:00:00Z");
        assertThat(TimeBucket.WEEK.periodOf(newYear2027, UTC)).isEqualTo("2026-W53");
        assertThat(TimeBucket.WEEK.periodOf(Instant.parse("2026-01-01T00:00:00Z"), UTC)).isEqualTo("2026-W01");
        assertThat(TimeBucket.WEEK.periodOf(Instant.parse("2024-12-30T00:00:00Z"), UTC)).isEqualTo("2025-W01");
        assertThat(TimeBucket.DAY.periodOf(newYear2027, ZoneId.of("Pacific/Kiritimati"))).isEqualTo("2027-01-02");
        assertThat(TimeBucket.MONTH.periodOf(newYear2027, ZoneId.of("America/New_York"))).isEqualTo("2027-01");
    }

    @Test
    void timeDimensionsLabelEveryInstantAsTheBucketDoesInAnyOrderAcrossDaylightSavingChanges() {
        Random random = new Random(21);
        for (TimeBucket bucket : TimeBucket.values()) {
            for (String zone : List.of("Europe/Paris", "America/New_York", "Australia/Lord_Howe", "UTC")) {
                ZoneId z = ZoneId.of(zone);
                Dimension d = Dimension.time(bucket, z);
                Instant t = Instant.parse("2026-03-01T00:00:00Z");
                for (int i = 0; i < 1000; i++) {
                    // Mostly forward in small steps (the cached path), sometimes a jump back.
                    t = random.nextInt(20) == 0 ? t.minusSeconds(random.nextInt(40 * 86_400))
                            : t.plusSeconds(random.nextInt(4 * 3600));
                    Interaction x = answer("web", t.toString(), 5);
                    assertThat(d.valueOf(x)).as("%s %s %s", bucket, zone, t).isEqualTo(bucket.periodOf(t, z));
                }
            }
        }
    }

    @Test
    void aGroupOfOneIsReportedWithItsNAndAWideInterval() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.channel()));
        for (int i = 0; i < 500; i++) {
            b.add(answer("web", "2026-01-01T00:00:00Z", i % 11));
        }
        b.add(answer("store", "2026-01-01T00:00:00Z", 10));
        Estimate store = b.groups().stream().filter(g -> g.key().get("channel").equals("store")).findFirst()
                .orElseThrow().estimates().get("nps");
        assertThat(store.n()).isEqualTo(1);
        assertThat(store.value()).isEqualTo(1);
        assertThat(store.interval().orElseThrow().upper() - store.interval().orElseThrow().lower()).isGreaterThan(1);
    }

    @Test
    void attributesSegmentsAndStagesAreDimensionsAndMissingValuesFormTheirOwnGroup() {
        Breakdown b = Breakdown.of(List.of(Nps.standard()), List.of(Dimension.parse("attr.region", UTC),
                Dimension.parse("segment", UTC), Dimension.parse("stage", UTC)));
        Interaction withRegion = answer("web", "2026-01-01T00:00:00Z", 9).toBuilder().attribute("region", "EU")
                .attribute("segment", "smb").build();
        Interaction without = Interaction.builder("x", CustomerId.of("c"), Touchpoint.of("home", Channel.WEB),
                Instant.parse("2026-01-01T00:00:00Z")).feedback(new Feedback.Nps(3)).build();
        b.add(withRegion);
        b.add(without);
        assertThat(b.groups()).extracting(Group::key).containsExactly(
                Map.of("attr.region", "(none)", "segment", "(none)", "stage", "(none)"),
                Map.of("attr.region", "EU", "segment", "smb", "stage", "support"));
    }

    @Test
    void aBadDimensionNameIsRejectedListingTheAllowedOnes() {
        assertThatThrownBy(() -> Dimension.parse("chanel", UTC)).hasMessage(
                "unknown dimension 'chanel'; allowed: channel, touchpoint, stage, segment, attr.NAME, day, week, month");
        assertThatThrownBy(() -> Dimension.parse("attr.", UTC)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Breakdown.of(List.of(Nps.standard()), List.of(Dimension.channel(),
                Dimension.channel()))).hasMessage("dimension 'channel' is listed twice");
    }

    /** A user's own calculator, found by ServiceLoader (test-scope META-INF/services), runs in a breakdown. */
    @Test
    void aUsersOwnCalculatorFoundThroughServiceLoaderRunsInABreakdown() {
        Metric<?> stars = MetricRegistry.discover().create("stars", MetricOptions.defaults());
        Breakdown b = Breakdown.of(List.of(stars, Csat.standard()), List.of(Dimension.channel()));
        Random r = new Random(4);
        for (int i = 0; i < 10; i++) {
            b.add(RandomInteractions.base(r).touchpoint(Touchpoint.of("web-home", Channel.WEB))
                    .feedback(new Feedback.Rating(1 + i % 5, 5)).build());
        }
        b.add(RandomInteractions.base(r).touchpoint(Touchpoint.of("app", Channel.MOBILE_APP))
                .feedback(new Feedback.Rating(4, 5)).build());
        List<Group> groups = b.groups();
        assertThat(groups).extracting(g -> g.key().get("channel")).containsExactly("mobile_app", "web");
        assertThat(groups.get(1).estimates().get("stars").value()).isEqualTo(3.0);
        assertThat(groups.get(1).estimates().get("stars").n()).isEqualTo(10);
        assertThat(groups.get(0).estimates().get("stars").value()).isEqualTo(4.0);
        assertThat(groups.get(1).estimates().get("csat").n()).as("no CSAT answers: n 0, shown").isZero();
    }

    @Test
    void breakdownsBuiltInPartsMergeToTheOnePassResult() {
        Random random = new Random(8);
        List<Interaction> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(RandomInteractions.base(random).feedback(new Feedback.Nps(random.nextInt(11))).build());
        }
        List<Dimension> dims = List.of(Dimension.channel(), Dimension.time(TimeBucket.MONTH, UTC));
        Breakdown one = Breakdown.of(List.of(Nps.standard()), dims);
        all.forEach(one::add);
        Breakdown left = Breakdown.of(List.of(Nps.standard()), dims);
        Breakdown right = Breakdown.of(List.of(Nps.standard()), dims);
        all.subList(0, 377).forEach(left::add);
        all.subList(377, 1000).forEach(right::add);
        right.merge(left);
        assertThat(right.groups()).isEqualTo(one.groups());
    }
}
