package io.eventwire.ingest.read;

import io.eventwire.schemas.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleParserTest {

    private static final Instant NOW = Instant.parse("2025-07-05T12:00:00Z");
    private final ArticleParser parser = new ArticleParser(1024 * 1024, Clock.fixed(NOW, ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void aTextFileTakesItsMetadataFromTheSidecar() throws IOException {
        Path txt = write("story.txt", "KYIV — Officials said the convoy arrived on Thursday.");
        write("story.json", """
                {"id": "story", "published": "2025-07-04", "publisher": "Example Wire",
                 "source": "https://example.org/story", "events": []}""");
        RawArticle article = parsedOne(txt);
        assertThat(article.getPublisher()).isEqualTo("Example Wire");
        assertThat(article.getUrl()).isEqualTo("https://example.org/story");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-07-04T00:00:00Z"));
        assertThat(article.getOrigin()).isEqualTo("story");
        assertThat(article.getContentType()).isEqualTo(ArticleParser.TEXT);
        assertThat(article.getFetchedAt()).isEqualTo(NOW);
    }

    @Test
    void theIdIgnoresWhitespaceAndFileNamesButNotTheText() throws IOException {
        String a = parsedOne(write("a.txt", "Two  leaders\r\nspoke by phone.")).getArticleId();
        String b = parsedOne(write("b.txt", "Two leaders spoke by phone.\n")).getArticleId();
        String c = parsedOne(write("c.txt", "Two leaders spoke by video.")).getArticleId();
        assertThat(a).isEqualTo(b).hasSize(32).isNotEqualTo(c);
    }

    @Test
    void htmlIsReducedToTextWithHeadMetadata() throws IOException {
        Path html = write("page.html", """
                <html><head><title>Strike hits port</title>
                <meta property="og:site_name" content="Harbour Post">
                <meta property="article:published_time" content="2025-07-03T09:15:00+02:00">
                <script>var tracking = 1;</script></head>
                <body><nav>Home | World</nav><h1>Strike hits port</h1>
                <p>A drone hit the port on Wednesday.</p><p>Two workers were hurt.</p></body></html>""");
        RawArticle article = parsedOne(html);
        assertThat(article.getTitle()).isEqualTo("Strike hits port");
        assertThat(article.getPublisher()).isEqualTo("Harbour Post");
        assertThat(article.getPublishedAt()).isEqualTo(Instant.parse("2025-07-03T07:15:00Z"));
        assertThat(article.getBody()).contains("A drone hit the port on Wednesday.\n\nTwo workers were hurt.")
                .doesNotContain("tracking").doesNotContain("Home | World");
    }

    @Test
    void jsonLinesGiveOneResultPerLineAndRejectTheBadOnes() throws IOException {
        Path jsonl = write("feed.jsonl", String.join("\n",
                "{\"url\": \"https://example.org/1\", \"published\": \"2025-07-01\", \"text\": \"First story text.\"}",
                "",
                "{\"url\": \"https://example.org/2\", \"text\": ",
                "{\"url\": \"https://example.org/3\", \"title\": \"no text here\"}",
                "{\"html\": \"<p>Second story text.</p>\", \"publisher\": \"Wire\"}"));
        List<ParseResult> results = parser.parse(jsonl);
        assertThat(results).hasSize(4);
        assertThat(((ParseResult.Parsed) results.get(0)).article().getOrigin()).isEqualTo("feed:1");
        assertThat(results.get(1)).isInstanceOf(ParseResult.Rejected.class);
        assertThat(((ParseResult.Rejected) results.get(1)).reason()).startsWith("malformed JSON line");
        assertThat(results.get(1).reference()).endsWith("feed.jsonl:3");
        assertThat(((ParseResult.Rejected) results.get(2)).reason()).contains("no \"text\"");
        RawArticle fromHtml = ((ParseResult.Parsed) results.get(3)).article();
        assertThat(fromHtml.getBody()).isEqualTo("Second story text.");
        assertThat(fromHtml.getContentType()).isEqualTo(ArticleParser.HTML);
    }

    @Test
    void badInputsAreRejectedWithAReason() throws IOException {
        assertThat(reason(write("empty.txt", "  \n\n "))).isEqualTo("empty article: no text");
        assertThat(reason(writeBytes("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'x'})))
                .isEqualTo("not valid UTF-8 text");
        assertThat(reason(writeBytes("blob.txt", new byte[] {'P', 'K', 0, 3, 4, 0, 0})))
                .isEqualTo("binary content, not text");
        assertThat(reason(write("blank.html", "<html><body><script>x()</script></body></html>")))
                .isEqualTo("HTML page with no text");
        assertThat(reason(write("notes.md", "# not an article"))).startsWith("unsupported file type");

        write("future.json", "{\"published\": \"2031-01-01\"}");
        assertThat(reason(write("future.txt", "Text."))).contains("is in the future");
        write("baddate.json", "{\"published\": \"last Thursday\"}");
        assertThat(reason(write("baddate.txt", "Text."))).isEqualTo("unparseable published date 'last Thursday'");
        write("brokenmeta.json", "{\"published\": ");
        assertThat(reason(write("brokenmeta.txt", "Text."))).startsWith("metadata file brokenmeta.json is not valid JSON");
    }

    @Test
    void anArticleNotInEnglishIsRejected() throws IOException {
        assertThat(reason(write("german.txt", EnglishTextTest.GERMAN))).isEqualTo("text is not English");
        ParseResult line = parser.parseJsonLine("feed.jsonl:3", "feed:3",
                "{\"text\": \"" + EnglishTextTest.RUSSIAN + "\", \"published\": \"2025-07-01\"}");
        assertThat(line).isInstanceOf(ParseResult.Rejected.class);
        assertThat(((ParseResult.Rejected) line).reason()).isEqualTo("text is not English");
    }

    @Test
    void anArticleOverTheSizeLimitIsRejectedWithoutItsPayload() throws IOException {
        ArticleParser small = new ArticleParser(100, Clock.fixed(NOW, ZoneOffset.UTC));
        List<ParseResult> results = small.parse(write("big.txt", "word ".repeat(50)));
        ParseResult.Rejected rejected = (ParseResult.Rejected) results.get(0);
        assertThat(rejected.reason()).isEqualTo("article of 250 bytes is over the size limit of 100 bytes");
        assertThat(rejected.payload()).isNull();
    }

    @Test
    void aFolderScanTakesArticlesAndListsTheRestAsSkipped() throws IOException {
        write("one.txt", "A.");
        write("one.json", "{}");
        write("README.md", "about");
        write("orphan.json", "{}");
        Files.createDirectories(dir.resolve("sub"));
        write("sub/two.html", "<p>B.</p>");
        InputScanner.Scan scan = InputScanner.scan(List.of(dir, dir.resolve("absent.txt")));
        assertThat(scan.inputs()).containsExactly(dir.resolve("one.txt"), dir.resolve("sub/two.html"));
        assertThat(scan.skipped()).containsExactlyInAnyOrder(dir.resolve("orphan.json"), dir.resolve("README.md"));
        assertThat(scan.missing()).containsExactly(dir.resolve("absent.txt"));
    }

    private RawArticle parsedOne(Path file) {
        List<ParseResult> results = parser.parse(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).as("parse %s: %s", file, results.get(0)).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) results.get(0)).article();
    }

    private String reason(Path file) {
        List<ParseResult> results = parser.parse(file);
        assertThat(results).hasSize(1);
        assertThat(results.get(0)).as("parse %s", file).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) results.get(0)).reason();
    }

    private Path write(String name, String content) throws IOException {
        return writeBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }
}
