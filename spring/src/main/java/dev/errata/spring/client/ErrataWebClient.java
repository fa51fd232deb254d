package dev.errata.spring.client;

import dev.errata.ErrorCodec;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Spring's {@code WebClient} reading a vendor's errors with its catalog's codec: a response that holds an error
 * (a 4xx or 5xx, or a 2xx when the vendor sends errors inside successful responses) ends the exchange with
 * the catalog's exception as the error signal, with the status and the headers the catalog names in its
 * {@code response()}.
 *
 * <pre>{@code
 * WebClient oma = WebClient.builder()
 *         .baseUrl("https://admin.example.com/api")
 *         .filter(ErrataWebClient.errors(OmaCodec.INSTANCE))
 *         .build();
 * }</pre>
 *
 * <p>The body of a 2xx response that may hold an error is joined in memory once (as {@code bodyToMono} would)
 * and given to the application again, so a success still reads as usual; an error status's body is read no
 * further than the decoder's 1 MiB limit. Responses that cannot hold an error (1xx,
 * 3xx, and 2xx of vendors that never send errors inside them) pass untouched, streamed.
 */
public final class ErrataWebClient {

    private ErrataWebClient() {}

    /**
     * @param codec the catalog's codec ({@code <Name>Codec.INSTANCE})
     * @return the filter, for {@code WebClient.Builder.filter}
     */
    public static ExchangeFilterFunction errors(ErrorCodec<?> codec) {
        return ExchangeFilterFunction.ofResponseProcessor(response -> read(codec, response));
    }

    private static Mono<ClientResponse> read(ErrorCodec<?> codec, ClientResponse response) {
        int status = response.statusCode().value();
        if (!ResponsesToRead.errorStatus(status) && !ResponsesToRead.successToRead(codec, status)) {
            return Mono.just(response);
        }
        Flux<DataBuffer> received = response.body(BodyExtractors.toDataBuffers());
        if (ResponsesToRead.errorStatus(status)) {
            // An error's body is read no further than the decoder would: a hostile one ends at the limit. A 2xx
            // body is the application's, so it is read whole.
            received = DataBufferUtils.takeUntilByteCount(received, ResponsesToRead.MOST_ERROR_BYTES);
        }
        return DataBufferUtils.join(received)
                .map(ErrataWebClient::bytesOf)
                .defaultIfEmpty(new byte[0])
                .flatMap(body -> {
                    Optional<? extends RuntimeException> error =
                            ResponsesToRead.decode(codec, status, response.headers().asHttpHeaders(), body);
                    if (error.isPresent()) {
                        return Mono.error(error.get());
                    }
                    // A success (or an error status no codec would leave undecoded): the same bytes again.
                    // (The transforming body(...): the other one subscribes to the spent body again to release it.)
                    Flux<DataBuffer> again =
                            Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
                    return Mono.just(response.mutate().body(spent -> again).build());
                });
    }

    private static byte[] bytesOf(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }
}
