package io.eventwire.sink.alert;

import io.eventwire.sink.rules.Outcome;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Alert ids are a function of what fired: SHA-256 (hex, 32 chars) of the rule name, the eventId and the outcome
 * label. A replay of the same events therefore yields the same ids, and consumers can drop duplicates by id.
 */
public final class AlertIds {

    private AlertIds() {
    }

    public static String of(String rule, String eventId, Outcome outcome) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] hash = sha.digest((rule + "\n" + eventId + "\n" + outcome.label()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
