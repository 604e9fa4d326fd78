package io.cxkit.journey.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The rules of identity stitching: which identifier types exist, in priority order (the first is the strongest,
 * and names the resolved customer), each with a per-customer limit, and which values are junk.
 *
 * <p>The defaults follow the practice of Segment, RudderStack, Mixpanel and PostHog (shared/vectors/journey.md
 * "Identity resolution"): {@code customer} (the record's customer id, when resolved), {@code crm} and
 * {@code loyalty} are
 * unique; a customer may hold at most 5 {@code email}s (case-insensitive) and 5 {@code phone}s, 20
 * {@code device}s and 50 {@code cookie}s or {@code anonymous_id}s. Blocked values, compared after stripping and
 * without case: {@code ""}, {@code null}, {@code 0}, {@code undefined}, {@code anonymous}, plus any added.
 * Identifiers of types not listed are ignored and counted.
 *
 * @param types the identifier types, strongest first, names distinct
 * @param blocked the blocked values, lower case
 */
public record StitchSettings(List<IdentifierType> types, Set<String> blocked) {

    /** The type name under which a record's customer id takes part in stitching. */
    public static final String CUSTOMER = "customer";

    /** The values that are never identifiers, whatever the settings add. */
    public static final Set<String> DEFAULT_BLOCKED = Set.of("", "null", "0", "undefined", "anonymous");

    /**
     * @param types the identifier types, strongest first, names distinct
     * @param blocked the blocked values, lower case
     * @throws IllegalArgumentException if there is no type or two types share a name
     */
    public StitchSettings {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("stitch settings need at least one identifier type, had 0");
        }
        Set<String> names = new LinkedHashSet<>();
        for (IdentifierType t : types) {
            if (!names.add(t.name())) {
                throw new IllegalArgumentException("identifier type " + t.name() + " is listed twice");
            }
        }
        Set<String> b = new LinkedHashSet<>(DEFAULT_BLOCKED);
        for (String v : Objects.requireNonNull(blocked, "blocked must not be null")) {
            b.add(v.strip().toLowerCase(Locale.ROOT));
        }
        blocked = Set.copyOf(b);
    }

    /**
     * The default settings described above.
     *
     * @return the default settings described above
     */
    public static StitchSettings defaults() {
        return new StitchSettings(List.of(
                new IdentifierType(CUSTOMER, 1, false),
                new IdentifierType("crm", 1, false),
                new IdentifierType("loyalty", 1, false),
                new IdentifierType("email", 5, true),
                new IdentifierType("phone", 5, false),
                new IdentifierType("device", 20, false),
                new IdentifierType("cookie", 50, false),
                new IdentifierType("anonymous_id", 50, false)), Set.of());
    }

    /**
     * These settings with more blocked values (compared stripped and without case).
     *
     * @param values the values
     * @return these settings with more blocked values (compared stripped and without case)
     */
    public StitchSettings withBlocked(String... values) {
        Set<String> b = new LinkedHashSet<>(blocked);
        b.addAll(List.of(values));
        return new StitchSettings(types, b);
    }

    /**
     * These settings without one type, whose identifiers then take no part (and, for an {@code id.TYPE}, are
     * counted as ignored); for example without {@link #CUSTOMER}, to stitch from the identifiers alone when the
     * records' customer ids are not to be trusted (records without one need no such setting).
     *
     * @param name the name
     * @return these settings without one type, whose identifiers then take no part (and, for an {@code id.TYPE}, are
     *         counted as ignored); for example without {@link #CUSTOMER}, to stitch from the identifiers alone when the
     *         records' customer ids are not to be trusted (records without one need no such setting)
     * @throws IllegalArgumentException if no type would be left
     */
    public StitchSettings withoutType(String name) {
        List<IdentifierType> out = new ArrayList<>(types);
        out.removeIf(t -> t.name().equals(name));
        return new StitchSettings(out, blocked);
    }

    /**
     * These settings with one type's limit changed, or the type added last (weakest) if new.
     *
     * @param type the type
     * @return these settings with one type's limit changed, or the type added last (weakest) if new
     */
    public StitchSettings withType(IdentifierType type) {
        List<IdentifierType> out = new ArrayList<>();
        boolean replaced = false;
        for (IdentifierType t : types) {
            if (t.name().equals(type.name())) {
                out.add(type);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(type);
        }
        return new StitchSettings(out, blocked);
    }

    /**
     * The index (priority, 0 strongest) of a type name, or -1 if not listed.
     *
     * @param typeName the type name
     * @return the index (priority, 0 strongest) of a type name, or -1 if not listed
     */
    public int indexOf(String typeName) {
        String n = typeName.strip().toLowerCase(Locale.ROOT);
        for (int k = 0; k < types.size(); k++) {
            if (types.get(k).name().equals(n)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether a raw value is junk under these settings.
     *
     * @param value the value
     * @return whether a raw value is junk under these settings
     */
    public boolean isBlocked(String value) {
        return blocked.contains(value.strip().toLowerCase(Locale.ROOT));
    }
}
