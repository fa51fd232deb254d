package dev.errata.httpclient;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.testkit.VendorFake.Reply.json;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.ErrorCodec;
import dev.errata.ErrorResponse;
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
import dev.errata.testkit.openx.OpenxTypeException;
import dev.errata.testkit.openx.OpenxUnknownException;
import dev.errata.testkit.osm.OsmCaseDoesNotExistException;
import dev.errata.testkit.osm.OsmException;
import dev.errata.testkit.osm.OsmFailedException;
import dev.errata.testkit.osm.OsmNotFoundException;
import dev.errata.testkit.osm.OsmUnknownException;
import dev.errata.testkit.wildduck.WildduckException;
import dev.errata.testkit.wildduck.WildduckRateLimitException;
import dev.errata.testkit.wildduck.WildduckUnknownException;
import dev.errata.testkit.wildduck.WildduckUserNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The body handlers against a vendor fake on 127.0.0.1 answering each seed vendor's bodies (as their pages show
 * them: OMA's errors inside 200 and batch arrays, OSM's codes inside 200, OpenX's 4xx with nested field errors,
 * WildDuck's codes), a proxy's HTML page, empty bodies and 429s with Retry-After; sync and async.
 */
class ErrataBodyHandlersTest {

    static VendorFake vendor;
    static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        vendor = new VendorFake();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        vendor.close();
    }

    static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build();
    }

    /** Sends through {@link ErrataHttp#send} and returns the catalog's exception it throws. */
    static <X extends RuntimeException> X failure(ErrorCodec<X> codec, Reply... replies) {
        URI uri = vendor.serve(replies);
        return assertThrows(codec.exceptionType(),
                () -> ErrataHttp.send(client, get(uri), codec, BodyHandlers.ofString()));
    }

    static <X extends RuntimeException> String success(ErrorCodec<X> codec, Reply... replies) throws Exception {
        URI uri = vendor.serve(replies);
        return ErrataHttp.send(client, get(uri), codec, BodyHandlers.ofString()).body();
    }

    // ---- OMA: errors inside HTTP 200, batches -------------------------------------------------------------------

    @Test
    void omaWrongCredentialsInside200ThrowTheCatalogsExceptionWithItsResponse() {
        OmaException e = failure(Codecs.OMA, json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        assertThat(e).isInstanceOf(OmaInvalidCredentialsException.class);
        assertThat(e.getMessage()).isEqualTo("Invalid credentials supplied in request.");
        ErrorResponse response = e.response().orElseThrow();
        assertThat(response.httpStatus().getAsInt()).isEqualTo(200);
        assertThat(response.rawCode()).hasValue("1");
        assertThat(response.bodyExcerpt()).isEqualTo(VendorBodies.OMA_WRONG_CREDENTIALS);
    }

    @Test
    void plainHttpClientSendWrapsTheCatalogsExceptionInAnIoException() {
        URI uri = vendor.serve(json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        IOException e = assertThrows(IOException.class,
                () -> client.send(get(uri), ErrataBodyHandlers.ofString(Codecs.OMA)));
        assertThat(e).hasCauseThat().isInstanceOf(OmaInvalidCredentialsException.class);
    }

    @Test
    void omaSuccessReachesTheDownstreamHandlerWhole() throws Exception {
        String body = VendorBodies.OMA_SUCCESS;
        assertThat(success(Codecs.OMA, json(200, body))).isEqualTo(body);
    }

    @Test
    void omaBatchWithFailedItemsIsTheBatchException() throws Exception {
        String body = VendorBodies.OMA_BATCH;
        OmaBatchException e = (OmaBatchException) failure(Codecs.OMA, json(200, body));
        assertThat(e.itemCount()).isEqualTo(3);
        assertThat(e.failures().get(1)).isInstanceOf(OmaObjectNotFoundException.class);
        assertThat(e.failures().get(2)).isInstanceOf(OmaTryAgainLaterException.class);
        assertThat(success(Codecs.OMA, json(200, "[{\"success\": true}, {\"success\": true}]")))
                .isEqualTo("[{\"success\": true}, {\"success\": true}]");
    }

    @Test
    void omaHttpLevelErrorsAndEmptyBodies() throws Exception {
        assertThat(failure(Codecs.OMA, json(400, "{\"user\": \"joe@example.com\",}")))
                .isInstanceOf(OmaBadRequestException.class);
        OmaException empty = failure(Codecs.OMA, new Reply(500, java.util.Map.of(), null));
        assertThat(empty).isInstanceOf(OmaInternalServerErrorException.class);
        assertThat(empty.response().orElseThrow().bodyExcerpt()).isEmpty();
        // No body at 204 is no error, even for an API that sends errors inside 2xx.
        assertThat(success(Codecs.OMA, new Reply(204, java.util.Map.of(), null))).isEmpty();
    }

    // ---- OSM: codes inside 200 -------------------------------------------------------------------------------

    @Test
    void osmCodesInside200AndThePagesOwnExample() {
        OsmException gone = failure(Codecs.OSM, json(200, VendorBodies.OSM_CASE_GONE));
        assertThat(gone).isInstanceOf(OsmCaseDoesNotExistException.class);
        assertThat(gone).isInstanceOf(OsmNotFoundException.class);
        OsmException failed = failure(Codecs.OSM, json(400, VendorBodies.OSM_PAGE_EXAMPLE));
        assertThat(failed).isInstanceOf(OsmFailedException.class);
        assertThat(failed.getMessage()).isEqualTo("failed");
    }

    // ---- OpenX: 4xx with nested field errors; 429 with Retry-After --------------------------------------------

    @Test
    void openxObjectValidationKeepsItsNestedFieldErrors() {
        OpenxException e = failure(Codecs.OPENX, json(400, VendorBodies.OPENX_OBJECT_VALIDATION));
        assertThat(e).isInstanceOf(OpenxObjectValidationException.class);
        assertThat(e.uid()).hasValue("6000c4a1-e0c9-fff1-8123-0c9a66");
        assertThat(e.fieldErrors().get("name")).isInstanceOf(OpenxRequireException.class);
        assertThat(e.fieldErrors().get("name").field()).containsEntry("required", Boolean.TRUE);
        assertThat(e.fieldErrors().get("start_date")).isInstanceOf(OpenxTypeException.class);
    }

    @Test
    void a429CarriesRetryAfterInSecondsOrAsAnHttpDate() {
        OpenxException seconds = failure(Codecs.OPENX, json(429, VendorBodies.OPENX_RATE_LIMITED)
                .with("Retry-After", "120"));
        assertThat(seconds).isInstanceOf(OpenxTooManyRequestsException.class);
        assertThat(seconds.retryable()).isTrue();
        assertThat(Codecs.OPENX.retryAfter(seconds)).hasValue(Duration.ofSeconds(120));

        // The JDK's server writes its own Date header (the time it answers), from which an HTTP-date counts.
        ZonedDateTime retryAt = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(59).withNano(0);
        Instant before = Instant.now().minusSeconds(1);
        OpenxException httpDate = failure(Codecs.OPENX, new Reply(429, java.util.Map.of(), null)
                .with("Retry-After", VendorBodies.IMF_FIXDATE.format(retryAt)));
        Instant after = Instant.now().plusSeconds(1);
        assertThat(httpDate).isInstanceOf(OpenxTooManyRequestsException.class);
        Duration wait = Codecs.OPENX.retryAfter(httpDate).orElseThrow();
        assertThat(wait).isAtLeast(Duration.between(after, retryAt.toInstant()));
        assertThat(wait).isAtMost(Duration.between(before, retryAt.toInstant()));
    }

    // ---- WildDuck: codes at 4xx, 2xx streamed untouched ----------------------------------------------------------

    @Test
    void wildduckCodes() {
        WildduckException e = failure(Codecs.WILDDUCK, json(404, VendorBodies.WILDDUCK_USER_NOT_FOUND));
        assertThat(e).isInstanceOf(WildduckUserNotFoundException.class);
        assertThat(e.response().orElseThrow().rawMessage()).hasValue("This user does not exist");
        assertThat(failure(Codecs.WILDDUCK, json(403, VendorBodies.WILDDUCK_RATE_LIMITED)))
                .isInstanceOf(WildduckRateLimitException.class);
    }

    /** An API that never sends errors inside 2xx has its successes streamed, unread and unbounded. */
    @Test
    void aLargeSuccessOfAnApiWithoutErrorsInSuccessIsStreamedUnread() throws Exception {
        byte[] large = "{\"success\": true}".concat(" ".repeat(3 << 20)).getBytes(StandardCharsets.UTF_8);
        URI uri = vendor.serve(new Reply(200, java.util.Map.of(), large));
        HttpResponse<InputStream> response = ErrataHttp.send(client, get(uri), Codecs.WILDDUCK,
                BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            assertThat(in.readAllBytes()).isEqualTo(large);
        }
    }

    // ---- What is no vendor's body -------------------------------------------------------------------------------

    @Test
    void aProxysHtmlPageIsEachCatalogsFallbackWithTheStatusAndAnExcerpt() {
        Reply page = Reply.of(502, "text/html", VendorFake.PROXY_PAGE);
        for (RuntimeException e : List.of(failure(Codecs.OMA, page), failure(Codecs.OSM, page),
                failure(Codecs.OPENX, page), failure(Codecs.WILDDUCK, page))) {
            assertThat(e.getClass()).isAnyOf(OmaUnknownException.class, OsmUnknownException.class,
                    OpenxUnknownException.class, WildduckUnknownException.class);
        }
        OmaException oma = failure(Codecs.OMA, page);
        assertThat(oma.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(502);
        assertThat(oma.response().orElseThrow().bodyExcerpt()).contains("<center><h1>502 Bad Gateway</h1></center>");
    }

    /**
     * Bodies past the decoders' 1 MiB: an error status's is the catalog's exception for it; a 2xx body of an API
     * that sends errors inside 2xx is refused as the generated decoder refuses it. Neither is buffered whole.
     */
    @Test
    void bodiesPastTheLimitAreDecidedOnTheirFirstMebibyte() {
        byte[] tenMegabytes = ("{\"success\": false, \"error_number\": 1, \"error\": \""
                + "x".repeat(10 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        OmaException atError = failure(Codecs.OMA, new Reply(500, java.util.Map.of(), tenMegabytes));
        assertThat(atError).isInstanceOf(OmaException.class);
        assertThat(atError.response().orElseThrow().httpStatus().getAsInt()).isEqualTo(500);
        OmaException at200 = failure(Codecs.OMA, new Reply(200, java.util.Map.of(), tenMegabytes));
        assertThat(at200).isInstanceOf(OmaUnknownException.class);
    }

    @Test
    void aSuccessJustUnderTheLimitIsHandedOnInPieces() throws Exception {
        String body = "{\"success\": true, \"blob\": \"" + "y".repeat(ErrataBodyHandlers.MAX_BODY_BYTES - 40) + "\"}";
        assertThat(body.length()).isAtMost(ErrataBodyHandlers.MAX_BODY_BYTES);
        URI uri = vendor.serve(json(200, body));
        HttpResponse<InputStream> response = ErrataHttp.send(client, get(uri), Codecs.OMA,
                BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body);
        }
    }

    /**
     * A body past the limit that the codec finds no error in goes on whole: the bytes read first, then the rest
     * as the client receives it, to a subscriber that asks for one buffer at a time and to one that asks for all.
     */
    @Test
    void aSuccessPastTheLimitIsHandedOnWhole() throws Exception {
        byte[] large = new byte[3 * ErrataBodyHandlers.MAX_BODY_BYTES + 12_345];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) ('a' + i % 26);
        }
        URI uri = vendor.serve(new Reply(200, java.util.Map.of(), large));
        HttpResponse<InputStream> streamed = ErrataHttp.send(client, get(uri), Codecs.SEES_NO_ERROR,
                BodyHandlers.ofInputStream());
        try (InputStream in = streamed.body()) {
            assertThat(in.readAllBytes()).isEqualTo(large);
        }
        assertThat(ErrataHttp.send(client, get(uri), Codecs.SEES_NO_ERROR, BodyHandlers.ofByteArray()).body())
                .isEqualTo(large);
        assertThat(ErrataHttp.sendAsync(client, get(uri), Codecs.SEES_NO_ERROR, BodyHandlers.ofByteArray())
                .get(20, TimeUnit.SECONDS).body()).isEqualTo(large);
        // At an error status too, and for an empty body.
        URI error = vendor.serve(new Reply(503, java.util.Map.of(), large));
        HttpResponse<byte[]> atError = ErrataHttp.send(client, get(error), Codecs.SEES_NO_ERROR,
                BodyHandlers.ofByteArray());
        assertThat(atError.statusCode()).isEqualTo(503);
        assertThat(atError.body()).isEqualTo(large);
        URI empty = vendor.serve(new Reply(500, java.util.Map.of(), null));
        assertThat(ErrataHttp.send(client, get(empty), Codecs.SEES_NO_ERROR, BodyHandlers.ofString()).body())
                .isEmpty();
    }

    /** A HEAD request has no body to hold an error at 2xx; at an error status, its status alone decides. */
    @Test
    void aHeadRequestIsReadOnlyAtAnErrorStatus() throws Exception {
        URI ok = vendor.serve(new Reply(200, java.util.Map.of(), null));
        HttpRequest head = HttpRequest.newBuilder(ok).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        assertThat(ErrataHttp.send(client, head, Codecs.OMA, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        // A handler alone cannot tell: for it, a 2xx without a body is what OMA's decoder makes of it.
        IOException e = assertThrows(IOException.class, () -> client.send(head, ErrataBodyHandlers.ofString(Codecs.OMA)));
        assertThat(e).hasCauseThat().isInstanceOf(OmaUnknownException.class);

        URI missing = vendor.serve(new Reply(404, java.util.Map.of(), null));
        HttpRequest headMissing = HttpRequest.newBuilder(missing)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        assertThrows(OmaMethodNotFoundException.class,
                () -> ErrataHttp.send(client, headMissing, Codecs.OMA, BodyHandlers.ofString()));
    }

    /** 3xx are no errors: a redirect the client does not follow reaches the caller as it is. */
    @Test
    void aRedirectIsNoError() throws Exception {
        URI uri = vendor.serve(Reply.of(302, "text/html", "<a href=\"/elsewhere\">moved</a>")
                .with("Location", "/elsewhere"));
        HttpResponse<String> response = ErrataHttp.send(client, get(uri), Codecs.OMA, BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.body()).isEqualTo("<a href=\"/elsewhere\">moved</a>");
    }

    // ---- Async ----------------------------------------------------------------------------------------------------

    @Test
    void sendAsyncFailsWithTheCatalogsExceptionItself() throws Exception {
        URI uri = vendor.serve(json(200, VendorBodies.OMA_WRONG_CREDENTIALS));
        CompletableFuture<HttpResponse<String>> future = ErrataHttp.sendAsync(client, get(uri), Codecs.OMA,
                BodyHandlers.ofString());
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
        assertThat(e).hasCauseThat().isInstanceOf(OmaInvalidCredentialsException.class);
        Throwable handled = future.handle((response, failure) -> failure).get(20, TimeUnit.SECONDS);
        assertThat(handled).isInstanceOf(OmaInvalidCredentialsException.class);
    }

    @Test
    void plainSendAsyncWithTheHandlerFailsWithItAsTheCause() throws Exception {
        URI uri = vendor.serve(json(404, "{\"error\": \"This user does not exist\", \"code\": \"UserNotFound\"}"));
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(get(uri),
                ErrataBodyHandlers.ofString(Codecs.WILDDUCK));
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertThat(e).hasCauseThat().isInstanceOf(WildduckUserNotFoundException.class);
    }

    @Test
    void sendAsyncYieldsSuccesses() throws Exception {
        String body = "{\"error_code\": null, \"incident_id\": \"20231218000123\"}";
        URI uri = vendor.serve(json(200, body));
        HttpResponse<String> response = ErrataHttp.sendAsync(client, get(uri), Codecs.OSM, BodyHandlers.ofString())
                .get(20, TimeUnit.SECONDS);
        assertThat(response.body()).isEqualTo(body);
    }
}
