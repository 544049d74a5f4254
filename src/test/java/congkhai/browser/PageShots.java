package congkhai.browser;

import congkhai.TestSites;
import congkhai.serve.StaticServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Screenshots of each kind of page of the sample portal, at a phone's width and a laptop's, for
 * docs/screenshots/. Not part of the suite: run it on purpose with
 * {@code mvn -B -o -q test -Dtest=PageShots -Dcongkhai.shots=docs/screenshots}.
 */
class PageShots {

    /** One page of each kind on the sample portal, by the name its screenshots get. */
    static final Map<String, String> PAGE_TYPES = pageTypes();

    static final int PHONE = 390;
    static final int PHONE_HEIGHT = 844;
    static final int LAPTOP = 1366;
    static final int LAPTOP_HEIGHT = 768;

    @TempDir
    Path tmp;

    private static Map<String, String> pageTypes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trang-chu", "");
        m.put("van-ban-ke-hoach", "plans/2023-05-27-kh-122/");
        m.put("van-ban-ket-luan", "conclusions/2025-03-18-phien-hop-ubnd-thang-3/");
        m.put("van-ban-bao-cao", "reports/2022-10-24-bao-cao-ktxh-10-thang-2022/");
        m.put("tin", "news/2022-04-08-phan-dau-xay-dung-tp-lang-son-do-thi-hat-nhan/");
        m.put("nhiem-vu", "plans/2023-05-27-kh-122/t1a/");
        m.put("theo-doi", "nhiem-vu/");
        m.put("danh-sach-nhiem-vu", "nhiem-vu/tinh-trang/chua-co-bao-cao/");
        m.put("co-quan", "co-quan/so-xd/");
        m.put("xep-hang", "xep-hang/");
        m.put("danh-sach-van-ban", "van-ban/");
        m.put("tim-kiem", "tim-kiem/");
        return m;
    }

    @Test
    @EnabledIfSystemProperty(named = "congkhai.shots", matches = ".+")
    void writeScreenshots() throws Exception {
        HeadlessChromium.assumeInstalled();
        Path target = Path.of(System.getProperty("congkhai.shots"));
        Files.createDirectories(target);
        Path out = tmp.resolve("portal");
        TestSites.Run run = TestSites.build(TestSites.SAMPLE_PORTAL, out);
        assertEquals(0, run.code(), run.err());
        Path profile = HeadlessChromium.newProfile();
        try (StaticServer server = new StaticServer(out, new InetSocketAddress("127.0.0.1", 0));
             HeadlessChromium chromium = new HeadlessChromium(profile)) {
            server.start();
            String base = "http://127.0.0.1:" + server.port() + "/";
            for (Map.Entry<String, String> page : PAGE_TYPES.entrySet()) {
                assertTrue(Files.isRegularFile(out.resolve(page.getValue() + "index.html")), page.getValue());
                // a phone: the first three screens; a laptop: the first two
                chromium.viewport(PHONE, PHONE_HEIGHT);
                chromium.openStyled(base + page.getValue());
                Files.write(target.resolve(page.getKey() + "-390.png"), chromium.screenshot(PHONE, 3 * PHONE_HEIGHT));
                chromium.viewport(LAPTOP, LAPTOP_HEIGHT);
                chromium.openStyled(base + page.getValue());
                Files.write(target.resolve(page.getKey() + "-1366.png"), chromium.screenshot(LAPTOP, 2 * LAPTOP_HEIGHT));
            }
        } finally {
            HeadlessChromium.removeProfile(profile);
        }
    }
}
