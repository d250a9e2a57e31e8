package io.eventwire.ingest.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.eventwire.ingest.read.ArticleMetadata.InvalidMetadataException;
import io.eventwire.schemas.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns input files into raw articles, or into rejections with a reason a person can act on. Formats:
 * {@code .txt} (with an optional sidecar {@code <stem>.json} of metadata), {@code .html}/{@code .htm} (text and
 * head metadata; a sidecar wins), {@code .jsonl} (one article object per line: text or html, plus metadata).
 */
public final class ArticleParser {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    public static final String JSON_LINES = "application/x-ndjson";

    /** Dead letters carry the original bytes up to this size; larger inputs are referenced by path only. */
    static final int MAX_PAYLOAD_BYTES = 64 * 1024;
    /** Clock skew tolerated before a published date counts as "in the future". */
    static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxArticleBytes;
    private final Clock clock;

    public ArticleParser(long maxArticleBytes, Clock clock) {
        this.maxArticleBytes = maxArticleBytes;
        this.clock = clock;
    }

    /** The content type of a file this parser reads, or null if the extension is not an article format. */
    public static String contentTypeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        return null;
    }

    public List<ParseResult> parse(Path file) {
        String reference = file.toString();
        String contentType = contentTypeOf(file);
        if (contentType == null) {
            return List.of(new ParseResult.Rejected(reference, "unsupported file type (expected .txt, .html, .jsonl)", null));
        }
        try {
            if (contentType.equals(JSON_LINES)) {
                return parseJsonLines(file);
            }
            long size = Files.size(file);
            if (size > maxArticleBytes) {
                return List.of(tooLarge(reference, size));
            }
            byte[] bytes = Files.readAllBytes(file);
            ArticleMetadata sidecar = readSidecar(file);
            return List.of(parseDocument(reference, stem(file), bytes, contentType, sidecar));
        } catch (InvalidMetadataException e) {
            return List.of(new ParseResult.Rejected(reference, e.getMessage(), null));
        } catch (IOException e) {
            return List.of(new ParseResult.Rejected(reference, "cannot read file: " + e.getMessage(), null));
        }
    }

    /** One document (text or HTML) with the metadata known from outside it. */
    public ParseResult parseDocument(String reference, String origin, byte[] bytes, String contentType,
                                     ArticleMetadata metadata) {
        if (bytes.length > maxArticleBytes) {
            return tooLarge(reference, bytes.length);
        }
        String decoded;
        try {
            decoded = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return reject(reference, "not valid UTF-8 text", bytes);
        }
        if (looksBinary(decoded)) {
            return reject(reference, "binary content, not text", bytes);
        }
        String body = decoded;
        ArticleMetadata meta = metadata;
        if (contentType.equals(HTML)) {
            HtmlText.Page page = HtmlText.parse(decoded, metadata.url());
            body = page.text();
            meta = metadata.orElse(page.metadata());
            if (body.isBlank()) {
                return reject(reference, "HTML page with no text", bytes);
            }
        }
        return article(reference, origin, body, contentType, meta, bytes);
    }

    private ParseResult article(String reference, String origin, String body, String contentType,
                                ArticleMetadata meta, byte[] original) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        if (text.isBlank()) {
            return reject(reference, "empty article: no text", original);
        }
        Instant now = clock.instant();
        if (meta.publishedAt() != null && meta.publishedAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            return reject(reference, "published date " + meta.publishedAt() + " is in the future", original);
        }
        if (!EnglishText.looksEnglish(text)) {
            return reject(reference, "text is not English", original);
        }
        RawArticle article = RawArticle.newBuilder()
                .setArticleId(ArticleIds.of(meta.url(), text))
                .setUrl(meta.url())
                .setPublisher(meta.publisher())
                .setPublishedAt(meta.publishedAt())
                .setFetchedAt(now)
                .setTitle(meta.title())
                .setBody(text)
                .setContentType(contentType)
                .setOrigin(origin)
                .build();
        return new ParseResult.Parsed(reference, article);
    }

    private List<ParseResult> parseJsonLines(Path file) throws IOException {
        List<ParseResult> results = new ArrayList<>();
        String origin = stem(file);
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(in,
                     StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                results.add(parseJsonLine(file + ":" + lineNumber, origin + ":" + lineNumber, line));
            }
        }
        if (results.isEmpty()) {
            results.add(new ParseResult.Rejected(file.toString(), "empty JSON lines file: no article", null));
        }
        return results;
    }

    ParseResult parseJsonLine(String reference, String origin, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxArticleBytes) {
            return tooLarge(reference, bytes.length);
        }
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return reject(reference, "malformed JSON line: " + e.getOriginalMessage(), bytes);
        }
        if (!json.isObject()) {
            return reject(reference, "JSON line is not an object", bytes);
        }
        ArticleMetadata meta;
        try {
            meta = ArticleMetadata.fromJson(json);
        } catch (InvalidMetadataException e) {
            return reject(reference, e.getMessage(), bytes);
        }
        JsonNode html = json.get("html");
        if (html != null && html.isTextual()) {
            return parseDocument(reference, origin, html.asText().getBytes(StandardCharsets.UTF_8), HTML, meta);
        }
        JsonNode text = json.has("text") ? json.get("text") : json.has("body") ? json.get("body") : json.get("content");
        if (text == null || !text.isTextual()) {
            return reject(reference, "JSON line has no \"text\" (or \"body\", \"html\") string", bytes);
        }
        if (looksBinary(text.asText())) {
            return reject(reference, "binary content, not text", bytes);
        }
        return article(reference, origin, text.asText(), JSON_LINES, meta, bytes);
    }

    private ArticleMetadata readSidecar(Path file) throws IOException, InvalidMetadataException {
        Path sidecar = file.resolveSibling(stem(file) + ".json");
        if (!Files.isRegularFile(sidecar)) {
            return ArticleMetadata.NONE;
        }
        JsonNode json;
        try {
            json = JSON.readTree(sidecar.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidMetadataException("metadata file " + sidecar.getFileName() + " is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidMetadataException("metadata file " + sidecar.getFileName() + " is not a JSON object");
        }
        return ArticleMetadata.fromJson(json);
    }

    private ParseResult tooLarge(String reference, long size) {
        return new ParseResult.Rejected(reference,
                "article of " + size + " bytes is over the size limit of " + maxArticleBytes + " bytes", null);
    }

    private static ParseResult reject(String reference, String reason, byte[] original) {
        return new ParseResult.Rejected(reference, reason, original.length <= MAX_PAYLOAD_BYTES ? original : null);
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** NUL or a high share of control characters means a binary file that happens to decode. */
    static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    public static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
