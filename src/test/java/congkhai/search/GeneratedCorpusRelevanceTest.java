package congkhai.search;

import congkhai.TestSites;
import congkhai.text.Folding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static congkhai.search.RelevanceSuite.Expect.FIRST;
import static congkhai.search.RelevanceSuite.Expect.NO_RESULTS;
import static congkhai.search.RelevanceSuite.Expect.SAME_AS;
import static congkhai.search.RelevanceSuite.Expect.STARTS_WITH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relevance on the generated 1k corpus (bench/GenerateCorpus.java, seed 1, 1,000 records with 2 KB
 * bodies): a province's archive of 2015–2025 in which every office numbers from 1 each year, so
 * "1/KH-UBND" is some sixty plans of a dozen committees. Each reason is counted in the generated
 * files, and {@link #theReasonsHoldInTheGeneratedText} counts it again, so a change of the generator
 * shows up as a reason that no longer holds rather than as a puzzling ranking.
 */
class GeneratedCorpusRelevanceTest {

    static final String KH_VAN_QUAN_2021 = "plans/2021/2021-11-kh-van-quan-658";

    /** The cases; the ids of the number cases are the carriers listed in {@link #theReasonsHoldInTheGeneratedText}. */
    static final List<RelevanceSuite.Case> CASES = List.of(
            new RelevanceSuite.Case("1/QĐ-UBND", STARTS_WITH,
                    "decisions/2025/2025-04-27-qd-huu-lung-984,decisions/2025/2025-03-18-qd-tinh-974,decisions/2025/2025-02-16-qd-cao-loc-966",
                    "56 decisions of 12 committees carry 1/QĐ-UBND or 01/QĐ-UBND: the three newest first"),
            new RelevanceSuite.Case("01/QĐ-UBND", SAME_AS, "1/QĐ-UBND", "the province writes 01/QĐ-UBND; a leading zero does not count"),
            new RelevanceSuite.Case("1/KH-UBND 2023", STARTS_WITH,
                    "plans/2023/2023-12-24-kh-cao-loc-856,plans/2023/2023-10-15-kh-binh-gia-838,plans/2023/2023-09-19-kh-chi-lang-831,"
                            + "plans/2023/2023-06-21-kh-bac-son-808,plans/2023/2023-05-13-kh-loc-binh-798,plans/2023/2023-01-22-kh-tinh-769",
                    "6 of the 59 plans numbered 1/KH-UBND are dated 2023, each of another committee: those six, newest first"),
            new RelevanceSuite.Case("1/KH-UBND của UBND tỉnh", STARTS_WITH,
                    "plans/2024/2024-03-17-kh-tinh-878,plans/2023/2023-01-22-kh-tinh-769,plans/2022/2022-01-01-kh-tinh-668",
                    "10 of the 59 are the province's committee's: its three newest first"),
            new RelevanceSuite.Case("01/KH-UBND ngày 22/01/2021", FIRST, "plans/2021/2021-01-22-kh-tinh-578",
                    "the only 1/KH-UBND dated 22/01/2021; five other plans of 2021 carry the number"),
            new RelevanceSuite.Case("1/KH-UBND năm 2021 của UBND huyện Văn Quan", FIRST, KH_VAN_QUAN_2021,
                    "Văn Quan's plan of November 2021, the only one of that committee and year"),
            new RelevanceSuite.Case("1/BC-UBND năm 2021 của UBND huyện Lộc Bình", FIRST, "reports/2021/2021-04-26-bc-loc-binh-603",
                    "46 reports carry 1/BC-UBND, 4 of them of 2021 and 3 of Lộc Bình: one is both"),
            new RelevanceSuite.Case("1/TB-UBND tháng 3/2021", STARTS_WITH,
                    "notices/2021/2021-03-22-tb-chi-lang-594,notices/2021/2021-03-19-tb-bac-son-593,notices/2021/2021-03-16-tb-cao-loc-592",
                    "57 notices and conclusions carry 1/TB-UBND; three are of March 2021, newest first"),
            new RelevanceSuite.Case("2/KH-UBND 2019 của UBND tỉnh", FIRST, "plans/2019/2019-02-19-kh-tinh-395",
                    "24 plans carry 2/KH-UBND, 4 of 2019, one of them the province's"),
            new RelevanceSuite.Case("1/2023/NQ-HĐND", FIRST, "resolutions/2023/2023-08-11-nq-hdnd-tinh-821",
                    "the council's resolution 01/2023/NQ-HĐND, a number that carries its own year"),
            new RelevanceSuite.Case("Nông Thị Toàn", FIRST, "conclusions/2015/2015-01-04-kl-so-nv-2",
                    "she signed that conclusion and no other file names her"),
            new RelevanceSuite.Case("công tác cải cách hành chính tại phường Vĩnh Trại", FIRST, KH_VAN_QUAN_2021,
                    "Văn Quan's plan says it 3 times, no other file more than once"),
            new RelevanceSuite.Case("9999/KH-UBND", NO_RESULTS, "", "no file carries or cites 9999/KH-UBND"));

    @TempDir
    static Path tmp;
    static Path corpus;
    static Path site;

    @BeforeAll
    static void generateAndBuild() throws IOException, InterruptedException {
        corpus = tmp.resolve("corpus");
        Process generator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "bench/GenerateCorpus.java", "--records", "1000", "--seed", "1", "--body-kb", "2", "--out", corpus.toString())
                .redirectErrorStream(true).start();
        String generated = new String(generator.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(generator.waitFor(300, TimeUnit.SECONDS), "the generator did not finish");
        assertEquals(0, generator.exitValue(), generated);
        site = tmp.resolve("site");
        TestSites.Run run = TestSites.build(corpus, site);
        assertEquals(0, run.code(), run.err());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseFromTheCommandLine() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(),
                () -> RelevanceSuite.check(c, RelevanceSuite.cli(site, c.query()), q -> RelevanceSuite.cli(site, q))));
    }

    private record Numbered(String id, String number, String date, String issuer) {
    }

    private static final Pattern FIELD = Pattern.compile("^(number|date|issuer|draft): \"?([^\"\\n]*)\"?$", Pattern.MULTILINE);

    /** The published documents carrying a number, newest first, read from the generated files' front matter. */
    private static List<Numbered> carriers(String number) throws IOException {
        List<Numbered> found = new ArrayList<>();
        Path content = corpus.resolve("content");
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(f);
                String front = text.substring(0, text.indexOf("\n---", 4));
                Map<String, String> fields = new TreeMap<>();
                Matcher m = FIELD.matcher(front);
                while (m.find()) {
                    fields.put(m.group(1), m.group(2));
                }
                if (!"true".equals(fields.get("draft")) && Folding.documentNumberKey(fields.getOrDefault("number", ""))
                        .equals(Folding.documentNumberKey(number))) {
                    String id = content.relativize(f).toString().replace('\\', '/');
                    found.add(new Numbered(id.substring(0, id.length() - 3), fields.get("number"), fields.get("date"),
                            fields.getOrDefault("issuer", "")));
                }
            }
        }
        found.sort(Comparator.comparing(Numbered::date).reversed());
        return found;
    }

    private static List<String> ids(List<Numbered> carriers, int limit) {
        return carriers.stream().limit(limit).map(Numbered::id).toList();
    }

    private static List<String> expected(String query) {
        return List.of(CASES.stream().filter(c -> c.query().equals(query)).findFirst().orElseThrow().value().split(","));
    }

    /** How many times each file of the corpus says {@code phrase} (case aside), the files that say it at all. */
    private static Map<String, Integer> mentions(String phrase) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        String wanted = phrase.toLowerCase(java.util.Locale.ROOT);
        try (Stream<Path> files = Files.walk(corpus.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f).toLowerCase(java.util.Locale.ROOT);
                int n = 0;
                for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
                    n++;
                }
                if (n > 0) {
                    counts.put(corpus.resolve("content").relativize(f).toString().replace('\\', '/'), n);
                }
            }
        }
        return counts;
    }

    @Test
    void theReasonsHoldInTheGeneratedText() throws IOException {
        List<Numbered> qd = carriers("1/QĐ-UBND");
        assertEquals(56, qd.size());
        assertEquals(12, qd.stream().map(Numbered::issuer).distinct().count());
        assertTrue(qd.stream().anyMatch(n -> n.number().equals("01/QĐ-UBND")), "the province writes a leading zero");
        assertEquals(expected("1/QĐ-UBND"), ids(qd, 3));

        List<Numbered> kh = carriers("1/KH-UBND");
        assertEquals(59, kh.size());
        List<Numbered> of2023 = kh.stream().filter(n -> n.date().startsWith("2023")).toList();
        assertEquals(6, of2023.stream().map(Numbered::issuer).distinct().count());
        assertEquals(expected("1/KH-UBND 2023"), ids(of2023, 6));
        List<Numbered> province = kh.stream().filter(n -> n.issuer().equals("ubnd-tinh")).toList();
        assertEquals(10, province.size());
        assertEquals(expected("1/KH-UBND của UBND tỉnh"), ids(province, 3));
        assertEquals(List.of("plans/2021/2021-01-22-kh-tinh-578"), ids(kh.stream().filter(n -> n.date().equals("2021-01-22")).toList(), 9));
        assertEquals(6, kh.stream().filter(n -> n.date().startsWith("2021")).count());
        assertEquals(List.of(KH_VAN_QUAN_2021),
                ids(kh.stream().filter(n -> n.date().startsWith("2021") && n.issuer().equals("ubnd-van-quan")).toList(), 9));

        List<Numbered> bc = carriers("1/BC-UBND");
        assertEquals(46, bc.size());
        assertEquals(4, bc.stream().filter(n -> n.date().startsWith("2021")).count());
        assertEquals(3, bc.stream().filter(n -> n.issuer().equals("ubnd-loc-binh")).count());
        assertEquals(List.of("reports/2021/2021-04-26-bc-loc-binh-603"),
                ids(bc.stream().filter(n -> n.date().startsWith("2021") && n.issuer().equals("ubnd-loc-binh")).toList(), 9));

        List<Numbered> tb = carriers("1/TB-UBND");
        assertEquals(57, tb.size());
        assertEquals(expected("1/TB-UBND tháng 3/2021"), ids(tb.stream().filter(n -> n.date().startsWith("2021-03")).toList(), 9));

        List<Numbered> kh2 = carriers("2/KH-UBND");
        assertEquals(24, kh2.size());
        assertEquals(4, kh2.stream().filter(n -> n.date().startsWith("2019")).count());
        assertEquals(List.of("plans/2019/2019-02-19-kh-tinh-395"),
                ids(kh2.stream().filter(n -> n.date().startsWith("2019") && n.issuer().equals("ubnd-tinh")).toList(), 9));

        assertEquals(List.of("resolutions/2023/2023-08-11-nq-hdnd-tinh-821"), ids(carriers("1/2023/NQ-HĐND"), 9));
        assertEquals(List.of("01/2023/NQ-HĐND"), carriers("1/2023/NQ-HĐND").stream().map(Numbered::number).toList());

        assertEquals(Map.of("conclusions/2015/2015-01-04-kl-so-nv-2.md", 1), mentions("Nông Thị Toàn"));
        Map<String, Integer> reform = mentions("công tác cải cách hành chính tại phường Vĩnh Trại");
        assertEquals(3, reform.remove(KH_VAN_QUAN_2021 + ".md"));
        assertTrue(reform.values().stream().allMatch(n -> n <= 1), reform.toString());
        assertEquals(Map.of(), mentions("9999/KH-UBND"));
        assertTrue(CASES.size() >= 10);
    }
}
