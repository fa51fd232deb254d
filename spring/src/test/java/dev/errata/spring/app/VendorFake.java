package dev.errata.spring.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Stripe's API as the test application's upstream: the JDK's HTTP server on 127.0.0.1, answering every request
 * with a real Stripe error body and request id. One per test JVM, started on first use; its threads are daemons.
 */
public final class VendorFake {

    /** The request id the fake sends. */
    public static final String REQUEST_ID = "req_upstream_7Hq2";

    /** The body the fake sends, with 404: a customer that does not exist. */
    public static final String BODY = """
            {"error": {"code": "resource_missing", "doc_url": "https://stripe.com/docs/error-codes/resource-missing",
            "message": "No such customer: 'cus_gone'", "param": "id", "type": "invalid_request_error"}}""";

    private static final String URL = start();

    private VendorFake() {}

    /** {@return the fake's base URL} */
    public static String url() {
        return URL;
    }

    private static String start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Request-Id", REQUEST_ID);
                exchange.sendResponseHeaders(404, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return "http://127.0.0.1:" + server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
