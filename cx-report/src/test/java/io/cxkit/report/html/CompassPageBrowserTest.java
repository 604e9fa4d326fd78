package io.cxkit.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cxkit.core.sample.SampleGenerator;
import io.cxkit.core.sample.SampleSchema;
import io.cxkit.report.CxReport;
import io.cxkit.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the compass page of the sample report in a real browser, headless Chromium from Debian's
 * {@code chromium} package, and checks that it renders: no script error and no console message, and every chart
 * laid out at a non-zero size. It saves the page and a PNG screenshot under {@code target/} for people to look at.
 *
 * <p>Chromium absent: in CI (the {@code CI} environment variable is set) the test fails and says how to install
 * it, so a CI run can never pass without the browser check; on a developer's machine it is skipped with that
 * message, so the rest of the build still runs.
 */
class CompassPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path TARGET = Path.of("target");
    /** Collects script errors and console errors from the first moment of the page's life. */
    private static final String ERROR_PROBE = "<script>window.cxErrors=[];"
            + "window.addEventListener('error',function(e){window.cxErrors.push(String(e.message));});"
            + "(function(){var c=console.error;console.error=function(){window.cxErrors.push("
            + "Array.prototype.join.call(arguments,' '));c.apply(console,arguments);};})();</script>";
    /** Measures every chart once laid out and writes the result into the DOM, read back through --dump-dom. */
    private static final String SIZE_PROBE = "<script>(function(){var out=[];"
            + "document.querySelectorAll('figure.chart').forEach(function(f){var s=f.querySelector('svg');"
            + "var r=s?s.getBoundingClientRect():{width:0,height:0};out.push({id:f.id,width:r.width,height:r.height});});"
            + "var p=document.createElement('pre');p.id='cx-probe';p.textContent=JSON.stringify({charts:out,"
            + "errors:window.cxErrors,height:document.documentElement.scrollHeight});"
            + "document.body.appendChild(p);})();</script>";

    static Report report;

    @BeforeAll
    static void computeTheSampleReport() {
        // With the sample's known intervention, so the interrupted time series chart is drawn too.
        SampleGenerator g = SampleGenerator.builder().customers(400).seed(2025).build();
        report = CxReport.builder().intervention(new CxReport.Intervention(g.interventionDate(),
                SampleSchema.ATTR_REGION, SampleSchema.TREATED_REGION, "the sample's known intervention")).build()
                .compute(g.generateList(), List.of());
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String how = "headless Chromium is needed to test the compass page: install it with "
                + "'apt-get update && apt-get install -y chromium' (Debian package chromium, " + CHROMIUM + ")";
        if (System.getenv("CI") != null) {
            fail(how);
        }
        Assumptions.abort("not in CI (CI is unset) and " + how);
    }

    private static List<String> chromium(Path profile, String... args) {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("stdout-" + System.nanoTime());
        Path err = dir.resolve("stderr-" + System.nanoTime());
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish within 180 s: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void thePageRendersInHeadlessChromiumWithoutErrorsAndEveryChartHasASize(@TempDir Path tmp) throws Exception {
        requireChromium();
        Files.createDirectories(TARGET);
        String html = CompassPage.render(report);
        Path page = TARGET.resolve("compass.html").toAbsolutePath();
        Files.writeString(page, html, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script");
        String probed = html.replace("<head>", "<head>" + ERROR_PROBE).replace("</body>", SIZE_PROBE + "</body>");
        Path probePage = TARGET.resolve("compass-probe.html").toAbsolutePath();
        Files.writeString(probePage, probed, StandardCharsets.UTF_8);

        Run dump = run(chromium(tmp.resolve("profile"), "--enable-logging=stderr", "--v=0", "--dump-dom",
                probePage.toUri().toString()), tmp);
        assertThat(dump.exit()).as(dump.err()).isZero();
        List<String> console = new ArrayList<>();
        for (String line : dump.err().split("\n")) {
            if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
                console.add(line);
            }
        }
        assertThat(console).as("console messages of the page").isEmpty();
        Matcher m = Pattern.compile("<pre id=\"cx-probe\">(.*?)</pre>", Pattern.DOTALL).matcher(dump.out());
        assertThat(m.find()).as("the probe's result in the dumped DOM").isTrue();
        JsonNode probe = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&"));
        assertThat(probe.get("errors")).as("script errors").isEmpty();
        JsonNode charts = probe.get("charts");
        int figures = html.split("<figure class=\"chart\"", -1).length - 1;
        assertThat(charts).hasSize(figures);
        assertThat(figures).isGreaterThanOrEqualTo(17);
        List<String> ids = new ArrayList<>();
        charts.forEach(c -> ids.add(c.get("id").asText()));
        // The drivers and change sections' charts are laid out like every other.
        assertThat(ids).contains("chart-drivers-lmg", "chart-drivers-rw", "chart-importance-performance",
                "chart-its");
        for (JsonNode c : charts) {
            assertThat(c.get("width").asDouble()).as(c.get("id").asText() + " width").isGreaterThan(0);
            assertThat(c.get("height").asDouble()).as(c.get("id").asText() + " height").isGreaterThan(0);
        }

        int height = Math.max(800, Math.min(16_000, probe.get("height").asInt()));
        Path shot = TARGET.resolve("compass.png").toAbsolutePath();
        Files.deleteIfExists(shot);
        Run screenshot = run(chromium(tmp.resolve("profile2"), "--window-size=1280," + height,
                "--screenshot=" + shot, page.toUri().toString()), tmp);
        assertThat(screenshot.exit()).as(screenshot.err()).isZero();
        assertThat(shot).isRegularFile();
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(10_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }
}
