package dev.errata.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures inside Errata or of the build around it: the processor must turn them into one ERROR naming the
 * catalog, never throw out of {@code process}, and leave nothing generated. The failures are injected into
 * the compiler's services (a real one cannot be made on purpose: that would be a bug).
 */
class InternalFailureTest {

    static final String VALID = SpecialCasesTest.VALID;

    @TempDir Path dir;

    /** Runs Errata with its processing environment seen through {@code wrap}. */
    private Compilation compileWith(java.util.function.UnaryOperator<ProcessingEnvironment> wrap) throws IOException {
        Files.writeString(dir.resolve("demo.yaml"), VALID);
        ErrataProcessor errata = new ErrataProcessor();
        AbstractProcessor wrapper = new AbstractProcessor() {
            @Override
            public synchronized void init(ProcessingEnvironment env) {
                super.init(env);
                errata.init(wrap.apply(env));
            }

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return errata.getSupportedAnnotationTypes();
            }

            @Override
            public Set<String> getSupportedOptions() {
                return errata.getSupportedOptions();
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return errata.getSupportedSourceVersion();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                return errata.process(annotations, round);
            }
        };
        return Compiler.javac().withProcessors(wrapper).withOptions("-Aerrata.catalogRoot=" + dir)
                .compile(JavaFileObjects.forSourceString("com.example.errors.package-info",
                        "@dev.errata.ErrorCatalog(\"demo.yaml\")\npackage com.example.errors;\n"));
    }

    /** {@code env} with one service replaced by a proxy whose {@code failing} method throws {@code failure}. */
    @SuppressWarnings("unchecked")
    private static <T> T failing(Class<T> type, T real, String method, Throwable failure) {
        InvocationHandler handler = (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                throw failure;
            }
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(InternalFailureTest.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static ProcessingEnvironment environment(ProcessingEnvironment real, Elements elements, Filer filer) {
        InvocationHandler handler = (proxy, m, args) -> switch (m.getName()) {
            case "getElementUtils" -> elements == null ? real.getElementUtils() : elements;
            case "getFiler" -> filer == null ? real.getFiler() : filer;
            default -> {
                try {
                    yield m.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (ProcessingEnvironment) Proxy.newProxyInstance(InternalFailureTest.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class}, handler);
    }

    @Test
    void aFailureInsideErrataIsOneErrorNamingTheCatalog() throws IOException {
        // The exception-base check asks javac for the class; here that throws, as a bug in Errata might.
        Compilation compilation = compileWith(env -> environment(env, failing(Elements.class, env.getElementUtils(),
                "getTypeElement", new IllegalStateException("simulated failure")), null));
        List<String> diagnostics = GoldenDiagnosticsTest.errataDiagnostics(compilation);
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0)).startsWith("ERROR [errata:internal-error] demo.yaml: Errata must never fail on a"
                + " catalog, but it failed while processing this one: java.lang.IllegalStateException: simulated failure"
                + " at dev.errata.processor.");
        assertThat(diagnostics.get(0)).endsWith(". This is a bug in Errata, not in your catalog; please report it with"
                + " the catalog attached");
        GoldenDiagnosticsTest.checkRules("internal", compilation, false);
    }

    @Test
    void aStackOverflowInsideErrataIsOneErrorToo() throws IOException {
        Compilation compilation = compileWith(env -> environment(env, failing(Elements.class, env.getElementUtils(),
                "getTypeElement", new StackOverflowError()), null));
        List<String> diagnostics = GoldenDiagnosticsTest.errataDiagnostics(compilation);
        assertThat(diagnostics).hasSize(1);
        assertThat(diagnostics.get(0)).startsWith("ERROR [errata:internal-error] demo.yaml: Errata must never fail on a"
                + " catalog, but it failed while processing this one: java.lang.StackOverflowError at ");
        GoldenDiagnosticsTest.checkRules("internal overflow", compilation, false);
    }

    @Test
    void aSourceThatCannotBeWrittenIsOneErrorAndNothingIsLeftBehind() throws IOException {
        Compilation compilation = compileWith(env -> environment(env, null, failing(Filer.class, env.getFiler(),
                "createSourceFile", new IOException("No space left on device"))));
        assertThat(GoldenDiagnosticsTest.errataDiagnostics(compilation)).containsExactly("ERROR [errata:write-failed]"
                + " demo.yaml: every generated source must be written, but com.example.errors.DemoError could not be: No"
                + " space left on device. Check that the build's generated-sources folder is writable and that no other"
                + " processor generates the same type");
        GoldenDiagnosticsTest.checkRules("write failed", compilation, false);
    }
}
