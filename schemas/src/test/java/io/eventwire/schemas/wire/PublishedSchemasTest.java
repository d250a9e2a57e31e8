package io.eventwire.schemas.wire;

import io.eventwire.schemas.Alert;
import io.eventwire.schemas.DeadLetter;
import io.eventwire.schemas.Event;
import io.eventwire.schemas.RawArticle;
import io.eventwire.schemas.SampleRecords;
import io.eventwire.schemas.wire.SchemaCatalog.PublishedSchema;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Schema changes must stay compatible with what was published before. Each published version lives in
 * {@code schemas/published/NAME/vN.avsc} with {@code vN.sample.bin}, a message written by that version.
 * To publish a changed schema: {@code ./mvnw -pl schemas test -Deventwire.publish=true}, then commit the new files.
 */
class PublishedSchemasTest {

    private static final Path PUBLISHED = Path.of("published");
    private static final Map<String, Schema> CURRENT = Map.of(
            "Event", Event.getClassSchema(),
            "RawArticle", RawArticle.getClassSchema(),
            "Alert", Alert.getClassSchema(),
            "DeadLetter", DeadLetter.getClassSchema());

    @Test
    void theIndexListsExactlyThePublishedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PUBLISHED)) {
            TreeSet<String> onDisk = files.filter(p -> p.toString().endsWith(".avsc"))
                    .map(p -> PUBLISHED.relativize(p).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(SchemaCatalog.readIndex())).isEqualTo(onDisk);
        }
    }

    @Test
    void everyPublishedVersionIsReadableByTheCurrentSchema() {
        for (PublishedSchema published : SchemaCatalog.get().published()) {
            Schema current = CURRENT.get(published.name());
            SchemaCompatibility.SchemaPairCompatibility result =
                    SchemaCompatibility.checkReaderWriterCompatibility(current, published.schema());
            assertThat(result.getType())
                    .as("current %s reading %s: %s", published.name(), published.path(), result.getDescription())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void theCompatibilityCheckRejectsABreakingChange() {
        Schema old = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"}]}""");
        Schema addsRequiredField = new Schema.Parser().parse("""
                {"type":"record","name":"R","fields":[{"name":"a","type":"string"},{"name":"b","type":"int"}]}""");
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(addsRequiredField, old).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void messagesWrittenByEveryPublishedVersionDecodeWithTheCurrentClasses() throws IOException {
        Map<String, AvroSerde<? extends SpecificRecord>> serdes = Map.of(
                "Event", AvroSerde.events(), "RawArticle", AvroSerde.rawArticles(),
                "Alert", AvroSerde.alerts(), "DeadLetter", AvroSerde.deadLetters());
        for (PublishedSchema published : SchemaCatalog.get().published()) {
            Path sample = PUBLISHED.resolve(published.path().replace(".avsc", ".sample.bin"));
            assertThat(sample).as("every published version keeps a message it wrote").exists();
            SpecificRecord decoded = serdes.get(published.name()).deserialize("t", Files.readAllBytes(sample));
            assertThat(decoded.getSchema().getFullName()).isEqualTo(published.schema().getFullName());
            // The first field of every record is its id; it must survive any evolution.
            assertThat(decoded.get(0)).isEqualTo(SampleRecords.byName(published.name()).get(0));
        }
    }

    @Test
    void anOlderWriterWithoutOptionalFieldsIsReadWithTheirDefaults() throws IOException {
        // An earlier draft of RawArticle without title and origin: readers fill in the defaults.
        Schema older = new Schema.Parser().parse("""
                {"type":"record","name":"RawArticle","namespace":"io.eventwire.schemas","fields":[
                  {"name":"articleId","type":"string"},
                  {"name":"url","type":["null","string"],"default":null},
                  {"name":"publisher","type":["null","string"],"default":null},
                  {"name":"publishedAt","type":["null",{"type":"long","logicalType":"timestamp-millis"}],"default":null},
                  {"name":"fetchedAt","type":{"type":"long","logicalType":"timestamp-millis"}},
                  {"name":"body","type":"string"},
                  {"name":"contentType","type":"string"}]}""");
        GenericRecord record = new GenericData.Record(older);
        record.put("articleId", "abc");
        record.put("fetchedAt", 1_751_600_000_000L);
        record.put("body", "Text.");
        record.put("contentType", "text/plain");
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(record).array();

        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(older);
        RawArticle read = RawArticle.createDecoder(store).decode(bytes);
        assertThat(read.getArticleId()).isEqualTo("abc");
        assertThat(read.getBody()).isEqualTo("Text.");
        assertThat(read.getTitle()).isNull();
        assertThat(read.getOrigin()).isNull();
    }

    @Test
    void theCurrentSchemasArePublished() throws IOException {
        boolean publish = Boolean.getBoolean("eventwire.publish");
        for (Map.Entry<String, Schema> entry : CURRENT.entrySet()) {
            List<PublishedSchema> versions = SchemaCatalog.get().published().stream()
                    .filter(p -> p.name().equals(entry.getKey()))
                    .sorted(Comparator.comparingInt(PublishedSchema::version)).toList();
            PublishedSchema latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            // Compare the full JSON: Schema.equals() stops at named types it has seen, missing changes in nested records.
            boolean upToDate = latest != null && latest.schema().toString().equals(entry.getValue().toString());
            if (!upToDate && publish) {
                publish(entry.getKey(), entry.getValue(), latest == null ? 1 : latest.version() + 1);
            } else {
                assertThat(upToDate)
                        .as("%s changed since its last published version: publish it with "
                                + "./mvnw -pl schemas test -Deventwire.publish=true", entry.getKey())
                        .isTrue();
            }
        }
    }

    private static void publish(String name, Schema schema, int version) throws IOException {
        Path dir = Files.createDirectories(PUBLISHED.resolve(name));
        Files.writeString(dir.resolve("v" + version + ".avsc"), schema.toString(true) + "\n");
        SpecificRecord sample = SampleRecords.byName(name);
        @SuppressWarnings("unchecked")
        AvroSerde<SpecificRecord> serde = (AvroSerde<SpecificRecord>) (AvroSerde<?>) switch (name) {
            case "Event" -> AvroSerde.events();
            case "RawArticle" -> AvroSerde.rawArticles();
            case "Alert" -> AvroSerde.alerts();
            default -> AvroSerde.deadLetters();
        };
        Files.write(dir.resolve("v" + version + ".sample.bin"), serde.serialize("t", sample));
        Files.writeString(PUBLISHED.resolve(SchemaCatalog.INDEX), name + "/v" + version + ".avsc\n",
                StandardOpenOption.APPEND);
    }
}
