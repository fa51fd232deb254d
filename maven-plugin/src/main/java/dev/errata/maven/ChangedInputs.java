package dev.errata.maven;

import dev.errata.processor.manifest.InputsManifest;
import dev.errata.processor.manifest.InputsManifest.CatalogRecord;
import dev.errata.processor.manifest.InputsManifest.LockFileRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares what the processor read in the last compilation (its manifest) with the build's inputs now, and
 * says, one reason a line, what changed. No reason: running the processor again would generate the same code.
 */
final class ChangedInputs {

    private ChangedInputs() {}

    static List<String> between(InputsManifest manifest, CurrentInputs now) throws IOException {
        List<String> reasons = new ArrayList<>();
        processor(manifest, now, reasons);
        options(manifest, now, reasons);
        for (Map.Entry<String, Boolean> probe : manifest.probes().entrySet()) {
            boolean present = now.onClassPath(probe.getKey());
            // In a named module a library on the path is visible only if module-info.java requires it, and
            // editing module-info.java recompiles anyway: there only a removal says something.
            if (present != probe.getValue() && (!present || !manifest.namedModule())) {
                reasons.add(probe.getKey() + (present ? " is now on the class path" : " is no longer on the class path"));
            }
        }
        for (CatalogRecord catalog : manifest.catalogs()) {
            Optional<String> sha = sha256(now, catalog.origin(), catalog.name());
            String what = "catalog " + shown(now, catalog.origin(), catalog.name());
            if (sha.isEmpty()) {
                reasons.add(what + " is gone");
            } else if (!sha.get().equals(catalog.sha256())) {
                reasons.add(what + " changed");
            }
            if (catalog.lockFile().isPresent()) {
                lockFile(catalog.lockFile().get(), now, reasons);
            }
        }
        return reasons;
    }

    /** The lock file decides whether the breaking-change check passes: added, changed or removed, it is a change. */
    private static void lockFile(LockFileRecord lock, CurrentInputs now, List<String> reasons) throws IOException {
        Optional<String> sha = sha256(now, lock.origin(), lock.name());
        String what = "lock file " + shown(now, lock.origin(), lock.name());
        if (lock.sha256().isEmpty() && sha.isPresent()) {
            reasons.add(what + " was added");
        } else if (lock.sha256().isPresent() && sha.isEmpty()) {
            reasons.add(what + " is gone");
        } else if (lock.sha256().isPresent() && !lock.sha256().equals(sha)) {
            reasons.add(what + " changed");
        }
    }

    private static Optional<String> sha256(CurrentInputs now, InputsManifest.Origin origin, String name)
            throws IOException {
        return switch (origin) {
            case FILE -> now.fileSha256(name);
            case CLASS_OUTPUT -> now.classOutputResourceSha256(name);
            case CLASS_PATH -> now.classPathResourceSha256(name);
        };
    }

    private static String shown(CurrentInputs now, InputsManifest.Origin origin, String name) {
        return now.shown(origin, name) + (origin == InputsManifest.Origin.CLASS_PATH ? " on the class path" : "");
    }

    private static void processor(InputsManifest manifest, CurrentInputs now, List<String> reasons) throws IOException {
        Optional<String> version = now.processorVersion();
        if (version.isPresent() && !manifest.processorVersion().equals("unknown")
                && !version.get().equals(manifest.processorVersion())) {
            reasons.add("errata-processor changed from " + manifest.processorVersion() + " to " + version.get());
            return;
        }
        if (manifest.processorJarSha256().isPresent()) {
            Optional<String> jar = now.processorJarSha256();
            if (jar.isPresent() && !jar.get().equals(manifest.processorJarSha256().get())) {
                reasons.add("the errata-processor jar changed (a rebuilt " + manifest.processorVersion() + ")");
            }
        }
    }

    private static void options(InputsManifest manifest, CurrentInputs now, List<String> reasons) {
        Optional<Map<String, String>> options = now.errataOptions();
        if (options.isEmpty()) {
            return;
        }
        TreeSet<String> names = new TreeSet<>(manifest.options().keySet());
        names.addAll(options.get().keySet());
        for (String name : names) {
            String before = manifest.options().get(name);
            String after = options.get().get(name);
            if (before == null) {
                reasons.add("option -A" + name + "=" + after + " was added");
            } else if (after == null) {
                reasons.add("option -A" + name + " was removed");
            } else if (!before.equals(after)) {
                reasons.add("option -A" + name + " changed from " + before + " to " + after);
            }
        }
    }
}
