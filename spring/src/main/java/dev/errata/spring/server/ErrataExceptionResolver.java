package dev.errata.spring.server;

import dev.errata.spring.CatalogException;
import dev.errata.spring.ErrataCatalogs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring MVC answers an exception of any registered catalog as the catalog says: the status from
 * {@code httpStatus(e)}, the body the vendor's own ({@code application/json}) or an RFC 9457 problem document
 * ({@code application/problem+json}, its {@code type} the catalog's {@code problemType}), chosen by the
 * request's {@code Accept} ({@link BodyFormat#NEGOTIATE}). Any other exception is left to the resolvers after
 * it.
 *
 * <p>A {@link HandlerExceptionResolver}, not a {@code @RestControllerAdvice}: it handles exactly the catalogs'
 * exceptions and shadows no handler of the application. It runs after Spring MVC's own resolvers (order 1;
 * theirs is 0), so an {@code @ExceptionHandler} the application writes for a catalog's exception still wins.
 *
 * <p>Headers: those the application set before the exception (a filter's request id, say) are kept; an
 * exception decoded from another server's response (a service passing a vendor's error on) also carries the
 * headers the catalog names from it (request id, {@code Retry-After}, ...), unless the response has them
 * already. The problem document's {@code title}, {@code detail} and {@code type} can be translated through a
 * {@link MessageSource}, with the message codes of Spring's {@code ErrorResponse} ({@code problemDetail.title.<exception
 * class>}, ...; see the README).
 */
public class ErrataExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Log LOG = LogFactory.getLog(ErrataExceptionResolver.class);

    /** Headers the body itself decides, never copied from a received response. */
    private static final Set<String> BODY_HEADERS = caseless(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_ENCODING);

    private final ErrataCatalogs catalogs;
    private final ProblemMessages messages;
    private BodyFormat bodyFormat = BodyFormat.NEGOTIATE;
    private int order = 1;

    /**
     * @param catalogs the catalogs whose exceptions to render
     * @param messageSource the messages translating problem documents, or null for none
     */
    public ErrataExceptionResolver(ErrataCatalogs catalogs, MessageSource messageSource) {
        this.catalogs = catalogs;
        this.messages = new ProblemMessages(messageSource);
    }

    /** @param bodyFormat which body to answer with; {@link BodyFormat#NEGOTIATE} unless set */
    public void setBodyFormat(BodyFormat bodyFormat) {
        this.bodyFormat = bodyFormat;
    }

    /** @param order this resolver's place among the application's; 1 unless set */
    public void setOrder(int order) {
        this.order = order;
    }

    @Override
    public int getOrder() {
        return order;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception thrown) {
        Optional<CatalogException<?>> found = catalogs.find(thrown);
        if (found.isEmpty() || response.isCommitted()) {
            return null;
        }
        try {
            write(found.get(), request, response);
        } catch (IOException e) {
            // The client went away while the answer was written: nothing else could reach it either.
            LOG.debug("Could not write the answer to " + thrown, e);
        }
        return new ModelAndView(); // empty: the response is complete
    }

    private void write(CatalogException<?> error, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean problem = switch (bodyFormat) {
            case PROBLEM -> true;
            case VENDOR -> false;
            case NEGOTIATE -> ProblemNegotiation.prefersProblem(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        };
        String body;
        if (problem) {
            // Like Spring's ProblemDetail, the request's path stands for the occurrence, unless the exception
            // came from a problem document that named its own.
            String instance = error.receivedInstance().isPresent() ? null : request.getRequestURI();
            body = messages.translate(error, error.toProblemJson(instance), locale(request));
        } else {
            body = error.toBody();
        }
        response.setStatus(error.httpStatus());
        for (Map.Entry<String, List<String>> header : error.receivedHeaders().entrySet()) {
            if (!BODY_HEADERS.contains(header.getKey()) && !response.containsHeader(header.getKey())) {
                for (String value : header.getValue()) {
                    response.addHeader(header.getKey(), value);
                }
            }
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType((problem ? MediaType.APPLICATION_PROBLEM_JSON : MediaType.APPLICATION_JSON).toString());
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    private static Locale locale(HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale(); // the LocaleResolver's, within a DispatcherServlet
        return locale != null ? locale : request.getLocale();
    }

    private static Set<String> caseless(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Collections.addAll(set, names);
        return Collections.unmodifiableSet(set);
    }
}
