package io.eventwire.ingest.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reduces an HTML page to its title, text and the metadata its head declares. */
public final class HtmlText {

    private HtmlText() {
    }

    public record Page(String text, ArticleMetadata metadata) {
    }

    public static Page parse(String html, String baseUri) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        doc.select("script, style, noscript, template, svg, iframe, nav, footer, form").remove();
        String title = doc.title().isBlank() ? null : doc.title().strip();
        ArticleMetadata meta = new ArticleMetadata(
                meta(doc, "meta[property=og:url]", "link[rel=canonical]"),
                meta(doc, "meta[property=og:site_name]", "meta[name=publisher]"),
                publishedOrNull(meta(doc, "meta[property=article:published_time]", "meta[name=date]")),
                title);
        // Block elements become paragraphs so that sentences of different blocks are not glued together.
        Element body = doc.body();
        StringBuilder text = new StringBuilder();
        for (Element block : body.select("h1, h2, h3, h4, p, li, blockquote, pre, td, div:not(:has(div, p, li))")) {
            String blockText = block.text().strip();
            if (!blockText.isEmpty() && block.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
                text.append(blockText).append("\n\n");
            }
        }
        String result = text.isEmpty() ? body.text() : text.toString();
        return new Page(result.strip(), meta);
    }

    private static String meta(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element element = doc.selectFirst(selector);
            if (element != null) {
                String value = element.hasAttr("content") ? element.attr("content") : element.attr("href");
                if (!value.isBlank()) {
                    return value.strip();
                }
            }
        }
        return null;
    }

    private static java.time.Instant publishedOrNull(String value) {
        try {
            return ArticleMetadata.parsePublished(value);
        } catch (ArticleMetadata.InvalidMetadataException e) {
            return null; // A bad meta tag is not the article's fault; a sidecar can still supply the date.
        }
    }
}
