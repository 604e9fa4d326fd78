package io.cxkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HumanTest {

    @Test
    void theFastFormatWritesWhatStringFormatWrites() {
        Random r = new Random(20_261_202L);
        String[] patterns = {"%.0f", "%.1f", "%.2f", "%.3f", "x=\"%.1f\" y=\"%.1f\" %s %d%%"};
        for (int i = 0; i < 20_000; i++) {
            double d = switch (i % 4) {
                case 0 -> r.nextGaussian() * 1000;
                case 1 -> Math.round(r.nextGaussian() * 1000) / 1000.0 + 0.0005;
                case 2 -> (r.nextInt(2001) - 1000) / 8.0;
                default -> -r.nextDouble() / 100;
            };
            for (String p : patterns) {
                Object[] args = p.startsWith("x=") ? new Object[] {d, -d, "s", (long) i} : new Object[] {d};
                assertThat(Human.fmt(p, args)).as(p + " of " + d).isEqualTo(String.format(Locale.ROOT, p, args));
            }
        }
        assertThat(Human.fmt("%.1f", -0.0)).isEqualTo(String.format(Locale.ROOT, "%.1f", -0.0));
        assertThat(Human.fmt("%,.0f", 12345.6)).isEqualTo("12,346");
    }

    @Test
    void durationsAreInHumanUnits() {
        assertThat(Human.duration(45)).isEqualTo("45 s");
        assertThat(Human.duration(750)).isEqualTo("12.5 min");
        assertThat(Human.duration(4.2 * 3600)).isEqualTo("4.2 h");
        assertThat(Human.duration(2_554_972.82)).isEqualTo("29.6 d");
        assertThat(Human.value(-38.2, "points")).isEqualTo("-38");
    }
}
