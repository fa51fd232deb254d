package dev.errata.feign;

import dev.errata.ErrorCodec;
import dev.errata.feign.oma.OmaErrors;
import dev.errata.feign.oma.OmaException;
import dev.errata.feign.openx.OpenxErrors;
import dev.errata.feign.openx.OpenxException;
import dev.errata.feign.osm.OsmErrors;
import dev.errata.feign.osm.OsmException;
import dev.errata.feign.stripe.StripeErrors;
import dev.errata.feign.stripe.StripeException;
import dev.errata.feign.wildduck.WildduckErrors;
import dev.errata.feign.wildduck.WildduckException;
import java.util.Optional;

/** The codecs of the catalogs the tests compile (see {@link TestCodec}). */
final class Codecs {

    static final ErrorCodec<OmaException> OMA = new TestCodec<>("Oma", OmaException.class, true,
            OmaErrors::decode, OmaErrors::decode, OmaErrors::toBody, OmaErrors::toProblemJson,
            OmaErrors::fromProblemJson, OmaException::error, OmaException::response, OmaException::retryable);

    static final ErrorCodec<OsmException> OSM = new TestCodec<>("Osm", OsmException.class, true,
            OsmErrors::decode, OsmErrors::decode, OsmErrors::toBody, OsmErrors::toProblemJson,
            OsmErrors::fromProblemJson, OsmException::error, OsmException::response, OsmException::retryable);

    static final ErrorCodec<OpenxException> OPENX = new TestCodec<>("Openx", OpenxException.class, false,
            OpenxErrors::decode, OpenxErrors::decode, OpenxErrors::toBody, OpenxErrors::toProblemJson,
            OpenxErrors::fromProblemJson, OpenxException::error, OpenxException::response,
            OpenxException::retryable);

    static final ErrorCodec<WildduckException> WILDDUCK = new TestCodec<>("Wildduck", WildduckException.class,
            false, WildduckErrors::decode, WildduckErrors::decode, WildduckErrors::toBody,
            WildduckErrors::toProblemJson, WildduckErrors::fromProblemJson, WildduckException::error,
            WildduckException::response, WildduckException::retryable);

    static final ErrorCodec<StripeException> STRIPE = new TestCodec<>("Stripe", StripeException.class, false,
            StripeErrors::decode, StripeErrors::decode, StripeErrors::toBody, StripeErrors::toProblemJson,
            StripeErrors::fromProblemJson, StripeException::error, StripeException::response,
            StripeException::retryable);

    /**
     * A codec that finds every body a success, whatever its status: what the adapters do with the bytes they read
     * when no error is found, past the limit too, where the generated decoders never find one.
     */
    static final ErrorCodec<OmaException> SEES_NO_ERROR = new TestCodec<>("Oma", OmaException.class, true,
            (status, headers, body) -> Optional.empty(), (status, headers, body) -> Optional.empty(),
            OmaErrors::toBody, OmaErrors::toProblemJson, OmaErrors::fromProblemJson, OmaException::error,
            OmaException::response, OmaException::retryable);

    private Codecs() {}
}
