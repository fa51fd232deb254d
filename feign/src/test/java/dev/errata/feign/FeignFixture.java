package dev.errata.feign;

import dev.errata.ErrorCodec;
import dev.errata.testkit.VendorFake;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.Decoder;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A Feign client of the vendor fake, set up with the Errata adapters as the README shows. */
final class FeignFixture {

    /** The vendor's API as Feign sees it: each call names the path the fake scripted. */
    interface VendorApi {
        @RequestLine("GET /call/{n}")
        String call(@Param("n") String n);

        @RequestLine("POST /call/{n}")
        void post(@Param("n") String n);

        @RequestLine("HEAD /call/{n}")
        void head(@Param("n") String n);
    }

    /** A Retryer that keeps what it was given and retries at once, up to a number of attempts. */
    static final class RecordingRetryer implements Retryer {
        final List<RetryableException> seen = new CopyOnWriteArrayList<>();
        private final int attempts;

        RecordingRetryer(int attempts) {
            this.attempts = attempts;
        }

        @Override
        public void continueOrPropagate(RetryableException e) {
            seen.add(e);
            if (seen.size() >= attempts) {
                throw e;
            }
        }

        @Override
        public Retryer clone() {
            return this;
        }
    }

    private FeignFixture() {}

    static Feign.Builder builder(ErrorCodec<?> codec) {
        return Feign.builder()
                .decoder(ErrataDecoder.wrap(codec, new Decoder.Default()))
                .errorDecoder(ErrataErrorDecoder.of(codec))
                .responseInterceptor(ErrataResponseInterceptor.of(codec))
                .decodeVoid()
                .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(5, TimeUnit.SECONDS, 20, TimeUnit.SECONDS, true));
    }

    static VendorApi api(VendorFake vendor, ErrorCodec<?> codec) {
        return builder(codec).target(VendorApi.class, vendor.base());
    }

    /** The last segment of a path the fake scripted: what {@link VendorApi#call} takes. */
    static String n(URI uri) {
        String path = uri.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
