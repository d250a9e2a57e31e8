package io.eventwire.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Metadata of an article: from a sidecar {@code <stem>.json}, a JSON line, or HTML meta tags.
 * Field names follow the evaluation gold format ({@code published}, {@code publisher}, {@code source}); common
 * alternatives ({@code url}, {@code publishedAt}, {@code date}) are accepted too.
 */
public record ArticleMetadata(String url, String publisher, Instant publishedAt, String title) {

    public static final ArticleMetadata NONE = new ArticleMetadata(null, null, null, null);

    /** Reads metadata from a JSON object; a present but unparseable date is an error, not a silent null. */
    public static ArticleMetadata fromJson(JsonNode json) throws InvalidMetadataException {
        String url = text(json, "url");
        String source = text(json, "source");
        if (url == null && source != null && (source.startsWith("http://") || source.startsWith("https://"))) {
            url = source;
        }
        String published = firstText(json, "published", "publishedAt", "published_at", "date");
        return new ArticleMetadata(url, text(json, "publisher"), parsePublished(published), text(json, "title"));
    }

    /** Values present here win over those of {@code fallback}. */
    public ArticleMetadata orElse(ArticleMetadata fallback) {
        return new ArticleMetadata(
                url != null ? url : fallback.url,
                publisher != null ? publisher : fallback.publisher,
                publishedAt != null ? publishedAt : fallback.publishedAt,
                title != null ? title : fallback.title);
    }

    /**
     * Parses a publication time: ISO date (midnight UTC), ISO date-time with or without offset (UTC assumed), or
     * RFC 1123 as in feeds. Null stays null.
     */
    public static Instant parsePublished(String value) throws InvalidMetadataException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (Character.isDigit(v.charAt(0))) {
                try {
                    return OffsetDateTime.parse(v).toInstant();
                } catch (DateTimeParseException e) {
                    return java.time.LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
                }
            }
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidMetadataException("unparseable published date '" + v + "'");
        }
    }

    private static String firstText(JsonNode json, String... names) {
        for (String name : names) {
            String value = text(json, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode json, String name) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        String value = node.asText().strip();
        return value.isEmpty() ? null : value;
    }

    /** Metadata that is present but wrong: the article goes to the dead-letter topic with this message. */
    public static final class InvalidMetadataException extends Exception {
        public InvalidMetadataException(String message) {
            super(message);
        }
    }
}
