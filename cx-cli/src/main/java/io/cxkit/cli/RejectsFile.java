package io.cxkit.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Rejection;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code --rejects} file: every rejected record as one JSON object per line, with {@code source},
 * {@code line}, {@code field}, {@code value}, {@code reason} and {@code raw} (the record as read, bytes that are
 * not UTF-8 shown as {@code \xNN}). With no file it drops rejections.
 */
final class RejectsFile implements RejectSink, Closeable {
    private final JsonGenerator out;

    private RejectsFile(JsonGenerator out) {
        this.out = out;
    }

    /**
     * A sink writing to {@code file}, replacing it; with a null file, a sink that drops everything.
     *
     * @throws InputException if the file cannot be created
     */
    static RejectsFile open(Path file) {
        if (file == null) {
            return new RejectsFile(null);
        }
        try {
            JsonGenerator g = new JsonFactory().createGenerator(
                    new BufferedOutputStream(Files.newOutputStream(file)), JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
            return new RejectsFile(g);
        } catch (IOException e) {
            throw new InputException("cannot write rejects file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void reject(Rejection r) {
        if (out == null) {
            return;
        }
        try {
            out.writeStartObject();
            out.writeStringField("source", r.source());
            out.writeNumberField("line", r.line());
            out.writeStringField("field", r.field());
            out.writeStringField("value", r.value());
            out.writeStringField("reason", r.reason());
            out.writeStringField("raw", r.rawLine());
            out.writeEndObject();
            out.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
