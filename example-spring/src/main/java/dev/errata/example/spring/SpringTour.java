package dev.errata.example.spring;

import dev.errata.ErrorResponse;
import dev.errata.example.spring.oma.OmaCodec;
import dev.errata.example.spring.oma.OmaException;
import dev.errata.spring.client.ErrataRestClient;
import dev.errata.spring.client.ErrataWebClient;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The Spring tour: starts {@link MailAdminService} on 127.0.0.1 (a free port), calls it as a plain HTTP client
 * to show what crosses the wire, then through Spring's {@code RestClient} and {@code WebClient} with Errata's
 * adapters to show what the application gets back; then stops. Run it from the repository root with
 * {@code mvn -B -q install -DskipTests -Dtour}.
 */
public final class SpringTour {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final PrintStream out;
    private final String baseUrl;
    private final HttpClient wire = HttpClient.newHttpClient();
    private final RestClient restClient;
    private final WebClient webClient;

    private SpringTour(PrintStream out, String baseUrl) {
        this.out = out;
        this.baseUrl = baseUrl;
        this.restClient = RestClient.builder().baseUrl(baseUrl).apply(ErrataRestClient.errors(OmaCodec.INSTANCE))
                .build();
        this.webClient = WebClient.builder().baseUrl(baseUrl).filter(ErrataWebClient.errors(OmaCodec.INSTANCE))
                .build();
    }

    public static void main(String[] args) {
        print(System.out);
        System.out.flush();
    }

    /** Starts the service, prints the tour to {@code out}, and stops the service. */
    static void print(PrintStream out) {
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(MailAdminService.class)
                .properties("server.address=127.0.0.1", "server.port=0", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run()) {
            String port = service.getEnvironment().getProperty("local.server.port");
            new SpringTour(out, "http://127.0.0.1:" + port).run();
        }
    }

    private void run() {
        out.println("Errata Spring tour: MailAdminService (Spring Boot, embedded Tomcat on 127.0.0.1) speaks OMA's");
        out.println("protocol. Its controller throws the exceptions Errata generated from the OMA catalog;");
        out.println("errata-spring writes them on the wire. Clients read them back with ErrataRestClient and");
        out.println("ErrataWebClient. Source: example-spring/src/main/java.");

        scene("1. A wrong password: OMA sends its errors inside HTTP 200",
                "/api/authenticate", "{\"user\":\"joe@example.com\",\"password\":\"guess\"}", null);
        scene("2. The same error, for a client whose Accept asks for problem+json",
                "/api/authenticate", "{\"user\":\"joe@example.com\",\"password\":\"guess\"}", PROBLEM_JSON);
        scene("3. A busy server: Retry-After crosses the wire with the error",
                "/api/get_user", "{\"user\":\"busy@example.com\"}", null);
        scene("4. An error passed on: the service decodes an upstream's error and throws it again",
                "/api/relay/get_user", "{\"user\":\"busy@example.com\"}", null);
        scene("5. A success: the adapters read the 200 body once, find no error, and hand it on",
                "/api/get_user", "{\"user\":\"joe@example.com\"}", null);
        scene("6. A proxy's HTML page instead of OMA's JSON",
                "/api/get_domain", "{}", null);
    }

    private void scene(String title, String path, String json, String accept) {
        out.println();
        out.println("--- " + title);
        out.println("POST " + path + " " + json + (accept == null ? "" : "  (Accept: " + accept + ")"));
        HttpResponse<String> response = send(path, json, accept);
        out.println("  on the wire:  HTTP " + response.statusCode() + " "
                + response.headers().firstValue("Content-Type").orElse("(no Content-Type)")
                + response.headers().firstValue("Retry-After").map(s -> ", Retry-After: " + s).orElse(""));
        out.println("                " + response.body());
        out.println("  RestClient:   " + outcome(() -> restClient.post().uri(path)
                .headers(headers -> accept(headers, accept))
                .contentType(MediaType.APPLICATION_JSON).body(json)
                .retrieve().body(MapOfObjects.TYPE)));
        out.println("  WebClient:    " + outcome(() -> webClient.post().uri(path)
                .headers(headers -> accept(headers, accept))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json)
                .retrieve().bodyToMono(MapOfObjects.TYPE).block(Duration.ofSeconds(30))));
    }

    private static void accept(HttpHeaders headers, String accept) {
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
    }

    /** What the application got: the body it read, or the exception it caught, with what the response held. */
    private static String outcome(Supplier<Map<String, Object>> call) {
        try {
            return "read " + call.get();
        } catch (OmaException e) {
            StringBuilder caught = new StringBuilder("threw ").append(e.getClass().getSimpleName())
                    .append(" (code ").append(e.codeString().isEmpty() ? "none" : e.codeString())
                    .append(", ").append(e.getMessage()).append(")");
            e.response().flatMap(ErrorResponse::retryAfter)
                    .ifPresent(wait -> caught.append(", retry after ").append(wait.toSeconds()).append(" s"));
            e.response().ifPresent(r -> r.httpStatus().ifPresent(s -> caught.append(", HTTP ").append(s)));
            return caught.toString();
        }
    }

    private HttpResponse<String> send(String path, String json, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return wire.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
