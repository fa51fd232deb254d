package dev.errata.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wire.docsBaseUrl}: the problem {@code type} the generated renderer writes for every code is the docs
 * page under the base URL and an anchor that page has, in HTML and in Markdown, however odd the code.
 */
class ProblemTypeAnchorsTest {

    private static final String BASE = "https://docs.example.com/errors/";

    /** Codes whose anchors escape characters: dots, blanks, URI delimiters, non-ASCII, a surrogate pair. */
    private static final List<String> CODES = List.of("card_declined", "auth.token.expired", "Not Unique", "na\u00efve",
            "a#b/c?d&e", "100%", "smile-\uD83D\uDE00", "tab\there");

    @TempDir Path dir;

    private static String catalog() {
        StringBuilder yaml = new StringBuilder("errata: 1\nname: Shop\ncodes: {type: string}\nwire:\n  code: error.code\n"
                + "  message: error.message\n  docsBaseUrl: '" + BASE + "'\nerrors:\n");
        for (int i = 0; i < CODES.size(); i++) {
            yaml.append("  - code: \"").append(CODES.get(i).replace("\t", "\\t")).append("\"\n    name: Code").append(i)
                    .append("\n    message: Message ").append(i).append(".\n");
        }
        return yaml.toString();
    }

    @Test
    void everyProblemTypeLandsOnAnAnchorOfTheDocs() throws IOException {
        Compilation compilation = CatalogCompiler.in(dir).catalog("shop.yaml", catalog())
                .classpath(CatalogCompiler.testClasspathEntries("jackson-core-2.", "annotations"))
                .options("--release 17 -Xlint:all -Werror")
                .compile();
        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        String html = resource(compilation, "Shop.html");
        String markdown = resource(compilation, "Shop.md");
        CompiledClasses shop = new CompiledClasses(compilation, "com.example.errors");

        Set<String> fragments = new LinkedHashSet<>();
        for (String code : CODES) {
            Object exception = shop.callStatic("ShopErrors", "exceptionFor", code, null);
            String type = typeOf((String) shop.callStatic("ShopErrors", "toProblemJson", exception));
            assertWithMessage(code).that(type).startsWith(BASE + "Shop.html#");
            String fragment = type.substring((BASE + "Shop.html#").length());
            assertWithMessage(code).that(html).contains("<h3 id=\"" + fragment + "\">");
            assertWithMessage(code).that(markdown).contains("<a id=\"" + fragment + "\"></a>");
            // A fragment needs no escaping in a URI: the anchor encoding keeps it to [A-Za-z0-9_.-].
            assertWithMessage(code).that(fragment).matches("code-[A-Za-z0-9_.-]+");
            fragments.add(fragment);
        }
        // One anchor per code, and the HTML page has exactly those.
        assertThat(fragments).hasSize(CODES.size());
        Set<String> ids = new LinkedHashSet<>();
        Matcher id = Pattern.compile("<h3 id=\"(code-[^\"]*)\">").matcher(html);
        while (id.find()) {
            ids.add(id.group(1));
        }
        assertThat(ids).containsExactlyElementsIn(fragments).inOrder();
        // The docs' own example bodies say the same type: one anchor function for both.
        assertThat(resource(compilation, "Shop.json")).contains("\"type\": \"" + BASE + "Shop.html#code-auth.002Etoken.002Eexpired\"");
    }

    private static String resource(Compilation compilation, String name) throws IOException {
        return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/errata/docs/com.example.errors/" + name)
                .orElseThrow().getCharContent(true).toString();
    }

    private static String typeOf(String problemJson) throws IOException {
        try (JsonParser parser = new JsonFactory().createParser(problemJson)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                parser.nextToken();
                if (member.equals("type")) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
        }
        throw new AssertionError("no type in " + problemJson);
    }
}
