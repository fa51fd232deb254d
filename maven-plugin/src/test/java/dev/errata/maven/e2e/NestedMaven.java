package dev.errata.maven.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errata.ErrorCatalog;
import dev.errata.processor.manifest.InputsManifest;
import java.io.IOException;
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
import java.util.stream.Stream;

/**
 * Runs real Maven builds of small user projects (templates under {@code src/test/resources/e2e/}) against the
 * Errata jars this build just made.
 *
 * <p>The nested builds use a local repository of their own, {@code target/e2e/repository}: the fresh
 * {@code errata-annotations}, {@code errata-processor} and {@code errata-maven-plugin} jars are copied into it
 * as if installed (each with a POM listing what a user's build needs of it), so nothing is written to the user's
 * {@code ~/.m2}. Everything else (plugins and their dependencies) comes first from the outer build's local
 * repository, declared as a {@code file:} repository in a generated global settings file, then from Maven
 * Central for what the outer build never needed. The outer user settings, if any, still apply, so mirrors and
 * proxies keep working; an offline outer build makes the nested builds offline too.
 *
 * <p>Failsafe passes the paths and versions as system properties (see {@code maven-plugin/pom.xml}); run from
 * an IDE without them, the tests are skipped.
 */
final class NestedMaven {

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
                "@jar.version@", property("errata.e2e.jarPluginVersion"),
                "@install.version@", property("errata.e2e.installPluginVersion"),
                "@surefire.version@", property("errata.e2e.surefirePluginVersion"),
                "@jackson2.version@", property("errata.e2e.jackson2Version"));
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

    /** Runs {@code mvn <goals>} in {@code folder} with the JDK running the test. */
    static Build run(Path folder, String... goals) throws IOException, InterruptedException {
        return run(folder, currentJdk(), goals);
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

    /** Edits a file the way a user would: {@code from} becomes {@code to}, which must change it. */
    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " does not contain " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Appends YAML to a catalog, as a user adds an entry. */
    static void appendToCatalog(Path catalog, String yaml) throws IOException {
        Files.writeString(catalog, Files.readString(catalog, StandardCharsets.UTF_8) + yaml, StandardCharsets.UTF_8);
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

        install(repo, "errata-annotations", version, "jar", "", jarOf(ErrorCatalog.class));
        // The processor jar is self-contained (its libraries are shaded in): a user's build needs nothing else.
        install(repo, "errata-processor", version, "jar", "", jarOf(InputsManifest.class));
        install(repo, "errata-maven-plugin", version, "maven-plugin", """
                  <dependencies>
                    <dependency>
                      <groupId>dev.errata</groupId>
                      <artifactId>errata-processor</artifactId>
                      <version>%s</version>
                    </dependency>
                  </dependencies>
                """.formatted(version), Paths.get(property("errata.e2e.pluginJar")));

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

    /**
     * Lays an artifact out as {@code mvn install} would, which is all a local repository needs, with a POM that
     * holds its coordinates and {@code dependencies}.
     */
    private static void install(Path repo, String artifactId, String version, String packaging, String dependencies,
            Path jar) throws IOException {
        assertTrue(Files.isRegularFile(jar), () -> "missing " + jar + ": run mvn verify (package must run first)");
        Path folder = repo.resolve(Paths.get("dev", "errata", artifactId, version));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(artifactId + "-" + version + ".pom"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.errata</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>%s</packaging>
                %s</project>
                """.formatted(artifactId, version, packaging, dependencies), StandardCharsets.UTF_8);
        Files.copy(jar, folder.resolve(artifactId + "-" + version + ".jar"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The jar a class was loaded from: under mvn verify, the reactor's freshly packaged one. */
    private static Path jarOf(Class<?> type) {
        try {
            Path location = Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assumeTrue(Files.isRegularFile(location), () -> type.getName() + " comes from a folder here (" + location
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
