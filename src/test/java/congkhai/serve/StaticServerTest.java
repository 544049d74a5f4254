package congkhai.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaticServerTest {

    @TempDir
    Path tmp;
    StaticServer server;
    Path site;
    HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<h1>Trang chủ</h1>");
        Files.createDirectories(site.resolve("van-ban"));
        Files.writeString(site.resolve("van-ban/index.html"), "danh sách");
        Files.writeString(site.resolve("404.html"), "không tìm thấy");
        Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(site.resolve("link.txt"), tmp.resolve("secret.txt"));
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Sends the request line as written, without any client normalising the path. */
    private String raw(String requestLine) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersInTheWebmastersLanguage() throws Exception {
        server.close();
        server = new StaticServer(site, new InetSocketAddress("127.0.0.1", 0), java.util.Optional.empty(),
                congkhai.base.Translator.of(congkhai.base.Lang.VI));
        server.start();
        assertTrue(raw("GET /api/search?q=a&limit=-5 HTTP/1.1").endsWith("\r\n\r\nlimit phải từ 1 trở lên"));
        assertTrue(raw("GET /api/search?q=a&year=x HTTP/1.1").endsWith("limit và year phải là số"));
        assertTrue(raw("GET /api/search?q=" + "a+".repeat(2000) + " HTTP/1.1").endsWith("câu tìm kiếm dài quá 500 ký tự"));
        assertTrue(raw("GET /api/search?q=a HTTP/1.1").endsWith("trang này không có chỉ mục tìm kiếm; hãy dựng trang trước"));
        assertTrue(raw("GET /../secret.txt HTTP/1.1").endsWith("Yêu cầu không hợp lệ"));
        assertTrue(raw("DELETE / HTTP/1.1").endsWith("Phương thức không được hỗ trợ: chỉ GET và HEAD"));
    }

    @Test
    void servesPagesAndFoldersAsTheirIndex() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("<h1>Trang chủ</h1>", home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("danh sách", get("/van-ban/").body());
        HttpResponse<String> noSlash = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/van-ban")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(301, noSlash.statusCode());
        assertEquals("/van-ban/", noSlash.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void unknownPathsGetTheSite404Page() throws Exception {
        HttpResponse<String> missing = get("/khong-co/");
        assertEquals(404, missing.statusCode());
        assertEquals("không tìm thấy", missing.body());
    }

    @Test
    void neverAnswersWithAFileOutsideTheSite() throws Exception {
        assertTrue(raw("GET /../secret.txt HTTP/1.1").startsWith("HTTP/1.1 400"));
        assertTrue(raw("GET /van-ban/../../secret.txt HTTP/1.1").startsWith("HTTP/1.1 400"));
        assertTrue(raw("GET /%2e%2e/secret.txt HTTP/1.1").startsWith("HTTP/1.1 400"));
        HttpResponse<String> link = get("/link.txt");
        assertEquals(404, link.statusCode());
        assertFalse(link.body().contains("outside the site"));
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        String head = raw("HEAD / HTTP/1.1");
        assertTrue(head.startsWith("HTTP/1.1 200"), head);
        assertFalse(head.contains("Trang chủ"), "HEAD has no body");
    }

    @Test
    void malformedRequestsGetA4xxAnswer() throws Exception {
        List<String> requests = List.of(
                "GARBAGE",
                "GET /%zz HTTP/1.1",
                "GET /%00 HTTP/1.1",
                "GET /%5c..%5csecret.txt HTTP/1.1",
                "GET relative HTTP/1.1",
                "GET http://evil.example/../secret.txt HTTP/1.1",
                "GET /%2e%2e/secret.txt HTTP/1.1",
                "PRI * HTTP/2.0",
                "DELETE / HTTP/1.1",
                "GET /api/search?q=a&limit=-5 HTTP/1.1",
                "GET /api/search?q=a&limit=x HTTP/1.1",
                "GET /api/search?q=" + "a+".repeat(2000) + " HTTP/1.1",
                "\u0000\u0001\u00ff");
        for (String request : requests) {
            String status = raw(request).lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 4\\d\\d .*"), request + " -> " + status);
        }
        assertTrue(raw("GET /api/search?q=a&limit=-5 HTTP/1.1").contains("limit must be at least 1"));
        assertTrue(raw("GET /api/search?q=" + "a+".repeat(2000) + " HTTP/1.1").contains("the query is longer than 500 characters"));
        String badHeader = rawExactly("GET / HTTP/1.1\r\nno colon here\r\n\r\n");
        assertTrue(badHeader.startsWith("HTTP/1.1 400"), badHeader);
        String negativeLength = rawExactly("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n");
        assertTrue(negativeLength.startsWith("HTTP/1.1 400"), negativeLength);
    }

    @Test
    void pagesCarryTheContentSecurityPolicyAsAHeader() throws Exception {
        HttpResponse<String> home = get("/");
        String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'"), policy);
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElseThrow());
    }

    @Test
    void largeFilesAreStreamedWhole() throws Exception {
        byte[] big = new byte[48 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        Files.write(site.resolve("ban-do.pdf"), big);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/ban-do.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(java.util.Arrays.equals(big, response.body()));
    }

    private HttpResponse<byte[]> getRange(String path, String range) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).header("Range", range).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aByteRangeOfAFileIsAnsweredWithThoseBytes() throws Exception {
        byte[] pack = new byte[1000];
        for (int i = 0; i < pack.length; i++) {
            pack[i] = (byte) i;
        }
        Files.createDirectories(site.resolve("search/records"));
        Files.write(site.resolve("search/records/0.pack"), pack);

        HttpResponse<byte[]> middle = getRange("/search/records/0.pack", "bytes=100-199");
        assertEquals(206, middle.statusCode());
        assertEquals("bytes 100-199/1000", middle.headers().firstValue("Content-Range").orElseThrow());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(pack, 100, 200), middle.body()));

        HttpResponse<byte[]> open = getRange("/search/records/0.pack", "bytes=990-");
        assertEquals(206, open.statusCode());
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(pack, 990, 1000), open.body()));
        HttpResponse<byte[]> pastTheEnd = getRange("/search/records/0.pack", "bytes=995-2000");
        assertEquals("bytes 995-999/1000", pastTheEnd.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> suffix = getRange("/search/records/0.pack", "bytes=-4");
        assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOfRange(pack, 996, 1000), suffix.body()));

        HttpResponse<byte[]> unsatisfiable = getRange("/search/records/0.pack", "bytes=1000-1005");
        assertEquals(416, unsatisfiable.statusCode());
        assertEquals("bytes */1000", unsatisfiable.headers().firstValue("Content-Range").orElseThrow());

        // several ranges, or another unit, or nonsense: the whole file, which HTTP allows
        for (String whole : List.of("bytes=0-1,5-6", "items=0-1", "bytes=abc", "bytes=9-3")) {
            HttpResponse<byte[]> response = getRange("/search/records/0.pack", whole);
            assertEquals(200, response.statusCode(), whole);
            assertTrue(java.util.Arrays.equals(pack, response.body()), whole);
        }
        assertEquals("bytes", get("/search/records/0.pack").headers().firstValue("Accept-Ranges").orElseThrow());
    }

    private String rawExactly(String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
