package dev.errata.spring.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.spring.CatalogException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.ErrorResponse;

/**
 * Translates a problem document's {@code type}, {@code title} and {@code detail} through a
 * {@link MessageSource}, with the message codes of Spring's {@link ErrorResponse} convention, so a
 * {@code messages.properties} written for Spring's own exceptions works for the catalogs' too:
 *
 * <ul>
 *   <li>{@code problemDetail.type.<exception class>}: the {@code type} URI;
 *   <li>{@code problemDetail.title.<exception class>}: the {@code title};
 *   <li>{@code problemDetail.<exception class>}: the {@code detail}, with the arguments {@code {0}} the code as
 *       text and {@code {1}} the message the exception carries.
 * </ul>
 *
 * <p>The exception class is its fully qualified name ({@code com.acme.oma.OmaInvalidCredentialsException});
 * when a code has no message for the class itself, the class's superclasses are tried up to the catalog's base
 * exception, so one message can serve a whole category ({@code com.acme.oma.OmaAuthenticationException}) or
 * catalog. What no message names stays as the codec wrote it. The vendor's own body is never translated: its
 * message is what the vendor sends, and what clients decode.
 */
final class ProblemMessages {

    private final MessageSource messageSource;

    /** @param messageSource the messages, or null for none (problem documents as the codec writes them) */
    ProblemMessages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    String translate(CatalogException<?> error, String problemJson, Locale locale) {
        if (messageSource == null) {
            return problemJson;
        }
        String type = message(error, ErrorResponse.getDefaultTypeMessageCode(Object.class), null, locale);
        String title = message(error, ErrorResponse.getDefaultTitleMessageCode(Object.class), null, locale);
        Object[] detailArguments = {error.error().codeString(), error.exception().getMessage()};
        String detail = message(error, ErrorResponse.getDefaultDetailMessageCode(Object.class, null),
                detailArguments, locale);
        if (type == null && title == null && detail == null) {
            return problemJson; // the usual case: nothing to translate, nothing parsed
        }
        return Json.replace(problemJson, type, title, detail);
    }

    /**
     * The message of the first class, from the exception's own up to the catalog's base, that has one;
     * {@code codeOfObject} is the code Spring's convention gives {@code java.lang.Object}, whose class name is
     * replaced by each class's.
     */
    private String message(CatalogException<?> error, String codeOfObject, Object[] arguments, Locale locale) {
        String prefix = codeOfObject.substring(0, codeOfObject.length() - Object.class.getName().length());
        for (Class<?> type = error.exception().getClass(); type != null; type = type.getSuperclass()) {
            String message = messageSource.getMessage(prefix + type.getName(), arguments, null, locale);
            if (message != null) {
                return message;
            }
            if (type == error.exceptionType()) {
                break;
            }
        }
        return null;
    }

    /** Jackson's tree, loaded only when a message was found: most applications translate nothing. */
    private static final class Json {

        private static final ObjectMapper MAPPER = new ObjectMapper();

        static String replace(String problemJson, String type, String title, String detail) {
            try {
                ObjectNode problem = (ObjectNode) MAPPER.readTree(problemJson);
                if (type != null) {
                    problem.put("type", type);
                }
                if (title != null) {
                    problem.put("title", title);
                }
                if (detail != null) {
                    problem.put("detail", detail);
                }
                return MAPPER.writeValueAsString(problem);
            } catch (IOException e) {
                throw new UncheckedIOException("the codec wrote a problem document that is not JSON", e);
            }
        }
    }
}
