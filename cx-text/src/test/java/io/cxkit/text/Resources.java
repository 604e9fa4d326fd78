package io.cxkit.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test data: reading the TSV resources beside the tests. */
final class Resources {
    private Resources() {
    }

    /** The lines of a resource below io/cxkit/text/, without comment lines (starting "# "). */
    static List<String> lines(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.startsWith("# ")) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Undoes the escaping of the parity file: backslash-backslash and backslash-u followed by 4 hex digits. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(i + 1);
                if (d == '\\') {
                    b.append('\\');
                    i++;
                    continue;
                }
                if (d == 'u' && i + 5 < s.length()) {
                    b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /** One GoEmotions dev comment: its text, its emotion ids and its id. */
    record GoEmotion(String text, List<Integer> labels, String id) {
    }

    /** The GoEmotions dev split (Demszky et al. 2020, Apache-2.0), in file order. */
    static List<GoEmotion> goEmotionsDev() {
        List<GoEmotion> out = new ArrayList<>();
        for (String line : lines("goemotions/dev.tsv")) {
            String[] f = line.split("\t", -1);
            List<Integer> labels = new ArrayList<>();
            for (String l : f[1].split(",")) {
                labels.add(Integer.parseInt(l));
            }
            out.add(new GoEmotion(f[0], List.copyOf(labels), f[2]));
        }
        return out;
    }

    /** A random interaction without feedback (customer of 200, one of four channels, a time in 2026). */
    static io.cxkit.core.Interaction.Builder randomBase(java.util.Random random) {
        io.cxkit.core.Channel[] channels = {io.cxkit.core.Channel.WEB, io.cxkit.core.Channel.PHONE,
            io.cxkit.core.Channel.CHAT, io.cxkit.core.Channel.EMAIL};
        io.cxkit.core.Channel ch = channels[random.nextInt(channels.length)];
        return io.cxkit.core.Interaction.builder("i" + Long.toHexString(random.nextLong()),
                io.cxkit.core.CustomerId.of("c" + random.nextInt(200)),
                io.cxkit.core.Touchpoint.of(ch.name() + "-support", ch),
                java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(365 * 86_400)));
    }
}
