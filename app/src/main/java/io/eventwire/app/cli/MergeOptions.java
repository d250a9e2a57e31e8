package io.eventwire.app.cli;

import io.eventwire.extract.merge.MergeRule;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How the extract stage merges reports of the same real-world event across articles. */
public final class MergeOptions {

    @Option(names = "--merge-retention-hours", defaultValue = "168", paramLabel = "HOURS",
            description = "An event takes new reports for this long after its latest one (default: ${DEFAULT-VALUE}, 7 days).")
    long retentionHours;

    MergeRule rule() {
        return MergeRule.defaults().withRetention(Duration.ofHours(retentionHours));
    }
}
