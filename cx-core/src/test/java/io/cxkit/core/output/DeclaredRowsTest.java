package io.cxkit.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list field written by a declared row schema ({@link Schema.Builder#rows}): its names and fields are the
 * declared ones, not the record's derived ones, in JSON and in text, also when inlined into another schema.
 */
class DeclaredRowsTest {
    /** A row whose derived schema would name {@code age} "age" and always write {@code clv}. */
    public record Buyer(String customer, double age, double clv) {
    }

    public record Run(String model, List<Buyer> buyers) {
    }

    private static Schema<Buyer> buyers(boolean withClv) {
        Schema.Builder<Buyer> b = Schema.builder(Buyer.class).text("customer", Buyer::customer)
                .number("T", Buyer::age);
        if (withClv) {
            b.number("clv", Buyer::clv);
        }
        return b.build();
    }

    private static Schema<Run> run(boolean withClv) {
        return Schema.builder(Run.class).text("model", Run::model).rows("buyers", Run::buyers, buyers(withClv))
                .build();
    }

    private static final Run RUN = new Run("bgnbd", List.of(new Buyer("a", 30, 12.5), new Buyer("b", 7, 2)));

    @Test
    void jsonWritesEachRowByTheDeclaredSchema() throws IOException {
        StringWriter w = new StringWriter();
        JsonOutput.write(RUN, run(false), w);
        JsonNode json = new ObjectMapper().readTree(w.toString());
        JsonNode first = json.get("buyers").get(0);
        List<String> names = new ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("customer", "T");
        assertThat(first.get("T").asDouble()).isEqualTo(30.0);
        assertThat(json.get("buyers").get(1).get("customer").asText()).isEqualTo("b");
    }

    @Test
    void textWritesTheRowsAsATableWithTheDeclaredColumns() {
        StringWriter w = new StringWriter();
        TextOutput.write(RUN, run(true), w);
        List<String> lines = w.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("model   bgnbd");
        assertThat(lines.get(1)).isEqualTo("buyers");
        assertThat(lines.get(2).strip().split("\\s+")).containsExactly("customer", "T", "clv");
        assertThat(lines.get(3).strip().split("\\s+")).containsExactly("a", "30", "12.5");
    }

    @Test
    void anInlinedSchemaKeepsItsDeclaredRows() throws IOException {
        record Wrapper(Run run, int n) {
        }
        Schema<Wrapper> schema = Schema.builder(Wrapper.class).inline(Wrapper::run, run(true))
                .integer("n", Wrapper::n).build();
        StringWriter w = new StringWriter();
        JsonOutput.write(new Wrapper(RUN, 2), schema, w);
        JsonNode json = new ObjectMapper().readTree(w.toString());
        assertThat(json.get("buyers").get(1).get("clv").asDouble()).isEqualTo(2.0);
        assertThat(json.get("buyers").get(1).has("age")).isFalse();
        assertThat(json.get("n").asInt()).isEqualTo(2);
    }
}
