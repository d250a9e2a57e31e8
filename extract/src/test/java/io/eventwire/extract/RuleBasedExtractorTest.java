package io.eventwire.extract;

import io.eventwire.extract.model.Article;
import io.eventwire.extract.model.ExtractedEvent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class RuleBasedExtractorTest {

    private static final String[] TEXTS = {
        "A Russian missile hit a market in Kupiansk on Monday, killing six people and wounding 11, officials said.",
        "Turkish President Recep Tayyip Erdogan spoke by phone with his Russian counterpart on Tuesday.",
        "Russia and Ukraine exchanged 75 prisoners of war from each side on Sunday.",
        "Canada will halt arms exports to Israel, the foreign minister said on Friday.",
    };

    @Test
    void sharedInstanceGivesTheSameResultsFromManyThreads() throws Exception {
        RuleBasedExtractor x = new RuleBasedExtractor();
        LocalDate pub = LocalDate.of(2024, 3, 20);
        List<List<ExtractedEvent>> expected = new ArrayList<>();
        for (String t : TEXTS) {
            expected.add(x.extract(new Article("a", t, pub, null)));
        }
        assertThat(expected).allSatisfy(l -> assertThat(l).hasSize(1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int r = 0; r < 400; r++) {
                final int k = r % TEXTS.length;
                fs.add(pool.submit(() -> x.extract(new Article("a", TEXTS[k], pub, null)).equals(expected.get(k))));
            }
            for (Future<Boolean> f : fs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noEventsInTextWithoutEvents() {
        RuleBasedExtractor x = new RuleBasedExtractor();
        assertThat(x.extract(new Article("a", "", LocalDate.of(2024, 1, 1), null))).isEmpty();
        assertThat(x.extract(new Article("a", "Markets rallied on Monday after the rate decision.", null, null)))
                .isEmpty();
        assertThat(x.version()).isEqualTo(RuleBasedExtractor.VERSION);
    }
}
