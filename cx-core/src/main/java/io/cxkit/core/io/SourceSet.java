package io.cxkit.core.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Several exports read as one: each file with its own {@link SourceMapping}, so that a ticketing export, a
 * survey tool's export and a shop's orders, each with its own column names, date format and zone, become one
 * interaction stream. Identities are then stitched across them where they share identifiers.
 *
 * <p>As JSON ({@link #read(Path)}), files relative to the JSON file's folder:
 * <pre>{@code
 * {"sources": [
 *   {"file": "tickets.csv", "zone": "Europe/Paris", "fields": {"customer_id": "Customer Email", ...}},
 *   {"file": "survey.csv", "delimiter": ";", "decimal_comma": true, "fields": {...}}
 * ]}
 * }</pre>
 * A JSON file without {@code sources} is one mapping ({@link SourceMapping#fromJson(String)}) and gives an empty
 * list of sources: the caller applies it to its own input.
 *
 * @param sources the files and their mappings, in the order given
 */
public record SourceSet(List<Source> sources) {
    /**
     * The JSON parser, made on first use: a mapping given as options, or none, then costs no JSON machinery at
     * start-up (building an object mapper loads a few hundred classes).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    }

    /**
     * Copies the list.
     *
     * @param sources the files and their mappings, in the order given
     */
    public SourceSet {
        sources = List.copyOf(sources);
    }

    /**
     * One file and its mapping.
     *
     * @param file the file to read
     * @param mapping how its columns map onto the schema
     */
    public record Source(Path file, SourceMapping mapping) {
        /**
         * @param file the file to read
         * @param mapping how its columns map onto the schema
         * @throws NullPointerException if a component is null
         */
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    /** A mapping file: a single mapping, or several sources. */
    public sealed interface MappingFile permits Single, Several {
    }

    /**
     * A mapping file holding one mapping, for the caller's own input.
     *
     * @param mapping the mapping
     */
    public record Single(SourceMapping mapping) implements MappingFile {
    }

    /**
     * A mapping file listing several sources.
     *
     * @param set the sources
     */
    public record Several(SourceSet set) implements MappingFile {
    }

    /**
     * Reads a mapping file: several sources if it has {@code sources}, else one mapping.
     *
     * @param file the file to read
     * @return the sources the file names, or its one mapping
     * @throws IllegalArgumentException naming the file and what is wrong in it (not JSON, an unknown key, a
     *         missing {@code file}, an unknown zone or pattern)
     * @throws IOException if it cannot be read
     */
    public static MappingFile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        try {
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("a mapping file must hold a JSON object");
            }
            if (!root.has("sources")) {
                return new Single(SourceMapping.fromJson(root));
            }
            Path dir = file.toAbsolutePath().getParent();
            List<Source> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                String key = it.next().getKey();
                if (!key.equals("sources")) {
                    throw new IllegalArgumentException("unknown key '" + key + "' beside 'sources'");
                }
            }
            JsonNode list = root.get("sources");
            if (!list.isArray() || list.isEmpty()) {
                throw new IllegalArgumentException("'sources' must be a non-empty list of {\"file\": ..., "
                        + "\"fields\": ...} objects");
            }
            int n = 0;
            for (JsonNode s : list) {
                n++;
                if (!s.isObject() || !s.has("file") || !s.get("file").isTextual()) {
                    throw new IllegalArgumentException("source " + n + " must be an object with a \"file\"");
                }
                Path f = dir.resolve(s.get("file").asText());
                try {
                    out.add(new Source(f, SourceMapping.fromJson(s, Set.of("file"))));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("source " + n + " (" + s.get("file").asText() + "): "
                            + e.getMessage(), e);
                }
            }
            return new Several(new SourceSet(out));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
