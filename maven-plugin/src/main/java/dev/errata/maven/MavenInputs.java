package dev.errata.maven;

import dev.errata.processor.manifest.InputsManifest.Origin;
import dev.errata.processor.manifest.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;

/** The module's inputs as Maven sees them before it copies resources and compiles. */
final class MavenInputs implements CurrentInputs {

    private final MavenProject project;
    private final CompilerSettings compiler;
    private final ClassPath classPath;
    private final Supplier<Optional<Path>> processorJar;
    private final Path basedir;
    private final Path outputDirectory;

    /**
     * @param classPath the compile class path without the module's own class output
     * @param processorJar finds the errata-processor jar of the version the compiler names, if it can
     */
    MavenInputs(MavenProject project, CompilerSettings compiler, ClassPath classPath,
            Supplier<Optional<Path>> processorJar) {
        this.project = project;
        this.compiler = compiler;
        this.classPath = classPath;
        this.processorJar = processorJar;
        this.basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        this.outputDirectory = Paths.get(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> processorVersion() {
        return compiler.processorVersion().or(() -> processorArtifact().map(Artifact::getBaseVersion));
    }

    @Override
    public Optional<String> processorJarSha256() throws IOException {
        Optional<Path> jar = compiler.processorVersion().isPresent() ? processorJar.get()
                : processorArtifact().map(a -> a.getFile() == null ? null : a.getFile().toPath());
        return jar.isPresent() && Files.isRegularFile(jar.get()) ? Optional.of(Sha256.of(jar.get())) : Optional.empty();
    }

    /** errata-processor as a dependency of the module, for builds that put it on the class path. */
    private Optional<Artifact> processorArtifact() {
        return project.getArtifacts().stream()
                .filter(a -> CompilerSettings.PROCESSOR_GROUP.equals(a.getGroupId())
                        && CompilerSettings.PROCESSOR_ARTIFACT.equals(a.getArtifactId()))
                .findFirst();
    }

    @Override
    public Optional<Map<String, String>> errataOptions() {
        return Optional.of(compiler.errataOptions());
    }

    @Override
    public Optional<String> fileSha256(String path) throws IOException {
        Path file = basedir.resolve(path);
        return Files.isRegularFile(file) ? Optional.of(Sha256.of(file)) : Optional.empty();
    }

    @Override
    public Optional<String> classOutputResourceSha256(String name) throws IOException {
        Optional<Path> source = resourceSource(name);
        if (source.isPresent()) {
            return Optional.of(Sha256.of(source.get()));
        }
        // Not from the module's resources (another plugin put it there, or it is gone): the file itself.
        Path copy = outputDirectory.resolve(name);
        return Files.isRegularFile(copy) ? Optional.of(Sha256.of(copy)) : Optional.empty();
    }

    /**
     * The unfiltered resource file the build copies to {@code name} in the class output: the last resource folder
     * holding it wins, as when Maven copies them in turn.
     */
    Optional<Path> resourceSource(String name) {
        List<Resource> resources = project.getResources();
        for (int i = resources.size() - 1; i >= 0; i--) {
            Resource resource = resources.get(i);
            if (resource.getDirectory() == null || resource.isFiltering()) {
                // A filtered copy differs from its source: the copy in the class output answers instead (so an
                // edit is seen one build late, once copied).
                continue;
            }
            String target = resource.getTargetPath() == null ? "" : resource.getTargetPath().replace('\\', '/');
            if (Paths.get(target).isAbsolute()) {
                continue;
            }
            String prefix = target.isEmpty() || target.endsWith("/") ? target : target + "/";
            if (!name.startsWith(prefix)) {
                continue;
            }
            Path file = basedir.resolve(resource.getDirectory()).resolve(name.substring(prefix.length()));
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    @Override
    public String shown(Origin origin, String name) {
        if (origin == Origin.CLASS_OUTPUT) {
            return resourceSource(name).map(file -> file.startsWith(basedir) ? basedir.relativize(file) : file)
                    .map(file -> file.toString().replace('\\', '/')).orElse(name);
        }
        return name;
    }

    @Override
    public Optional<String> classPathResourceSha256(String name) throws IOException {
        return classPath.sha256(name);
    }

    @Override
    public boolean onClassPath(String type) throws IOException {
        return classPath.holdsClass(type);
    }
}
