package dev.errata.processor.e2e;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.processor.e2e.RegenerationIT.NO_PAYMENT;
import static dev.errata.processor.e2e.RegenerationIT.RECOMPILING;
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
 * The processor runs under javac 25, which (like every javac from 23 on) runs no processor found only on the
 * class path: the user's project gets it from {@code annotationProcessorPaths}. Maven itself runs on that JDK.
 * The JDK is {@code -Derrata.e2e.jdk25Home=...}, by default {@code /usr/lib/jvm/temurin-25-jdk-amd64}; the test
 * is skipped when it is absent.
 */
class Jdk25IT {

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

    @Test
    void processorRunsAndRegeneratesOnJdk25() throws Exception {
        Path jdk = Paths.get(System.getProperty("errata.e2e.jdk25Home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isRegularFile(jdk.resolve("bin").resolve("javac"))
                || Files.isRegularFile(jdk.resolve("bin").resolve("javac.exe")), () -> "no JDK at " + jdk);
        int feature = featureVersion(jdk);
        assumeTrue(feature >= 25, () -> jdk + " is JDK " + feature + ", not 25 or newer");

        Path project = NestedMaven.project("single", "jdk25");
        Path generated = project.resolve("target/generated-sources/annotations/com/example/shop/ShopError.java");

        NestedMaven.run(project, jdk, "compile").assertSuccess()
                .assertLogContains("Java version: " + feature, "Maven must run on the JDK under test")
                .assertLogContains("javac [debug release 11]", "the generated code is compiled for --release 11")
                .assertLogLacks("obsolete", "--release 11 must not warn on JDK " + feature);
        assertThat(NestedMaven.enumConstants(project.resolve("target/classes"), "com.example.shop.ShopError"))
                .contains("OUT_OF_STOCK");

        NestedMaven.appendToCatalog(project.resolve("src/main/resources/catalogs/shop.yaml"), project.resolve("target"),
                NO_PAYMENT);
        NestedMaven.run(project, jdk, "compile").assertSuccess()
                .assertLogContains(RECOMPILING, "a catalog-only edit must recompile on JDK " + feature);
        assertThat(Files.readString(generated, StandardCharsets.UTF_8)).contains("NO_PAYMENT(");
        assertThat(NestedMaven.enumConstants(project.resolve("target/classes"), "com.example.shop.ShopError"))
                .containsAtLeast("OUT_OF_STOCK", "NO_PAYMENT").inOrder();
    }

    private static int featureVersion(Path jdk) throws IOException {
        Path release = jdk.resolve("release");
        assumeTrue(Files.isRegularFile(release), () -> "no release file in " + jdk);
        Matcher m = JAVA_VERSION.matcher(Files.readString(release, StandardCharsets.UTF_8));
        assumeTrue(m.find(), () -> "no JAVA_VERSION in " + release);
        return Integer.parseInt(m.group(1));
    }
}
