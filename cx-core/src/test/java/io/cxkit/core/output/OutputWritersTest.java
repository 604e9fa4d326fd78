package io.cxkit.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWritersTest {

    public record Interval(double lower, double upper) {
    }

    public record Id(String value) {
    }

    @SchemaVersion(3)
    public record Row(Id customerId, String comment, double npsPoints, long n, boolean significant,
            Interval interval, Optional<String> note, Duration medianTime, List<String> steps) {
    }

    private static Row row(String comment, double value) {
        return new Row(new Id("c1"), comment, value, 12, true, new Interval(-50.5, Double.NaN), Optional.empty(),
                Duration.ofHours(36), List.of("home", "cart"));
    }

    @Test
    void namesAreTheComponentNamesInSnakeCase() {
        assertThat(Schema.snakeCase("probabilityAlive")).isEqualTo("probability_alive");
        assertThat(Schema.snakeCase("pValue")).isEqualTo("p_value");
        assertThat(Schema.snakeCase("csvURL")).isEqualTo("csv_url");
        assertThat(Schema.snakeCase("top5Variants")).isEqualTo("top5_variants");
        assertThat(Schema.of(Row.class).fields()).extracting(Field::name).containsExactly("customer_id", "comment",
                "nps_points", "n", "significant", "interval", "note", "median_time", "steps");
    }

    @Test
    void jsonStartsWithTheSchemaVersionAndWritesNonFiniteAsNull() throws IOException {
        JsonNode json = new ObjectMapper().readTree(JsonOutput.toJson(row("fine", -38.0)));
        assertThat(json.fieldNames().next()).isEqualTo("schema_version");
        assertThat(json.get("schema_version").asInt()).isEqualTo(3);
        assertThat(json.get("customer_id").asText()).isEqualTo("c1");
        assertThat(json.get("nps_points").asDouble()).isEqualTo(-38.0);
        assertThat(json.get("interval").get("lower").asDouble()).isEqualTo(-50.5);
        assertThat(json.get("interval").get("upper").isNull()).isTrue();
        assertThat(json.get("note").isNull()).isTrue();
        assertThat(json.get("median_time").asDouble()).isEqualTo(129600.0);
        assertThat(json.get("steps").get(1).asText()).isEqualTo("cart");
        assertThat(new ObjectMapper().readTree(JsonOutput.toJson(row("x", Double.POSITIVE_INFINITY)))
                .get("nps_points").isNull()).isTrue();
    }

    @Test
    void csvFlattensNestedRecordsAndNeutralisesFormulasInTextColumnsOnly() {
        StringWriter w = new StringWriter();
        CsvOutput.writeAll(Schema.of(Row.class), List.of(row("=HYPERLINK(\"x\")", -0.5), row("@me, +1", 1)), w);
        String[] lines = w.toString().split("\n");
        assertThat(lines[0]).isEqualTo("customer_id,comment,nps_points,n,significant,interval_lower,interval_upper,"
                + "note,median_time,steps");
        assertThat(lines[1]).isEqualTo("c1,\"'=HYPERLINK(\"\"x\"\")\",-0.5,12,true,-50.5,,,129600.0,home; cart");
        assertThat(lines[2]).startsWith("c1,\"'@me, +1\",1.0,");
        assertThat(CsvOutput.neutralised("-5 days")).isEqualTo("'-5 days");
        assertThat(CsvOutput.neutralised("plain")).isEqualTo("plain");
        assertThat(CsvOutput.neutralised("-2")).isEqualTo("-2");
        assertThat(CsvOutput.neutralised("+1e-3")).isEqualTo("+1e-3");
    }

    @Test
    void textJsonAndCsvUseTheSameFieldNames() throws IOException {
        StringWriter text = new StringWriter();
        TextOutput.write(row("ok", 12.3456789), text);
        JsonNode json = new ObjectMapper().readTree(JsonOutput.toJson(row("ok", 12.3456789)));
        for (Field<Row> f : Schema.of(Row.class).fields()) {
            assertThat(text.toString()).contains(f.name());
            assertThat(json.has(f.name())).as(f.name()).isTrue();
        }
        assertThat(text.toString()).contains("nps_points   12.346").contains("upper  n/a");
    }

    @Test
    void anEmptyListReadsNoneNotABlank() {
        StringWriter text = new StringWriter();
        TextOutput.write(new Row(new Id("c1"), "ok", 1, 1, false, new Interval(0, 1), Optional.empty(),
                Duration.ZERO, List.of()), text);
        assertThat(text.toString()).containsPattern("(?m)^steps +none$");
    }

    @Test
    void aTableListsOneRowPerRecord() {
        StringWriter text = new StringWriter();
        TextOutput.writeTable(Schema.of(Interval.class), List.of(new Interval(1, 2), new Interval(0.25, 1e-6)),
                text);
        assertThat(text.toString()).isEqualTo("lower      upper\n    1          2\n 0.25  1.000e-06\n");
    }

    @Test
    void aDeclaredSchemaWritesWhatItDeclares() {
        Schema<String> s = Schema.builder(String.class).text("word", x -> x).integer("length", String::length)
                .value("letters", x -> Map.of("first", x.substring(0, 1))).build();
        StringWriter w = new StringWriter();
        JsonOutput.writeRows("words", s, List.of("cat"), w);
        assertThat(w.toString().replaceAll("\\s", "")).isEqualTo(
                "{\"schema_version\":1,\"words\":[{\"word\":\"cat\",\"length\":3,\"letters\":{\"first\":\"c\"}}]}");
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        Path target = dir.resolve("nope").resolve("out.csv");
        assertThatThrownBy(() -> OutputFiles.writeText(target, false, w -> w.write("x")))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("folder")
                .hasMessageContaining("does not exist");
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAllowedAndNoTemporaryFileRemains(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.csv");
        Files.writeString(target, "old");
        assertThatThrownBy(() -> OutputFiles.writeText(target, false, w -> w.write("new")))
                .isInstanceOf(OutputFileException.class).hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("old");
        OutputFiles.writeText(target, true, w -> w.write("new"));
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("new");
        assertThatThrownBy(() -> OutputFiles.writeText(target, true, w -> {
            w.write("half");
            throw new IOException("disk full");
        })).isInstanceOf(OutputFileException.class).hasMessageContaining("disk full");
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** A trend whose period field is named at run time, nested under a document: the reason for declared rows. */
    public record Point(String period, double value) {
    }

    public record Trend(String metric, Point last, List<Point> points) {
    }

    @Test
    void declaredObjectsAndRowsAreWrittenByTheirDeclaredSchemaInJsonTextAndCsv() throws IOException {
        Schema<Point> point = Schema.builder(Point.class).text("month", Point::period)
                .number("value", Point::value).build();
        Schema<Trend> trend = Schema.builder(Trend.class).text("metric", Trend::metric)
                .object("last", Trend::last, point).rows("points", Trend::points, point).build();
        Trend t = new Trend("nps", new Point("2026-02", 0.25), List.of(new Point("2026-01", 0.5),
                new Point("2026-02", 0.25)));
        StringWriter json = new StringWriter();
        JsonOutput.write(t, trend, json);
        JsonNode root = new ObjectMapper().readTree(json.toString());
        assertThat(root.get("last").get("month").asText()).isEqualTo("2026-02");
        assertThat(root.get("points").get(0).fieldNames()).toIterable().containsExactly("month", "value");
        assertThat(root.get("points").get(1).get("value").asDouble()).isEqualTo(0.25);
        StringWriter csv = new StringWriter();
        CsvOutput.writeAll(trend, List.of(t), csv);
        assertThat(csv.toString().lines().findFirst().orElseThrow()).isEqualTo("metric,last_month,last_value,points");
        StringWriter text = new StringWriter();
        TextOutput.write(t, trend, text);
        assertThat(text.toString()).contains("last\n  month  2026-02").contains("  month    value")
                .contains("  2026-01    0.5");
        StringWriter absent = new StringWriter();
        JsonOutput.write(new Trend("nps", null, List.of()), trend, absent);
        assertThat(new ObjectMapper().readTree(absent.toString()).get("last").isNull()).isTrue();
    }
}
