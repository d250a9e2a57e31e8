package io.eventwire.extract.model;

/** The closed set of event types, each with its CAMEO code. */
public enum EventType {
    LEADER_CALL("041"),
    ARMS_PAUSE("1622"),
    PRISONER_SWAP("0841"),
    STRIKE("190");

    private final String defaultCameo;

    EventType(String defaultCameo) {
        this.defaultCameo = defaultCameo;
    }

    public String defaultCameo() {
        return defaultCameo;
    }
}
