package dev.errata.feign;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.testkit.RoundTripContract;
import dev.errata.testkit.VendorFake.Reply;
import java.net.URI;

/**
 * The round trips through the real Feign client: errors inside 200 through the Decoder wrapper, the others
 * through the ErrorDecoder, retryable ones through the Retryer (which gives up at once here, and the catalog's
 * exception is unwrapped).
 */
class RoundTripTest extends RoundTripContract {

    @Override
    protected <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply reply) {
        URI uri = vendor().serve(reply);
        return assertThrows(codec.exceptionType(), () -> FeignFixture.api(vendor(), codec).call(FeignFixture.n(uri)));
    }
}
