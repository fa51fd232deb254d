package dev.errata.maven;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the module's maven-compiler-plugin set-up (its {@code default-compile} execution, else the plugin's own
 * configuration) says about Errata: the {@code -Aerrata.*} options and the errata-processor version on the
 * annotation processor path.
 */
record CompilerSettings(boolean found, Map<String, String> errataOptions, Optional<String> processorVersion) {

    static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
    static final String PROCESSOR_GROUP = "dev.errata";
    static final String PROCESSOR_ARTIFACT = "errata-processor";

    static CompilerSettings of(MavenProject project) {
        Plugin compiler = project.getPlugin(COMPILER_PLUGIN);
        if (compiler == null) {
            return new CompilerSettings(false, Map.of(), Optional.empty());
        }
        PluginExecution execution = compiler.getExecutionsAsMap().get("default-compile");
        Object configuration = execution != null && execution.getConfiguration() != null ? execution.getConfiguration()
                : compiler.getConfiguration();
        if (!(configuration instanceof Xpp3Dom config)) {
            return new CompilerSettings(true, Map.of(), Optional.empty());
        }
        Map<String, String> options = new LinkedHashMap<>();
        Xpp3Dom args = config.getChild("compilerArgs");
        if (args != null) {
            for (Xpp3Dom arg : args.getChildren()) {
                option(arg.getValue(), options);
            }
        }
        Xpp3Dom argument = config.getChild("compilerArgument");
        if (argument != null && argument.getValue() != null) {
            for (String arg : argument.getValue().trim().split("\\s+")) {
                option(arg, options);
            }
        }
        return new CompilerSettings(true, options, processorVersion(config, project));
    }

    private static void option(String arg, Map<String, String> options) {
        if (arg == null) {
            return;
        }
        String trimmed = arg.trim();
        int equals = trimmed.indexOf('=');
        // -Akey without a value reaches the processor as no value; the processor records none either.
        if (trimmed.startsWith("-Aerrata.") && equals > 0) {
            options.put(trimmed.substring(2, equals), trimmed.substring(equals + 1));
        }
    }

    /** The version of errata-processor on the annotation processor path, or managed for it. */
    private static Optional<String> processorVersion(Xpp3Dom config, MavenProject project) {
        Xpp3Dom paths = config.getChild("annotationProcessorPaths");
        if (paths == null) {
            return Optional.empty();
        }
        for (Xpp3Dom path : paths.getChildren()) {
            if (PROCESSOR_GROUP.equals(text(path, "groupId")) && PROCESSOR_ARTIFACT.equals(text(path, "artifactId"))) {
                String version = text(path, "version");
                if (version != null) {
                    return Optional.of(version);
                }
                if (project.getDependencyManagement() != null) {
                    for (Dependency managed : project.getDependencyManagement().getDependencies()) {
                        if (PROCESSOR_GROUP.equals(managed.getGroupId()) && PROCESSOR_ARTIFACT.equals(managed.getArtifactId())) {
                            return Optional.ofNullable(managed.getVersion());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String text(Xpp3Dom parent, String child) {
        Xpp3Dom node = parent.getChild(child);
        return node == null || node.getValue() == null ? null : node.getValue().trim();
    }
}
