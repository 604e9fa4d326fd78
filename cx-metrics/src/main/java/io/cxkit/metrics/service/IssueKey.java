package io.cxkit.metrics.service;

import io.cxkit.core.Interaction;
import java.util.Locale;
import java.util.Objects;

/**
 * Which contacts of one customer are about "the same issue" (for first contact resolution and resolution time)
 * or belong to one conversation (for first response time). Contacts are always grouped per customer as well; a
 * contact that lacks the key's field is not counted.
 *
 * <p>Spelled on the command line and in settings as {@code journey_id}, {@code touchpoint}, {@code kind},
 * {@code touchpoint+kind}, {@code channel}, or {@code attr.NAME} for a free attribute ({@link #parse}).
 */
public final class IssueKey {
    private enum Source { JOURNEY_ID, TOUCHPOINT, KIND, TOUCHPOINT_AND_KIND, CHANNEL, ATTRIBUTE }

    /** The explicit journey or case id ({@code journey_id}). */
    public static final IssueKey JOURNEY_ID = new IssueKey(Source.JOURNEY_ID, "");
    /** The touchpoint, e.g. a support queue ({@code touchpoint}). */
    public static final IssueKey TOUCHPOINT = new IssueKey(Source.TOUCHPOINT, "");
    /** The kind of interaction ({@code kind}). */
    public static final IssueKey KIND = new IssueKey(Source.KIND, "");
    /** The touchpoint and the kind together ({@code touchpoint+kind}); a missing kind counts as empty. */
    public static final IssueKey TOUCHPOINT_AND_KIND = new IssueKey(Source.TOUCHPOINT_AND_KIND, "");
    /** The channel ({@code channel}). */
    public static final IssueKey CHANNEL = new IssueKey(Source.CHANNEL, "");

    private final Source source;
    private final String attribute;

    private IssueKey(Source source, String attribute) {
        this.source = source;
        this.attribute = attribute;
    }

    /**
     * The free attribute {@code name}, e.g. {@code issue} or {@code case_id}.
     *
     * @param name the name
     * @return the free attribute {@code name}, e.g. {@code issue} or {@code case_id}
     * @throws IllegalArgumentException if the name is blank
     */
    public static IssueKey attribute(String name) {
        Objects.requireNonNull(name, "attribute name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("issue key attribute name must not be blank");
        }
        return new IssueKey(Source.ATTRIBUTE, name.strip());
    }

    /**
     * Parses {@code journey_id}, {@code touchpoint}, {@code kind}, {@code touchpoint+kind}, {@code channel} or
     * {@code attr.NAME}.
     *
     * @param spec the spec
     * @return the key
     * @throws IllegalArgumentException naming the value and the allowed spellings
     */
    public static IssueKey parse(String spec) {
        String s = spec.strip();
        if (s.startsWith("attr.")) {
            return attribute(s.substring(5));
        }
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "journey_id" -> JOURNEY_ID;
            case "touchpoint" -> TOUCHPOINT;
            case "kind" -> KIND;
            case "touchpoint+kind" -> TOUCHPOINT_AND_KIND;
            case "channel" -> CHANNEL;
            default -> throw new IllegalArgumentException("issue key must be journey_id, touchpoint, kind, "
                    + "touchpoint+kind, channel or attr.NAME, was '" + spec + "'");
        };
    }

    /** The key's first part in {@code i}, or null when the interaction lacks it (package-internal). */
    String first(Interaction i) {
        return switch (source) {
            case JOURNEY_ID -> i.journeyId().orElse(null);
            case TOUCHPOINT, TOUCHPOINT_AND_KIND -> i.touchpoint().id();
            case KIND -> i.kind().orElse(null);
            case CHANNEL -> i.channel().name();
            case ATTRIBUTE -> i.attributes().get(attribute);
        };
    }

    /** The key's second part in {@code i}, never null. */
    String second(Interaction i) {
        return source == Source.TOUCHPOINT_AND_KIND ? i.kind().orElse("") : "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IssueKey k && k.source == source && k.attribute.equals(attribute);
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + attribute.hashCode();
    }

    /** The spelling accepted by {@link #parse}. */
    @Override
    public String toString() {
        return source == Source.ATTRIBUTE ? "attr." + attribute : source.name().toLowerCase(Locale.ROOT)
                .replace("touchpoint_and_kind", "touchpoint+kind");
    }
}
