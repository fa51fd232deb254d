package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.feign.FeignFixture.api;
import static dev.errata.feign.FeignFixture.n;
import static dev.errata.testkit.VendorFake.Reply.json;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.feign.FeignFixture.RecordingRetryer;
import dev.errata.feign.FeignFixture.VendorApi;
import dev.errata.testkit.Codecs;
import dev.errata.testkit.VendorBodies;
import dev.errata.testkit.VendorFake;
import dev.errata.testkit.VendorFake.Reply;
import dev.errata.testkit.oma.OmaBadRequestException;
import dev.errata.testkit.oma.OmaBatchException;
import dev.errata.testkit.oma.OmaException;
import dev.errata.testkit.oma.OmaInternalServerErrorException;
import dev.errata.testkit.oma.OmaInvalidCredentialsException;
import dev.errata.testkit.oma.OmaMethodNotFoundException;
import dev.errata.testkit.oma.OmaObjectNotFoundException;
import dev.errata.testkit.oma.OmaTryAgainLaterException;
import dev.errata.testkit.oma.OmaUnknownException;
import dev.errata.testkit.openx.OpenxException;
import dev.errata.testkit.openx.OpenxObjectValidationException;
import dev.errata.testkit.openx.OpenxRequireException;
import dev.errata.testkit.openx.OpenxTooManyRequestsException;
import dev.errata.testkit.openx.OpenxUnknownException;
import dev.errata.testkit.osm.OsmCaseDoesNotExistException;
import dev.errata.testkit.osm.OsmFailedException;
import dev.errata.testkit.osm.OsmUnknownException;
import dev.errata.testkit.osm.OsmUrgingTooFrequentException;
import dev.errata.testkit.stripe.StripeRateLimitExceededException;
import dev.errata.testkit.wildduck.WildduckUnknownException;
import dev.errata.testkit.wildduck.WildduckUserNotFoundException;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.FeignException;
import feign.RetryableException;
import feign.Retryer;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Feign adapters with the real Feign client (its default {@code Client}, {@code HttpURLConnection}) and
 * Retryer, against a vendor fake on 127.0.0.1 answering each seed vendor's bodies as their pages show them.
 */
class FeignAdaptersTest {

    static VendorFake vendor;

    @BeforeAll
    static void start() throws IOException {
        vendor = new VendorFake();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    static <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply... replies) {
        URI uri = vendor.serve(replies);
        return assertThrows(codec.exceptionType(), () -> api(vendor, codec).call(n(uri)));
    }

    static String success(ErrorCodec<?> codec, Reply... replies) {
        return api(vendor, codec).call(n(vendor.serve(replies)));
    }

    // ---- Errors inside HTTP 200: the Decoder wrapper ---------------------------------------------------------------

    @Test
    void omaWrongCredentialsInside200AreThrownAsThemselves() {
        OmaException e = failure(Codecs.OMA, json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        assertThat(e).isInstanceOf(OmaInvalidCredentialsException.class);
        assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(200);
        assertThat(e.response().orElseThrow().bodyExcerpt()).isEqualTo(VendorBodies.OMA_WRONG_CREDENTIALS);
    }

    @Test
    void withoutTheInterceptorFeignWrapsThemInADecodeException() {
        URI uri = vendor.serve(json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        VendorApi api = Feign.builder()
                .decoder(ErrataDecoder.wrap(Codecs.OMA, new Decoder.Default()))
                .target(VendorApi.class, vendor.base());
        DecodeException e = assertThrows(DecodeException.class, () -> api.call(n(uri)));
        assertThat(e).hasCauseThat().isInstanceOf(OmaInvalidCredentialsException.class);
    }

    @Test
    void omaSuccessesReachTheDelegateDecoderWhole() {
        String body = VendorBodies.OMA_SUCCESS;
        assertThat(success(Codecs.OMA, json(200, body))).isEqualTo(body);
        String large = "{\"success\": true, \"blob\": \"" + "y".repeat(ResponseBodies.MAX_BODY_BYTES - 40) + "\"}";
        assertThat(success(Codecs.OMA, json(200, large))).isEqualTo(large);
    }

    @Test
    void omaBatchWithFailedItems() {
        OmaBatchException e = (OmaBatchException) failure(Codecs.OMA, json(200, VendorBodies.OMA_BATCH));
        assertThat(e.itemCount()).isEqualTo(3);
        assertThat(e.failures().get(1)).isInstanceOf(OmaObjectNotFoundException.class);
    }

    @Test
    void aVoidMethodSeesErrorsInside200WithDecodeVoid() {
        URI uri = vendor.serve(json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        assertThrows(OmaInvalidCredentialsException.class, () -> api(vendor, Codecs.OMA).post(n(uri)));
        // A success returns nothing, though Feign's default decoder, the delegate, supports no void.
        URI ok = vendor.serve(json(200, VendorBodies.OMA_SUCCESS));
        api(vendor, Codecs.OMA).post(n(ok));
        assertThat(vendor.hits(ok)).isEqualTo(1);
    }

    /** A HEAD request's 2xx has no body, so no error inside it; at an error status, the status alone decides. */
    @Test
    void aHeadRequestIsNotReadAt2xx() {
        URI ok = vendor.serve(new Reply(200, Map.of(), null));
        api(vendor, Codecs.OMA).head(n(ok));
        assertThat(vendor.hits(ok)).isEqualTo(1);
        URI missing = vendor.serve(new Reply(404, Map.of(), null));
        assertThrows(OmaMethodNotFoundException.class, () -> api(vendor, Codecs.OMA).head(n(missing)));
    }

    @Test
    void osmCodesInside200AndThePagesOwnExample() {
        assertThat(failure(Codecs.OSM, json(200, VendorBodies.OSM_CASE_GONE)))
                .isInstanceOf(OsmCaseDoesNotExistException.class);
        OsmFailedException failed = (OsmFailedException) failure(Codecs.OSM,
                json(400, VendorBodies.OSM_PAGE_EXAMPLE));
        assertThat(failed.getMessage()).isEqualTo("failed");
    }

    /** A retryable error inside 200 goes through Feign's Retryer too. */
    @Test
    void aRetryableErrorInside200IsRetried() {
        String urging = VendorBodies.OSM_URGING;
        String ticket = VendorBodies.OSM_TICKET;
        URI uri = vendor.serve(json(200, urging), json(200, ticket));
        RecordingRetryer retryer = new RecordingRetryer(3);
        VendorApi api = FeignFixture.builder(Codecs.OSM).retryer(retryer).target(VendorApi.class, vendor.base());
        assertThat(api.call(n(uri))).isEqualTo(ticket);
        assertThat(vendor.hits(uri)).isEqualTo(2);
        assertThat(retryer.seen).hasSize(1);
        assertThat(retryer.seen.get(0)).hasCauseThat().isInstanceOf(OsmUrgingTooFrequentException.class);
        assertThat(retryer.seen.get(0).retryAfter()).isNull();
    }

    /** A 2xx body past the limit that the codec finds no error in reaches the delegate whole, read once. */
    @Test
    void aSuccessPastTheLimitReachesTheDelegateWhole() {
        String large = "z".repeat(3 * ResponseBodies.MAX_BODY_BYTES + 12_345);
        assertThat(success(Codecs.SEES_NO_ERROR, json(200, large))).isEqualTo(large);
    }

    /** An error status whose body the codec finds no error in goes to Feign's own ErrorDecoder, body and all. */
    @Test
    void anErrorStatusWithoutACatalogErrorGoesToTheFallbackDecoder() {
        URI uri = vendor.serve(Reply.of(503, "text/plain", "maintenance until 02:00"));
        FeignException e = assertThrows(FeignException.class, () -> api(vendor, Codecs.SEES_NO_ERROR).call(n(uri)));
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.contentUTF8()).isEqualTo("maintenance until 02:00");
    }

    // ---- Error statuses: the ErrorDecoder ----------------------------------------------------------------------------

    @Test
    void openxObjectValidationKeepsItsNestedFieldErrors() {
        OpenxException e = failure(Codecs.OPENX, json(400, VendorBodies.OPENX_OBJECT_VALIDATION));
        assertThat(e).isInstanceOf(OpenxObjectValidationException.class);
        assertThat(e.uid()).hasValue("6000c4a1-e0c9-fff1-8123-0c9a66");
        assertThat(e.fieldErrors().get("name")).isInstanceOf(OpenxRequireException.class);
        assertThat(e.fieldErrors().get("name").field()).containsEntry("required", Boolean.TRUE);
    }

    @Test
    void wildduckCodesAndOmaHttpLevelErrors() {
        assertThat(failure(Codecs.WILDDUCK, json(404, VendorBodies.WILDDUCK_USER_NOT_FOUND)))
                .isInstanceOf(WildduckUserNotFoundException.class);
        assertThat(failure(Codecs.OMA, json(400, "{\"user\": \"joe@example.com\",}")))
                .isInstanceOf(OmaBadRequestException.class);
        OmaException empty = failure(Codecs.OMA, new Reply(500, Map.of(), null));
        assertThat(empty).isInstanceOf(OmaInternalServerErrorException.class);
        assertThat(empty.response().orElseThrow().bodyExcerpt()).isEmpty();
    }

    @Test
    void aProxysHtmlPageIsEachCatalogsFallback() {
        Reply page = Reply.of(502, "text/html", VendorFake.PROXY_PAGE);
        assertThat(failure(Codecs.OMA, page)).isInstanceOf(OmaUnknownException.class);
        assertThat(failure(Codecs.OSM, page)).isInstanceOf(OsmUnknownException.class);
        assertThat(failure(Codecs.OPENX, page)).isInstanceOf(OpenxUnknownException.class);
        WildduckUnknownException e = (WildduckUnknownException) failure(Codecs.WILDDUCK, page);
        assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(502);
        assertThat(e.response().orElseThrow().bodyExcerpt()).contains("502 Bad Gateway");
    }

    @Test
    void anErrorBodyPastTheLimitIsStillTheCatalogsException() {
        byte[] tenMegabytes = ("{\"type\": \"Range\", \"message\": \"" + "x".repeat(10 << 20) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        OpenxException e = failure(Codecs.OPENX, new Reply(400, Map.of(), tenMegabytes));
        assertThat(e.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(400);
        assertThat(e.response().orElseThrow().bodyExcerpt().length()).isLessThan(300);
    }

    // ---- 429 and Retry-After: Feign's Retryer -------------------------------------------------------------------------

    @Test
    void a429WithRetryAfterInSecondsIsRetriedByFeignsOwnRetryer() {
        String created = VendorBodies.OPENX_CREATED;
        URI uri = vendor.serve(json(429, VendorBodies.OPENX_RATE_LIMITED).with("Retry-After", "1"),
                json(200, created));
        VendorApi api = FeignFixture.builder(Codecs.OPENX).retryer(new Retryer.Default(1, 5_000, 3))
                .target(VendorApi.class, vendor.base());
        assertThat(api.call(n(uri))).isEqualTo(created);
        assertThat(vendor.hits(uri)).isEqualTo(2);
    }

    @Test
    void retryAfterBecomesTheTimeToRetryAt() {
        URI seconds = vendor.serve(json(429, "{}").with("Retry-After", "120"));
        long before = System.currentTimeMillis();
        RetryableException e = retried(Codecs.OPENX, seconds);
        long after = System.currentTimeMillis();
        assertThat(e).hasCauseThat().isInstanceOf(OpenxTooManyRequestsException.class);
        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).isAtLeast(before + 120_000);
        assertThat(e.retryAfter()).isAtMost(after + 120_000);

        // An HTTP-date counts from the response's Date header, which the JDK's server writes as it answers.
        ZonedDateTime retryAt = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(59).withNano(0);
        URI date = vendor.serve(new Reply(429, Map.of(), null).with("Retry-After",
                VendorBodies.IMF_FIXDATE.format(retryAt)));
        RetryableException byDate = retried(Codecs.OPENX, date);
        long expected = retryAt.toInstant().toEpochMilli();
        assertThat(byDate.retryAfter()).isAtLeast(expected - 2_000);
        assertThat(byDate.retryAfter()).isAtMost(expected + 2_000);
    }

    @Test
    void whenRetriesRunOutTheCallerGetsTheCatalogsExceptionOrTheRetryableOne() {
        URI uri = vendor.serve(json(429, VendorBodies.OPENX_RATE_LIMITED).with("Retry-After", "0"));
        VendorApi unwrapping = FeignFixture.builder(Codecs.OPENX).retryer(new Retryer.Default(1, 10, 2))
                .target(VendorApi.class, vendor.base());
        assertThrows(OpenxTooManyRequestsException.class, () -> unwrapping.call(n(uri)));
        assertThat(vendor.hits(uri)).isEqualTo(2);

        VendorApi wrapping = FeignFixture.builder(Codecs.OPENX).retryer(new Retryer.Default(1, 10, 2))
                .exceptionPropagationPolicy(ExceptionPropagationPolicy.NONE).target(VendorApi.class, vendor.base());
        RetryableException e = assertThrows(RetryableException.class, () -> wrapping.call(n(uri)));
        assertThat(e).hasCauseThat().isInstanceOf(OpenxTooManyRequestsException.class);
    }

    /** Stripe-Should-Retry: false is the server's word: no retry, whatever the catalog and Retry-After say. */
    @Test
    void aRetryableHeaderThatSaysFalseIsNotRetried() {
        URI uri = vendor.serve(json(429, Codecs.STRIPE.toBody(new StripeRateLimitExceededException()))
                .with("Stripe-Should-Retry", "false").with("Retry-After", "1").with("Request-Id", "req_9Lm1"));
        RecordingRetryer retryer = new RecordingRetryer(3);
        VendorApi api = FeignFixture.builder(Codecs.STRIPE).retryer(retryer).target(VendorApi.class, vendor.base());
        StripeRateLimitExceededException e = assertThrows(StripeRateLimitExceededException.class,
                () -> api.call(n(uri)));
        assertThat(e.response().orElseThrow().requestId()).hasValue("req_9Lm1");
        assertThat(retryer.seen).isEmpty();
        assertThat(vendor.hits(uri)).isEqualTo(1);
    }

    /** A retryable OMA error (20, try again later) without Retry-After: retried on the Retryer's own backoff. */
    @Test
    void aRetryableErrorWithoutRetryAfterLeavesTheWaitToTheRetryer() {
        URI uri = vendor.serve(json(200, VendorBodies.OMA_TRY_AGAIN_LATER));
        RetryableException e = retried(Codecs.OMA, uri);
        assertThat(e).hasCauseThat().isInstanceOf(OmaTryAgainLaterException.class);
        assertThat(e.retryAfter()).isNull();
    }

    /** The RetryableException Feign's Retryer got for one call of {@code uri}. */
    private static RetryableException retried(ErrorCodec<?> codec, URI uri) {
        RecordingRetryer retryer = new RecordingRetryer(1);
        VendorApi api = FeignFixture.builder(codec).retryer(retryer).target(VendorApi.class, vendor.base());
        assertThrows(codec.exceptionType(), () -> api.call(n(uri)));
        assertThat(retryer.seen).hasSize(1);
        return retryer.seen.get(0);
    }

}
