package dev.errata.processor.text;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.testing.CompiledClasses.call;
import static dev.errata.processor.testing.YamlText.quoted;

import com.google.testing.compile.Compilation;
import dev.errata.CatalogError;
import dev.errata.processor.testing.CatalogCompiler;
import dev.errata.processor.testing.CompiledClasses;
import dev.errata.processor.testing.DocComments;
import dev.errata.processor.testing.JavadocText;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defects of issue #12 that concern catalog text, each with the catalog that showed it: text that
 * stopped the processor ({@code $}), became code or broke javac (unicode escapes in Javadoc), broke the
 * class-file limit (a 1 MB message), or read back differently by route ({@code {{braces}}}). Each compiles
 * here without a warning and reads back as written, in code and in doc comments.
 */
class CatalogTextDefectsTest {

    static final String PACKAGE = "com.example.text";

    @TempDir Path dir;

    /** A catalog compiled with every lint and -Werror, its doc comments read back, its classes loadable. */
    record Compiled(CompiledClasses classes, Map<String, String> docs) {

        String doc(String element) {
            String comment = docs.get(element);
            assertWithMessage("doc comment of %s among %s", element, docs.keySet()).that(comment).isNotNull();
            return JavadocText.plain(comment);
        }

        void assertDocHolds(String element, String text) {
            assertWithMessage("doc comment of %s", element).that(doc(element)).contains(JavadocText.spaced(text));
        }
    }

    private Compiled compile(String location, String yaml, int release) {
        DocComments docs = new DocComments(PACKAGE);
        Compilation compilation = CatalogCompiler.in(dir)
                .catalog(location, yaml)
                .inPackage(PACKAGE)
                .alsoProcessor(docs)
                .options("--release " + release + " -Xlint:all,-options -Xdoclint:all/protected -Werror")
                .compile();
        assertThat(compilation).succeededWithoutWarnings();
        return new Compiled(new CompiledClasses(compilation, PACKAGE), docs.comments());
    }

    private static CatalogError entry(CompiledClasses classes, String enumName, Object code) {
        return (CatalogError) ((Optional<?>) classes.callStatic(enumName, "fromCode", code)).orElseThrow();
    }

    private static String messageOf(Object exception) {
        return ((Throwable) exception).getMessage();
    }

    // ---- `$` was pasted into JavaPoet format strings: "index 5 for '$5 ' not in range" ----

    @Test
    void dollarSignsAreTextEverywhere() throws Exception {
        String yaml = """
                errata: 1
                name: Bank
                title: %s
                description: %s
                version: %s
                source: %s
                codes:
                  type: string
                categories:
                  - id: funds
                    description: %s
                httpStatuses:
                  - status: 402
                    name: PaymentRequired
                    message: %s
                    category: funds
                errors:
                  - code: %s
                    name: Insufficient
                    message: %s
                    description: %s
                    solution: %s
                    category: funds
                    deprecated: %s
                    suppress: %s
                    details:
                      %s: %s
                  - code: %s
                    name: PayAmount
                    message: %s
                    parameters:
                      amount: string
                wire:
                  code: %s
                  message: %s
                  success: %s
                  problemType: %s
                  details:
                    $ref: text
                """.formatted(quoted("Bank $API $L"), quoted("$Id$"), quoted("$5"),
                quoted("The path expression '$' is not allowed in this context."), quoted("Costs $5 $$ $L $S $T $N $> $<"),
                quoted("Pay $5 first."), quoted("$5"), quoted("Insufficient funds, $5 required."), quoted("$Id$"),
                quoted("Send $1 or $L."), quoted("Use $6 instead."), HostileCatalog.SUPPRESSED, quoted("$ref"),
                quoted("The $ref it names"),
                quoted("$6"), quoted("Pay ${amount} now, $1."), quoted("$code"), quoted("$message"), quoted("$ok"),
                quoted("https://bank.example/$/{code}"));
        Compiled compiled = compile("catalogs/bank.yaml", yaml, 17);
        CompiledClasses bank = compiled.classes();

        CatalogError insufficient = entry(bank, "BankError", "$5");
        assertThat(insufficient.message()).hasValue("Insufficient funds, $5 required.");
        assertThat(insufficient.description()).hasValue("$Id$");
        assertThat(insufficient.solution()).hasValue("Send $1 or $L.");
        assertThat(insufficient.codeString()).isEqualTo("$5");
        Object category = ((Optional<?>) call(insufficient, "category")).orElseThrow();
        assertThat(call(category, "description")).isEqualTo(Optional.of("Costs $5 $$ $L $S $T $N $> $<"));
        assertThat(messageOf(bank.type("BankInsufficientException").getConstructor().newInstance()))
                .isEqualTo("Insufficient funds, $5 required.");
        assertThat(messageOf(bank.callStatic("BankErrors", "exceptionFor", "$5", null)))
                .isEqualTo("Insufficient funds, $5 required.");
        assertThat(messageOf(bank.type("BankPayAmountException").getConstructor(String.class).newInstance("$7")))
                .isEqualTo("Pay $$7 now, $1.");
        CatalogError payment = (CatalogError) ((Optional<?>) bank.callStatic("BankErrors", "httpStatus", 402)).orElseThrow();
        assertThat(payment.message()).hasValue("Pay $5 first.");

        Object withRef = call(bank.callStatic("BankErrors", "exceptionFor", "$5", "as sent"), "with$ref", "#/a");
        String body = (String) bank.callStatic("BankErrors", "toBody", withRef);
        assertThat(body).isEqualTo("{\"$ok\":false,\"$code\":\"$5\",\"$message\":\"as sent\",\"$ref\":\"#/a\"}");
        Object decoded = ((Optional<?>) bank.callStatic("BankErrors", "decode", 402, body)).orElseThrow();
        assertThat(decoded.getClass().getSimpleName()).isEqualTo("BankInsufficientException");
        assertThat(call(decoded, "$ref")).isEqualTo(Optional.of("#/a"));
        assertThat((String) bank.callStatic("BankErrors", "toProblemJson", withRef))
                .contains("\"type\":\"https://bank.example/$/%245\"");

        compiled.assertDocHolds("BankError", "Bank $API $L");
        compiled.assertDocHolds("BankError", "$Id$");
        compiled.assertDocHolds("BankError", "The path expression '$' is not allowed in this context.");
        compiled.assertDocHolds("BankError.INSUFFICIENT", "Use $6 instead.");
        compiled.assertDocHolds("BankError.INSUFFICIENT", "The $ref it names");
        compiled.assertDocHolds("BankInsufficientException", "Insufficient funds, $5 required.");
        compiled.assertDocHolds("BankPayAmountException.<init>(java.lang.String)", "Pay ${amount} now, $1.");
    }

    // ---- Catalog text closed the Javadoc comment (\u002a/) or was read as a unicode escape ----

    @Test
    void textNeverEndsAJavadocCommentNorBecomesAnEscape() throws Exception {
        String injection = "Ends here \\u002a/ public static final int INJECTED = 1; /** and goes on";
        String windowsPath = "See C:\\users\\app\\errors.log for more.";
        String closing = "Closes */ and opens /* with @param x {@code y} <b>bold</b> &amp; \\u000a done";
        String starred = "First line\n** starred line\n\n*/ paragraph";
        String yaml = """
                errata: 1
                name: Vault
                title: %s
                description: %s
                version: %s
                source: %s
                codes:
                  type: integer
                categories:
                  - id: io
                    description: %s
                httpStatuses:
                  - status: 500
                    name: ServerError
                    message: %s
                errors:
                  - code: 1
                    name: Broken
                    message: %s
                    description: %s
                    solution: %s
                    category: io
                """.formatted(quoted(windowsPath), quoted(injection), quoted("\\uXYZ"), quoted("\\\\u002a/"),
                quoted(closing), quoted(injection), quoted(windowsPath), quoted(starred), quoted(closing));
        Compiled compiled = compile("catalogs/C\\users\\$app/vault.yaml", yaml, 8);
        CompiledClasses vault = compiled.classes();

        Class<?> errorEnum = vault.type("VaultError");
        for (Class<?> type : new Class<?>[] {errorEnum, vault.type("VaultBrokenException"), vault.type("VaultErrors")}) {
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                assertThat(field.getName()).isNotEqualTo("INJECTED");
            }
        }
        CatalogError broken = entry(vault, "VaultError", 1);
        assertThat(broken.message()).hasValue(windowsPath);
        assertThat(broken.description()).hasValue(starred);
        assertThat(broken.solution()).hasValue(closing);
        assertThat(messageOf(vault.type("VaultBrokenException").getConstructor().newInstance())).isEqualTo(windowsPath);

        compiled.assertDocHolds("VaultError", windowsPath);
        compiled.assertDocHolds("VaultError", injection);
        compiled.assertDocHolds("VaultError", "\\uXYZ");
        compiled.assertDocHolds("VaultError", "\\\\u002a/");
        compiled.assertDocHolds("VaultError", "catalogs/C\\users\\$app/vault.yaml");
        compiled.assertDocHolds("VaultError.Category.IO", closing);
        compiled.assertDocHolds("VaultHttpStatus.SERVER_ERROR", injection);
        compiled.assertDocHolds("VaultError.BROKEN", windowsPath);
        compiled.assertDocHolds("VaultError.BROKEN", "First line");
        compiled.assertDocHolds("VaultError.BROKEN", "** starred line");
        compiled.assertDocHolds("VaultError.BROKEN", "*/ paragraph");
        compiled.assertDocHolds("VaultError.BROKEN", closing);
        compiled.assertDocHolds("VaultBrokenException.<init>()", windowsPath);
    }

    // ---- A 1 MB message: "constant string too long", and generated files left behind ----

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {8, 17})
    void aMegabyteOfTextCompilesAndReadsBack(int release) throws Exception {
        String message = "Insufficient funds: 5 USD required. ".repeat(30 * 1024);
        // Two bytes a character in the class file's modified UTF-8, and six in the source (\u00e9).
        String description = "\u00e9t\u00e9 ".repeat(60_000);
        // Three bytes a character, and an escape that must not be split from its second half.
        String solution = "\u20ac\ud83d\ude00".repeat(30_000);
        String template = "{{".repeat(40_000) + "{amount}" + "x".repeat(70_000);
        String yaml = """
                errata: 1
                name: Huge
                codes:
                  type: integer
                httpStatuses:
                  - status: 413
                    name: TooLarge
                    message: %s
                errors:
                  - code: 1
                    name: Insufficient
                    message: %s
                    description: %s
                    solution: %s
                  - code: 2
                    name: Filled
                    message: %s
                    parameters:
                      amount: int
                """.formatted(quoted(message), quoted(message), quoted(description), quoted(solution), quoted(template));
        Compiled compiled = compile("catalogs/huge.yaml", yaml, release);
        CompiledClasses huge = compiled.classes();
        CatalogError insufficient = entry(huge, "HugeError", 1);
        assertThat(insufficient.message()).hasValue(message);
        assertThat(insufficient.description()).hasValue(description);
        assertThat(insufficient.solution()).hasValue(solution);
        assertThat(messageOf(huge.type("HugeInsufficientException").getConstructor().newInstance())).isEqualTo(message);
        assertThat(messageOf(huge.callStatic("HugeErrors", "exceptionFor", 1, null))).isEqualTo(message);
        assertThat(messageOf(huge.type("HugeFilledException").getConstructor(int.class).newInstance(7)))
                .isEqualTo("{".repeat(40_000) + "7" + "x".repeat(70_000));
        CatalogError tooLarge = (CatalogError) ((Optional<?>) huge.callStatic("HugeErrors", "httpStatus", 413)).orElseThrow();
        assertThat(tooLarge.message()).hasValue(message);
        assertThat(messageOf(huge.type("HugeTooLargeException").getConstructor().newInstance())).isEqualTo(message);
    }

    // ---- {{braces}}: message() and exceptionFor gave "{{", new XException() gave "{" ----

    @ParameterizedTest(name = "enum: {0}")
    @ValueSource(strings = {"always", "never"})
    void literalBracesReadBackAlikeOnEveryRoute(String enumForm) throws Exception {
        String yaml = """
                errata: 1
                name: Brace
                codes:
                  type: integer
                generation:
                  enum: %s
                errors:
                  - code: 1
                    name: Braced
                    message: 'Use {{braces}} here.'
                  - code: 2
                    name: Filled
                    message: 'Set {{x}} to {value}.'
                    parameters:
                      value: int
                  - code: 3
                    name: Closing
                    message: 'Close }}}} twice.'
                wire:
                  code: code
                  message: message
                """.formatted(enumForm);
        Compiled compiled = compile("catalogs/brace.yaml", yaml, 17);
        CompiledClasses brace = compiled.classes();
        String vendorText = "Use {braces} here.";

        CatalogError braced = entry(brace, "BraceError", 1);
        assertThat(braced.message()).hasValue(vendorText);
        assertThat(messageOf(brace.callStatic("BraceErrors", "exceptionFor", 1, null))).isEqualTo(vendorText);
        assertThat(messageOf(brace.callStatic("BraceErrors", "exceptionFor", "1", null))).isEqualTo(vendorText);
        assertThat(messageOf(brace.callStatic("BraceErrors", "exceptionFor", braced, null, null))).isEqualTo(vendorText);
        assertThat(messageOf(brace.type("BraceBracedException").getConstructor().newInstance())).isEqualTo(vendorText);
        Object exception = brace.callStatic("BraceErrors", "exceptionFor", 1, null);
        assertThat((String) brace.callStatic("BraceErrors", "toBody", exception))
                .isEqualTo("{\"code\":1,\"message\":\"Use {braces} here.\"}");
        assertThat((String) brace.callStatic("BraceErrors", "toProblemJson", exception))
                .contains("\"title\":\"Use {braces} here.\"");
        Object decoded = ((Optional<?>) brace.callStatic("BraceErrors", "decode", 400,
                "{\"code\":1}")).orElseThrow();
        assertThat(messageOf(decoded)).isEqualTo(vendorText);

        // The problem's title once made each doubled brace of the entry's message single again ("}").
        Object closing = brace.callStatic("BraceErrors", "exceptionFor", 3, null);
        assertThat(entry(brace, "BraceError", 3).message()).hasValue("Close }} twice.");
        assertThat(messageOf(closing)).isEqualTo("Close }} twice.");
        assertThat((String) brace.callStatic("BraceErrors", "toProblemJson", closing))
                .contains("\"title\":\"Close }} twice.\"");

        CatalogError filled = entry(brace, "BraceError", 2);
        assertThat(filled.message()).hasValue("Set {x} to {value}.");
        assertThat(messageOf(brace.type("BraceFilledException").getConstructor(int.class).newInstance(3)))
                .isEqualTo("Set {x} to 3.");
        compiled.assertDocHolds("BraceError", "catalogs/brace.yaml");
    }
}
