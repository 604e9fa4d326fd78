package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module graph of DESIGN.md: dependencies point down (core ← metrics ← journey ← cli), the domain
 * package has no Jackson, and each library module exports API packages only. It reads the compiled class files
 * of the reactor build (plain byte scans of the constant pools, no ArchUnit needed).
 */
class ArchitectureTest {

    private static Path classes(String module) {
        Path p = Path.of("..", module, "target", "classes").toAbsolutePath().normalize();
        assertThat(p).as("compiled classes of %s (run through the reactor build)", module).isDirectory();
        return p;
    }

    /** Every class file below {@code root} whose constant pool names one of {@code forbidden}. */
    private static Set<String> offenders(Path root, List<String> forbidden) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".class")
                    && !x.getFileName().toString().equals("module-info.class")).collect(Collectors.toList())) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String bad : forbidden) {
                    if (text.contains(bad)) {
                        found.add(root.relativize(f) + " -> " + bad);
                    }
                }
            }
        }
        return found;
    }

    private static ModuleDescriptor descriptor(String module) throws IOException {
        try (InputStream in = Files.newInputStream(classes(module).resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void coreKnowsNothingOfTheModulesAboveIt() throws IOException {
        assertThat(offenders(classes("cx-core"),
                List.of("io/cxkit/metrics", "io/cxkit/journey", "io/cxkit/cli", "picocli"))).isEmpty();
    }

    @Test
    void metricsKnowsOnlyCore() throws IOException {
        assertThat(offenders(classes("cx-metrics"), List.of("io/cxkit/journey", "io/cxkit/cli", "picocli")))
                .isEmpty();
    }

    @Test
    void journeyKnowsNoCli() throws IOException {
        assertThat(offenders(classes("cx-journey"), List.of("io/cxkit/cli", "picocli"))).isEmpty();
    }

    @Test
    void theReportKnowsNoCliAndTheModulesBelowItKnowNothingOfTheReport() throws IOException {
        assertThat(offenders(classes("cx-report"), List.of("io/cxkit/cli", "picocli"))).isEmpty();
        for (String below : List.of("cx-core", "cx-metrics", "cx-journey")) {
            assertThat(offenders(classes(below), List.of("io/cxkit/report"))).as(below).isEmpty();
        }
    }

    @Test
    void textKnowsOnlyCoreAndMetricsAndExportsNoInternalPackage() throws IOException {
        assertThat(offenders(classes("cx-text"), List.of("io/cxkit/journey", "io/cxkit/report", "io/cxkit/cli",
                "picocli"))).isEmpty();
        assertThat(cxkitRequires("cx-text")).containsExactlyInAnyOrder("io.cxkit.core", "io.cxkit.metrics");
        assertThat(descriptor("cx-text").exports()).extracting(ModuleDescriptor.Exports::source)
                .containsExactly("io.cxkit.text");
    }

    @Test
    void theDomainPackageHasNoJackson() throws IOException {
        Path domain = classes("cx-core").resolve("io/cxkit/core");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(domain)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".class")).collect(Collectors.toList())) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("com/fasterxml")) {
                    found.add(f.getFileName().toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void moduleDescriptorsRequireOnlyModulesBelowThem() throws IOException {
        assertThat(cxkitRequires("cx-core")).isEmpty();
        assertThat(cxkitRequires("cx-metrics")).containsExactly("io.cxkit.core");
        assertThat(cxkitRequires("cx-journey")).containsExactlyInAnyOrder("io.cxkit.core", "io.cxkit.metrics");
        // The report sits above every analysis module it draws sections from (voice of the customer: cx-text).
        assertThat(cxkitRequires("cx-report")).containsExactlyInAnyOrder("io.cxkit.core", "io.cxkit.metrics",
                "io.cxkit.journey", "io.cxkit.text", "io.cxkit.segments");
    }

    @Test
    void libraryModulesExportNoInternalPackage() throws IOException {
        for (String m : List.of("cx-core", "cx-metrics", "cx-journey", "cx-report")) {
            Set<String> exported = descriptor(m).exports().stream().map(ModuleDescriptor.Exports::source)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(exported).as(m).noneMatch(p -> p.contains(".internal"));
            Set<String> all = descriptor(m).packages();
            assertThat(all).as(m + " packages").containsAll(exported);
        }
    }

    private static Set<String> cxkitRequires(String module) throws IOException {
        return descriptor(module).requires().stream().map(ModuleDescriptor.Requires::name)
                .filter(n -> n.startsWith("io.cxkit")).collect(Collectors.toCollection(TreeSet::new));
    }
}
