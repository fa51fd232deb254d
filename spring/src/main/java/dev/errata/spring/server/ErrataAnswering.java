package dev.errata.spring.server;

import dev.errata.spring.ErrataCatalogs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;

/**
 * What the server adapters share: the catalogs, the body format, the translations and the order; and the answer
 * to an exception, if it is one of the catalogs'. {@link ErrataExceptionResolver} (Spring MVC) and
 * {@link ErrataWebExceptionHandler} (Spring WebFlux) only write it.
 */
public abstract class ErrataAnswering implements Ordered {

    private final ErrataCatalogs catalogs;
    private final ProblemMessages messages;
    private BodyFormat bodyFormat = BodyFormat.NEGOTIATE;
    private int order;

    ErrataAnswering(ErrataCatalogs catalogs, MessageSource messageSource, int order) {
        this.catalogs = catalogs;
        this.messages = new ProblemMessages(messageSource);
        this.order = order;
    }

    /** @param bodyFormat which body to answer with; {@link BodyFormat#NEGOTIATE} unless set */
    public void setBodyFormat(BodyFormat bodyFormat) {
        this.bodyFormat = bodyFormat;
    }

    /** @param order this adapter's place among the application's exception handlers */
    public void setOrder(int order) {
        this.order = order;
    }

    @Override
    public int getOrder() {
        return order;
    }

    /**
     * The answer to {@code thrown}, if it is an exception of one of the catalogs.
     *
     * @param acceptHeaders the request's {@code Accept} header values
     * @param path the request's path
     * @param locale the request's locale
     */
    Optional<ErrorAnswer> answer(Throwable thrown, List<String> acceptHeaders, String path, Locale locale) {
        return catalogs.find(thrown)
                .map(error -> ErrorAnswer.of(error, bodyFormat, acceptHeaders, path, messages, locale));
    }
}
