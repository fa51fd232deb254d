package dev.errata.example;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tour of what Errata generates: for each seed vendor, a few realistic situations in which a code
 * arrives, becomes the right exception, and is caught by its category.
 *
 * <p>Run it from the repository root with {@code mvn -B -q install -DskipTests -Dtour}. Arguments, if
 * any, pick vendors: {@code oma}, {@code wildduck}, {@code openx}, {@code osm}.
 */
public final class Tour {

    private static final Map<String, Consumer<Screen>> VENDORS = new LinkedHashMap<>();

    static {
        VENDORS.put("oma", OmaTour::run);
        VENDORS.put("wildduck", WildduckTour::run);
        VENDORS.put("openx", OpenxTour::run);
        VENDORS.put("osm", OsmTour::run);
        VENDORS.put("postgresql", DatabaseTour::postgresql);
        VENDORS.put("mysql", DatabaseTour::mysql);
    }

    private Tour() {}

    public static void main(String[] args) {
        for (String arg : args) {
            if (!VENDORS.containsKey(arg)) {
                System.err.println("Unknown vendor " + arg + "; choose from " + String.join(", ", VENDORS.keySet()));
                System.exit(2);
            }
        }
        print(System.out, args);
        System.out.flush();
    }

    /** Prints the tour of the named vendors (all of them when none is named) to {@code out}. */
    static void print(PrintStream out, String... vendors) {
        out.println("Errata tour: each code below arrives as a vendor sends it, becomes the exception class");
        out.println("Errata generated for it, and is caught by its category class. Source: example/src/main/java.");
        out.println();
        Screen screen = new Screen(out);
        VENDORS.forEach((name, tour) -> {
            if (vendors.length == 0 || Arrays.asList(vendors).contains(name)) {
                tour.accept(screen);
            }
        });
        out.println("Reference docs (.md, .html, .json index; in the jar too); open the .html in a browser:");
        VENDORS.keySet().forEach(name -> {
            if (vendors.length == 0 || Arrays.asList(vendors).contains(name)) {
                out.println("  " + docs(name));
            }
        });
    }

    /**
     * Where the HTML docs of a vendor's catalog are: the file the build wrote, relative to the working folder
     * (from the repository root: {@code example/target/classes/META-INF/...}), so that it can be opened as it
     * is printed; else the resource's name (in a jar), or that name and {@code (missing)}.
     */
    static String docs(String vendor) {
        Optional<URL> url = docsUrl(vendor);
        if (url.isEmpty()) {
            return docsResource(vendor) + " (missing)";
        }
        try {
            Path file = Paths.get(url.get().toURI()).toAbsolutePath();
            Path here = Paths.get("").toAbsolutePath();
            return file.startsWith(here) ? here.relativize(file).toString().replace('\\', '/') : file.toString();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return docsResource(vendor); // in a jar: the resource is all there is to name
        }
    }

    /** Where the HTML docs of a vendor's catalog are, as the class loader finds them. */
    static Optional<URL> docsUrl(String vendor) {
        return Optional.ofNullable(Tour.class.getClassLoader().getResource(docsResource(vendor)));
    }

    private static String docsResource(String vendor) {
        String catalog = Character.toUpperCase(vendor.charAt(0)) + vendor.substring(1);
        return "META-INF/errata/docs/dev.errata.example." + vendor + "/" + catalog + ".html";
    }
}
