package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.diagnostic.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One test per diagnostic: every tag of {@link Message} must appear in an {@code .expected} file of the
 * golden corpus, or be asserted by the explicit test named here. A new message without a test fails this.
 */
class TagCoverageTest {

    /** Tags that cannot be one catalog file, with the test that asserts their whole text. */
    static final Map<String, String> ELSEWHERE = Map.of(
            "catalog-not-found", "SpecialCasesTest.missingFile, classpathLocationNotFound",
            "catalog-unreadable", "SpecialCasesTest.directoryInPlaceOfCatalog, unreadableFile",
            "catalog-path-escapes", "SpecialCasesTest.relativePathEscapingItsRoot, classpathLocationEscapingTheClassPath",
            "catalog-location-empty", "SpecialCasesTest.emptyLocation",
            "catalog-too-large", "SpecialCasesTest.fileOverTheSizeLimitIsNotRead",
            "internal-error", "InternalFailureTest",
            "write-failed", "InternalFailureTest",
            "option-invalid", "DocsOptionTest.anotherValueIsAnError");

    @Test
    void everyDiagnosticHasATest() throws IOException {
        StringBuilder corpus = new StringBuilder();
        try (Stream<Path> files = Files.list(GoldenDiagnosticsTest.corpus())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".expected")).toList()) {
                corpus.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        List<String> untested = new ArrayList<>();
        for (Message message : Message.values()) {
            if (!corpus.toString().contains("[errata:" + message.tag() + "]") && !ELSEWHERE.containsKey(message.tag())) {
                untested.add(message.tag());
            }
        }
        assertWithMessage("diagnostics without a golden case in src/test/resources/diagnostics (add <case>.yaml, then"
                + " run with -Derrata.golden.update=true and review <case>.expected)").that(untested).isEmpty();
    }
}
