package dev.errata.testkit;

import dev.errata.ErrorCodec;
import dev.errata.testkit.oma.OmaErrors;
import dev.errata.testkit.oma.OmaException;
import dev.errata.testkit.openx.OpenxErrors;
import dev.errata.testkit.openx.OpenxException;
import dev.errata.testkit.osm.OsmErrors;
import dev.errata.testkit.osm.OsmException;
import dev.errata.testkit.stripe.StripeErrors;
import dev.errata.testkit.stripe.StripeException;
import dev.errata.testkit.wildduck.WildduckErrors;
import dev.errata.testkit.wildduck.WildduckException;
import java.util.Optional;

/** The codecs of the catalogs the tests compile (see {@link TestCodec}). */
public final class Codecs {

    public static final ErrorCodec<OmaException> OMA = new TestCodec<>("Oma", OmaException.class, true,
            OmaErrors::decode, OmaErrors::decode, OmaErrors::toBody, OmaErrors::toProblemJson,
            OmaErrors::fromProblemJson, OmaException::error, OmaException::response, OmaException::retryable);

    public static final ErrorCodec<OsmException> OSM = new TestCodec<>("Osm", OsmException.class, true,
            OsmErrors::decode, OsmErrors::decode, OsmErrors::toBody, OsmErrors::toProblemJson,
            OsmErrors::fromProblemJson, OsmException::error, OsmException::response, OsmException::retryable);

    public static final ErrorCodec<OpenxException> OPENX = new TestCodec<>("Openx", OpenxException.class, false,
            OpenxErrors::decode, OpenxErrors::decode, OpenxErrors::toBody, OpenxErrors::toProblemJson,
            OpenxErrors::fromProblemJson, OpenxException::error, OpenxException::response,
            OpenxException::retryable);

    public static final ErrorCodec<WildduckException> WILDDUCK = new TestCodec<>("Wildduck", WildduckException.class,
            false, WildduckErrors::decode, WildduckErrors::decode, WildduckErrors::toBody,
            WildduckErrors::toProblemJson, WildduckErrors::fromProblemJson, WildduckException::error,
            WildduckException::response, WildduckException::retryable);

    public static final ErrorCodec<StripeException> STRIPE = new TestCodec<>("Stripe", StripeException.class, false,
            StripeErrors::decode, StripeErrors::decode, StripeErrors::toBody, StripeErrors::toProblemJson,
            StripeErrors::fromProblemJson, StripeException::error, StripeException::response,
            StripeException::retryable);

    /**
     * A codec that finds every body a success, whatever its status: what the adapters do with the bytes they read
     * when no error is found, past the limit too, where the generated decoders never find one.
     */
    public static final ErrorCodec<OmaException> SEES_NO_ERROR = new TestCodec<>("Oma", OmaException.class, true,
            (status, headers, body) -> Optional.empty(), (status, headers, body) -> Optional.empty(),
            OmaErrors::toBody, OmaErrors::toProblemJson, OmaErrors::fromProblemJson, OmaException::error,
            OmaException::response, OmaException::retryable);

    private Codecs() {}
}
