package io.cxkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.SourceSet;
import io.cxkit.journey.identity.IdentityStitcher;
import io.cxkit.journey.identity.StitchResult;
import io.cxkit.journey.identity.StitchSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded sample written as three exports ({@code cx generate --split-sources}: a ticketing tool, a survey
 * tool and a shop, each with its own column names for the same email, phone, cookie, device and CRM ids) stitches
 * into the same customers as the sample itself, from the identifiers alone: records of different files that
 * share an identifier are joined.
 */
class CrossSourceStitchingTest {
    @TempDir
    Path dir;

    @Test
    void threeExportsStitchAcrossFilesIntoTheCustomersOfTheSample() throws IOException {
        Path split = dir.resolve("split");
        CxRun gen = CxRun.of("generate", "--customers", String.valueOf(EmbeddedSample.CUSTOMERS), "--seed",
                String.valueOf(EmbeddedSample.SEED), "--split-sources", split.toString());
        assertThat(gen.exit()).as(gen.err()).isZero();

        SourceSet.MappingFile mapping = SourceSet.read(split.resolve("sources.json"));
        assertThat(mapping).isInstanceOf(SourceSet.Several.class);
        List<Interaction> fromFiles = new ArrayList<>();
        Map<String, String> fileOf = new HashMap<>();
        for (SourceSet.Source s : ((SourceSet.Several) mapping).set().sources()) {
            ReadReport report = InteractionReader.builder().mapping(s.mapping()).policy(ReadPolicy.FAIL_FAST)
                    .build().read(s.file(), i -> {
                        fromFiles.add(i);
                        fileOf.put(i.id(), s.file().getFileName().toString());
                    });
            assertThat(report.rejected()).isZero();
        }
        List<Interaction> sample = new ArrayList<>();
        EmbeddedSample.read(InteractionReader.builder().build(), sample::add);
        assertThat(fromFiles).hasSameSizeAs(sample);

        // Identifiers alone: the customer ids are left out, so only email, phone, cookie, device and CRM join.
        IdentityStitcher stitcher = new IdentityStitcher(StitchSettings.defaults()
                .withoutType(StitchSettings.CUSTOMER));
        StitchResult split3 = stitcher.stitch(fromFiles);
        StitchResult one = stitcher.stitch(sample);

        assertThat(split3.identifiers()).isEqualTo(one.identifiers());
        assertThat(split3.customers()).isEqualTo(one.customers());
        assertThat(split3.merges()).hasSameSizeAs(one.merges());
        assertThat(split3.refused()).hasSameSizeAs(one.refused());
        Map<String, String> customerOfRecord = customers(split3);
        assertThat(customerOfRecord).isEqualTo(customers(one));

        // Stitching really crossed files: customers whose records come from two or three of the exports.
        Map<String, Set<String>> filesOfCustomer = new HashMap<>();
        customerOfRecord.forEach((record, customer) -> filesOfCustomer.computeIfAbsent(customer,
                k -> new HashSet<>()).add(fileOf.get(record)));
        long acrossFiles = filesOfCustomer.values().stream().filter(f -> f.size() >= 2).count();
        assertThat(acrossFiles).isGreaterThan(EmbeddedSample.CUSTOMERS / 4);
        assertThat(split3.customers()).isLessThan(fromFiles.size() / 4);
    }

    private static Map<String, String> customers(StitchResult r) {
        Map<String, String> m = new HashMap<>();
        for (Interaction i : r.apply()) {
            m.put(i.id(), i.customerId().value());
        }
        return m;
    }
}
