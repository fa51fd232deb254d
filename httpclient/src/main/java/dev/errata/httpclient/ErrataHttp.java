package dev.errata.httpclient;

import dev.errata.ErrorCodec;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Sends with an {@link HttpClient} through {@link ErrataBodyHandlers#of}, and gives the catalog's exception to the
 * caller as itself: {@code HttpClient.send} would wrap it in an {@link IOException}, and stages of
 * {@code sendAsync} in a {@link CompletionException}. Unlike a handler, it sees the request: the 2xx responses of
 * a {@code HEAD} request, which have no body, are successes even for an API that sends errors inside 2xx.
 *
 * <pre>{@code
 * HttpResponse<String> response = ErrataHttp.send(client, request, OmaCodec.INSTANCE, BodyHandlers.ofString());
 * }</pre>
 */
public final class ErrataHttp {

    private ErrataHttp() {}

    /**
     * Sends {@code request} and returns the response of a success.
     *
     * @param client the client
     * @param request the request
     * @param codec the catalog's codec, {@code <Name>Codec.INSTANCE}
     * @param handler the handler of successful bodies
     * @param <T> the body's type
     * @param <X> the catalog's exception
     * @return the response
     * @throws RuntimeException the catalog's exception ({@code X}) when the response holds an error
     * @throws IOException when sending or receiving fails otherwise
     * @throws InterruptedException when interrupted while waiting
     */
    public static <T, X extends RuntimeException> HttpResponse<T> send(HttpClient client, HttpRequest request,
            ErrorCodec<X> codec, BodyHandler<T> handler) throws IOException, InterruptedException {
        try {
            return client.send(request, handler(codec, handler, request));
        } catch (IOException e) {
            X error = catalogCause(codec, e);
            if (error != null) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Sends {@code request} asynchronously: the future completes with the response of a success, and
     * exceptionally with the catalog's exception itself when the response holds an error.
     *
     * @param client the client
     * @param request the request
     * @param codec the catalog's codec
     * @param handler the handler of successful bodies
     * @param <T> the body's type
     * @param <X> the catalog's exception
     * @return the future response
     */
    public static <T, X extends RuntimeException> CompletableFuture<HttpResponse<T>> sendAsync(HttpClient client,
            HttpRequest request, ErrorCodec<X> codec, BodyHandler<T> handler) {
        CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
        client.sendAsync(request, handler(codec, handler, request)).whenComplete((response, failure) -> {
            if (failure == null) {
                result.complete(response);
                return;
            }
            X error = catalogCause(codec, failure);
            result.completeExceptionally(error != null ? error : failure);
        });
        return result;
    }

    /** {@link ErrataBodyHandlers#of}, but a HEAD request's 2xx responses, which have no body, are not read. */
    private static <T> BodyHandler<T> handler(ErrorCodec<?> codec, BodyHandler<T> handler, HttpRequest request) {
        return ErrataBodyHandlers.of(codec, handler, codec.errorsInSuccess() && !"HEAD".equals(request.method()));
    }

    /**
     * The catalog's exception that {@code failure} is, or wraps in the layers the client and futures add
     * ({@link IOException}, {@link CompletionException}, {@link ExecutionException}); null when it is none.
     */
    static <X extends RuntimeException> X catalogCause(ErrorCodec<X> codec, Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 4; depth++, cause = cause.getCause()) {
            if (codec.exceptionType().isInstance(cause)) {
                return codec.exceptionType().cast(cause);
            }
            if (!(cause instanceof IOException || cause instanceof CompletionException
                    || cause instanceof ExecutionException)) {
                return null;
            }
        }
        return null;
    }
}
