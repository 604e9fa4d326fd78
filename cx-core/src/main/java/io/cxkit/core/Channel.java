package io.cxkit.core;

/**
 * The medium of an interaction. Open: the constants are the well-known channels, and any other name a user
 * gives is a channel too. Names are normalised to trimmed lower case, so {@code Channel.of("Web")} equals
 * {@link #WEB}.
 *
 * @param name the normalised name
 */
public record Channel(String name) {
    /** Web site visits and forms. */
    public static final Channel WEB = new Channel("web");
    /** A native mobile application. */
    public static final Channel MOBILE_APP = new Channel("mobile_app");
    /** Email, inbound or outbound. */
    public static final Channel EMAIL = new Channel("email");
    /** Voice calls. */
    public static final Channel PHONE = new Channel("phone");
    /** Live chat or messaging with an agent or a bot. */
    public static final Channel CHAT = new Channel("chat");
    /** Social networks. */
    public static final Channel SOCIAL = new Channel("social");
    /** A physical store or branch. */
    public static final Channel STORE = new Channel("store");
    /** Text messages. */
    public static final Channel SMS = new Channel("sms");

    /**
     * @param name the normalised name
     * @throws IllegalArgumentException if the name is blank, longer than 200 characters or holds control
     *         characters
     */
    public Channel {
        name = OpenValues.normalise("channel", name);
    }

    /**
     * The channel with this name, normalised.
     *
     * @param name the normalised name
     * @return the channel with this name, normalised
     */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
