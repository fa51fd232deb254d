package dev.errata.spring.server;

import dev.errata.spring.CatalogException;
import dev.errata.spring.ErrataCatalogs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
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
public class ErrataWebExceptionHandler implements WebExceptionHandler, Ordered {

    private final ErrataCatalogs catalogs;
    private final ProblemMessages messages;
    private BodyFormat bodyFormat = BodyFormat.NEGOTIATE;
    private int order = -2;

    /**
     * @param catalogs the catalogs whose exceptions to render
     * @param messageSource the messages translating problem documents, or null for none
     */
    public ErrataWebExceptionHandler(ErrataCatalogs catalogs, MessageSource messageSource) {
        this.catalogs = catalogs;
        this.messages = new ProblemMessages(messageSource);
    }

    /** @param bodyFormat which body to answer with; {@link BodyFormat#NEGOTIATE} unless set */
    public void setBodyFormat(BodyFormat bodyFormat) {
        this.bodyFormat = bodyFormat;
    }

    /** @param order this handler's place among the application's; -2 unless set */
    public void setOrder(int order) {
        this.order = order;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable thrown) {
        Optional<CatalogException<?>> found = catalogs.find(thrown);
        ServerHttpResponse response = exchange.getResponse();
        if (found.isEmpty() || response.isCommitted()) {
            return Mono.error(thrown);
        }
        Locale locale = exchange.getLocaleContext().getLocale();
        List<String> accept = exchange.getRequest().getHeaders().getOrEmpty(HttpHeaders.ACCEPT);
        ErrorAnswer answer = ErrorAnswer.of(found.get(), bodyFormat, accept,
                exchange.getRequest().getPath().value(), messages, locale != null ? locale : Locale.getDefault());
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
