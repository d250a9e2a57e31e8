package io.eventwire.app.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.eventwire.app.generate.ArticleGenerator;
import io.eventwire.schemas.RawArticle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The chaos test's input, written as files for ingest: generated articles (deterministic for a seed) as JSON lines
 * in chunks, with bad inputs of every kind mixed in, as lines of the chunks and as files of their own. Every bad
 * input gives exactly one dead letter; {@link #rawGarbage()} and {@link #eventGarbage()} are records that go straight to
 * articles.raw and events, for the Streams stages to dead-letter.
 */
public final class ChaosCorpus {

    /** Kinds of bad JSON line, each with the dead letter reason it gets (a prefix of it). */
    static final List<String[]> BAD_LINES = List.of(
            new String[]{"{\"text\": \"cut off", "malformed JSON line"},
            new String[]{"[\"an\", \"array\"]", "JSON line is not an object"},
            new String[]{"{\"title\": \"no text\"}", "JSON line has no \"text\""},
            new String[]{"{\"text\": \"   \"}", "empty article: no text"},
            new String[]{"{\"text\": \"Officials said the talks went on.\", \"published\": \"2999-01-01\"}",
                    "published date 2999-01-01T00:00:00Z is in the future"},
            new String[]{"{\"text\": \"Officials said the talks went on.\", \"published\": \"last Thursday\"}",
                    "unparseable published date"},
            new String[]{"{\"html\": \"<html><head><script>var a = 1;</script></head><body> </body></html>\"}",
                    "HTML page with no text"},
            new String[]{"{\"text\": \"Bei einem Raketenangriff auf die Stadt sind nach Angaben der örtlichen Behörden "
                    + "mindestens zwölf Menschen getötet worden. Dutzende weitere wurden verletzt, als die Geschosse am "
                    + "frühen Morgen in ein Wohnviertel einschlugen, teilte der Bürgermeister mit.\"}",
                    "text is not English"},
            new String[]{"{\"text\": \"a\\u0000\\u0001\\u0002\\u0003 binary\"}", "binary content, not text"});

    /** Kinds of bad file. */
    enum BadFile { EMPTY, BINARY, INVALID_UTF8, OVERSIZE }

    private final List<Path> chunks;
    private final List<Path> badFiles;
    private final int articles;
    private final int badInputs;
    private final int garbageRecords;

    private ChaosCorpus(List<Path> chunks, List<Path> badFiles, int articles, int badInputs, int garbageRecords) {
        this.chunks = chunks;
        this.badFiles = badFiles;
        this.articles = articles;
        this.badInputs = badInputs;
        this.garbageRecords = garbageRecords;
    }

    /**
     * @param articles generated articles
     * @param bad      bad inputs in all: a few whole files, a few records for the Streams stages, the rest JSON lines
     */
    public static ChaosCorpus write(Path dir, int articles, int bad, int chunkCount, long seed, long maxArticleBytes) {
        try {
            Files.createDirectories(dir);
            ObjectMapper json = new ObjectMapper();
            ArticleGenerator generator = ArticleGenerator.realistic(seed);
            int garbage = Math.min(bad / 10, 20);
            int files = Math.min(bad - garbage, BadFile.values().length);
            int lines = bad - garbage - files;
            List<Path> chunks = new ArrayList<>();
            int written = 0;
            int badWritten = 0;
            for (int c = 0; c < chunkCount; c++) {
                Path chunk = dir.resolve(String.format("articles-%03d.jsonl", c));
                int until = (int) ((long) articles * (c + 1) / chunkCount);
                int badUntil = (int) ((long) lines * (c + 1) / chunkCount);
                try (BufferedWriter out = Files.newBufferedWriter(chunk, StandardCharsets.UTF_8)) {
                    int inChunk = until - written;
                    int badInChunk = badUntil - badWritten;
                    int every = Math.max(1, inChunk / Math.max(1, badInChunk));
                    for (int i = 0; written < until; i++) {
                        RawArticle article = generator.next(Instant.EPOCH);
                        ObjectNode line = json.createObjectNode();
                        line.put("text", article.getBody());
                        line.put("url", article.getUrl());
                        line.put("publisher", article.getPublisher());
                        line.put("published", article.getPublishedAt().toString());
                        out.write(json.writeValueAsString(line));
                        out.write('\n');
                        written++;
                        if (badWritten < badUntil && i % every == every - 1) {
                            out.write(BAD_LINES.get(badWritten % BAD_LINES.size())[0]);
                            out.write('\n');
                            badWritten++;
                        }
                    }
                    while (badWritten < badUntil) {
                        out.write(BAD_LINES.get(badWritten % BAD_LINES.size())[0]);
                        out.write('\n');
                        badWritten++;
                    }
                }
                chunks.add(chunk);
            }
            List<Path> badFiles = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                BadFile kind = BadFile.values()[f];
                Path file = dir.resolve("bad-" + kind.name().toLowerCase() + ".txt");
                switch (kind) {
                    case EMPTY -> Files.write(file, new byte[0]);
                    case BINARY -> Files.write(file, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 8, 0, 0});
                    case INVALID_UTF8 -> Files.write(file, new byte[]{'c', 'a', 'f', (byte) 0xC3, '(', ' ', 'o', 'k'});
                    case OVERSIZE -> Files.writeString(file, "word ".repeat((int) (maxArticleBytes / 5) + 1));
                }
                badFiles.add(file);
            }
            return new ChaosCorpus(chunks, badFiles, articles, bad, garbage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chaos corpus in " + dir, e);
        }
    }

    /** The chunks of JSON lines, in ingest order. */
    public List<Path> chunks() {
        return chunks;
    }

    /** Files that are bad as a whole (empty, binary, not UTF-8, over the size limit). */
    public List<Path> badFiles() {
        return badFiles;
    }

    public int articles() {
        return articles;
    }

    /** Bad inputs sent in all: each must give exactly one dead letter. */
    public int expectedDeadLetters() {
        return badInputs;
    }

    /** Records that do not decode, written straight to articles.raw: the extract stage dead-letters them. */
    public List<byte[]> rawGarbage() {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < garbageRecords - garbageRecords / 2; i++) {
            records.add(("not an Avro raw article #" + i).getBytes(StandardCharsets.UTF_8));
        }
        return records;
    }

    /** Records that do not decode, written straight to events: the sink's deserialization handler dead-letters them. */
    public List<byte[]> eventGarbage() {
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < garbageRecords / 2; i++) {
            records.add(new byte[]{(byte) 0xC3, 0x01, (byte) i, 0, 0});
        }
        return records;
    }
}
