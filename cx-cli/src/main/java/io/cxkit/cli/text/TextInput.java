package io.cxkit.cli.text;

import io.cxkit.cli.EmbeddedSample;
import io.cxkit.cli.InputException;
import io.cxkit.cli.LoadedInput;
import io.cxkit.cli.SourceOptions;
import io.cxkit.core.io.Column;
import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.io.TabularSource;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The input options of {@code cx text}: an interaction file (its comments), a plain text file (one text a
 * line, {@code .txt}), or a CSV column of texts ({@code --text-column}). Files are decoded as strict UTF-8:
 * an invalid byte sequence fails with the file and line. Accounts for every record: texts read, records
 * without text.
 */
final class TextInput {
    @Option(names = "--input", paramLabel = "FILE",
            description = "Interactions (CSV/JSONL: the comment of each), a .txt file (one text a line) or, with"
                    + " --text-column, any CSV. Default: the embedded sample.")
    Optional<Path> input = Optional.empty();

    @Option(names = "--text-column", paramLabel = "NAME",
            description = "Read texts from this column of a CSV file with a header row.")
    Optional<String> textColumn = Optional.empty();

    @Option(names = "--id-column", paramLabel = "NAME", defaultValue = "interaction_id",
            description = "With --text-column: the key column (default: ${DEFAULT-VALUE}; the row number if"
                    + " the file has no such column).")
    String idColumn;

    @Mixin
    SourceOptions source = new SourceOptions();

    /** Counts of what was read. */
    static final class Counts {
        long records;
        long withText;
        long rejected;
        final List<String> rejections = new ArrayList<>();
    }

    /** Source name for messages. */
    String source() {
        return input.map(Path::toString).orElse(EmbeddedSample.SOURCE);
    }

    /**
     * Streams the texts into {@code sink}.
     *
     * @throws InputException naming file and line on unreadable or invalid input
     */
    Counts read(Consumer<TextRecord> sink) {
        Counts counts = new Counts();
        if (textColumn.isPresent()) {
            readCsvColumn(input.orElseThrow(() -> new io.cxkit.cli.UsageException(
                    "--text-column needs --input FILE")), textColumn.get(), sink, counts);
        } else if (input.isPresent() && input.get().toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            readLines(input.get(), sink, counts);
        } else {
            LoadedInput loaded = LoadedInput.read(input.map(List::of).orElse(List.of()), source, Optional.empty());
            for (ReadReport r : loaded.reports()) {
                counts.rejected += r.rejected();
                for (Rejection x : r.firstRejections()) {
                    counts.rejections.add(r.source() + ": line " + x.line() + ", field " + x.field() + ": "
                            + x.reason());
                }
            }
            for (Interaction i : loaded.interactions()) {
                counts.records++;
                for (Feedback f : i.feedback()) {
                    if (f instanceof Feedback.Verbatim v) {
                        counts.withText++;
                        sink.accept(new TextRecord(i.id(), v.text(), Optional.of(i)));
                        break;
                    }
                }
            }
        }
        return counts;
    }

    private static void requireFile(Path f) {
        if (!Files.exists(f)) {
            throw new InputException(f + ": no such file");
        }
        if (!Files.isRegularFile(f)) {
            throw new InputException(f + ": not a regular file");
        }
    }

    /**
     * One text a line. Lines are split on bytes and each is decoded on its own, so that an invalid byte
     * sequence is reported on its own line (a reader decoding ahead would blame an earlier one).
     */
    private static void readLines(Path f, Consumer<TextRecord> sink, Counts counts) {
        requireFile(f);
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long line = 0;
        try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            boolean more = true;
            while (more) {
                int b;
                buf.reset();
                while ((b = in.read()) >= 0 && b != '\n') {
                    buf.write(b);
                }
                more = b >= 0;
                if (!more && buf.size() == 0) {
                    break;
                }
                line++;
                byte[] bytes = buf.toByteArray();
                int len = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String s = utf8.reset().decode(java.nio.ByteBuffer.wrap(bytes, 0, len)).toString();
                counts.records++;
                if (line == 1 && !s.isEmpty() && s.charAt(0) == '\uFEFF') {
                    s = s.substring(1);
                }
                if (!s.isBlank()) {
                    counts.withText++;
                    sink.accept(new TextRecord(Long.toString(line), s, Optional.empty()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(f + ": line " + line + ": not valid UTF-8", e);
        } catch (IOException e) {
            throw new InputException(f + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A CSV column of texts, through the one tabular source: its dialect detection, strict UTF-8 per record
     * (a bad byte rejects that record, naming line and column), and its read report.
     */
    private void readCsvColumn(Path f, String column, Consumer<TextRecord> sink, Counts counts) {
        requireFile(f);
        TabularSource tabular = TabularSource.builder().mapping(source.mapping()).policy(ReadPolicy.SKIP_AND_REPORT)
                .build();
        ReadReport report;
        try {
            report = tabular.read(f, header -> {
                Column text = header.require(column);
                Optional<Column> id = header.optional(idColumn);
                return row -> {
                    counts.records++;
                    String t = row.value(text);
                    if (!t.isBlank()) {
                        counts.withText++;
                        String key = id.isPresent() && !row.isBlank(id.get()) ? row.value(id.get())
                                : Long.toString(row.line());
                        sink.accept(new TextRecord(key, t, Optional.empty()));
                    }
                };
            });
        } catch (ReadFailedException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(f + ": cannot be read: " + e.getMessage(), e);
        }
        counts.rejected += report.rejected();
        for (Rejection r : report.firstRejections()) {
            counts.rejections.add(f + ": line " + r.line() + ", field " + r.field() + ": " + r.reason());
        }
    }
}
