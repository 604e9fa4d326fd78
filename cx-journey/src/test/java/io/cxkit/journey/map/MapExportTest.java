package io.cxkit.journey.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.journey.EventLog;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MapExportTest {
    private static final Instant T = Instant.parse("2025-03-01T10:00:00Z");

    /** Two journeys a→b (1 h and 3 h) and one a→c (2 days). */
    private static DirectlyFollowsGraph graph() {
        return DirectlyFollowsGraph.of(EventLog.builder()
                .add("j1", "a", T).add("j1", "b", T.plusSeconds(3600))
                .add("j2", "a", T).add("j2", "b", T.plusSeconds(3 * 3600))
                .add("j3", "a", T).add("j3", "c \"quoted\"", T.plusSeconds(2 * 86_400))
                .build());
    }

    @Test
    void dotHasEveryEdgeWithCountAndMedianTimeAndStartAndEndCounts() {
        String dot = MapExport.dot(graph());
        assertThat(dot).startsWith("digraph journey_map {\n").endsWith("}\n");
        assertThat(dot).contains("\"a\" -> \"b\" [label=\"2 · median 2.0 h\", penwidth=5.00];");
        assertThat(dot).contains("\"a\" -> \"c \\\"quoted\\\"\" [label=\"1 · median 2.0 d\", penwidth=3.00];");
        assertThat(dot).contains("\"__start__\" -> \"a\" [label=\"3\", style=dashed];");
        assertThat(dot).contains("\"b\" -> \"__end__\" [label=\"2\", style=dashed];");
        assertThat(dot).contains("\"a\" [label=\"a\\n3\"];");
    }

    @Test
    void mermaidHasOneNodePerActivityAndEscapesQuotes() {
        String m = MapExport.mermaid(graph());
        assertThat(m).startsWith("flowchart LR\n");
        assertThat(m).contains("n0[\"a (3)\"]").contains("n0 -->|\"2 · median 2.0 h\"| n1")
                .contains("c #quot;quoted#quot; (1)").contains("start -.->|3| n0").contains("-.->|2| stop");
        assertThat(m).doesNotContain("\"quoted\"");
    }
}
