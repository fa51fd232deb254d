package dev.errata.processor;

import com.google.auto.service.AutoService;
import dev.errata.processor.diagnostic.Diagnostic;
import dev.errata.processor.diagnostic.Diagnostics;
import dev.errata.processor.diagnostic.Message;
import dev.errata.processor.diagnostic.Severity;
import dev.errata.processor.diagnostic.SourcePosition;
import dev.errata.processor.locate.CatalogLocator;
import dev.errata.processor.locate.CatalogSource;
import dev.errata.processor.manifest.ManifestRecorder;
import dev.errata.processor.validate.ExceptionBaseValidator;
import dev.errata.processor.write.GeneratedSource;
import dev.errata.processor.write.wire.Jackson;
import dev.errata.processor.yaml.YamlLimits;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * The Errata annotation processor: for every {@code @ErrorCatalog} on a package, generates the catalog's
 * enum, exception hierarchy and tables into that package.
 *
 * <p>This class only finds the annotations, runs each catalog through {@link CatalogPipeline}, reports
 * what it found and writes what it produced. It catches everything: a failure inside Errata becomes one
 * ERROR naming the catalog, never an exception out of {@code process}.
 *
 * <p>It declares no Gradle incremental-processing category on purpose: it reads catalog files, which
 * Gradle's incremental processors may not do.
 *
 * <p>At the end of a compilation that read a catalog, it writes what it read into the class output
 * ({@link dev.errata.processor.manifest.InputsManifest}), so that errata-maven-plugin can tell whether the next
 * build must run it again.
 */
@AutoService(Processor.class)
public final class ErrataProcessor extends AbstractProcessor {

    static final String ERROR_CATALOG = "dev.errata.ErrorCatalog";
    static final String ERROR_CATALOGS = "dev.errata.ErrorCatalogs";
    /** {@code -Aerrata.jackson=2|3|none}: which Jackson generated decoders use, instead of detecting it. */
    static final String JACKSON_OPTION = "errata.jackson";
    /** {@code -Aerrata.docs=false}: no reference docs in the class output (they are written by default). */
    static final String DOCS_OPTION = "errata.docs";

    private final Set<String> processedPackages = new HashSet<>();
    private ManifestRecorder manifest;

    /**
     * Errata's annotations, and the {@code @Generated} its own output carries: without a processor that
     * claims it, javac warns under {@code -Xlint:processing} about the round that compiles our sources.
     */
    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ERROR_CATALOG, ERROR_CATALOGS, "javax.annotation.processing.Generated", "javax.annotation.Generated");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(CatalogLocator.CATALOG_ROOT_OPTION, JACKSON_OPTION, DOCS_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            writeManifest();
            return false;
        }
        Map<PackageElement, List<Request>> requests;
        try {
            requests = requests(annotations, round);
        } catch (RuntimeException | Error e) {
            // An annotation javac could not make sense of (it reports that itself); never throw out of process.
            processingEnv.getMessager().printMessage(Kind.ERROR, new Diagnostic(Message.INTERNAL_ERROR,
                    SourcePosition.wholeFile("@ErrorCatalog"), Message.INTERNAL_ERROR.format(describe(e))).render());
            return true;
        }
        for (Map.Entry<PackageElement, List<Request>> entry : requests.entrySet()) {
            String packageName = entry.getKey().getQualifiedName().toString();
            if (processedPackages.add(packageName)) {
                processPackage(entry.getKey(), entry.getValue());
            }
        }
        // Claimed: no other processor has business with Errata's annotations or its output's @Generated.
        return true;
    }

    /** One {@code @ErrorCatalog} occurrence, with what diagnostics attach to. */
    private record Request(PackageElement pkg, AnnotationMirror mirror, AnnotationValue value, String location) {}

    private Map<PackageElement, List<Request>> requests(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Map<PackageElement, List<Request>> requests = new LinkedHashMap<>();
        for (TypeElement annotation : annotations) {
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element instanceof PackageElement pkg) {
                    requests.computeIfAbsent(pkg, p -> new ArrayList<>());
                }
            }
        }
        for (Map.Entry<PackageElement, List<Request>> entry : requests.entrySet()) {
            PackageElement pkg = entry.getKey();
            for (AnnotationMirror mirror : pkg.getAnnotationMirrors()) {
                String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                if (type.equals(ERROR_CATALOG)) {
                    entry.getValue().add(request(pkg, mirror));
                } else if (type.equals(ERROR_CATALOGS)) {
                    valueOf(mirror).ifPresent(container -> {
                        for (Object item : (List<?>) container.getValue()) {
                            entry.getValue().add(request(pkg, (AnnotationMirror) ((AnnotationValue) item).getValue()));
                        }
                    });
                }
            }
        }
        return requests;
    }

    private static Request request(PackageElement pkg, AnnotationMirror mirror) {
        Optional<? extends AnnotationValue> value = valueOf(mirror);
        String location = value.map(v -> String.valueOf(v.getValue())).orElse("");
        return new Request(pkg, mirror, value.orElse(null), location);
    }

    private static Optional<? extends AnnotationValue> valueOf(AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private void processPackage(PackageElement pkg, List<Request> requests) {
        String packageName = pkg.getQualifiedName().toString();
        Map<String, String> typeOwners = new HashMap<>();
        for (Request request : requests) {
            Diagnostics diagnostics = new Diagnostics();
            try {
                Optional<Boolean> docs = docsOption(request, diagnostics);
                if (docs.isEmpty()) {
                    report(request, diagnostics.all());
                    continue;
                }
                CatalogPipeline.Result result = pipeline(pkg, docs.get()).run(request.location(), packageName, diagnostics);
                if (!diagnostics.hasErrors() && result.catalog().isPresent()) {
                    checkOtherCatalogs(request, result, typeOwners, diagnostics);
                }
                report(request, diagnostics.all());
                Map<String, URI> written = diagnostics.hasErrors() ? Map.of() : write(request, result.sources());
                if (!diagnostics.hasErrors() && written.size() == result.sources().size()) {
                    writeResources(request, result.resources());
                }
                if (result.source().isPresent()) {
                    CatalogSource source = result.source().get();
                    manifest().catalog(packageName, request.location(), source.origin(), source.file(), source.resource(),
                            source.bytes(), written, result.lockFile().map(lock -> new ManifestRecorder.LockFileLookup(
                                    lock.origin(), lock.name(), lock.bytes())));
                }
            } catch (RuntimeException | Error e) {
                report(request, List.of(internalError(request, e)));
            }
        }
    }

    /**
     * Two catalogs in one package must not generate a type of the same name, and no generated type may
     * have the name of a type the package's sources declare. Each clash is one error, naming every type
     * concerned, reported before anything is written, so a clash never leaves part of a catalog behind.
     */
    private void checkOtherCatalogs(Request request, CatalogPipeline.Result result, Map<String, String> typeOwners,
            Diagnostics diagnostics) {
        String packageName = request.pkg().getQualifiedName().toString();
        Map<String, List<String>> byOtherCatalog = new LinkedHashMap<>();
        List<String> declared = new ArrayList<>();
        Map<String, String> claimed = new LinkedHashMap<>();
        // The package's types, read once: a lookup per generated type cost a fifth of the processor's time
        // at 1,000 codes (BENCHMARKS.md).
        Set<String> existing = new HashSet<>();
        for (Element enclosed : request.pkg().getEnclosedElements()) {
            existing.add(enclosed.getSimpleName().toString());
        }
        for (GeneratedSource file : result.sources()) {
            String type = file.typeName();
            String earlier = typeOwners.get(type);
            if (earlier != null) {
                byOtherCatalog.computeIfAbsent(earlier, k -> new ArrayList<>()).add(type);
            } else if (existing.contains(type)) {
                declared.add(type);
            } else {
                claimed.put(type, request.location());
            }
        }
        SourcePosition at = result.catalog().get().namePosition();
        byOtherCatalog.forEach((other, types) -> diagnostics.report(Message.GENERATED_TYPE_CLASH, at,
                typeList(types, packageName), "this catalog", "catalog " + other,
                "Give the catalogs different 'name's"));
        if (!declared.isEmpty()) {
            diagnostics.report(Message.GENERATED_TYPE_CLASH, at, typeList(declared, packageName), "this catalog",
                    "a class the package already declares", "Rename the catalog or that class (a generated file left"
                            + " over from an earlier build goes away with a clean build)");
        }
        if (!diagnostics.hasErrors()) {
            typeOwners.putAll(claimed);
        }
    }

    /** {@code type X is} or {@code types X, Y and 3 more are}, for {@link Message#GENERATED_TYPE_CLASH}. */
    private static String typeList(List<String> types, String packageName) {
        String where = " (in package " + packageName + ")";
        if (types.size() == 1) {
            return "type " + types.get(0) + where + " is";
        }
        List<String> shown = types.subList(0, Math.min(3, types.size()));
        return "types " + String.join(", ", shown) + (types.size() > 3 ? " and " + (types.size() - 3) + " more" : "")
                + where + " are";
    }

    private CatalogLocator locator() {
        return new CatalogLocator(processingEnv.getFiler(),
                Optional.ofNullable(processingEnv.getOptions().get(CatalogLocator.CATALOG_ROOT_OPTION)),
                YamlLimits.DEFAULT.maxBytes());
    }

    /** The manifest of this compilation, started with the options it was given. */
    private ManifestRecorder manifest() {
        if (manifest == null) {
            manifest = new ManifestRecorder(locator().moduleFolder());
            // Every errata.* option, supported or not: the plugin compares them with the build's compiler arguments.
            processingEnv.getOptions().forEach((name, value) -> {
                if (name.startsWith("errata.") && value != null) {
                    manifest.option(name, value);
                }
            });
        }
        return manifest;
    }

    /** Writes the manifest, if a catalog was read; a failure is an error, as for any file the processor writes. */
    private void writeManifest() {
        if (manifest == null || manifest.isEmpty()) {
            return;
        }
        try {
            manifest.write(processingEnv.getFiler());
        } catch (IOException | RuntimeException e) {
            processingEnv.getMessager().printMessage(Kind.ERROR, new Diagnostic(Message.WRITE_FAILED,
                    SourcePosition.wholeFile("@ErrorCatalog"), Message.WRITE_FAILED.format(
                            dev.errata.processor.manifest.InputsManifest.RESOURCE, describe(e))).render());
        }
    }

    private CatalogPipeline pipeline(PackageElement pkg, boolean docs) {
        SourceVersion source = processingEnv.getSourceVersion();
        boolean sealed = source.compareTo(SourceVersion.RELEASE_17) >= 0;
        return new CatalogPipeline(
                locator(),
                new ExceptionBaseValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils()),
                YamlLimits.DEFAULT, sealed, generatedAnnotation(source), jackson(pkg), httpClient(pkg, source), docs);
    }

    /**
     * Whether to write the reference docs ({@code -Aerrata.docs}, default {@code true}); empty after reporting a
     * value that is neither, rather than guess what the build meant.
     */
    private Optional<Boolean> docsOption(Request request, Diagnostics diagnostics) {
        String value = processingEnv.getOptions().get(DOCS_OPTION);
        if (value == null || value.trim().equalsIgnoreCase("true")) {
            return Optional.of(true);
        }
        if (value.trim().equalsIgnoreCase("false")) {
            return Optional.of(false);
        }
        diagnostics.report(Message.OPTION_INVALID, SourcePosition.wholeFile(request.location()), DOCS_OPTION,
                "true or false", value, "Write -A" + DOCS_OPTION + "=false to leave the reference docs out, or drop"
                        + " the option to write them");
        return Optional.empty();
    }

    /**
     * Whether the generated decoders may take {@code java.net.http.HttpHeaders}: from Java 11, where the catalog's
     * package can see it (in a named module, one that reads {@code java.net.http}).
     */
    private boolean httpClient(PackageElement pkg, SourceVersion source) {
        return source.compareTo(SourceVersion.RELEASE_11) >= 0 && visibleType(pkg, "java.net.http.HttpHeaders");
    }

    /**
     * The Jackson the generated decoders use: the one the option names, else Jackson 3 if the catalog's
     * package can see it (the compile class path, outside named modules), else Jackson 2, else none (then
     * no decoder is generated).
     */
    private Optional<Jackson> jackson(PackageElement pkg) {
        String option = processingEnv.getOptions().get(JACKSON_OPTION);
        if (option != null) {
            return Jackson.fromOption(option.trim());
        }
        // Every probe is recorded, so that errata-maven-plugin notices when adding or removing a Jackson changes this.
        Optional<Jackson> found = Optional.empty();
        for (Jackson version : new Jackson[] {Jackson.V3, Jackson.V2}) {
            boolean visible = visibleType(pkg, version.marker());
            manifest().probe(version.marker(), visible);
            if (visible && found.isEmpty()) {
                found = Optional.of(version);
            }
        }
        return found;
    }

    /**
     * Whether the package's module can see type {@code name}. Asked of that module, not of the whole
     * compilation: for a type that is absent (Jackson usually is), javac answers a lookup without a module
     * by trying every module of the JDK in turn, 40-50 ms a type in a fresh compiler. A type that only some
     * other module can see could not be used by the generated code anyway.
     */
    private boolean visibleType(PackageElement pkg, String name) {
        Elements elements = processingEnv.getElementUtils();
        ModuleElement module = elements.getModuleOf(pkg);
        manifest().namedModule(module != null && !module.isUnnamed());
        // No module when the source level predates modules; then the plain lookup is a single one too.
        return (module == null ? elements.getTypeElement(name) : elements.getTypeElement(module, name)) != null;
    }

    /** {@code @Generated} as the compiled source level has it: none, Java 8's, or Java 9's. */
    private Optional<String> generatedAnnotation(SourceVersion source) {
        String modern = "javax.annotation.processing.Generated";
        String legacy = "javax.annotation.Generated";
        if (source.compareTo(SourceVersion.RELEASE_8) > 0 && processingEnv.getElementUtils().getTypeElement(modern) != null) {
            return Optional.of(modern);
        }
        return processingEnv.getElementUtils().getTypeElement(legacy) != null ? Optional.of(legacy) : Optional.empty();
    }

    /**
     * Renders every file before opening any, then writes them; a rendering failure leaves no file behind.
     *
     * @return where each file went, by type name
     */
    private Map<String, URI> write(Request request, List<GeneratedSource> sources) {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (GeneratedSource file : sources) {
            rendered.put(file.packageName() + "." + file.typeName(), file.render());
        }
        Map<String, URI> written = new LinkedHashMap<>();
        for (Map.Entry<String, String> source : rendered.entrySet()) {
            try {
                JavaFileObject file = processingEnv.getFiler().createSourceFile(source.getKey(), request.pkg());
                try (Writer writer = file.openWriter()) {
                    writer.write(source.getValue());
                }
                written.put(source.getKey().substring(source.getKey().lastIndexOf('.') + 1), file.toUri());
            } catch (IOException e) {
                Diagnostics diagnostics = new Diagnostics();
                diagnostics.report(Message.WRITE_FAILED, SourcePosition.wholeFile(request.location()), source.getKey(),
                        e.getMessage());
                report(request, diagnostics.all());
                return written;
            }
        }
        return written;
    }

    /** Writes the catalog's docs into the class output, so that they ship in the user's jar. */
    private void writeResources(Request request, Map<String, String> resources) {
        for (Map.Entry<String, String> resource : resources.entrySet()) {
            try {
                FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                        resource.getKey(), request.pkg());
                // UTF-8 whatever the compiler's -encoding: the docs hold the catalog's text as it is.
                try (java.io.OutputStream out = file.openOutputStream()) {
                    out.write(resource.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                Diagnostics diagnostics = new Diagnostics();
                diagnostics.report(Message.WRITE_FAILED, SourcePosition.wholeFile(request.location()), resource.getKey(),
                        describe(e));
                report(request, diagnostics.all());
                return;
            }
        }
    }

    private static Diagnostic internalError(Request request, Throwable e) {
        StackTraceElement top = null;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (top == null || frame.getClassName().startsWith("dev.errata.")) {
                top = frame;
                if (frame.getClassName().startsWith("dev.errata.")) {
                    break;
                }
            }
        }
        String what = describe(e) + (top == null ? "" : " at " + top);
        return new Diagnostic(Message.INTERNAL_ERROR, SourcePosition.wholeFile(request.location()),
                Message.INTERNAL_ERROR.format(what));
    }

    private static String describe(Throwable e) {
        String text = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        return e.getClass().getName() + (text.isEmpty() ? "" : ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }

    private void report(Request request, List<Diagnostic> diagnostics) {
        for (Diagnostic diagnostic : diagnostics) {
            Kind kind = diagnostic.severity() == Severity.ERROR ? Kind.ERROR : Kind.WARNING;
            if (request.value() != null) {
                processingEnv.getMessager().printMessage(kind, diagnostic.render(), request.pkg(), request.mirror(),
                        request.value());
            } else {
                processingEnv.getMessager().printMessage(kind, diagnostic.render(), request.pkg(), request.mirror());
            }
        }
    }
}
