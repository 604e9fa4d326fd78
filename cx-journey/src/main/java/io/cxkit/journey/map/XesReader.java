package io.cxkit.journey.map;

import io.cxkit.core.io.ReadFailedException;
import io.cxkit.core.io.ReadPolicy;
import io.cxkit.core.io.ReadSettings;
import io.cxkit.core.io.ReadReport;
import io.cxkit.core.io.RejectSink;
import io.cxkit.core.io.Rejection;
import io.cxkit.core.io.TimestampFormat;
import io.cxkit.journey.EventLog;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an event log in XES, the IEEE 1849 eXtensible Event Stream format in which process-mining tools and the
 * public BPI Challenge logs ship ({@code .xes}, or gzipped {@code .xes.gz}). The file is streamed with the JDK's
 * StAX parser: only one trace is held at a time.
 *
 * <p><b>What is read.</b> Each {@code <trace>} is a case, its id the trace's {@code concept:name}. Each
 * {@code <event>} of a trace is an event with its activity ({@code concept:name}), its timestamp
 * ({@code time:timestamp}), its {@code lifecycle:transition} and {@code org:resource} if stated, and all its other
 * top-level attributes ({@code string}, {@code date}, {@code int}, {@code float}, {@code boolean}, {@code id}) as
 * text; the trace's own attributes are kept too. Declarations ({@code <extension>}, {@code <global>},
 * {@code <classifier>}), log-level attributes and nested (meta-)attributes are skipped. {@link #read(Path,
 * Consumer)} hands each trace to the caller with every attribute; {@link #read(Path)} builds the columnar
 * {@link EventLog} that journey maps, variants and funnels read, the activity chosen by
 * {@link Builder#activity(Activity)}.
 *
 * <p><b>Nothing is lost.</b> Every {@code <event>} element is a record: accepted or rejected, so the
 * {@link ReadReport} states {@code read = accepted + rejected}. An event is rejected, with the line of its
 * {@code <event>} element, the attribute key, the value and the reason, when it has no (or a blank)
 * {@code concept:name} or {@code time:timestamp}, when its timestamp does not parse or is out of range, when an
 * attribute has no key or the same key twice, when its trace has no {@code concept:name}, or when it stands
 * outside any trace. Rejections go to the {@link RejectSink}; under {@link ReadPolicy#FAIL_FAST} the first one
 * throws {@link ReadFailedException} carrying the report so far.
 *
 * <p><b>Input that is not XES.</b> A file that is not well-formed XML (including bytes that are not valid in its
 * declared encoding, UTF-8 by default), whose root is not {@code <log>}, or that holds a document type
 * declaration throws {@link ReadFailedException} whatever the policy, naming the line; the events of the trace
 * it stopped in count as rejected, so the report still adds up. A DTD is refused outright and no external entity
 * or DTD is ever fetched, so a crafted file can neither read local files nor expand entities without bound.
 *
 * <p><b>Timestamps</b> are XML Schema {@code dateTime} values, ISO-8601 with a UTC offset
 * ({@code 2011-10-01T00:38:44.546+02:00}, {@code ...Z}), read by cx-core's {@link TimestampFormat} ({@code iso}):
 * strictly (no 30 February) and within its years. One without an offset is read in the configured zone if one
 * is set, and rejected otherwise. Instances are immutable and thread-safe.
 */
public final class XesReader {
    /** What an event's activity is, in the {@link EventLog} this reader builds. */
    public enum Activity {
        /** The event's {@code concept:name}: the default, as PM4Py reads XES. */
        NAME,
        /**
         * The name and the lifecycle transition joined by {@code +} ({@code Approve+start}), as ProM's standard
         * classifier does; the name alone when the event states no transition.
         */
        NAME_AND_LIFECYCLE,
        /** The event's {@code org:resource}, for a hand-over-of-work map; events without one are rejected. */
        RESOURCE
    }

    static final String NAME = "concept:name";
    static final String TIMESTAMP = "time:timestamp";
    static final String LIFECYCLE = "lifecycle:transition";
    static final String RESOURCE = "org:resource";
    /** The field a rejection names when the event's case is at fault, as PM4Py names the case column. */
    static final String CASE_FIELD = "case:concept:name";
    private static final Set<String> ATTRIBUTE_ELEMENTS =
            Set.of("string", "date", "int", "float", "boolean", "id", "list", "container");
    /** More attributes than this on one element is not a log but an attack on memory. */
    static final int MAX_ATTRIBUTES = 10_000;
    private static final int MAX_RAW = 1_000;

    private final Activity activity;
    /** xs:dateTime is ISO-8601; the project's one timestamp parser reads it, strictly and within its years. */
    private final TimestampFormat timestamps;
    private final ReadPolicy policy;
    private final RejectSink sink;
    private final int maxReported;

    private XesReader(Builder b) {
        this.activity = b.activity;
        this.timestamps = b.zone.map(TimestampFormat.of("iso")::withZone).orElse(TimestampFormat.of("iso"));
        this.policy = b.readPolicy();
        this.sink = b.sink();
        this.maxReported = b.reportedRejections();
    }

    /**
     * A builder: activity by name, no zone, skip and report, no reject sink, 100 rejections kept.
     *
     * @return a builder: activity by name, no zone, skip and report, no reject sink, 100 rejections kept
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a file is named as XES: {@code .xes} or {@code .xes.gz}, in any case.
     *
     * @param file the file to read
     * @return whether a file is named as XES: {@code .xes} or {@code .xes.gz}, in any case
     * @throws NullPointerException if the file is null
     */
    public static boolean isXes(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xes") || name.endsWith(".xes.gz");
    }

    /**
     * Reads a file into the columnar event log; gzip is recognised by its magic bytes.
     *
     * @param file the file to read
     * @return the event log and the read report
     * @throws ReadFailedException if the file is not well-formed XES or, fail-fast, at the first rejected event
     * @throws IOException if the file cannot be read
     */
    public EventLogRead read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return read(file.toString(), in);
        }
    }

    /**
     * Reads a stream (gzip recognised by its magic bytes) into the columnar event log; the stream is not closed.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @return the event log and the read report
     * @throws ReadFailedException if the input is not well-formed XES or, fail-fast, at the first rejected event
     * @throws IOException if the stream cannot be read
     */
    public EventLogRead read(String sourceName, InputStream in) throws IOException {
        EventLog.Builder log = EventLog.builder();
        ReadReport report = read(sourceName, in, trace -> {
            for (XesEvent e : trace.events()) {
                log.add(trace.caseId(), activityOf(e), EventLog.micros(e.timestamp()));
            }
        });
        return new EventLogRead(log.build(), report);
    }

    /**
     * Streams a file's traces, with all their attributes, to {@code traces}, one at a time in file order.
     *
     * @param file the file to read
     * @param traces the traces
     * @return the report of the read
     * @throws ReadFailedException if the file is not well-formed XES or, fail-fast, at the first rejected event
     * @throws IOException if the file cannot be read
     */
    public ReadReport read(Path file, Consumer<XesTrace> traces) throws IOException {
        try (InputStream in = open(file)) {
            return read(file.toString(), in, traces);
        }
    }

    /**
     * Streams a stream's traces (gzip recognised by its magic bytes), with all their attributes, to
     * {@code traces}, one at a time in input order; the stream is not closed. A trace whose events were all
     * rejected is still handed on, with no events.
     *
     * @param sourceName the name rejections and the report carry
     * @param in the stream to read; not closed
     * @param traces the traces
     * @return the report of the read
     * @throws ReadFailedException if the input is not well-formed XES or, fail-fast, at the first rejected event
     * @throws IOException if the stream cannot be read
     */
    public ReadReport read(String sourceName, InputStream in, Consumer<XesTrace> traces) throws IOException {
        Objects.requireNonNull(sourceName, "source name must not be null");
        Objects.requireNonNull(traces, "trace consumer must not be null");
        Tally tally = new Tally(sourceName);
        InputStream bytes = ungzip(in);
        Charset charset = declaredCharset(bytes);
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        } catch (XMLStreamException e) {
            throw tally.fatal(0, "not well-formed XML: " + message(e, charset));
        }
        Parse parse = new Parse(xml, tally, traces);
        try {
            parse.log();
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? parse.line() : Math.max(0, e.getLocation().getLineNumber());
            throw tally.fatal(line, "not well-formed XML: " + message(e, charset));
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Closing a StAX reader frees parser state only; the stream is the caller's.
            }
        }
        return tally.report();
    }

    private String activityOf(XesEvent e) {
        return switch (activity) {
            case NAME -> e.activity();
            case NAME_AND_LIFECYCLE -> e.lifecycle().map(l -> e.activity() + "+" + l).orElse(e.activity());
            case RESOURCE -> e.resource().orElseThrow();
        };
    }

    /** The JDK's own StAX implementation, with everything that reaches outside the file switched off. */
    private static final XMLInputFactory FACTORY = secureFactory();

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** The stream, decompressed if it starts with the gzip magic bytes. */
    private static InputStream ungzip(InputStream in) throws IOException {
        InputStream b = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int b0 = b.read();
        int b1 = b.read();
        b.reset();
        return b0 == 0x1f && b1 == 0x8b ? new BufferedInputStream(new GZIPInputStream(b, 1 << 16), 1 << 16) : b;
    }

    /**
     * The charset the document declares ({@code <?xml ... encoding="..."?>}, or a UTF-16 byte-order mark), UTF-8
     * when it declares none, as XML 1.0 section 4.3.3 defines. The JDK's parser decodes UTF-8 leniently, so the
     * bytes are decoded here, strictly, and the parser is handed characters. A UTF-8 byte-order mark is dropped.
     */
    private static Charset declaredCharset(InputStream in) throws IOException {
        in.mark(DECLARATION_PEEK);
        byte[] head = in.readNBytes(DECLARATION_PEEK);
        in.reset();
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            return StandardCharsets.UTF_16;
        }
        int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF
                ? 3 : 0;
        in.skipNBytes(bom);
        String text = new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("?>");
        if (!text.startsWith("<?xml") || end < 0) {
            return StandardCharsets.UTF_8;
        }
        Matcher m = ENCODING.matcher(text.substring(0, end));
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new ReadFailedException(new ReadReport("", 0, 0, 0, 0, List.of()), new Rejection("", 1,
                    Rejection.RECORD, m.group(1), "the XML declaration names an encoding this JVM does not know",
                    ""));
        }
    }

    private static final int DECLARATION_PEEK = 256;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private static String message(XMLStreamException e, Charset charset) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "bytes that are not valid " + charset.name() + " (the file's encoding)";
            }
        }
        if (e.getNestedException() instanceof CharacterCodingException) {
            return "bytes that are not valid " + charset.name() + " (the file's encoding)";
        }
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; the line is reported separately.
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** One pass over one document. */
    private final class Parse {
        private final XMLStreamReader xml;
        private final Tally tally;
        private final Consumer<XesTrace> traces;

        Parse(XMLStreamReader xml, Tally tally, Consumer<XesTrace> traces) {
            this.xml = xml;
            this.tally = tally;
            this.traces = traces;
        }

        void log() throws XMLStreamException, ReadFailedException {
            while (xml.hasNext()) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw tally.fatal(line(), "a document type declaration (DOCTYPE) is refused: XES needs none, "
                            + "and entities could read local files or expand without bound");
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (!"log".equals(xml.getLocalName())) {
                        throw tally.fatal(line(), "not an XES log: the root element is <" + xml.getLocalName()
                                + ">, expected <log>");
                    }
                    logBody();
                    return;
                }
            }
            throw tally.fatal(line(), "not an XES log: no <log> element");
        }

        private void logBody() throws XMLStreamException, ReadFailedException {
            while (true) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    return;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "trace" -> trace();
                    case "event" -> {
                        Pending p = event();
                        tally.read++;
                        tally.reject(p.line, CASE_FIELD, "", "the event stands outside any <trace>, so it has "
                                + "no case", p.raw());
                    }
                    default -> skip();
                }
            }
        }

        private void trace() throws XMLStreamException, ReadFailedException {
            long traceLine = line();
            Map<String, String> attrs = new LinkedHashMap<>();
            List<Pending> events = new ArrayList<>();
            Optional<String> traceProblem = Optional.empty();
            try {
                while (true) {
                    int ev = xml.next();
                    if (ev == XMLStreamConstants.END_ELEMENT) {
                        break;
                    }
                    if (ev != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String el = xml.getLocalName();
                    if ("event".equals(el)) {
                        events.add(event());
                    } else if (ATTRIBUTE_ELEMENTS.contains(el)) {
                        Optional<String> bad = attribute(el, attrs);
                        if (bad.isPresent() && traceProblem.isEmpty()) {
                            traceProblem = bad;
                        }
                    } else {
                        skip();
                    }
                }
            } catch (XMLStreamException | RuntimeException e) {
                // The trace never ended: its events were read and none can be accepted.
                tally.read += events.size();
                tally.rejected += events.size();
                throw e;
            }
            String caseId = attrs.getOrDefault(NAME, "").strip();
            if (caseId.isEmpty() && traceProblem.isEmpty()) {
                traceProblem = Optional.of("the trace at line " + traceLine + " has no " + NAME
                        + ", so its events have no case");
            }
            List<XesEvent> accepted = new ArrayList<>();
            for (Pending p : events) {
                tally.read++;
                if (p.problem.isPresent()) {
                    tally.reject(p.line, p.field, p.value, p.problem.get(), p.raw());
                } else if (traceProblem.isPresent()) {
                    tally.reject(p.line, CASE_FIELD, caseId, traceProblem.get(), p.raw());
                } else {
                    accepted.add(p.event);
                    tally.accepted++;
                }
            }
            if (traceProblem.isEmpty()) {
                traces.accept(new XesTrace(caseId, attrs, accepted, traceLine));
            }
        }

        /** Reads one event element up to its end; what is wrong with it is kept, not thrown. */
        private Pending event() throws XMLStreamException {
            Pending p = new Pending(line());
            Map<String, String> attrs = new LinkedHashMap<>();
            while (true) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String el = xml.getLocalName();
                if (ATTRIBUTE_ELEMENTS.contains(el)) {
                    Optional<String> bad = attribute(el, attrs);
                    if (bad.isPresent() && p.problem.isEmpty()) {
                        p.problem(Rejection.RECORD, "", bad.get());
                    }
                } else {
                    skip();
                }
            }
            p.attrs = attrs;
            if (p.problem.isPresent()) {
                return p;
            }
            String name = attrs.getOrDefault(NAME, "");
            String time = attrs.get(TIMESTAMP);
            if (name.isBlank()) {
                return p.problem(NAME, name, "the event has no " + NAME + " (its activity)");
            }
            if (time == null) {
                return p.problem(TIMESTAMP, "", "the event has no " + TIMESTAMP);
            }
            Instant t;
            try {
                t = timestamp(time);
            } catch (DateTimeException e) {
                return p.problem(TIMESTAMP, time, TIMESTAMP + ": " + e.getMessage());
            }
            Optional<String> resource = Optional.ofNullable(attrs.get(RESOURCE)).filter(r -> !r.isBlank());
            if (activity == Activity.RESOURCE && resource.isEmpty()) {
                return p.problem(RESOURCE, "", "the event has no " + RESOURCE
                        + ", which is its activity in a resource map");
            }
            p.event = new XesEvent(name.strip(), t,
                    Optional.ofNullable(attrs.get(LIFECYCLE)).map(String::strip).filter(l -> !l.isEmpty()),
                    resource.map(String::strip), attrs, p.line);
            return p;
        }

        /**
         * Reads one attribute element (and skips its children): its key and value go into {@code into}. Returns
         * what is wrong with it, if anything.
         */
        private Optional<String> attribute(String type, Map<String, String> into) throws XMLStreamException {
            String key = xml.getAttributeValue(null, "key");
            String value = xml.getAttributeValue(null, "value");
            long at = line();
            skip();
            if (key == null || key.isBlank()) {
                return Optional.of("the <" + type + "> attribute at line " + at + " has no key");
            }
            if (into.size() >= MAX_ATTRIBUTES) {
                return Optional.of("more than " + MAX_ATTRIBUTES + " attributes on one element");
            }
            if (into.putIfAbsent(key, value == null ? "" : value) != null) {
                return Optional.of("the attribute '" + key + "' is given twice");
            }
            return Optional.empty();
        }

        private Instant timestamp(String text) {
            return timestamps.parse(text);
        }

        /** Skips the current element and everything in it. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int ev = xml.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        long line() {
            return Math.max(0, xml.getLocation().getLineNumber());
        }
    }

    /** An event as read, before its trace is known to have a case id. */
    private static final class Pending {
        final long line;
        Map<String, String> attrs = Map.of();
        Optional<String> problem = Optional.empty();
        String field = Rejection.RECORD;
        String value = "";
        XesEvent event;

        Pending(long line) {
            this.line = line;
        }

        Pending problem(String f, String v, String reason) {
            field = f;
            value = v;
            problem = Optional.of(reason);
            return this;
        }

        /** The event as one line, for a rejection: its attributes as key=value. */
        String raw() {
            StringBuilder s = new StringBuilder("<event>");
            for (Map.Entry<String, String> a : attrs.entrySet()) {
                if (s.length() >= MAX_RAW) {
                    break;
                }
                s.append(' ').append(a.getKey()).append('=').append(a.getValue());
            }
            return s.length() > MAX_RAW ? s.substring(0, MAX_RAW) : s.toString();
        }
    }

    /** Counts of one read, and where rejections go. */
    private final class Tally {
        final String source;
        long read;
        long accepted;
        long rejected;
        final List<Rejection> first = new ArrayList<>();

        Tally(String source) {
            this.source = source;
        }

        void reject(long line, String field, String value, String reason, String raw) throws ReadFailedException {
            Rejection r = new Rejection(source, line, field, value, reason, raw);
            rejected++;
            if (first.size() < maxReported) {
                first.add(r);
            }
            sink.reject(r);
            if (policy == ReadPolicy.FAIL_FAST) {
                throw new ReadFailedException(report(), r);
            }
        }

        ReadReport report() {
            return new ReadReport(source, read, accepted, rejected, 0, first);
        }

        ReadFailedException fatal(long line, String reason) {
            return new ReadFailedException(report(), new Rejection(source, line, Rejection.RECORD, "", reason, ""));
        }
    }

    /** Collects a reader's settings. Not thread-safe. */
    public static final class Builder extends ReadSettings<Builder> {
        private Activity activity = Activity.NAME;
        private Optional<ZoneId> zone = Optional.empty();

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * What an event's activity is in the built {@link EventLog}; {@link Activity#NAME} by default.
         *
         * @param a the activity
         * @return this builder, for chaining
         */
        public Builder activity(Activity a) {
            activity = Objects.requireNonNull(a, "activity must not be null");
            return this;
        }

        /**
         * The zone in which timestamps without an offset are read; without one they are rejected.
         *
         * @param z the zone in which days and months are cut
         * @return this builder, for chaining
         */
        public Builder zone(ZoneId z) {
            zone = Optional.of(Objects.requireNonNull(z, "zone must not be null"));
            return this;
        }

        /**
         * The reader.
         *
         * @return the reader
         */
        public XesReader build() {
            return new XesReader(this);
        }
    }
}
