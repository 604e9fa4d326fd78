package io.cxkit.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast timestamp path must agree with java.time on every text it accepts. */
class IsoTimestampTest {

    @Test
    void seededRandomTimestampsInEveryShapeParseToTheInstantJavaTimeGives() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime odt = OffsetDateTime.ofInstant(
                    Instant.ofEpochSecond(random.nextInt(Integer.MAX_VALUE) * (random.nextBoolean() ? 1L : -1L),
                            random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)),
                    ZoneOffset.ofHoursMinutes(random.nextInt(35) - 17, 0));
            if (random.nextBoolean()) {
                int hours = odt.getOffset().getTotalSeconds() / 3600;
                odt = odt.withOffsetSameInstant(ZoneOffset.ofHoursMinutes(hours, hours < 0 ? -30 : 30));
            }
            String text = format(odt, random);

            Instant expected = javaTime(text);

            assertThat(IsoTimestamp.parse(text)).as(text).isEqualTo(expected);
        }
    }

    @Test
    void seededRandomMutationsAreEitherLeftToTheGeneralParserOrAgreeWithIt() {
        Random random = new Random(12);
        String alphabet = "0123456789-:T Z+.,x";
        for (int i = 0; i < 20_000; i++) {
            char[] t = "2024-02-29T23:59:59.123+05:30".toCharArray();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                t[random.nextInt(t.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            String text = new String(t, 0, 10 + random.nextInt(t.length - 9));

            Instant fast = IsoTimestamp.parse(text);

            if (fast != null) {
                assertThat(fast).as(text).isEqualTo(javaTime(text));
            }
        }
    }

    @Test
    void impossibleDatesAndTimesAreLeftToTheGeneralParser() {
        assertThat(IsoTimestamp.parse("2023-02-29T00:00:00Z")).isNull();
        assertThat(IsoTimestamp.parse("2024-03-01T24:00:00Z")).isNull();
        assertThat(IsoTimestamp.parse("2024-03-01T09:60:00Z")).isNull();
        assertThat(IsoTimestamp.parse("2024-03-01T09:30:00+19:00")).isNull();
        assertThat(IsoTimestamp.parse("2024-03-01T09:30:00.Z")).isNull();
        assertThat(IsoTimestamp.parse("2024-03-01T09:30:00")).isNull();
    }

    @Test
    void thePublicParserReadsWhatThePublicFormatterWrites() {
        Instant i = Instant.parse("2024-03-01T09:30:00.000000001Z");

        assertThat(Timestamps.parse(Timestamps.format(i))).isEqualTo(i);
        assertThat(Timestamps.parse(" 1709285400000 ")).isEqualTo(Instant.parse("2024-03-01T09:30:00Z"));
    }

    @Test
    void thePublicParserSaysWhatIsWrong() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Timestamps.parse("2024-03-01 09:30"))
                .isInstanceOf(DateTimeException.class)
                .hasMessage("timestamp must state its UTC offset (Z or +01:00), was '2024-03-01 09:30'; for local times "
                        + "give their zone (--zone Europe/Paris, --zone UTC, or \"zone\" in the mapping)");
    }

    private static String format(OffsetDateTime odt, Random random) {
        String pattern = switch (random.nextInt(4)) {
            case 0 -> "uuuu-MM-dd'T'HH:mm";
            case 1 -> "uuuu-MM-dd'T'HH:mm:ss";
            case 2 -> "uuuu-MM-dd'T'HH:mm:ss.SSS";
            default -> "uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS";
        };
        boolean wholeHours = odt.getOffset().getTotalSeconds() % 3600 == 0;
        // A single X would drop non-zero offset minutes and so change the instant.
        pattern += switch (random.nextInt(wholeHours ? 3 : 2)) {
            case 0 -> "XXX";
            case 1 -> "XX";
            default -> "X";
        };
        String s = odt.format(DateTimeFormatter.ofPattern(pattern));
        return random.nextBoolean() ? s.replace('T', ' ') : s;
    }

    private static Instant javaTime(String text) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'), new java.time.format.DateTimeFormatterBuilder()
                    .parseCaseInsensitive().append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                    .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HHMMss", "Z").optionalEnd()
                    .optionalStart().appendOffset("+HH", "Z").optionalEnd().toFormatter()).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
