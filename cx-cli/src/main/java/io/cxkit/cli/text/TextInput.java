package io.cxkit.cli.text;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.cxkit.cli.EmbeddedSample;
import io.cxkit.cli.InputException;
import io.cxkit.cli.LoadedInput;
import io.cxkit.core.Feedback;
import io.cxkit.core.Interaction;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
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

    /** Counts of what was read. */
    static final class Counts {
        long records;
        long withText;
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
            for (Interaction i : LoadedInput.read(input.map(List::of).orElse(List.of())).interactions()) {
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

    private static Reader strictUtf8(Path f) throws IOException {
        requireFile(f);
        return new BufferedReader(new InputStreamReader(Files.newInputStream(f), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
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

    private void readCsvColumn(Path f, String column, Consumer<TextRecord> sink, Counts counts) {
        CsvMapper mapper = new CsvMapper();
        long row = 0;
        try (Reader r = strictUtf8(f);
             MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(r)) {
            while (it.hasNextValue()) {
                Map<String, String> m = it.nextValue();
                row++;
                counts.records++;
                if (row == 1 && !m.containsKey(column)) {
                    throw new InputException(f + ": no column '" + column + "'; the header has " + m.keySet());
                }
                String text = m.get(column);
                if (text != null && !text.isBlank()) {
                    counts.withText++;
                    String id = m.getOrDefault(idColumn, Long.toString(row));
                    sink.accept(new TextRecord(id, text, Optional.empty()));
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(f + ": not valid UTF-8 after record " + row + " (a record with an invalid byte sequence)", e);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(f + ": line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new InputException(f + ": not valid UTF-8 after record " + row + " (a record with an invalid byte sequence)", e);
            }
            if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                throw new InputException(f + ": line " + j.getLocation().getLineNr() + ": "
                        + j.getOriginalMessage(), e);
            }
            throw e;
        } catch (IOException e) {
            throw new InputException(f + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
