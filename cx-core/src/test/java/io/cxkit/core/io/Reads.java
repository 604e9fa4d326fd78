package io.cxkit.core.io;

import io.cxkit.core.Interaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What one read of test input gave: the report, the accepted interactions and every rejection, in order. */
record Reads(ReadReport report, List<Interaction> accepted, List<Rejection> rejections) {

    static Reads jsonl(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8), InteractionFormat.JSON_LINES);
    }

    static Reads csv(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8), InteractionFormat.CSV);
    }

    static Reads of(byte[] bytes, InteractionFormat format) {
        return of(bytes, format, InteractionReader.builder());
    }

    static Reads of(byte[] bytes, InteractionFormat format, InteractionReader.Builder builder) {
        List<Interaction> accepted = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        try {
            ReadReport report = builder.rejectSink(rejections::add).build()
                    .read("test.in", new ByteArrayInputStream(bytes), format, accepted::add);
            return new Reads(report, accepted, rejections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only rejection; fails if there is not exactly one. */
    Rejection rejection() {
        if (rejections.size() != 1) {
            throw new AssertionError("expected one rejection, got " + rejections);
        }
        return rejections.get(0);
    }
}
