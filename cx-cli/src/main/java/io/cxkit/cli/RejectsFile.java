package io.cxkit.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Rejection;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.nio.file.Path;

/**
 * The {@code --rejects} file: every rejected record as one JSON object per line, with {@code source},
 * {@code line}, {@code field}, {@code value}, {@code reason} and {@code raw} (the record as read, bytes that are
 * not UTF-8 shown as {@code \xNN}). With no file it drops rejections. Without {@link #commit()}, closing it
 * leaves any previous file untouched.
 */
final class RejectsFile implements RejectSink, Closeable {
    private final JsonGenerator out;
    private final OutputFile file;

    private RejectsFile(JsonGenerator out, OutputFile file) {
        this.out = out;
        this.file = file;
    }

    /**
     * A sink writing to {@code file} through an {@link OutputFile}: the file is replaced by {@link #commit()}
     * only, and never when it is the input. With a null file, a sink that drops everything.
     *
     * @throws UsageException if the file is the input (or a link to it)
     * @throws InputException if the file cannot be created
     */
    static RejectsFile open(Path file, Path input) {
        if (file == null) {
            return new RejectsFile(null, null);
        }
        OutputFile target = OutputFile.create("--rejects", file, List.of(input));
        try {
            JsonGenerator g = new JsonFactory().createGenerator(target.stream(), JsonEncoding.UTF8);
            g.setRootValueSeparator(null);
            return new RejectsFile(g, target);
        } catch (IOException e) {
            target.close();
            throw new InputException("cannot write rejects file " + file + ": " + InputException.reason(e), e);
        }
    }

    /**
     * Finishes the file and moves it into place.
     *
     * @throws InputException if it cannot be written
     */
    void commit() {
        if (out == null) {
            return;
        }
        try {
            out.close();
            file.commit();
        } catch (IOException e) {
            throw new InputException("cannot write rejects file " + file.target() + ": " + InputException.reason(e), e);
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
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
