package dev.errata.spring;

import dev.errata.ErrorCodec;
import dev.errata.spring.oma.OmaCodec;
import dev.errata.spring.oma.OmaException;
import dev.errata.spring.openx.OpenxCodec;
import dev.errata.spring.openx.OpenxException;
import dev.errata.spring.stripe.StripeCodec;
import dev.errata.spring.stripe.StripeException;

/** The test catalogs' codecs, as the processor generates them. */
public final class TestCodecs {

    /** OMA: errors inside HTTP 200, HTTP-level outcomes 400, 404, 500. */
    public static final ErrorCodec<OmaException> OMA = OmaCodec.INSTANCE;

    /** OpenX: 4xx bodies with nested field errors, 429 by status alone. */
    public static final ErrorCodec<OpenxException> OPENX = OpenxCodec.INSTANCE;

    /** Stripe: a nested error object, a category member, Request-Id and Stripe-Should-Retry. */
    public static final ErrorCodec<StripeException> STRIPE = StripeCodec.INSTANCE;

    private TestCodecs() {}
}
