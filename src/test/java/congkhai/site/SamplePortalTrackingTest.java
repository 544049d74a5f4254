package congkhai.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import congkhai.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample portal built at two as-of days, as issue 4 asks. */
class SamplePortalTrackingTest {

    private static final String BASE = "https://congkhai.langson.example/";

    @TempDir
    static Path tmp;
    static Path early;
    static Path late;
    static TestSites.Run earlyRun;

    @BeforeAll
    static void build() {
        early = tmp.resolve("2022");
        late = tmp.resolve("2025");
        earlyRun = TestSites.build(TestSites.SAMPLE_PORTAL, early, "--as-of=2022-06-30");
        assertEquals(0, earlyRun.code(), earlyRun.err());
        assertEquals(0, TestSites.build(TestSites.SAMPLE_PORTAL, late, "--as-of=2025-06-30").code());
    }

    private static Map<String, String> statuses(Path site) throws IOException {
        Map<String, String> byId = new HashMap<>();
        for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
            byId.put(t.get("id").asText(), t.get("status").asText());
        }
        return byId;
    }

    @Test
    void aPastAsOfDayShowsThePortalAsItStoodThen() throws IOException {
        assertTrue(earlyRun.out().startsWith("built 2 records (3 dated after the as-of day left out)"), earlyRun.out());
        Map<String, String> then = statuses(early);
        Map<String, String> now = statuses(late);
        assertEquals(16, then.size(), "in June 2022 only the April 2022 conclusion had assigned tasks");
        String boundaries = "conclusions/2022-04-ket-luan-bcd-nq40#t3-1";
        assertEquals("overdue", then.get(boundaries), "due in April 2022, no report");
        String july = "conclusions/2022-04-ket-luan-bcd-nq40#t3-2b";
        assertEquals("not_started", then.get(july), "due in July 2022: not yet due on 30/06/2022");
        assertEquals("overdue", now.get(july));
        assertNotEquals(then, now);
        assertTrue(Files.notExists(early.resolve("plans/2023-05-27-kh-122/index.html")));
    }

    @Test
    void openDataAgreesWithTheTaskPagesAtBothDays() throws IOException {
        for (Path site : List.of(early, late)) {
            for (JsonNode t : new ObjectMapper().readTree(site.resolve("data/tasks.json").toFile())) {
                String path = t.get("url").asText().substring(BASE.length());
                Document task = Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
                assertEquals(t.get("status_label").asText(), task.selectFirst("header .status").text(), t.get("id").asText());
                Document doc = Jsoup.parse(site.resolve(t.get("record").asText()).resolve("index.html").toFile(), "UTF-8");
                String local = t.get("id").asText().substring(t.get("id").asText().indexOf('#') + 1);
                assertEquals(t.get("status_label").asText(), doc.getElementById(local).selectFirst(".status").text());
            }
        }
    }

    @Test
    void fromEverySeedRecordItsRelatedRecordsTasksAndCitedNumbersAreAtMostTwoClicksAwayAndBack() throws IOException {
        JsonNode docs = new ObjectMapper().readTree(late.resolve("data/documents.json").toFile());
        JsonNode tasks = new ObjectMapper().readTree(late.resolve("data/tasks.json").toFile());
        for (JsonNode d : docs) {
            String from = "/" + d.get("id").asText() + "/";
            Set<String> near = reachable(from, 2);
            for (JsonNode ref : d.get("refs")) {
                String target = ref.asText().contains("/") && !ref.asText().matches(".*[A-Z].*")
                        ? "/" + ref.asText() + "/" : "/so-hieu/" + congkhai.base.Text.slug(ref.asText()) + "/";
                assertTrue(near.contains(target), from + " -> " + target);
                assertTrue(reachable(target, 2).contains(from), target + " -> back to " + from);
            }
            for (JsonNode t : tasks) {
                if (t.get("record").asText().equals(d.get("id").asText())) {
                    String task = "/" + t.get("url").asText().substring(BASE.length());
                    assertTrue(near.contains(task), from + " -> " + task);
                    assertTrue(reachable(task, 1).contains(from), task + " -> back to " + from);
                }
            }
        }
    }

    /** Pages reachable from {@code start} in at most {@code clicks} clicks on internal links. */
    private static Set<String> reachable(String start, int clicks) throws IOException {
        Set<String> seen = new HashSet<>(Set.of(start));
        ArrayDeque<String> frontier = new ArrayDeque<>(List.of(start));
        for (int depth = 0; depth < clicks; depth++) {
            ArrayDeque<String> next = new ArrayDeque<>();
            for (String page : frontier) {
                Path file = late.resolve(page.substring(1)).resolve("index.html");
                if (!Files.exists(file)) {
                    continue;
                }
                for (String href : Jsoup.parse(file.toFile(), "UTF-8").select("main a[href^=/]").eachAttr("href")) {
                    String target = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                    if (seen.add(target)) {
                        next.add(target);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }
}
