package dev.errata.spring.server;

import dev.errata.spring.ErrataCatalogs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * Spring WebFlux answers an exception of any registered catalog as {@link ErrataExceptionResolver} does in
 * Spring MVC: same status, bodies, negotiation, headers and translations. Any other exception goes on to the
 * next handler. Its order, -2, puts it before Spring Boot's error handler (-1); the application's
 * {@code @ExceptionHandler} methods run before any {@link WebExceptionHandler}, so they still win.
 */
public class ErrataWebExceptionHandler extends ErrataAnswering implements WebExceptionHandler {

    /**
     * A handler of order -2.
     *
     * @param catalogs the catalogs whose exceptions to render
     * @param messageSource the messages translating problem documents, or null for none
     */
    public ErrataWebExceptionHandler(ErrataCatalogs catalogs, MessageSource messageSource) {
        super(catalogs, messageSource, -2);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable thrown) {
        ServerHttpResponse response = exchange.getResponse();
        Locale locale = exchange.getLocaleContext().getLocale();
        Optional<ErrorAnswer> found = response.isCommitted() ? Optional.empty()
                : answer(thrown, exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT),
                        exchange.getRequest().getPath().value(), locale != null ? locale : Locale.getDefault());
        if (found.isEmpty()) {
            return Mono.error(thrown);
        }
        ErrorAnswer answer = found.get();
        response.setStatusCode(HttpStatusCode.valueOf(answer.status));
        HttpHeaders headers = response.getHeaders();
        for (Map.Entry<String, List<String>> header : answer.receivedHeaders.entrySet()) {
            if (!headers.containsKey(header.getKey())) {
                headers.addAll(header.getKey(), header.getValue());
            }
        }
        headers.setContentType(answer.contentType);
        headers.setContentLength(answer.body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(answer.body)));
    }
}
