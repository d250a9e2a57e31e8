package io.eventwire.app.generate;

import io.eventwire.ingest.read.ArticleIds;
import io.eventwire.schemas.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates news-style articles of 2-8 KB from sentence shapes of our own ({@code templates.tsv}): a share of
 * them report an event (a strike with its toll, a leader call, a prisoner swap, an arms pause), some retell an
 * earlier event as another outlet would, the rest are ordinary news. Deterministic for a seed, so a clean run and
 * a disturbed run see the same articles. The scenario data is broad (theatres with many cities, leaders paired at
 * random, several supply routes and swap parties) so that independent new events rarely look like one event to
 * the merge step, as in real news; a narrow pool made hundreds of unrelated reports into one event.
 */
public final class ArticleGenerator {

    private static final String[] OUTLETS = {"Northern Courier", "Meridian Wire", "Harbour Post", "Daily Ledger",
            "Evening Review", "Continental Press"};
    private static final List<String> EVENT_KINDS = List.of("STRIKE", "STRIKE", "STRIKE", "CALL", "SWAP", "PAUSE");

    private final SplittableRandom random;
    private final Map<String, List<String>> templates = new HashMap<>();
    private final Map<String, List<String>> words = new HashMap<>();
    private final List<String[]> theatres = new ArrayList<>();
    private final List<String[]> leaders = new ArrayList<>();
    private final List<String[]> supplies = new ArrayList<>();
    private final List<String[]> swapParties = new ArrayList<>();
    private static final int ARTICLES_PER_DAY = 2000;
    private final double eventShare;
    private final double retellShare;
    private final LocalDate firstDay;
    private final List<Map<String, String>> recentEvents = new ArrayList<>();
    private long sequence;

    /**
     * @param eventShare  share of articles that report a new event
     * @param retellShare share of articles that retell a recent event in other words (another outlet's report)
     */
    public ArticleGenerator(long seed, double eventShare, double retellShare, LocalDate firstDay) {
        this.random = new SplittableRandom(seed);
        this.eventShare = eventShare;
        this.retellShare = retellShare;
        this.firstDay = firstDay;
        load();
    }

    /** Realistic defaults: 30 % new events, 10 % retold by another outlet. */
    public static ArticleGenerator realistic(long seed) {
        return new ArticleGenerator(seed, 0.30, 0.10, LocalDate.of(2025, 9, 1));
    }

    /** One article, as ingest would publish it (fetchedAt set by the caller). */
    public RawArticle next(Instant fetchedAt) {
        long n = sequence++;
        LocalDate published = firstDay.plusDays(n / ARTICLES_PER_DAY);
        Map<String, String> event = null;
        double roll = random.nextDouble();
        if (roll < retellShare && !recentEvents.isEmpty()) {
            event = new HashMap<>(recentEvents.get(random.nextInt(recentEvents.size())));
        } else if (roll < retellShare + eventShare) {
            event = newEvent(published);
            recentEvents.add(event);
            if (recentEvents.size() > 50) {
                recentEvents.remove(0);
            }
        }
        String outlet = OUTLETS[random.nextInt(OUTLETS.length)];
        StringBuilder text = new StringBuilder();
        String kind = event == null ? "NONE" : event.get("kind");
        text.append(fill(pick("TITLE_" + kind), event)).append("\n\n");
        text.append(published.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)).append(' ')
                .append(published).append("\n\n");
        if (event != null) {
            text.append(fill(pick(kind), event)).append(' ');
        }
        int targetSize = 2048 + random.nextInt(6 * 1024);
        int sentencesInParagraph = 0;
        while (text.length() < targetSize) {
            text.append(fill(pick("FILLER"), event));
            if (++sentencesInParagraph == 4) {
                text.append("\n\n");
                sentencesInParagraph = 0;
            } else {
                text.append(' ');
            }
        }
        String body = text.toString().strip();
        String url = "https://news.example/" + outlet.toLowerCase(Locale.ROOT).replace(' ', '-') + "/" + n;
        return RawArticle.newBuilder()
                .setArticleId(ArticleIds.of(url, body))
                .setUrl(url)
                .setPublisher(outlet)
                .setPublishedAt(publishedAt(published, n))
                .setFetchedAt(fetchedAt)
                .setTitle(null)
                .setBody(body)
                .setContentType("text/plain")
                .setOrigin("generated-" + n)
                .build();
    }

    /**
     * Articles come out through the day, in order, as on a wire; some reach us up to a quarter of an hour late
     * (arriving after articles published later).
     */
    private Instant publishedAt(LocalDate day, long n) {
        long secondOfDay = (n % ARTICLES_PER_DAY) * (86_400 / ARTICLES_PER_DAY) - random.nextInt(900);
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(Math.max(0, secondOfDay));
    }

    private Map<String, String> newEvent(LocalDate published) {
        Map<String, String> e = new HashMap<>();
        String kind = EVENT_KINDS.get(random.nextInt(EVENT_KINDS.size()));
        e.put("kind", kind);
        // The event happened one to three days before publication: "on <weekday>" resolves to it.
        DayOfWeek day = published.minusDays(1 + random.nextInt(3)).getDayOfWeek();
        e.put("weekday", day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        String[] theatre = theatres.get(random.nextInt(theatres.size()));
        String[] cities = theatre[2].split(",");
        e.put("landed", theatre[0]);
        e.put("attackerAdj", theatre[1]);
        boolean vowel = "AEIO".indexOf(theatre[1].charAt(0)) >= 0; // "a Ukrainian", "a U.S.": a consonant sound
        e.put("A", vowel ? "An" : "A");
        e.put("a", vowel ? "an" : "a");
        e.put("city", cities[random.nextInt(cities.length)]);
        e.put("CITY", e.get("city").toUpperCase(Locale.ROOT));
        e.put("killed", String.valueOf(2 + random.nextInt(30)));
        e.put("wounded", String.valueOf(5 + random.nextInt(60)));
        // Any two leaders of different countries (one leader per country in the data).
        int first = random.nextInt(leaders.size());
        int second = (first + 1 + random.nextInt(leaders.size() - 1)) % leaders.size();
        String[] leaderA = leaders.get(first);
        String[] leaderB = leaders.get(second);
        e.put("titleA", leaderA[0]);
        e.put("leaderA", leaderA[1]);
        e.put("officeA", leaderA[2]);
        e.put("titleB", leaderB[0]);
        e.put("leaderB", leaderB[1]);
        String[] supply = supplies.get(random.nextInt(supplies.size()));
        e.put("supplier", supply[0]);
        e.put("recipient", supply[1]);
        e.put("government", supply[2]);
        String[] parties = swapParties.get(random.nextInt(swapParties.size()));
        e.put("partyA", parties[0]);
        e.put("partyB", parties[1]);
        e.put("prisoners", String.valueOf(50 + random.nextInt(250)));
        for (var entry : words.entrySet()) {
            e.put(entry.getKey(), entry.getValue().get(random.nextInt(entry.getValue().size())));
        }
        return e;
    }

    private String pick(String kind) {
        List<String> options = templates.get(kind);
        return options.get(random.nextInt(options.size()));
    }

    private static String fill(String template, Map<String, String> values) {
        if (values == null) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String value = values.get(template.substring(open + 1, close));
            out.append(value == null ? template.substring(open, close + 1) : value);
            i = close + 1;
        }
        return out.toString();
    }

    private void load() {
        try (InputStream in = ArticleGenerator.class.getResourceAsStream("templates.tsv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 2);
                String[] fields = columns[1].split("\\|");
                switch (columns[0]) {
                    case "THEATRE" -> theatres.add(fields);
                    case "LEADER" -> leaders.add(fields);
                    case "SUPPLY" -> supplies.add(fields);
                    case "SWAP_PARTIES" -> swapParties.add(fields);
                    case "WORDS" -> words.put(fields[0], List.of(fields[1].split(",")));
                    default -> templates.computeIfAbsent(columns[0], k -> new ArrayList<>()).add(columns[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the article templates", e);
        }
    }
}
