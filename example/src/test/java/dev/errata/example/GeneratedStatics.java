package dev.errata.example;

import dev.errata.ErrorRenderer;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The static wire methods of one generated {@code <Name>Errors}, and {@code parameters()} of its exceptions: what
 * an application calls, beside the {@code <Name>Codec} an HTTP adapter calls. {@link WireContract} checks both for
 * every vendor from one place; this finds the class by the names the codec gives (its package and
 * {@code catalogName()}), so that no vendor's test repeats a hundred lines of delegation. A method the generated
 * class lacks, or whose signature changed, fails the test that calls it.
 *
 * @param <X> the generated {@code <Name>Exception} base class
 */
final class GeneratedStatics<X extends RuntimeException> {

    private final Class<?> errors;
    private final Class<X> base;

    GeneratedStatics(ErrorRenderer<X> codec) {
        this.base = codec.exceptionType();
        String name = base.getPackageName() + "." + codec.catalogName() + "Errors";
        try {
            this.errors = Class.forName(name, true, base.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no " + name + " beside " + base.getName(), e);
        }
    }

    /** {@code <Name>Errors.exceptionFor(code, message)}. */
    X exceptionFor(String code, String message) {
        return base.cast(call("exceptionFor", types(String.class, String.class), code, message));
    }

    Optional<X> decode(int status, String body) {
        return optional(call("decode", types(int.class, String.class), status, body));
    }

    Optional<X> decode(int status, byte[] body) {
        return optional(call("decode", types(int.class, byte[].class), status, body));
    }

    Optional<X> decode(int status, InputStream body) {
        return optional(call("decode", types(int.class, InputStream.class), status, body));
    }

    Optional<X> decode(int status, Map<String, ? extends List<String>> headers, String body) {
        return optional(call("decode", types(int.class, Map.class, String.class), status, headers, body));
    }

    Optional<X> decode(int status, Map<String, ? extends List<String>> headers, byte[] body) {
        return optional(call("decode", types(int.class, Map.class, byte[].class), status, headers, body));
    }

    Optional<X> decode(int status, Map<String, ? extends List<String>> headers, InputStream body) {
        return optional(call("decode", types(int.class, Map.class, InputStream.class), status, headers, body));
    }

    Optional<X> decode(int status, HttpHeaders headers, byte[] body) {
        return optional(call("decode", types(int.class, HttpHeaders.class, byte[].class), status, headers, body));
    }

    void throwIfError(int status, String body) {
        call("throwIfError", types(int.class, String.class), status, body);
    }

    void throwIfError(int status, byte[] body) {
        call("throwIfError", types(int.class, byte[].class), status, body);
    }

    void throwIfError(int status, InputStream body) {
        call("throwIfError", types(int.class, InputStream.class), status, body);
    }

    String toBody(X error) {
        return (String) call("toBody", types(base), error);
    }

    String toProblemJson(X error) {
        return (String) call("toProblemJson", types(base), error);
    }

    String toProblemJson(X error, String instance) {
        return (String) call("toProblemJson", types(base, String.class), error, instance);
    }

    Optional<X> fromProblemJson(String problem) {
        return optional(call("fromProblemJson", types(String.class), problem));
    }

    Optional<X> fromProblemJson(byte[] problem) {
        return optional(call("fromProblemJson", types(byte[].class), problem));
    }

    /** {@code error.parameters()}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> parametersOf(X error) {
        try {
            return (Map<String, Object>) base.getMethod("parameters").invoke(error);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(base.getName() + ".parameters()", e);
        }
    }

    private static Class<?>[] types(Class<?>... types) {
        return types;
    }

    private Optional<X> optional(Object result) {
        Optional<?> optional = (Optional<?>) result;
        return optional.map(base::cast);
    }

    /** Calls a public static method of {@code <Name>Errors}; what it throws is thrown as it is. */
    private Object call(String name, Class<?>[] types, Object... args) {
        Method method;
        try {
            method = errors.getMethod(name, types);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(errors.getName() + " has no " + name + List.of(types), e);
        }
        try {
            return method.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw rethrown(e);
        } catch (IllegalAccessException e) {
            throw new AssertionError(method.toString(), e);
        }
    }

    private static RuntimeException rethrown(InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(e.getCause());
    }
}
