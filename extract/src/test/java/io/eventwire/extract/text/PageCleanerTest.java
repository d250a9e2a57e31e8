package io.eventwire.extract.text;

import io.eventwire.extract.reference.ReferenceData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageCleanerTest {

    private static final PageCleaner CLEANER = new PageCleaner(ReferenceData.load().pageRules());

    private static String all(String text, List<Story> stories) {
        StringBuilder sb = new StringBuilder();
        for (Story s : stories) {
            for (Sentence x : s.sentences()) {
                sb.append(text, x.start(), x.end()).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void dropsCommentBoxesBannersAndTimeStamps() {
        String page = "Drone hits depot near the border\n\nWire Service7 hours ago\nA drone struck a fuel depot on"
                + " Sunday, officials said.\n\nLeave A Reply\n\nYour email address will not be published.\n\n"
                + "Related Posts\ntimean hour ago\nDOWNLOAD THE APP\n";
        List<Story> stories = CLEANER.clean(page);
        String kept = all(page, stories);
        assertThat(kept).contains("A drone struck a fuel depot on Sunday, officials said.");
        assertThat(kept).doesNotContain("Leave A Reply").doesNotContain("email address").doesNotContain("ago")
                .doesNotContain("DOWNLOAD");
    }

    @Test
    void splitsAggregatorPageIntoStoriesWithPublishers() {
        String page = "Ceasefire talks resume in Cairo\nCeasefire talks resume in Cairo\n\nReuters\n\n"
                + "Negotiators met again on Monday.\n\n"
                + "Floods cut roads across the north\nFloods cut roads across the north\n\nAl Arabiya\n\n"
                + "Heavy rain closed two highways.\n";
        List<Story> stories = CLEANER.clean(page);
        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).publisher()).isEqualTo("Reuters");
        assertThat(stories.get(1).publisher()).isEqualTo("Al Arabiya");
    }

    @Test
    void joinsOneWordPerLineExtraction() {
        String page = "The\nminister\nsaid\nthe\nconvoy\nwas\nhit\non\nTuesday.\n";
        List<Story> stories = CLEANER.clean(page);
        assertThat(stories.get(0).sentences()).hasSize(1);
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String page = "logo\n\nShare\nTroops shelled the village overnight. Two homes burned.\n";
        for (Story s : CLEANER.clean(page)) {
            for (Sentence x : s.sentences()) {
                assertThat(page.substring(x.start(), x.end())).doesNotStartWith(" ").isNotBlank();
            }
        }
        assertThat(all(page, CLEANER.clean(page))).isEqualTo("Troops shelled the village overnight.\nTwo homes burned.\n");
    }
}
