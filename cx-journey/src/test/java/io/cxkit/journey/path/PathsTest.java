package io.cxkit.journey.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.journey.EventLog;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathsTest {

    private static Paths paths(String... cases) {
        EventLog.Builder b = EventLog.builder();
        for (int c = 0; c < cases.length; c++) {
            String[] acts = cases[c].split(",");
            for (int k = 0; k < acts.length; k++) {
                b.add("case" + c, acts[k], k);
            }
        }
        return Paths.of(b.build());
    }

    private final Paths paths = paths("home,search,product,cart", "home,product,cart,checkout",
            "home,search,search,product", "product,cart");

    @Test
    void topTransitionsAreCountedOverAllJourneysWithTheirShare() {
        assertThat(paths.topTransitions(3)).containsExactly(new Transition("product", "cart", 3, 3.0 / 10),
                new Transition("home", "search", 2, 0.2), new Transition("search", "product", 2, 0.2));
    }

    @Test
    void nextAndPreviousIncludeWhereJourneysEndOrBegin() {
        assertThat(paths.next("product", 5)).containsExactly(new StepCount("cart", 3, 0.75),
                new StepCount(Paths.END, 1, 0.25));
        assertThat(paths.previous("product", 5)).containsExactly(new StepCount("search", 2, 0.5),
                new StepCount("(start)", 1, 0.25), new StepCount("home", 1, 0.25));
        assertThat(paths.next("nowhere", 5)).isEmpty();
    }

    @Test
    void pathsBetweenTwoTouchpointsStartAtTheLatestOccurrenceOfTheFirst() {
        Paths p = paths("home,search,product,home,product,cart", "home,faq,cart", "home,product,cart", "cart,home");
        assertThat(p.between("home", "cart", 10, 5)).containsExactly(
                new PathCount(List.of("home", "product", "cart"), 2, 2.0 / 3),
                new PathCount(List.of("home", "faq", "cart"), 1, 1.0 / 3));
        assertThat(p.between("home", "cart", 2, 5)).isEmpty();
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> paths.topTransitions(-1)).hasMessage("k must be at least 0, was -1");
        assertThatThrownBy(() -> paths.between("a", "b", 1, 3))
                .hasMessage("maximum path length must be at least 2, was 1");
    }
}
