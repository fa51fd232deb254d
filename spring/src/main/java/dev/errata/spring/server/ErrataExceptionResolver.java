package dev.errata.spring.server;

import dev.errata.spring.ErrataCatalogs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
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
 * {@link MessageSource}, with the message codes of Spring's {@code ErrorResponse}
 * ({@code problemDetail.title.<exception class>}, ...; see the README).
 */
public class ErrataExceptionResolver extends ErrataAnswering implements HandlerExceptionResolver {

    private static final Log LOG = LogFactory.getLog(ErrataExceptionResolver.class);

    /**
     * A resolver of order 1.
     *
     * @param catalogs the catalogs whose exceptions to render
     * @param messageSource the messages translating problem documents, or null for none
     */
    public ErrataExceptionResolver(ErrataCatalogs catalogs, MessageSource messageSource) {
        super(catalogs, messageSource, 1);
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception thrown) {
        if (response.isCommitted()) {
            return null;
        }
        Optional<ErrorAnswer> answer = answer(thrown, Collections.list(request.getHeaders(HttpHeaders.ACCEPT)),
                request.getRequestURI(), locale(request));
        if (answer.isEmpty()) {
            return null;
        }
        try {
            write(answer.get(), response);
        } catch (IOException e) {
            // The client went away while the answer was written: nothing else could reach it either.
            LOG.debug("Could not write the answer to " + thrown, e);
        }
        return new ModelAndView(); // empty: the response is complete
    }

    private static void write(ErrorAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status);
        for (Map.Entry<String, List<String>> header : answer.receivedHeaders.entrySet()) {
            if (!response.containsHeader(header.getKey())) {
                for (String value : header.getValue()) {
                    response.addHeader(header.getKey(), value);
                }
            }
        }
        response.setContentType(answer.contentType.toString());
        response.setContentLength(answer.body.length);
        response.getOutputStream().write(answer.body);
        response.flushBuffer();
    }

    private static Locale locale(HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale(); // the LocaleResolver's, within a DispatcherServlet
        return locale != null ? locale : request.getLocale();
    }
}
