package io.cxkit.metrics.weighting;

import io.cxkit.core.Customer;
import io.cxkit.core.Interaction;
import java.util.Locale;
import java.util.Optional;

/** How a target dimension's name reads a category from an interaction or a customer. */
final class RespondentDimension {
    private enum Field { CHANNEL, TOUCHPOINT, STAGE, KIND, OUTCOME, DIRECTION, SEGMENT, ATTRIBUTE }

    private final String name;
    private final Field field;
    private final String attribute;

    private RespondentDimension(String name, Field field, String attribute) {
        this.name = name;
        this.field = field;
        this.attribute = attribute;
    }

    static RespondentDimension parse(String dimension) {
        String d = dimension.strip();
        if (d.startsWith("attr.") && d.length() > 5) {
            return new RespondentDimension(d, Field.ATTRIBUTE, d.substring(5));
        }
        return switch (d.toLowerCase(Locale.ROOT)) {
            case "channel" -> new RespondentDimension(d, Field.CHANNEL, "");
            case "touchpoint" -> new RespondentDimension(d, Field.TOUCHPOINT, "");
            case "stage" -> new RespondentDimension(d, Field.STAGE, "");
            case "kind" -> new RespondentDimension(d, Field.KIND, "");
            case "outcome" -> new RespondentDimension(d, Field.OUTCOME, "");
            case "direction" -> new RespondentDimension(d, Field.DIRECTION, "");
            case "segment" -> new RespondentDimension(d, Field.SEGMENT, "");
            default -> new RespondentDimension(d, Field.ATTRIBUTE, d);
        };
    }

    String name() {
        return name;
    }

    /** True for the fields whose values the domain normalises to lower case. */
    boolean normalised() {
        return field != Field.ATTRIBUTE && field != Field.TOUCHPOINT && field != Field.SEGMENT;
    }

    Optional<String> of(Interaction i) {
        return switch (field) {
            case CHANNEL -> Optional.of(i.channel().name());
            case TOUCHPOINT -> Optional.of(i.touchpoint().id());
            case STAGE -> i.touchpoint().stage().map(s -> s.name());
            case KIND -> i.kind();
            case OUTCOME -> i.outcome().map(o -> o.name());
            case DIRECTION -> i.direction().map(x -> x.wireName());
            // As in breakdowns: an interaction's segment is its attribute "segment".
            case SEGMENT -> Optional.ofNullable(i.attributes().get("segment"));
            case ATTRIBUTE -> Optional.ofNullable(i.attributes().get(attribute));
        };
    }

    Optional<String> of(Customer c) {
        return switch (field) {
            case SEGMENT -> c.segment();
            case ATTRIBUTE -> Optional.ofNullable(c.attributes().get(attribute));
            default -> Optional.empty();
        };
    }
}
