package dev.errata.spring.server;

import dev.errata.spring.CatalogException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The answer to a catalog's exception, whatever the server stack: status, content type, body and the headers
 * of a received error to send on. {@link ErrataExceptionResolver} (Spring MVC) and
 * {@link ErrataWebExceptionHandler} (Spring WebFlux) only write it.
 */
final class ErrorAnswer {

    /** Headers the body itself decides, never copied from a received response. */
    private static final Set<String> BODY_HEADERS = caseless(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_ENCODING);

    final int status;
    final MediaType contentType;
    final byte[] body;
    /** The headers the catalog names from the response the exception was decoded from, if it was. */
    final Map<String, List<String>> receivedHeaders;

    private ErrorAnswer(int status, MediaType contentType, byte[] body, Map<String, List<String>> receivedHeaders) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.receivedHeaders = receivedHeaders;
    }

    /**
     * @param error the exception, with its catalog
     * @param format which body to answer with
     * @param acceptHeaders the request's {@code Accept} header values
     * @param path the request's path, the problem's {@code instance} unless the exception names its own
     * @param messages the translations of problem documents
     * @param locale the request's locale
     * @return the answer
     */
    static ErrorAnswer of(CatalogException<?> error, BodyFormat format, List<String> acceptHeaders, String path,
            ProblemMessages messages, Locale locale) {
        boolean problem = switch (format) {
            case PROBLEM -> true;
            case VENDOR -> false;
            case NEGOTIATE -> ProblemNegotiation.prefersProblem(acceptHeaders);
        };
        String body;
        if (problem) {
            // Like Spring's ProblemDetail, the request's path stands for the occurrence, unless the exception
            // came from a problem document that named its own.
            String instance = error.receivedInstance().isPresent() ? null : path;
            body = messages.translate(error, error.toProblemJson(instance), locale);
        } else {
            body = error.toBody();
        }
        Map<String, List<String>> received = new LinkedHashMap<>();
        error.receivedHeaders().forEach((name, values) -> {
            if (!BODY_HEADERS.contains(name)) {
                received.put(name, values);
            }
        });
        // JSON is UTF-8 (RFC 8259): no charset parameter.
        return new ErrorAnswer(error.httpStatus(),
                problem ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON,
                body.getBytes(StandardCharsets.UTF_8), received);
    }

    private static Set<String> caseless(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(set, names);
        return Collections.unmodifiableSet(set);
    }
}
