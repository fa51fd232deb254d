package dev.errata.example.spring;

import dev.errata.ErrorCodec;
import dev.errata.example.spring.oma.OmaCodec;
import dev.errata.example.spring.oma.OmaException;
import dev.errata.example.spring.oma.OmaInvalidCredentialsException;
import dev.errata.example.spring.oma.OmaObjectNotFoundException;
import dev.errata.example.spring.oma.OmaTryAgainLaterException;
import dev.errata.spring.client.ErrataRestClient;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

/**
 * A mail admin service that speaks OMA's protocol: every method is a POST of JSON, and its errors are OMA's,
 * inside HTTP 200. The controller only throws the exceptions Errata generated; declaring the catalog's codec
 * as a bean is all errata-spring needs to write them on the wire as OMA's body, or as problem+json for a
 * client that asks for it.
 */
@SpringBootApplication
public class MailAdminService {

    /** The catalog this service speaks: errata-spring's auto-configuration renders its exceptions. */
    @Bean
    ErrorCodec<OmaException> omaCodec() {
        return OmaCodec.INSTANCE;
    }

    @RestController
    static class Api {

        private final Environment environment;

        Api(Environment environment) {
            this.environment = environment;
        }

        @PostMapping("/api/authenticate")
        Map<String, Object> authenticate(@RequestBody Map<String, String> credentials) {
            if (!"secret".equals(credentials.get("password"))) {
                throw new OmaInvalidCredentialsException();
            }
            return success(Map.of("token", "t-1"));
        }

        @PostMapping("/api/get_user")
        Map<String, Object> getUser(@RequestBody Map<String, String> request, HttpServletResponse response) {
            String user = request.get("user");
            if ("busy@example.com".equals(user)) {
                response.setHeader("Retry-After", "20");
                throw new OmaTryAgainLaterException();
            }
            if (!user.endsWith("@example.com")) {
                throw new OmaObjectNotFoundException();
            }
            return success(Map.of("account", user, "type", "mailbox"));
        }

        /** A proxy's page in front of a method that is down, as nginx writes it. */
        @PostMapping("/api/get_domain")
        ResponseEntity<String> getDomain() {
            return ResponseEntity.status(502).contentType(MediaType.TEXT_HTML)
                    .body("<html><head><title>502 Bad Gateway</title></head>"
                            + "<body><h1>502 Bad Gateway</h1></body></html>");
        }

        /**
         * A method this service passes on to another OMA server (here, itself): the error the upstream sent is
         * decoded, thrown again, and written back with the status and headers it came with.
         */
        @PostMapping("/api/relay/get_user")
        Map<String, Object> relayGetUser(@RequestBody Map<String, String> request) {
            RestClient upstream = RestClient.builder()
                    .baseUrl("http://127.0.0.1:" + environment.getProperty("local.server.port"))
                    .apply(ErrataRestClient.errors(OmaCodec.INSTANCE))
                    .build();
            return upstream.post().uri("/api/get_user").body(request).retrieve().body(MapOfObjects.TYPE);
        }

        private static Map<String, Object> success(Map<String, Object> attributes) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("success", true);
            body.put("attributes", attributes);
            return body;
        }
    }
}
