package congkhai.serve;

import congkhai.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A bounded load test of the preview server with Debian's wrk: 10 seconds, 2 threads, 50 connections,
 * on 127.0.0.1 only, over the sample portal's largest pages, a list, a feed and the stylesheet. Every
 * request must be answered, with no socket error and no status other than 2xx.
 */
class ServeLoadTest {

    private static final Path WRK = Path.of("/usr/bin/wrk");

    @TempDir
    Path tmp;

    @Test
    void servesFiftyConnectionsForTenSecondsWithoutAnError() throws Exception {
        if (!Files.isExecutable(WRK)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI needs Debian's wrk; .ci/run installs it");
            }
            assumeTrue(false, "wrk is not installed");
        }
        Path out = tmp.resolve("portal");
        assertEquals(0, TestSites.build(TestSites.SAMPLE_PORTAL, out).code());
        List<String> paths = List.of("/", "/plans/2023-05-27-kh-122/", "/reports/2022-10-24-bao-cao-ktxh-10-thang-2022/",
                "/nhiem-vu/", "/van-ban/", "/atom.xml", "/assets/site.css");
        for (String p : paths) {
            assertTrue(Files.exists(out.resolve(p.substring(1) + (p.endsWith("/") ? "index.html" : ""))), p);
        }
        Path script = tmp.resolve("paths.lua");
        Files.writeString(script, "local paths = {" + String.join(", ", paths.stream().map(p -> "\"" + p + "\"").toList()) + "}\n"
                + "local i = 0\n"
                + "request = function()\n  i = i + 1\n  return wrk.format(\"GET\", paths[(i % #paths) + 1])\nend\n");

        String report;
        try (StaticServer server = new StaticServer(out, new InetSocketAddress("127.0.0.1", 0))) {
            server.start();
            Process wrk = new ProcessBuilder(WRK.toString(), "-t2", "-c50", "-d10s", "--timeout", "5s", "--latency",
                    "-s", script.toString(), "http://127.0.0.1:" + server.port() + "/")
                    .redirectErrorStream(true).start();
            if (!wrk.waitFor(60, TimeUnit.SECONDS)) {
                wrk.destroyForcibly();
                fail("wrk did not stop by itself");
            }
            report = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, wrk.exitValue(), report);
        }
        System.out.println("wrk against serve:\n" + report);
        assertFalse(report.contains("Socket errors"), report);
        assertFalse(report.contains("Non-2xx or 3xx responses"), report);
        Matcher requests = Pattern.compile("(\\d+) requests in").matcher(report);
        assertTrue(requests.find(), report);
        assertTrue(Long.parseLong(requests.group(1)) > 1000, report);
    }
}
