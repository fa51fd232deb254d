package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.util.function.Consumer;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;

/**
 * Spring's {@code RestClient} (and {@code RestTemplate}) reading a vendor's errors with its catalog's codec: a
 * response that holds an error throws the catalog's exception, with the status and the headers the catalog
 * names (request id, {@code Retry-After}) in its {@code response()}.
 *
 * <pre>{@code
 * RestClient oma = RestClient.builder()
 *         .baseUrl("https://admin.example.com/api")
 *         .apply(ErrataRestClient.errors(OmaCodec.INSTANCE))
 *         .build();
 * }</pre>
 *
 * <p>One codec per client: a client speaks to one vendor.
 */
public final class ErrataRestClient {

    private ErrataRestClient() {}

    /**
     * Everything a {@code RestClient} needs for the catalog: the {@linkplain #statusHandler status handler}, and,
     * when the vendor sends errors inside 2xx responses, the {@linkplain #successReader reader of 2xx bodies}.
     * For {@link RestClient.Builder#apply}.
     *
     * @param codec the catalog's codec ({@code <Name>Codec.INSTANCE})
     * @return what configures a builder
     */
    public static Consumer<RestClient.Builder> errors(ErrorCodec<?> codec) {
        ResponseErrorHandler statusHandler = statusHandler(codec);
        ClientHttpRequestInterceptor successReader = codec.errorsInSuccess() ? successReader(codec) : null;
        return builder -> {
            if (successReader != null) {
                builder.requestInterceptor(successReader);
            }
            builder.defaultStatusHandler(statusHandler);
        };
    }

    /**
     * The status handler of error responses (4xx and 5xx): decodes the body (read up to the codec's limit) and
     * throws the catalog's exception. For {@link RestClient.Builder#defaultStatusHandler(ResponseErrorHandler)}
     * and {@code RestTemplate.setErrorHandler}. Errors inside 2xx responses need {@link #successReader} too, as a
     * status handler never sees a successful response's body before the application does.
     *
     * @param codec the catalog's codec
     * @return the handler
     */
    public static ResponseErrorHandler statusHandler(ErrorCodec<?> codec) {
        return new ErrataResponseErrorHandler(codec);
    }

    /**
     * An interceptor that reads every 2xx body into memory once, throws the catalog's exception when it holds an
     * error, and else hands the application a response that reads the same bytes again: for vendors that send
     * errors inside 2xx responses ({@code wire.errorsInSuccess}). It needs no
     * {@code BufferingClientHttpRequestFactory}: only 2xx bodies of this client are buffered, and error statuses
     * are left to the {@link #statusHandler}. Works for {@code retrieve()} and {@code exchange()} alike.
     *
     * @param codec the catalog's codec
     * @return the interceptor; one that does nothing when the catalog sends no errors inside 2xx
     */
    public static ClientHttpRequestInterceptor successReader(ErrorCodec<?> codec) {
        return new ErrorsInSuccessInterceptor(codec);
    }
}
