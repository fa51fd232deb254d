package dev.errata.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * The compile-time benchmark's second baseline: a processor that does no work of its own and writes, through
 * javac's {@code Filer}, sources another run of Errata already generated ({@code -Areplay.dir=DIR}, holding
 * {@code <package path>/*.java}). Javac with it costs what any processor generating these files costs (a
 * second round, the {@code Filer}'s bookkeeping, the compiler's own warm-up for both); javac with Errata
 * less javac with it is Errata's own cost. {@code compile-time.sh} compiles it on the fly and names it with
 * {@code -processor}, so it is never discovered by accident.
 */
public final class ReplayProcessor extends AbstractProcessor {

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.errata.ErrorCatalog");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of("replay.dir");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written) {
            return true;
        }
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof PackageElement pkg) {
                    written = true;
                    replay(pkg);
                }
            }
        }
        return true;
    }

    private void replay(PackageElement pkg) {
        String packageName = pkg.getQualifiedName().toString();
        Path dir = Path.of(processingEnv.getOptions().get("replay.dir")).resolve(packageName.replace('.', '/'));
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> sources = files.filter(f -> f.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            for (Path source : sources) {
                String file = source.getFileName().toString();
                String type = packageName + "." + file.substring(0, file.length() - ".java".length());
                try (Writer out = processingEnv.getFiler().createSourceFile(type, pkg).openWriter()) {
                    out.write(Files.readString(source, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
