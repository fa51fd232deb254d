package dev.errata.maven;

import dev.errata.processor.manifest.InputsManifest;
import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.Origin;
import dev.errata.processor.manifest.ManifestException;
import dev.errata.processor.manifest.ManifestFormat;
import dev.errata.processor.manifest.Sha256;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Makes the next compilation run the Errata processor again when one of its inputs changed since the last one:
 * a catalog (in the module, in another module of the reactor, in a jar), the processor, its {@code -Aerrata.*}
 * options, or whether Jackson is on the class path. It compares the manifest the processor left in the class
 * output with the build as it is now; if something differs, it deletes what the processor generated last time
 * and rewrites a stamp source, which makes maven-compiler-plugin (3.x and 4.x) recompile the module. If nothing
 * differs, it changes nothing, and the compiler says "Nothing to compile".
 */
@Mojo(name = "track", defaultPhase = LifecyclePhase.GENERATE_SOURCES, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class TrackMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    /** The class output, where the processor leaves its manifest. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /** Where the stamp source goes; the goal adds it to the compile source roots. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/errata-stamp", required = true)
    private File stampDirectory;

    /** Skips the goal: no stamp, no comparison; catalog edits then go unnoticed, as without the plugin. */
    @Parameter(property = "errata.skip", defaultValue = "false")
    private boolean skip;

    /** Whether to keep the catalog JSON Schema beside the module's own catalogs, for editors. */
    @Parameter(property = "errata.writeSchema", defaultValue = "true")
    private boolean writeSchema;

    @Inject
    public TrackMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Errata: skipped (errata.skip)");
            return;
        }
        Stamp stamp = new Stamp(stampDirectory.toPath(), project.getGroupId(), project.getArtifactId());
        project.addCompileSourceRoot(stamp.sourceRoot().toString());
        Path classes = outputDirectory.toPath().toAbsolutePath().normalize();
        Path manifestFile = classes.resolve(InputsManifest.RESOURCE);
        try {
            if (!Files.exists(manifestFile)) {
                if (!stamp.exists()) {
                    // Never compiled with this plugin: what was compiled before may predate an edit. The new stamp
                    // is an added source, which makes the compiler recompile everything.
                    getLog().info("Errata: no record of what the processor read before (first build with"
                            + " errata-maven-plugin); the module is compiled anew");
                    stamp.write("none recorded");
                }
                // Else the last compilation read no catalog: nothing to compare.
                return;
            }
            InputsManifest manifest = read(manifestFile);
            List<String> reasons;
            try (ClassPath classPath = new ClassPath(compileClassPath(classes))) {
                CompilerSettings compiler = CompilerSettings.of(project);
                MavenInputs now = new MavenInputs(project, compiler, classPath, () -> processorJar(compiler));
                reasons = ChangedInputs.between(manifest, now);
                if (writeSchema) {
                    refreshSchema(manifest, now);
                }
            }
            if (reasons.isEmpty() && stamp.exists()) {
                getLog().info("Errata: the processor's inputs are unchanged");
                return;
            }
            for (String reason : reasons) {
                getLog().info("Errata: " + reason + "; the processor runs again");
            }
            Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
            int deleted = StaleOutputs.delete(manifest, basedir, Paths.get(project.getBuild().getDirectory()), classes);
            getLog().debug("Errata: deleted " + deleted + " files generated from the previous inputs");
            Files.deleteIfExists(stamp.compiled(classes));
            stamp.write(Sha256.of(Files.readAllBytes(manifestFile)) + (reasons.isEmpty() ? "" : " (changed since)"));
        } catch (IOException e) {
            throw new MojoExecutionException("Errata: " + e, e);
        }
    }

    private InputsManifest read(Path manifestFile) throws IOException, MojoFailureException {
        try (Reader reader = Files.newBufferedReader(manifestFile, StandardCharsets.UTF_8)) {
            return ManifestFormat.read(reader, manifestFile.toString());
        } catch (ManifestException | java.nio.charset.CharacterCodingException e) {
            throw new MojoFailureException("Errata: the processor's record of its last run cannot be read: "
                    + e.getMessage() + ". It is written by errata-processor at each compilation and read by"
                    + " errata-maven-plugin; use the same version of both, then delete the file (or run mvn clean)"
                    + " and build again");
        }
    }

    /** The compile class path without the module's own class output, whose resources are not yet copied. */
    private List<Path> compileClassPath(Path classes) throws MojoExecutionException {
        List<Path> entries = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                Path entry = Paths.get(element).toAbsolutePath().normalize();
                if (!entry.equals(classes)) {
                    entries.add(entry);
                }
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("Errata: the compile class path is not resolved: " + e.getMessage(), e);
        }
        return entries;
    }

    /** The errata-processor jar of the version the compiler names, resolved as the compiler resolves it. */
    private Optional<Path> processorJar(CompilerSettings compiler) {
        Optional<String> version = compiler.processorVersion();
        if (version.isEmpty()) {
            return Optional.empty();
        }
        ArtifactRequest request = new ArtifactRequest(new DefaultArtifact(CompilerSettings.PROCESSOR_GROUP,
                CompilerSettings.PROCESSOR_ARTIFACT, "jar", version.get()), project.getRemoteProjectRepositories(), null);
        try {
            File file = repositorySystem.resolveArtifact(session.getRepositorySession(), request).getArtifact().getFile();
            return Optional.ofNullable(file).map(File::toPath);
        } catch (ArtifactResolutionException e) {
            // The compiler will fail on it with its own message; here it only means the jar cannot be compared.
            getLog().debug("Errata: errata-processor " + version.get() + " not resolved: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the schema beside each catalog that is the module's own file (not a jar's, not another module's). */
    private void refreshSchema(InputsManifest manifest, MavenInputs now) throws IOException {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path build = Paths.get(project.getBuild().getDirectory()).toAbsolutePath().normalize();
        List<Path> own = new ArrayList<>();
        for (CatalogRecord catalog : manifest.catalogs()) {
            Optional<Path> file = catalog.origin() == Origin.FILE ? Optional.of(basedir.resolve(catalog.name()).normalize())
                    : catalog.origin() == Origin.CLASS_OUTPUT ? now.resourceSource(catalog.name()) : Optional.empty();
            file.filter(f -> f.startsWith(basedir) && !f.startsWith(build) && Files.isRegularFile(f)).ifPresent(own::add);
        }
        for (Path written : SchemaFiles.refresh(own)) {
            getLog().info("Errata: wrote the catalog schema for editors to " + basedir.relativize(written));
        }
    }
}
