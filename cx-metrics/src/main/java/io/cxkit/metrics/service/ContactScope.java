package io.cxkit.metrics.service;

import io.cxkit.core.Channel;
import io.cxkit.core.Interaction;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which interactions a service metric counts as contacts: those on the given channels (all channels when the
 * set is empty), and only those handled by a human unless automated ones are included.
 *
 * @param channels the channels counted; empty means every channel
 * @param includeAutomated whether interactions handled by a bot or an automatic message count
 */
public record ContactScope(Set<Channel> channels, boolean includeAutomated) {
    /** The assisted-service channels: phone, chat, email, SMS and social. */
    public static final Set<Channel> ASSISTED_CHANNELS = Set.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL,
            Channel.SMS, Channel.SOCIAL);

    /**
     * @param channels the channels counted; empty means every channel
     * @param includeAutomated whether interactions handled by a bot or an automatic message count
     * @throws NullPointerException if the set or a channel is null
     */
    public ContactScope {
        channels = Set.copyOf(channels);
    }

    /**
     * Human-handled contacts on the {@link #ASSISTED_CHANNELS}: the default of the service metrics.
     *
     * @return human-handled contacts on the {@link #ASSISTED_CHANNELS}: the default of the service metrics
     */
    public static ContactScope assisted() {
        return new ContactScope(ASSISTED_CHANNELS, false);
    }

    /**
     * Human-handled contacts on every channel.
     *
     * @return human-handled contacts on every channel
     */
    public static ContactScope allChannels() {
        return new ContactScope(Set.of(), false);
    }

    /**
     * Parses a comma-separated channel list, or {@code all} for every channel, or {@code assisted} for the
     * {@link #ASSISTED_CHANNELS}; automated contacts are not included unless the text ends with
     * {@code +automated}, as {@link #describe()} writes it (so that every scope has a spelling).
     *
     * @param channelList the channel list
     * @return the scope
     * @throws IllegalArgumentException if the list is blank or a channel name is invalid
     */
    public static ContactScope parse(String channelList) {
        String s = channelList.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("+automated")) {
            ContactScope human = parse(s.substring(0, s.length() - "+automated".length()));
            return new ContactScope(human.channels(), true);
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("channel list must not be blank; use 'all', 'assisted' or names");
        }
        if (s.equals("all")) {
            return allChannels();
        }
        if (s.equals("assisted")) {
            return assisted();
        }
        Set<Channel> cs = new LinkedHashSet<>();
        for (String part : s.split(",")) {
            cs.add(Channel.of(part));
        }
        return new ContactScope(cs, false);
    }

    /**
     * The scope as a configuration value, the same text in every JVM: {@code all} or the sorted channel names,
     * then {@code +automated} if automated interactions count.
     *
     * @return the scope as a configuration value, the same text in every JVM: {@code all} or the sorted channel names,
     *         then {@code +automated} if automated interactions count
     */
    public String describe() {
        String cs = channels.isEmpty() ? "all" : String.join(",", channels.stream().map(Channel::name).sorted()
                .toList());
        return includeAutomated ? cs + "+automated" : cs;
    }

    /**
     * True if the interaction is a contact this scope counts. Allocates nothing.
     *
     * @param interaction the interaction to add
     * @return true if the interaction is a contact this scope counts
     */
    public boolean includes(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        return (includeAutomated || !interaction.automated())
                && (channels.isEmpty() || channels.contains(interaction.channel()));
    }
}
