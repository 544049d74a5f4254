package congkhai.site;

import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CycleTest {

    @TempDir
    Path out;

    @Test
    void refsThatFormACycleBuildAndLinkBothWays() throws Exception {
        TestSites.Run run = TestSites.build(TestSites.fixture("cycle"), out);
        assertEquals(0, run.code(), run.err());
        for (String[] edge : new String[][] {{"a", "b"}, {"b", "c"}, {"c", "a"}}) {
            Document from = Jsoup.parse(out.resolve("plans/" + edge[0] + "/index.html").toFile(), "UTF-8");
            assertEquals(List.of("/plans/" + edge[1] + "/"), from.select("h3:contains(Căn cứ) + ul a").eachAttr("href"));
            Document to = Jsoup.parse(out.resolve("plans/" + edge[1] + "/index.html").toFile(), "UTF-8");
            assertEquals(List.of("/plans/" + edge[0] + "/"), to.select("h3:contains(Được dẫn chiếu bởi) + ul a").eachAttr("href"));
        }
    }
}
