package io.cxkit.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.Interaction;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.metrics.StateFormatException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTableTest {
    static final List<Interaction> SAMPLE = SampleGenerator.builder().customers(150).seed(11L).build().generateList();
    static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void splittingTheInputAnywhereAndMergingGivesTheFeaturesOfOnePass() {
        FeatureTable one = FeatureTable.utc();
        one.addAll(SAMPLE);
        for (int cut : new int[] {0, 1, SAMPLE.size() / 3, SAMPLE.size() - 1}) {
            FeatureTable a = FeatureTable.utc();
            FeatureTable b = FeatureTable.utc();
            a.addAll(SAMPLE.subList(0, cut));
            b.addAll(SAMPLE.subList(cut, SAMPLE.size()));
            b.merge(a);
            assertThat(b.features(AS_OF)).isEqualTo(one.features(AS_OF));
        }
    }

    @Test
    void featuresCountWhatTheCustomerDid() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        String id = SAMPLE.get(0).customerId().value();
        List<Interaction> own = SAMPLE.stream().filter(i -> i.customerId().value().equals(id)).toList();
        CustomerFeatures f = t.features(AS_OF).stream().filter(c -> c.customer().equals(id)).findFirst().orElseThrow();
        assertThat(f.interactions()).isEqualTo(own.size());
        assertThat(f.purchases()).isEqualTo(own.stream().filter(i -> i.value().isPresent()).count());
        assertThat(f.monetary()).isCloseTo(own.stream().filter(i -> i.value().isPresent())
                .mapToDouble(i -> i.value().get().amount().doubleValue()).sum(), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(f.channelShares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void theLatestCsatAndCesAreTheAnswersOfTheLatestTimestamp() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        Interaction lastCes = SAMPLE.stream().filter(i -> i.feedback(io.cxkit.core.Feedback.Ces.class).isPresent())
                .max(java.util.Comparator.comparing(Interaction::timestamp)).orElseThrow();
        String id = lastCes.customerId().value();
        Interaction own = SAMPLE.stream().filter(i -> i.customerId().value().equals(id))
                .filter(i -> i.feedback(io.cxkit.core.Feedback.Ces.class).isPresent())
                .max(java.util.Comparator.comparing(Interaction::timestamp)).orElseThrow();
        CustomerFeatures f = t.features(AS_OF).stream().filter(c -> c.customer().equals(id)).findFirst().orElseThrow();
        assertThat(f.cesLatest()).hasValue(own.feedback(io.cxkit.core.Feedback.Ces.class).orElseThrow().score());
        assertThat(t.features(AS_OF)).anySatisfy(c -> assertThat(c.csatLatest().orElse(-1)).isBetween(0.0, 1.0));
    }

    @Test
    void theStateRoundTripsThroughItsCodec() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE);
        FeatureTable back = t.decode(t.encode());
        assertThat(back.features(AS_OF)).isEqualTo(t.features(AS_OF));
        assertThat(back.encode()).isEqualTo(t.encode());
    }

    @Test
    void aStateOfAnotherConfigurationIsRefusedWithBothSettingsNamed() {
        FeatureTable utc = FeatureTable.utc();
        utc.addAll(SAMPLE.subList(0, 10));
        FeatureTable paris = new FeatureTable(ZoneId.of("Europe/Paris"), "issue");
        assertThatThrownBy(() -> paris.decode(utc.encode())).isInstanceOf(StateFormatException.class)
                .hasMessageContaining("UTC").hasMessageContaining("Europe/Paris");
        assertThatThrownBy(() -> paris.merge(utc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UTC").hasMessageContaining("Europe/Paris");
        FeatureTable ticket = new FeatureTable(ZoneId.of("UTC"), "ticket");
        assertThatThrownBy(() -> ticket.merge(utc)).hasMessageContaining("'issue'").hasMessageContaining("'ticket'");
    }

    @Test
    void mergingATableIntoItselfIsRefused() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE.subList(0, 10));
        assertThatThrownBy(() -> t.merge(t)).hasMessageContaining("into itself");
    }

    @Test
    void corruptedOrTruncatedBytesAreRefused() {
        FeatureTable t = FeatureTable.utc();
        t.addAll(SAMPLE.subList(0, 50));
        byte[] bytes = t.encode();
        java.util.SplittableRandom rng = new java.util.SplittableRandom(3);
        for (int k = 0; k < 2000; k++) {
            byte[] m = bytes.clone();
            int pos = rng.nextInt(m.length);
            m[pos] ^= (byte) (1 + rng.nextInt(255));
            assertThatThrownBy(() -> FeatureTable.decodeAny(m)).isInstanceOf(StateFormatException.class);
        }
        for (int len : new int[] {0, 5, bytes.length / 2, bytes.length - 1}) {
            byte[] cut = java.util.Arrays.copyOf(bytes, len);
            assertThatThrownBy(() -> FeatureTable.decodeAny(cut)).isInstanceOf(StateFormatException.class);
        }
    }

    @Test
    void anEmptyTableHasNoFeaturesToGiveAndSaysWhy() {
        assertThatThrownBy(() -> FeatureTable.utc().features(AS_OF)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no customer");
    }

    @Test
    void theHourOfTheWeekIsCutInTheTablesZone() {
        java.time.ZoneId paris = ZoneId.of("Europe/Paris");
        java.util.SplittableRandom rng = new java.util.SplittableRandom(9);
        for (int k = 0; k < 10_000; k++) {
            Instant t = Instant.ofEpochSecond(rng.nextLong(-2_000_000_000L, 4_000_000_000L));
            for (ZoneId z : List.of(ZoneId.of("UTC"), paris, ZoneId.of("Asia/Kolkata"), ZoneId.of("America/St_Johns"))) {
                java.time.ZonedDateTime local = t.atZone(z);
                assertThat(FeatureTable.CustomerState.hourOfWeek(t, z))
                        .isEqualTo((local.getDayOfWeek().getValue() - 1) * 24 + local.getHour());
            }
        }
    }
}
