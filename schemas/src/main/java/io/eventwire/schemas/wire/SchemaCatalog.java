package io.eventwire.schemas.wire;

import org.apache.avro.Schema;
import org.apache.avro.message.SchemaStore;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Every published version of every eventwire schema, as shipped in this jar under
 * {@code io/eventwire/schemas/published/}. Single-object encoded messages carry the writer schema's fingerprint;
 * this catalog resolves it, so a consumer holding this jar reads messages written by any published version.
 */
public final class SchemaCatalog {

    static final String ROOT = "/io/eventwire/schemas/published/";
    static final String INDEX = "INDEX";

    private static final SchemaCatalog INSTANCE = load();

    private final List<PublishedSchema> published;
    private final SchemaStore.Cache store = new SchemaStore.Cache();

    private SchemaCatalog(List<PublishedSchema> published) {
        this.published = List.copyOf(published);
        published.forEach(p -> store.addSchema(p.schema()));
    }

    public static SchemaCatalog get() {
        return INSTANCE;
    }

    /** The store to resolve writer schemas by fingerprint. */
    public SchemaStore store() {
        return store;
    }

    public List<PublishedSchema> published() {
        return published;
    }

    /** A schema version as published: its record name, version number and schema. */
    public record PublishedSchema(String name, int version, String path, Schema schema) {
    }

    private static SchemaCatalog load() {
        List<PublishedSchema> schemas = new ArrayList<>();
        for (String path : readIndex()) {
            // INDEX lines look like "Event/v1.avsc".
            String name = path.substring(0, path.indexOf('/'));
            int version = Integer.parseInt(path.substring(path.indexOf("/v") + 2, path.lastIndexOf('.')));
            try (InputStream in = resource(path)) {
                schemas.add(new PublishedSchema(name, version, path, new Schema.Parser().parse(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read published schema " + path, e);
            }
        }
        return new SchemaCatalog(schemas);
    }

    static List<String> readIndex() {
        List<String> paths = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(INDEX), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    paths.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the published schema index", e);
        }
        return paths;
    }

    private static InputStream resource(String path) {
        InputStream in = SchemaCatalog.class.getResourceAsStream(ROOT + path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + ROOT + path + " in the schemas jar");
        }
        return in;
    }
}
