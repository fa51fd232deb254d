package dev.errata.maven.e2e;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.maven.e2e.SingleModuleIT.NO_PAYMENT;
import static dev.errata.maven.e2e.SingleModuleIT.RECOMPILING;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Maven and javac 25, which (like every javac from 23 on) runs no processor found only on the class path: the
 * user's project gets it from {@code annotationProcessorPaths}. Here the module was compiled before the plugin
 * was added by a processor that left no manifest, so the plugin's first build has nothing to compare and
 * recompiles; after that, no change means no recompilation. The JDK is {@code -Derrata.e2e.jdk25Home=...}, by
 * default {@code /usr/lib/jvm/temurin-25-jdk-amd64}; the test is skipped when it is absent.
 */
class Jdk25IT {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @Test
    void firstBuildWithThePluginRecompilesThenStaysUpToDateOnJdk25() throws Exception {
        Path jdk = Paths.get(System.getProperty("errata.e2e.jdk25Home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isRegularFile(jdk.resolve("bin").resolve("javac"))
                || Files.isRegularFile(jdk.resolve("bin").resolve("javac.exe")), () -> "no JDK at " + jdk);
        int feature = featureVersion(jdk);
        assumeTrue(feature >= 25, () -> jdk + " is JDK " + feature + ", not 25 or newer");

        Path project = NestedMaven.project("single", "jdk25");
        Path generated = project.resolve("target/generated-sources/annotations/com/example/shop/ShopError.java");
        Path classes = project.resolve("target/classes");

        NestedMaven.run(project, jdk, "-Derrata.skip=true", "compile").assertSuccess()
                .assertLogContains("Java version: " + feature, "Maven must run on the JDK under test")
                .assertLogContains("javac [debug release 17]", "the generated code is compiled for --release 17");
        assertThat(NestedMaven.enumConstants(classes, "com.example.shop.ShopError")).containsExactly("OUT_OF_STOCK");
        // As if compiled by a processor from before the manifest: no record of what it read.
        Files.delete(classes.resolve("META-INF/errata/inputs.txt"));

        NestedMaven.appendToCatalog(project.resolve("src/main/resources/catalogs/shop.yaml"), NO_PAYMENT);
        NestedMaven.run(project, jdk, "compile").assertSuccess()
                .assertLogContains("Errata: no record of what the processor read before (first build with"
                        + " errata-maven-plugin)", "the plugin says why it recompiles")
                .assertLogContains(RECOMPILING, "the first build with the plugin must recompile on JDK " + feature);
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("NO_PAYMENT(");
        assertThat(NestedMaven.enumConstants(classes, "com.example.shop.ShopError"))
                .containsExactly("OUT_OF_STOCK", "NO_PAYMENT").inOrder();

        SingleModuleIT.assertNothingToCompile(project, jdk, generated, classes.resolve("com/example/shop/ShopError.class"));
    }

    private static int featureVersion(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        assumeTrue(Files.isRegularFile(release), () -> "no release file in " + jdk);
        Matcher m = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
        assumeTrue(m.find(), () -> "no JAVA_VERSION in " + release);
        return Integer.parseInt(m.group(1));
    }
}
