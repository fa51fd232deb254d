package dev.errata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errata.ErrorCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Runs real Maven builds of small user projects (templates under {@code src/test/resources/e2e/}) against the
 * Errata jars this build just made.
 *
 * <p>The nested builds use a local repository of their own, {@code target/e2e/repository}: the fresh
 * {@code errata-parent}, {@code errata-annotations} and {@code errata-processor} are copied into it as if
 * installed, so nothing is written to the user's {@code ~/.m2}. Everything else (plugins and their
 * dependencies) comes first from the outer build's local repository, declared as a {@code file:} repository
 * in a generated global settings file, then from Maven Central for what the outer build never needed (such
 * as build-helper-maven-plugin on a fresh machine). The outer user settings, if any, still apply, so mirrors
 * and proxies keep working; an offline outer build makes the nested builds offline too.
 *
 * <p>Failsafe passes the paths and versions as system properties (see {@code processor/pom.xml}); run from an
 * IDE without them, the tests are skipped.
 */
final class NestedMaven {

    /** The version of build-helper-maven-plugin the templates (and docs/build-integration.md) use. */
    static final String BUILD_HELPER_VERSION = "3.6.1";

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private static Path repository;
    private static Path settings;

    private NestedMaven() {}

    /** A build's exit code and console output. */
    record Build(Path project, List<String> command, int exitCode, String log, Path logFile) {

        Build assertSuccess() {
            if (exitCode != 0 || !log.contains("BUILD SUCCESS")) {
                fail("nested build failed (exit " + exitCode + ") in " + project + ": " + String.join(" ", command)
                        + "\nfull log: " + logFile + "\n--- last lines ---\n" + tail(40));
            }
            return this;
        }

        Build assertLogContains(String text, String why) {
            assertTrue(log.contains(text), () -> why + ": expected the log to contain \"" + text + "\"\nfull log: " + logFile
                    + "\n--- last lines ---\n" + tail(40));
            return this;
        }

        Build assertLogLacks(String text, String why) {
            assertTrue(!log.contains(text), () -> why + ": the log contains \"" + text + "\"\nfull log: " + logFile);
            return this;
        }

        long count(String text) {
            long n = 0;
            for (int i = log.indexOf(text); i >= 0; i = log.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }

        String tail(int lines) {
            String[] all = log.split("\\R");
            return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
        }
    }

    /** A required system property; skips the test when it is missing (the test was not started by failsafe). */
    static String property(String name) {
        String value = System.getProperty(name);
        assumeTrue(value != null && !value.isBlank() && !value.startsWith("${"),
                () -> "system property " + name + " not set: run the e2e tests with mvn verify");
        return value;
    }

    /** Copies a template into a fresh folder under target/e2e and fills in its @...@ tokens. */
    static Path project(String template, String scenario) throws IOException {
        Path source = templateFolder(template);
        Path target = Paths.get(property("errata.e2e.workDir")).resolve(scenario);
        deleteTree(target);
        Map<String, String> tokens = Map.of(
                "@errata.version@", property("errata.e2e.version"),
                "@compiler.version@", property("errata.e2e.compilerPluginVersion"),
                "@resources.version@", property("errata.e2e.resourcesPluginVersion"),
                "@clean.version@", property("errata.e2e.cleanPluginVersion"),
                "@build-helper.version@", BUILD_HELPER_VERSION);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else if (file.getFileName().toString().equals("pom.xml")) {
                    String pom = Files.readString(file, StandardCharsets.UTF_8);
                    for (Map.Entry<String, String> token : tokens.entrySet()) {
                        pom = pom.replace(token.getKey(), token.getValue());
                    }
                    Files.writeString(copy, pom, StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // Maven looks upwards for .mvn/ to find the project's root and its maven.config / jvm.config: stop it here,
        // so nothing of the Errata build's own set-up leaks into the user's build.
        Files.createDirectories(target.resolve(".mvn"));
        return target;
    }

    /** Runs {@code mvn <goals>} in {@code folder} with the JDK at {@code javaHome}. */
    static Build run(Path folder, Path javaHome, String... goals) throws IOException, InterruptedException {
        prepareRepository();
        List<String> command = new ArrayList<>();
        command.add(Paths.get(property("maven.home"), "bin", WINDOWS ? "mvn.cmd" : "mvn").toString());
        command.add("-B");
        command.add("-V");
        command.add("-gs");
        command.add(settings.toString());
        String userSettings = System.getProperty("errata.e2e.userSettings", "");
        if (!userSettings.isBlank() && !userSettings.startsWith("${") && Files.isRegularFile(Paths.get(userSettings))) {
            command.add("-s");
            command.add(userSettings);
        }
        command.add("-Dmaven.repo.local=" + repository);
        if (offline()) {
            command.add("-o");
            command.add("-Daether.offline.protocols=file");
        }
        command.addAll(List.of(goals));

        Path logs = Paths.get(property("errata.e2e.workDir")).resolve("logs");
        Files.createDirectories(logs);
        Path logFile = logs.resolve(String.format("%02d-%s.log", BUILDS.incrementAndGet(), folder.getFileName()));
        Files.writeString(logFile, "# in " + folder + ", JAVA_HOME=" + javaHome + "\n# " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("MAVEN_SKIP_RC", "true");                       // no ~/.mavenrc overriding JAVA_HOME
        env.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"); // short-lived JVMs start faster
        env.remove("MAVEN_ARGS");
        env.remove("MAVEN_DEBUG_OPTS");
        Process process = builder.start();
        if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("nested build took longer than " + BUILD_TIMEOUT + ": " + String.join(" ", command) + "\nlog: " + logFile);
        }
        return new Build(folder, command, process.exitValue(), Files.readString(logFile, StandardCharsets.UTF_8), logFile);
    }

    /** Whether the outer build is offline; failsafe passes {@code offline=true|false}. */
    private static boolean offline() {
        return "offline=true".equals(System.getProperty("errata.e2e.offline"));
    }

    /** The JDK running this test, for nested builds. */
    static Path currentJdk() {
        return Paths.get(System.getProperty("java.home"));
    }

    /**
     * Edits a catalog the way a user would, and makes sure its time stamp is strictly newer than everything
     * the last build wrote under {@code moduleTarget} (file systems with coarse time stamps could otherwise
     * give both the same time).
     */
    static void appendToCatalog(Path catalog, Path moduleTarget, String yaml) throws IOException, InterruptedException {
        FileTime lastBuild = newest(moduleTarget);
        Files.writeString(catalog, Files.readString(catalog, StandardCharsets.UTF_8) + yaml, StandardCharsets.UTF_8);
        while (Files.getLastModifiedTime(catalog).compareTo(lastBuild) <= 0) {
            Thread.sleep(50);
            Files.setLastModifiedTime(catalog, FileTime.fromMillis(System.currentTimeMillis()));
        }
    }

    /** The names of the constants of a compiled enum, loaded from {@code classes}. */
    static List<String> enumConstants(Path classes, String enumName) throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                NestedMaven.class.getClassLoader())) {
            Class<?> type = Class.forName(enumName, true, loader);
            assertTrue(type.isEnum(), enumName + " is not an enum");
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return names;
        }
    }

    static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    /** The nested builds' local repository, with the fresh Errata artifacts in it; made once per test JVM. */
    private static synchronized void prepareRepository() throws IOException {
        if (repository != null) {
            return;
        }
        Path work = Paths.get(property("errata.e2e.workDir"));
        Path outer = Paths.get(property("errata.e2e.outerRepository"));
        String version = property("errata.e2e.version");
        Path repo = work.resolve("repository");

        install(repo, "errata-parent", version, Paths.get(property("errata.e2e.parentPom")), null);
        install(repo, "errata-processor", version, Paths.get(property("errata.e2e.processorPom")),
                Paths.get(property("errata.e2e.processorJar")));
        Path annotationsJar = annotationsJar();
        Path annotationsPom = work.resolve("errata-annotations.pom");
        try (JarFile jar = new JarFile(annotationsJar.toFile());
                InputStream pom = jar.getInputStream(jar.getEntry("META-INF/maven/dev.errata/errata-annotations/pom.xml"))) {
            Files.copy(pom, annotationsPom, StandardCopyOption.REPLACE_EXISTING);
        }
        install(repo, "errata-annotations", version, annotationsPom, annotationsJar);

        if (offline()) {
            Path plugin = Paths.get("org", "codehaus", "mojo", "build-helper-maven-plugin", BUILD_HELPER_VERSION);
            assumeTrue(Files.isDirectory(outer.resolve(plugin)) || Files.isDirectory(repo.resolve(plugin)),
                    "offline, and build-helper-maven-plugin " + BUILD_HELPER_VERSION + " was never downloaded: run once online");
        }

        String repositoryXml = """
                <id>errata-e2e-outer</id>
                <url>%s</url>
                <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>
                """.formatted(outer.toUri());
        Path settingsFile = work.resolve("settings.xml");
        Files.writeString(settingsFile, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Written by NestedMaven: the outer build's local repository first, then Maven Central. -->
                <settings>
                  <profiles>
                    <profile>
                      <id>errata-e2e</id>
                      <repositories><repository>%1$s</repository></repositories>
                      <pluginRepositories><pluginRepository>%1$s</pluginRepository></pluginRepositories>
                    </profile>
                  </profiles>
                  <activeProfiles><activeProfile>errata-e2e</activeProfile></activeProfiles>
                </settings>
                """.formatted(repositoryXml), StandardCharsets.UTF_8);
        settings = settingsFile;
        repository = repo;
    }

    /** Lays a file out as {@code mvn install} would, which is all a local repository needs. */
    private static void install(Path repo, String artifactId, String version, Path pom, Path jar) throws IOException {
        assertTrue(Files.isRegularFile(pom), () -> "missing " + pom + ": run mvn verify (package must run first)");
        Path folder = repo.resolve(Paths.get("dev", "errata", artifactId, version));
        Files.createDirectories(folder);
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        if (jar != null) {
            assertTrue(Files.isRegularFile(jar), () -> "missing " + jar + ": run mvn verify (package must run first)");
            Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The errata-annotations jar this test runs with: the reactor's freshly packaged one under mvn verify. */
    private static Path annotationsJar() {
        try {
            Path location = Paths.get(ErrorCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            assumeTrue(Files.isRegularFile(location), () -> "errata-annotations is a folder here (" + location
                    + "), not a jar: run the e2e tests with mvn verify");
            return location;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path templateFolder(String template) {
        URL url = NestedMaven.class.getResource("/e2e/" + template);
        assumeTrue(url != null && "file".equals(url.getProtocol()), "template e2e/" + template + " not found as a folder");
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileTime newest(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return FileTime.fromMillis(0);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(file -> {
                try {
                    return Files.getLastModifiedTime(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(Comparator.naturalOrder()).orElse(FileTime.fromMillis(0));
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(file);
            }
        }
    }
}
