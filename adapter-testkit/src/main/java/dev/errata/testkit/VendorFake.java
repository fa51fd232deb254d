package dev.errata.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A vendor's API played by the JDK's HTTP server on 127.0.0.1 (a free port): each path answers the replies
 * scripted for it, one per request in order, the last one again for every request after it.
 */
public final class VendorFake implements AutoCloseable {

    /** One scripted reply. A body of null sends none (Content-Length 0 is not even written: -1). */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply json(int status, String body) {
            return of(status, "application/json", body);
        }

        public static Reply of(int status, String contentType, String body) {
            return new Reply(status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        public Reply with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Reply(status, more, body);
        }
    }

    /** The nginx page a proxy sends when the API behind it is down. */
    public static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
            + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

    static {
        // Without TCP_NODELAY, the server's separate writes of headers and body meet the client's delayed ACK:
        // 40 ms per response. Read once, when the JDK's server loads its configuration.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Map<String, List<Reply>> script = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger paths = new AtomicInteger();

    public VendorFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(executor);
        server.start();
    }

    /** Scripts the replies of a new path, and returns its URI. */
    public URI serve(Reply... replies) {
        String path = "/call/" + paths.incrementAndGet();
        script.put(path, List.of(replies));
        hits.put(path, new AtomicInteger());
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** The base URL Feign targets: {@code http://127.0.0.1:PORT}. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many requests {@code uri} has had. */
    public int hits(URI uri) {
        return hits.get(uri.getPath()).get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            List<Reply> replies = script.get(path);
            if (replies == null) {
                exchange.sendResponseHeaders(599, -1);
                return;
            }
            int n = hits.get(path).getAndIncrement();
            Reply reply = replies.get(Math.min(n, replies.size() - 1));
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] body = reply.body();
            exchange.sendResponseHeaders(reply.status(), body == null || body.length == 0 ? -1 : body.length);
            if (body != null && body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                } catch (IOException clientWentAway) {
                    // A client that read enough (an error past the limit) closes the connection: expected.
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

}
