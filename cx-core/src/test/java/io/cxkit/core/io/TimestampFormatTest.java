package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimestampFormatTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void autoReadsIsoWithAnOffset() {
        assertThat(TimestampFormat.auto().parse("2024-03-01T09:30:00Z")).isEqualTo("2024-03-01T09:30:00Z");
        assertThat(TimestampFormat.auto().parse("2024-03-01 10:30:00.250+01:00"))
                .isEqualTo("2024-03-01T09:30:00.250Z");
    }

    @Test
    void bareNumbersAreReadInTheUnitTheirMagnitudeSays() {
        Instant t = Instant.parse("2024-03-01T09:30:00Z");
        assertThat(TimestampFormat.auto().parse("1709285400")).isEqualTo(t);
        assertThat(TimestampFormat.auto().parse("1709285400000")).isEqualTo(t);
        assertThat(TimestampFormat.auto().parse("1709285400000000")).isEqualTo(t);
        long[] units = new long[TimestampFormat.UNIT_NAMES.length];
        TimestampFormat.auto().parse("1709285400", units);
        assertThat(units).containsExactly(1, 0, 0, 0);
    }

    @Test
    void eightDigitsFormingADateAreThatDayNotASecondOf1970() {
        ZoneId utc = ZoneId.of("UTC");
        long[] units = new long[TimestampFormat.UNIT_NAMES.length];
        // CDNOW and many exports write days as yyyyMMdd; as epoch seconds 20230601 would be 1970-08-23.
        assertThat(TimestampFormat.auto().withZone(utc).parse("20230601", units)).isEqualTo("2023-06-01T00:00:00Z");
        assertThat(TimestampFormat.auto().withZone(PARIS).parse("19970101")).isEqualTo("1996-12-31T23:00:00Z");
        assertThat(units).containsExactly(0, 0, 0, 1);
        // Not a valid date (month 13, February 30): the magnitude rule still applies.
        assertThat(TimestampFormat.auto().parse("20231301")).isEqualTo(Instant.ofEpochSecond(20_231_301L));
        assertThat(TimestampFormat.auto().parse("20230230")).isEqualTo(Instant.ofEpochSecond(20_230_230L));
        assertThat(TimestampFormat.auto().parse("99999999")).isEqualTo(Instant.ofEpochSecond(99_999_999L));
        assertThatThrownBy(() -> TimestampFormat.auto().parse("20230601"))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("yyyyMMdd date")
                .hasMessageContaining("--zone");
        // An explicit epoch unit is honoured as written.
        assertThat(TimestampFormat.of("epoch-s").parse("20230601")).isEqualTo(Instant.ofEpochSecond(20_230_601L));
    }

    @Test
    void isoAsOtherToolsPrintItIsRead() {
        Instant t = Instant.parse("2024-03-01T07:30:00Z");
        TimestampFormat auto = TimestampFormat.auto();
        assertThat(auto.parse("2024-03-01 09:30:00 +0200")).isEqualTo(t);
        assertThat(auto.parse("2024-03-01 09:30:00 +02:00")).isEqualTo(t);
        assertThat(auto.parse("2024-03-01 07:30:00 UTC")).isEqualTo(t);
        assertThat(auto.parse("2024-03-01T07:30:00 GMT")).isEqualTo(t);
        assertThat(auto.parse("2024/03/01 07:30:00Z")).isEqualTo(t);
        assertThat(auto.withZone(ZoneId.of("UTC")).parse("2024/03/01 07:30")).isEqualTo(t);
        assertThat(auto.parse("2024-03-01T08:30:00+01:00[Europe/Paris]")).isEqualTo(t);
        assertThat(auto.parse("Fri, 1 Mar 2024 07:30:00 GMT")).isEqualTo(t);
        // Still strict: an impossible day is not moved, and a local time still needs its zone.
        assertThatThrownBy(() -> auto.parse("2024/02/30 07:30:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> auto.parse("2024/03/01 07:30")).hasMessageContaining("UTC offset");
    }

    @Test
    void epochSecondsWithAFractionAreRead() {
        long[] units = new long[TimestampFormat.UNIT_NAMES.length];
        assertThat(TimestampFormat.auto().parse("1709285400.25", units)).isEqualTo("2024-03-01T09:30:00.250Z");
        assertThat(units).containsExactly(1, 0, 0, 0);
        assertThatThrownBy(() -> TimestampFormat.auto().parse("1709285400000.5"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void aSpreadsheetDateGetsThePatternThatReadsItInItsMessage() {
        assertThatThrownBy(() -> TimestampFormat.auto().parse("6/13/2023 9:05 AM"))
                .isInstanceOf(DateTimeException.class)
                .hasMessageContaining("it looks like --timestamp-format 'M/d/yyyy h:mm a'");
        assertThatThrownBy(() -> TimestampFormat.auto().parse("13.06.2023"))
                .hasMessageContaining("it looks like --timestamp-format 'd.M.yyyy'");
        assertThatThrownBy(() -> TimestampFormat.auto().parse("01-06-2023 12:15"))
                .hasMessageContaining("'M-d-yyyy H:mm' (month first, as in the US) or 'd-M-yyyy H:mm' (day first)");
        // The pattern offered reads the value it was offered for.
        assertThat(TimestampFormat.of("M/d/yyyy h:mm a").withZone(ZoneId.of("UTC")).parse("6/13/2023 9:05 AM"))
                .isEqualTo("2023-06-13T09:05:00Z");
        assertThat(TimestampFormat.of("d.M.yyyy").withZone(ZoneId.of("UTC")).parse("13.06.2023"))
                .isEqualTo("2023-06-13T00:00:00Z");
        assertThat(TimestampFormat.hint("not a date")).isEmpty();
    }

    @Test
    void explicitEpochUnitsAreHonoured() {
        assertThat(TimestampFormat.of("epoch-ms").parse("1709285400")).isEqualTo("1970-01-20T18:48:05.400Z");
        assertThat(TimestampFormat.of("epoch-s").parse("1709285400.5")).isEqualTo("2024-03-01T09:30:00.500Z");
        assertThat(TimestampFormat.of("epoch-us").parse("1709285400000001")).isEqualTo("2024-03-01T09:30:00.000001Z");
    }

    @Test
    void localTimesNeedAZoneAndADateAloneIsTheStartOfItsDay() {
        assertThatThrownBy(() -> TimestampFormat.auto().parse("2024-03-01T09:30:00"))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("must state its UTC offset")
                .hasMessageContaining("--zone");
        assertThat(TimestampFormat.of("iso").withZone(PARIS).parse("2024-03-01 09:30"))
                .isEqualTo("2024-03-01T08:30:00Z");
        assertThat(TimestampFormat.auto().withZone(PARIS).parse("2024-03-01")).isEqualTo("2024-02-29T23:00:00Z");
    }

    @Test
    void commonExportPatternsAreReadInTheirZone() {
        ZoneId utc = ZoneId.of("UTC");
        assertThat(TimestampFormat.of("dd-MM-yyyy HH:mm").withZone(utc).parse("01-06-2023 12:15"))
                .isEqualTo("2023-06-01T12:15:00Z");
        assertThat(TimestampFormat.of("MM/dd/yyyy").withZone(utc).parse("06/01/2023"))
                .isEqualTo("2023-06-01T00:00:00Z");
        assertThat(TimestampFormat.of("yyyyMMdd").withZone(utc).parse("19970101")).isEqualTo("1997-01-01T00:00:00Z");
        assertThat(TimestampFormat.of("yyyy-MM-dd HH:mm:ss").withZone(PARIS).parse("2023-06-01 12:15:00"))
                .isEqualTo("2023-06-01T10:15:00Z");
    }

    @Test
    void impossibleDatesAreRejectedNotRewritten() {
        TimestampFormat utc = TimestampFormat.auto().withZone(ZoneId.of("UTC"));
        assertThatThrownBy(() -> utc.parse("2025-02-30")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> utc.parse("2025-02-30T10:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> utc.parse("2025-03-01T24:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimestampFormat.of("dd-MM-yyyy").withZone(ZoneId.of("UTC")).parse("30-02-2025"))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void instantsTheAnalysesCannotHoldAreRejected() {
        assertThatThrownBy(() -> TimestampFormat.auto().parse("9223372036854775807"))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("1900..2149");
        assertThatThrownBy(() -> TimestampFormat.auto().parse("-9223372036854775808"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimestampFormat.auto().parse("+300000-01-01T00:00:00Z"))
                .isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimestampFormat.auto().parse("9999-12-31T00:00:00Z"))
                .isInstanceOf(DateTimeException.class).hasMessageContaining("1900..2149");
    }

    @Test
    void nonAsciiDigitsAreNotDigits() {
        assertThatThrownBy(() -> TimestampFormat.auto().parse("\uFF11\uFF17\uFF10\uFF19\uFF12\uFF18\uFF15\uFF14"
                + "\uFF10\uFF10")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void unknownPatternsAndZonesFailWithAClearMessage() {
        assertThatThrownBy(() -> TimestampFormat.of("dd-MM-yyyy {")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a java.time pattern");
        assertThatThrownBy(() -> TimestampFormat.zone("Mars/Olympus")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a known time zone");
    }
}
