package io.eventwire.ingest.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the paths a user names into the files to ingest. A file named explicitly is always an input (an
 * unsupported one is rejected with a reason); in a folder, article files are inputs and everything else
 * (READMEs, stray files) is listed as skipped; sidecar metadata is read with its article so nothing disappears unnoticed.
 */
public final class InputScanner {

    private InputScanner() {
    }

    public record Scan(List<Path> inputs, List<Path> skipped, List<Path> missing) {
    }

    public static Scan scan(List<Path> paths) {
        List<Path> inputs = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
                    for (Path file : all) {
                        if (ArticleParser.contentTypeOf(file) != null) {
                            inputs.add(file);
                        } else if (!isSidecar(file, all)) {
                            skipped.add(file);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
            } else if (Files.exists(path)) {
                inputs.add(path);
            } else {
                missing.add(path);
            }
        }
        return new Scan(List.copyOf(inputs), List.copyOf(skipped), List.copyOf(missing));
    }

    /** A {@code <stem>.json} next to a {@code <stem>.txt} or {@code .html} is that article's metadata. */
    private static boolean isSidecar(Path file, List<Path> siblings) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json")) {
            return false;
        }
        String stem = ArticleParser.stem(file);
        return siblings.stream().anyMatch(other -> other.getParent().equals(file.getParent())
                && ArticleParser.stem(other).equals(stem) && ArticleParser.contentTypeOf(other) != null);
    }
}
