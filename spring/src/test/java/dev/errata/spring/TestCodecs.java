package dev.errata.spring;

import dev.errata.ErrorCodec;
import dev.errata.spring.oma.OmaErrors;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.openx.OpenxErrors;
import dev.errata.spring.openx.OpenxException;
import dev.errata.spring.stripe.StripeErrors;
import dev.errata.spring.stripe.StripeException;

/** The test catalogs' codecs (see {@link DelegatingCodec}). */
public final class TestCodecs {

    /** OMA: errors inside HTTP 200, HTTP-level outcomes 400, 404, 500. */
    public static final ErrorCodec<OmaException> OMA = new DelegatingCodec<>("Oma", OmaException.class, true,
            OmaErrors::decode, OmaErrors::decode, OmaErrors::fromProblemJson, OmaErrors::toBody,
            OmaErrors::toProblemJson, OmaException::error, OmaException::response, OmaException::retryable);

    /** OpenX: 4xx bodies with nested field errors, 429 by status alone. */
    public static final ErrorCodec<OpenxException> OPENX = new DelegatingCodec<>("Openx", OpenxException.class,
            false, OpenxErrors::decode, OpenxErrors::decode, OpenxErrors::fromProblemJson, OpenxErrors::toBody,
            OpenxErrors::toProblemJson, OpenxException::error, OpenxException::response, OpenxException::retryable);

    /** Stripe: a nested error object, a category member, Request-Id and Stripe-Should-Retry. */
    public static final ErrorCodec<StripeException> STRIPE = new DelegatingCodec<>("Stripe", StripeException.class,
            false, StripeErrors::decode, StripeErrors::decode, StripeErrors::fromProblemJson, StripeErrors::toBody,
            StripeErrors::toProblemJson, StripeException::error, StripeException::response,
            StripeException::retryable);

    private TestCodecs() {}
}
