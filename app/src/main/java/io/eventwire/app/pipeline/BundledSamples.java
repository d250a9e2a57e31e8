package io.eventwire.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The sample articles shipped in the jar (from the repository's samples/ folder), copied out for ingest. */
public final class BundledSamples {

    private static final String ROOT = "/io/eventwire/app/samples";

    private BundledSamples() {
    }

    /** Copies the samples (articles and their metadata) into {@code target} and returns it. */
    public static Path copyTo(Path target) {
        URL url = BundledSamples.class.getResource(ROOT);
        if (url == null) {
            throw new IllegalStateException("the jar carries no sample articles under " + ROOT);
        }
        try {
            URI uri = url.toURI();
            Files.createDirectories(target);
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyFiles(jar.getPath(ROOT), target);
                }
            } else {
                copyFiles(Path.of(uri), target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the sample articles to " + target, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
