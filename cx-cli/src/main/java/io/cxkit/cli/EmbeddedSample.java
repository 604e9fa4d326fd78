package io.cxkit.cli;

import io.cxkit.core.Interaction;
import io.cxkit.core.io.InteractionFormat;
import io.cxkit.core.io.InteractionReader;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.sample.SampleGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The sample shipped inside the CLI jar, which every command uses when given no input: the output of
 * {@link SampleGenerator} for {@value #CUSTOMERS} customers and seed {@value #SEED}, as gzipped JSON Lines.
 * It is read through the real {@link InteractionReader}, so the read report a user sees is a real one.
 *
 * <p>Regenerate it, after a change to the generator, with
 * <pre>
 * java -jar cx-cli/target/cx.jar generate --customers 400 --seed 2025 \
 *     --out cx-cli/src/main/resources/io/cxkit/cli/sample/sample.jsonl.gz
 * </pre>
 * A test fails whenever the resource and the generator disagree.
 */
public final class EmbeddedSample {
    /** The number of customers in the sample. */
    public static final int CUSTOMERS = 400;
    /** The generator seed of the sample. */
    public static final long SEED = 2025L;
    /** The class-path resource holding the sample. */
    public static final String RESOURCE = "/io/cxkit/cli/sample/sample.jsonl.gz";
    /** The source name the read report gives the sample. */
    public static final String SOURCE = "embedded sample (" + CUSTOMERS + " customers, seed " + SEED + ")";

    private EmbeddedSample() {
    }

    /**
     * The generator whose output the resource holds.
     *
     * @return the generator whose output the resource holds
     */
    public static SampleGenerator generator() {
        return SampleGenerator.builder().customers(CUSTOMERS).seed(SEED).build();
    }

    /**
     * Reads the sample with {@code reader}, handing each interaction to {@code accepted}.
     *
     * @param reader the reader, with its policy and reject sink
     * @param accepted receives every accepted interaction, in file order
     * @return the read report of the sample
     * @throws UncheckedIOException if the resource is missing from the jar or cannot be read
     */
    public static ReadReport read(InteractionReader reader, Consumer<? super Interaction> accepted) {
        try (InputStream raw = EmbeddedSample.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IOException("the embedded sample " + RESOURCE + " is missing from the class path");
            }
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                return reader.read(SOURCE, in, InteractionFormat.JSON_LINES, accepted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
