package io.eventwire.app.cli;

import io.eventwire.extract.RuleBasedExtractor;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** User reference data layered over the shipped files (more countries, leaders, places, trigger words). */
public final class ReferenceDataOptions {

    @Option(names = "--reference-data", arity = "1..*", paramLabel = "PATH",
            description = "Extra reference data: files or folders of countries*.tsv, leaders*.tsv, places*.tsv, "
                    + "lexicon*.tsv, outlets*.tsv, junk*.tsv, attackers*.tsv in the layout of the shipped files; "
                    + "they add names, never remove any.")
    List<Path> files = new ArrayList<>();

    RuleBasedExtractor extractor() {
        return new RuleBasedExtractor(files);
    }
}
