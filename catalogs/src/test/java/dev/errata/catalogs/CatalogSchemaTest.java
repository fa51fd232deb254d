package dev.errata.catalogs;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks {@code errata-catalog-1.schema.json} against the JSON Schema 2020-12 meta-schema, every catalog at the
 * module's top level against the schema, and the schema itself against small valid and invalid catalogs under
 * {@code src/test/resources/schema/}.
 */
class CatalogSchemaTest {

  private static final String SCHEMA_FILE = "errata-catalog-1.schema.json";
  private static final String SCHEMA_ID = "https://errata.dev/schema/errata-catalog-1.schema.json";
  private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
  /** First line of an invalid sample: {@code # expect: TEXT}, TEXT being part of one of the messages it must give. */
  private static final Pattern EXPECT = Pattern.compile("^# expect: (.+)$", Pattern.MULTILINE);

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    JsonNode schemaNode = MAPPER.readTree(catalogsDir().resolve(SCHEMA_FILE).toFile());
    schema = JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(schemaNode);
    schema.initializeValidators();
  }

  /** The catalogs module's directory: Surefire passes it; else the working directory, which is the module's. */
  static Path catalogsDir() {
    return Path.of(System.getProperty("errata.catalogs.dir", "")).toAbsolutePath();
  }

  /** The catalogs: the {@code *.yaml} files at the module's top level. */
  static List<Path> catalogs() throws IOException {
    return yamlFiles(catalogsDir());
  }

  static List<Path> validSamples() throws IOException {
    return yamlFiles(sampleDir("valid"));
  }

  static List<Path> invalidSamples() throws IOException {
    return yamlFiles(sampleDir("invalid"));
  }

  @Test
  void schemaIsValidDraft202012() throws IOException {
    JsonSchema metaSchema =
        JsonSchemaFactory.getInstance(VersionFlag.V202012).getSchema(SchemaLocation.of(META_SCHEMA));
    JsonNode schemaNode = MAPPER.readTree(catalogsDir().resolve(SCHEMA_FILE).toFile());

    assertNoMessages(SCHEMA_FILE, metaSchema.validate(schemaNode));
    assertWithMessage("$schema").that(schemaNode.path("$schema").asText()).isEqualTo(META_SCHEMA);
    assertWithMessage("$id").that(schemaNode.path("$id").asText()).isEqualTo(SCHEMA_ID);
  }

  @Test
  void atLeastOneCatalogIsFound() throws IOException {
    assertWithMessage("*.yaml catalogs in %s", catalogsDir()).that(catalogs()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
  @MethodSource("catalogs")
  void catalogMatchesSchema(Path catalog) {
    assertNoMessages(catalog.getFileName().toString(), schema.validate(readYaml(catalog)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validSamples")
  void validSampleMatchesSchema(Path sample) {
    assertNoMessages(sample.getFileName().toString(), schema.validate(readYaml(sample)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidSamples")
  void invalidSampleIsRejected(Path sample) throws IOException {
    Matcher expect = EXPECT.matcher(Files.readString(sample, UTF_8));
    assertWithMessage("%s must start with '# expect: <part of a message>'", sample.getFileName())
        .that(expect.lookingAt())
        .isTrue();

    List<String> messages = messages(schema.validate(readYaml(sample)));
    messages.forEach(message -> System.out.println(sample.getFileName() + ": " + message));

    assertWithMessage("validation messages for %s", sample.getFileName()).that(messages).isNotEmpty();
    assertWithMessage(
            "%s: one of its validation messages %s should contain '%s'",
            sample.getFileName(), messages, expect.group(1))
        .that(messages.stream().anyMatch(message -> message.contains(expect.group(1))))
        .isTrue();
  }

  /** Reads YAML as SnakeYAML Engine does by default (YAML 1.2, no duplicate keys) and turns it into JSON. */
  private static JsonNode readYaml(Path file) {
    LoadSettings settings = LoadSettings.builder().setLabel(file.toString()).build();
    try (InputStream in = Files.newInputStream(file)) {
      return MAPPER.valueToTree(new Load(settings).loadFromInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertNoMessages(String file, Set<ValidationMessage> messages) {
    List<String> texts = messages(messages);
    texts.forEach(message -> System.err.println(file + ": " + message));
    assertWithMessage("validation messages for %s", file).that(texts).isEmpty();
  }

  private static List<String> messages(Set<ValidationMessage> messages) {
    return messages.stream().map(ValidationMessage::toString).sorted().collect(Collectors.toList());
  }

  private static Path sampleDir(String kind) {
    URL url = CatalogSchemaTest.class.getResource("/schema/" + kind);
    if (url == null) {
      throw new IllegalStateException("no test resources schema/" + kind);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> yamlFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".yaml"))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
