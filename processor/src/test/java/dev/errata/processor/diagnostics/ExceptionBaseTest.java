package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.testing.CatalogCompiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code exceptionBase} against real classes on the compile class path, as a library would put them there:
 * every base the generated exceptions cannot extend is one Errata error at the catalog's {@code exceptionBase}
 * (never a javac error in generated code, never an internal error), and every base they can extend compiles
 * without a warning, however its package and class names are spelt.
 */
class ExceptionBaseTest {

    /** The bases, compiled once into a class folder: path → source. */
    private static final Map<String, String> BASES = Map.ofEntries(
            Map.entry("com/other/SealedBase.java", "package com.other;\npublic sealed class SealedBase extends"
                    + " RuntimeException permits SealedBase.Only {\n  protected SealedBase(String m, Throwable c) {"
                    + " super(m, c); }\n  public static final class Only extends SealedBase { Only() { super(null,"
                    + " null); } }\n}\n"),
            Map.entry("com/other/AbstractBase.java", "package com.other;\npublic abstract class AbstractBase extends"
                    + " RuntimeException {\n  protected AbstractBase(String m, Throwable c) { super(m, c); }\n  public"
                    + " abstract int status();\n  protected abstract String render(String format, int width);\n}\n"),
            Map.entry("com/other/CompleteBase.java", "package com.other;\npublic abstract class CompleteBase extends"
                    + " RuntimeException implements java.util.function.Supplier<String> {\n  protected CompleteBase(String"
                    + " m, Throwable c) { super(m, c); }\n  public String get() { return getMessage(); }\n}\n"),
            Map.entry("com/other/HiddenBase.java", "package com.other;\nclass HiddenBase extends RuntimeException {\n"
                    + "  protected HiddenBase(String m, Throwable c) { super(m, c); }\n}\n"),
            Map.entry("com/other/Outer.java", "package com.other;\npublic class Outer {\n  public class Inner extends"
                    + " RuntimeException {\n    public Inner(String m, Throwable c) { super(m, c); }\n  }\n  protected"
                    + " static class Guarded extends RuntimeException {\n    protected Guarded(String m, Throwable c) {"
                    + " super(m, c); }\n  }\n  public static class Nested extends RuntimeException {\n    protected"
                    + " Nested(String m, Throwable c) { super(m, c); }\n  }\n}\n"),
            Map.entry("com/other/Shut.java", "package com.other;\nclass Shut {\n  public static class Open extends"
                    + " RuntimeException {\n    public Open(String m, Throwable c) { super(m, c); }\n  }\n}\n"),
            Map.entry("com/other/FinalBase.java", "package com.other;\npublic final class FinalBase extends"
                    + " RuntimeException {\n  public FinalBase(String m, Throwable c) { super(m, c); }\n}\n"),
            Map.entry("com/other/Marker.java", "package com.other;\npublic interface Marker {}\n"),
            Map.entry("com/other/Kind.java", "package com.other;\npublic enum Kind { ONE }\n"),
            Map.entry("com/other/ThrowingBase.java", "package com.other;\npublic class ThrowingBase extends"
                    + " RuntimeException {\n  public ThrowingBase(String m, Throwable c) throws java.io.IOException {"
                    + " super(m, c); }\n}\n"),
            Map.entry("com/other/PrivateConstructorBase.java", "package com.other;\npublic class"
                    + " PrivateConstructorBase extends RuntimeException {\n  PrivateConstructorBase(String m, Throwable"
                    + " c) { super(m, c); }\n  public PrivateConstructorBase(String m) { super(m); }\n}\n"),
            Map.entry("com/other/TwoArgBase.java", "package com.other;\npublic class TwoArgBase extends"
                    + " RuntimeException {\n  public TwoArgBase(String m, Throwable c) { super(m, c); }\n}\n"),
            Map.entry("com/other/MethodBase.java", "package com.other;\npublic class MethodBase extends"
                    + " RuntimeException {\n  public MethodBase(String m, Throwable c) { super(m, c); }\n  public final"
                    + " boolean retryable() { return true; }\n  public String error() { return null; }\n  String"
                    + " codeString() { return null; }\n}\n"),
            Map.entry("com/other/PackageMethodBase.java", "package com.other;\npublic class PackageMethodBase extends"
                    + " RuntimeException {\n  public PackageMethodBase(String m, Throwable c) { super(m, c); }\n  String"
                    + " codeString() { return null; }\n}\n"),
            Map.entry("com/other/UserBase.java", "package com.other;\npublic class UserBase extends RuntimeException {\n"
                    + "  public UserBase(String m, Throwable c) { super(m, c); }\n  public String userId() { return"
                    + " null; }\n}\n"),
            Map.entry("com/other/OldBase.java", "package com.other;\n@Deprecated\npublic class OldBase extends"
                    + " RuntimeException {\n  public OldBase(String m, Throwable c) { super(m, c); }\n}\n"),
            Map.entry("com/other/DoomedBase.java", "package com.other;\npublic class DoomedBase extends"
                    + " RuntimeException {\n  @Deprecated(forRemoval = true)\n  public DoomedBase(String m, Throwable c)"
                    + " { super(m, c); }\n}\n"),
            Map.entry("com/other/FinalTraceBase.java", "package com.other;\npublic class FinalTraceBase extends"
                    + " RuntimeException {\n  public FinalTraceBase(String m, Throwable c) { super(m, c); }\n  @Override"
                    + " public final synchronized Throwable fillInStackTrace() { return super.fillInStackTrace(); }\n}\n"),
            Map.entry("com/other/lowerBase.java", "package com.other;\npublic class lowerBase extends RuntimeException"
                    + " {\n  public lowerBase(String m, Throwable c) { super(m, c); }\n}\n"),
            Map.entry("com/Other/UpperPackageBase.java", "package com.Other;\npublic class UpperPackageBase extends"
                    + " Exception {\n  protected UpperPackageBase(String m, Throwable c) { super(m, c); }\n  protected"
                    + " UpperPackageBase(String m, Throwable c, boolean s, boolean w) { super(m, c, s, w); }\n}\n"),
            Map.entry("com/example/errors/LocalBase.java", "package com.example.errors;\nclass LocalBase extends"
                    + " RuntimeException {\n  LocalBase(String m, Throwable c) { super(m, c); }\n}\n"));

    private static final String CATALOG = "errata: 1\nname: Demo\ncodes:\n  type: integer\nexceptionBase: %s\n%s"
            + "errors:\n  - code: 1\n    name: Boom\n    message: It broke.\n";

    @TempDir static Path shared;
    private static List<File> classpath;

    @TempDir Path dir;

    @BeforeAll
    static void compileBases() throws IOException {
        Path sources = shared.resolve("src");
        Path classes = shared.resolve("classes");
        Files.createDirectories(classes);
        List<File> files = new ArrayList<>();
        for (Map.Entry<String, String> base : BASES.entrySet()) {
            Path file = sources.resolve(base.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, base.getValue());
            files.add(file.toFile());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
            boolean compiled = javac.getTask(null, fileManager, null, List.of("-d", classes.toString()), null,
                    fileManager.getJavaFileObjectsFromFiles(files)).call();
            if (!compiled) {
                throw new IllegalStateException("the test's base classes do not compile");
            }
        }
        classpath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classpath.add(new File(entry));
        }
        classpath.add(classes.toFile());
    }

    private Compilation compile(String name, String base, String extra) {
        return CatalogCompiler.in(dir).catalog(name + ".yaml", String.format(CATALOG, base, extra))
                .classpath(classpath).options("-Xlint:all").compile();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        sealed        | com.other.SealedBase     | | is sealed: only the classes its permits clause names may extend it
        abstract      | com.other.AbstractBase   | | leaves methods abstract, which the generated exceptions do not implement: status(), render(java.lang.String, int)
        other-package | com.other.HiddenBase     | | cannot be reached from package com.example.errors, where the exceptions are generated: it is not public and lies in package com.other
        inner         | com.other.Outer.Inner    | | is an inner class (a nested class that is not static): only code holding an instance of com.other.Outer may extend it
        protected     | com.other.Outer.Guarded  | | cannot be reached from package com.example.errors, where the exceptions are generated: it is protected and lies in package com.other
        enclosed      | com.other.Shut.Open      | | cannot be reached from package com.example.errors, where the exceptions are generated: it is nested in com.other.Shut, which is not public and lies in package com.other
        final         | com.other.FinalBase      | | is final
        interface     | com.other.Marker         | | is an interface, not a class
        enum          | com.other.Kind           | | is an enum, not a class
        not-throwable | java.lang.String         | | does not extend java.lang.Throwable
        missing       | com.other.Missing        | | is not on the compile class path (write its fully qualified name, with dots also before a nested class's name)
        binary-name   | com.other.Outer$Nested   | | is not on the compile class path (write its fully qualified name, with dots also before a nested class's name)
        throwing      | com.other.ThrowingBase   | | has a (String, Throwable) constructor that declares the checked exception java.io.IOException, which the generated constructors do not
        constructor   | com.other.PrivateConstructorBase | | has no public or protected (String, Throwable) constructor
        no-stackless  | com.other.TwoArgBase     | 'generation:\n  stackTraces: false\n' | has no public or protected (String, Throwable, boolean, boolean) constructor, which exceptions without a stack trace need (generation.stackTraces or a category's stackTraces is false)
        methods       | com.other.MethodBase     | | has methods retryable(), error(), which the generated exceptions declare themselves
        detail        | com.other.UserBase       | 'wire:\n  code: code\n  details:\n    user_id: text\n' | has a method userId(), which the generated exceptions declare themselves
        final-trace   | com.other.FinalTraceBase | 'wire:\n  code: code\n  batch: $\n' | declares fillInStackTrace() final, which the generated exceptions override so that the decoder makes the items of a batch and the errors nested in details without a stack trace
        """)
    void aBaseTheGeneratedExceptionsCannotExtendIsOneErrataError(String name, String base, String extra, String problem) {
        assertRefused(name, base, compile(name, base, extra == null ? "" : extra.replace("\\n", "\n")), problem);
    }

    @Test
    void aBaseWithTheAccessorOfAParameterIsRefused() {
        String yaml = String.format(CATALOG, "com.other.UserBase", "").replace("    message: It broke.\n",
                "    message: 'No user {userId}.'\n    parameters:\n      userId: string\n");
        Compilation compilation = CatalogCompiler.in(dir).catalog("parameter.yaml", yaml).classpath(classpath).compile();
        assertRefused("parameter", "com.other.UserBase", compilation, "has a method userId(), which the generated"
                + " exceptions declare themselves");
    }

    private static void assertRefused(String name, String base, Compilation compilation, String problem) {
        assertWithMessage(name).that(GoldenDiagnosticsTest.errataDiagnostics(compilation)).containsExactly(
                "ERROR [errata:exception-base] " + name + ".yaml:5:16: exceptionBase must name a Throwable class that the"
                        + " generated exceptions can extend, but '" + base + "' " + problem + ". Name such a class, or"
                        + " remove the key for java.lang.RuntimeException");
        GoldenDiagnosticsTest.checkRules(name, compilation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        static-nested          | com.other.Outer.Nested       |
        abstract-but-complete  | com.other.CompleteBase       |
        lower-case-class       | com.other.lowerBase          |
        capital-in-package     | com.Other.UpperPackageBase   | 'generation:\n  stackTraces: false\n'
        package-private-beside | com.example.errors.LocalBase |
        package-method-elsewhere | com.other.PackageMethodBase |
        final-trace-without-items | com.other.FinalTraceBase | 'wire:\n  code: code\n'
        """)
    void aBaseTheGeneratedExceptionsCanExtendCompilesWithoutWarnings(String name, String base, String extra) {
        Compilation compilation = compile(name, base, extra == null ? "" : extra.replace("\\n", "\n"));
        assertThat(compilation).succeededWithoutWarnings();
        GoldenDiagnosticsTest.checkRules(name, compilation);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"com.other.OldBase, '@SuppressWarnings(\"deprecation\")\n'",
            "com.other.DoomedBase, '@SuppressWarnings({\n        \"deprecation\",\n        \"removal\"\n})\n'"})
    void aDeprecatedBaseIsExtendedWithoutAWarning(String base, String suppression) {
        // A deprecated entry without a category makes the base name a deprecated class in its permits clause too.
        String yaml = String.format(CATALOG, base, "") + "    deprecated: true\n";
        Compilation compilation = CatalogCompiler.in(dir).catalog("deprecated.yaml", yaml).classpath(classpath)
                .options("-Xlint:all").compile();
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("com.example.errors.DemoException").contentsAsUtf8String()
                .contains(suppression + "public abstract sealed class DemoException extends " + base + " ");
    }

    @Test
    void aBaseIsNamedByItsPackageAndClassesAsTheClassPathHasThem() {
        // Not by guessing from capitals: com.Other is a package, lowerBase a class, Outer.Nested a nested class.
        assertThat(compile("capital", "com.Other.UpperPackageBase", "")).generatedSourceFile(
                "com.example.errors.DemoException").contentsAsUtf8String().contains("import com.Other.UpperPackageBase;");
        assertThat(compile("lower", "com.other.lowerBase", "")).generatedSourceFile("com.example.errors.DemoException")
                .contentsAsUtf8String().contains("extends lowerBase ");
        assertThat(compile("nested", "com.other.Outer.Nested", "")).generatedSourceFile(
                "com.example.errors.DemoException").contentsAsUtf8String().contains("extends Outer.Nested ");
    }
}
