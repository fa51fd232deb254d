package dev.errata.testkit;

import dev.errata.CatalogError;
import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
import dev.errata.testkit.oma.OmaCodec;
import dev.errata.testkit.oma.OmaException;
import dev.errata.testkit.openx.OpenxCodec;
import dev.errata.testkit.openx.OpenxException;
import dev.errata.testkit.osm.OsmCodec;
import dev.errata.testkit.osm.OsmException;
import dev.errata.testkit.stripe.StripeCodec;
import dev.errata.testkit.stripe.StripeException;
import dev.errata.testkit.wildduck.WildduckCodec;
import dev.errata.testkit.wildduck.WildduckException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The generated codecs of the catalogs the adapters' tests compile, and one that finds no error anywhere. */
public final class Codecs {

    public static final ErrorCodec<OmaException> OMA = OmaCodec.INSTANCE;

    public static final ErrorCodec<OsmException> OSM = OsmCodec.INSTANCE;

    public static final ErrorCodec<OpenxException> OPENX = OpenxCodec.INSTANCE;

    public static final ErrorCodec<WildduckException> WILDDUCK = WildduckCodec.INSTANCE;

    public static final ErrorCodec<StripeException> STRIPE = StripeCodec.INSTANCE;

    /**
     * OMA's codec, except that it finds every body a success, whatever its status: what the adapters do with the
     * bytes they read when no error is found, past the limit too, where the generated decoders never find one.
     */
    public static final ErrorCodec<OmaException> SEES_NO_ERROR = new ErrorCodec<>() {
        @Override
        public String catalogName() {
            return OMA.catalogName();
        }

        @Override
        public Class<OmaException> exceptionType() {
            return OMA.exceptionType();
        }

        @Override
        public CatalogError error(OmaException error) {
            return OMA.error(error);
        }

        @Override
        public int httpStatus(OmaException error) {
            return OMA.httpStatus(error);
        }

        @Override
        public String toBody(OmaException error) {
            return OMA.toBody(error);
        }

        @Override
        public String toProblemJson(OmaException error, String instance) {
            return OMA.toProblemJson(error, instance);
        }

        @Override
        public String problemType(OmaException error) {
            return OMA.problemType(error);
        }

        @Override
        public boolean errorsInSuccess() {
            return true;
        }

        @Override
        public Optional<OmaException> decode(int status, Map<String, ? extends List<String>> headers, byte[] body) {
            return Optional.empty();
        }

        @Override
        public Optional<OmaException> decode(int status, Map<String, ? extends List<String>> headers,
                InputStream body) {
            return Optional.empty();
        }

        @Override
        public Optional<OmaException> fromProblemJson(byte[] body) {
            return Optional.empty();
        }

        @Override
        public Optional<ErrorResponse> response(OmaException error) {
            return OMA.response(error);
        }

        @Override
        public boolean retryable(OmaException error) {
            return OMA.retryable(error);
        }

        @Override
        public Optional<Duration> retryAfter(OmaException error) {
            return OMA.retryAfter(error);
        }
    };

    private Codecs() {}
}
