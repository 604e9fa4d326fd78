package io.cxkit.metrics.service;

import io.cxkit.core.Interaction;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is a contact, by kind: the rule every service metric applies before counting an interaction as a
 * contact (first contact resolution's contacts, first response time's inbound messages and replies, resolution
 * time's issue openings, average handle time's handled contacts).
 *
 * <p><b>Rule.</b> An interaction is a contact unless its {@code kind} is one of the excluded kinds. An
 * interaction without a kind is a contact (exports that do not state kinds keep today's counts). The default
 * excludes {@code survey}, {@code review} and {@code transfer}: a survey answer or a review is the customer
 * rating a contact, not a new one, and a transfer continues the contact it came from. Kinds are compared
 * ignoring case. The setting {@code NAME.exclude-kinds} (or {@code exclude-kinds} for every service metric)
 * takes a comma-separated list, or {@code none} to count every kind.
 *
 * @param excluded the kinds that are not contacts, lower case
 */
public record ContactKinds(Set<String> excluded) {
    /** The kinds excluded by default: {@code survey}, {@code review}, {@code transfer}. */
    public static final Set<String> DEFAULT_EXCLUDED = Set.of("survey", "review", "transfer");

    /**
     * @param excluded the kinds that are not contacts, lower case
     * @throws IllegalArgumentException if a kind is blank
     * @throws NullPointerException if the set or a kind is null
     */
    public ContactKinds {
        Set<String> lower = new LinkedHashSet<>();
        for (String k : excluded) {
            if (k.isBlank()) {
                throw new IllegalArgumentException("an excluded contact kind must not be blank");
            }
            lower.add(k.strip().toLowerCase(Locale.ROOT));
        }
        excluded = Set.copyOf(lower);
    }

    /**
     * The default rule: everything but survey answers, reviews and transfers is a contact.
     *
     * @return the default rule: everything but survey answers, reviews and transfers is a contact
     */
    public static ContactKinds defaults() {
        return DEFAULT;
    }

    private static final ContactKinds DEFAULT = new ContactKinds(DEFAULT_EXCLUDED);

    /**
     * Every interaction is a contact, whatever its kind (the rule before this setting existed).
     *
     * @return every interaction is a contact, whatever its kind (the rule before this setting existed)
     */
    public static ContactKinds all() {
        return new ContactKinds(Set.of());
    }

    /**
     * Parses a comma-separated list of excluded kinds, or {@code none} for {@link #all()}.
     *
     * @param text the text to parse
     * @return the kinds
     * @throws IllegalArgumentException if the text is blank or a kind in the list is blank
     */
    public static ContactKinds parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("excluded kinds must be a comma-separated list of kinds, or none");
        }
        if (s.equalsIgnoreCase("none")) {
            return all();
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (String part : s.split(",", -1)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("excluded kinds must not hold a blank kind, was '" + text + "'");
            }
            kinds.add(part);
        }
        return new ContactKinds(kinds);
    }

    /**
     * True if the interaction counts as a contact by its kind. Allocates nothing for lower-case kinds.
     *
     * @param interaction the interaction to add
     * @return true if the interaction counts as a contact by its kind
     */
    public boolean isContact(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        if (excluded.isEmpty()) {
            return true;
        }
        String kind = interaction.kind().orElse(null);
        if (kind == null) {
            return true;
        }
        return !excluded.contains(kind) && !excluded.contains(kind.toLowerCase(Locale.ROOT));
    }

    /** The spelling {@link #parse} accepts: sorted kinds, or {@code none}. */
    @Override
    public String toString() {
        return excluded.isEmpty() ? "none" : String.join(",", new TreeSet<>(excluded));
    }
}
