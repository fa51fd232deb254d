package dev.errata.httpclient;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.testkit.RoundTripContract;
import dev.errata.testkit.VendorFake.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The round trips through {@link ErrataHttp#send} and {@link ErrataHttp#sendAsync}. */
class RoundTripTest extends RoundTripContract {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Override
    protected <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply reply) {
        URI uri = vendor().serve(reply);
        return assertThrows(codec.exceptionType(), () -> ErrataHttp.send(client,
                HttpRequest.newBuilder(uri).build(), codec, BodyHandlers.ofString()));
    }

    @Override
    protected <X extends RuntimeException> Optional<X> otherFailure(ErrorCodec<X> codec, Reply reply) {
        URI uri = vendor().serve(reply);
        ExecutionException e = assertThrows(ExecutionException.class, () -> ErrataHttp.sendAsync(client,
                HttpRequest.newBuilder(uri).build(), codec, BodyHandlers.ofString()).get(20, TimeUnit.SECONDS));
        return Optional.of(codec.exceptionType().cast(e.getCause()));
    }
}
