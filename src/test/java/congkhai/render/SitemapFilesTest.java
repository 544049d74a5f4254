package congkhai.render;

import congkhai.TestSites;
import congkhai.assemble.Assembler;
import congkhai.assemble.Site;
import congkhai.base.Parsed;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import congkhai.history.GitHistory;
import congkhai.load.DocumentSource;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.model.Urls;
import congkhai.pages.Page;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sitemap of a site with more URLs than one file may hold: the fixture site rendered with the
 * limits of a sitemap file lowered, so it splits without 50,000 pages, and read back as XML.
 */
class SitemapFilesTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Path FIXTURE = TestSites.fixture("basic");

    private static Site site;
    /** Every URL of the fixture's sitemap with its lastmod ("" for none), in the one file's order. */
    private static List<Url> allUrls;

    record Url(String loc, String lastmod) {
    }

    @BeforeAll
    static void assemble() throws Exception {
        YamlReader yaml = new YamlReader();
        Parsed<SiteConfig> config = ConfigLoader.load(FIXTURE, yaml);
        assertTrue(config.problems().isEmpty(), config.problems().toString());
        SiteSources sources = SiteLoader.forOneBuild(yaml, config.value()).load(FIXTURE);
        assertTrue(sources.problems().isEmpty(), sources.problems().toString());
        Parsed<Site> assembled = Assembler.assemble(config.value().get(), sources, LocalDate.of(2025, 6, 30));
        assertTrue(assembled.problems().isEmpty(), assembled.problems().toString());
        site = assembled.value().get();
        Map<String, byte[]> one = render(SitemapFiles.PROTOCOL);
        allUrls = urlSet(one.get(Urls.sitemap()));
    }

    @Test
    void aSiteThatFitsHasTheOneSitemapItAlwaysHad(@TempDir Path out) throws Exception {
        assertTrue(allUrls.size() > 20, "the fixture has " + allUrls.size() + " URLs");
        // a file holding exactly as many URLs as the site has is still enough
        Map<String, byte[]> exactly = render(new SitemapFiles.Limits(allUrls.size(), SitemapFiles.PROTOCOL.bytes()));
        assertEquals(List.of(Urls.sitemap()), sitemapFiles(exactly));
        assertEquals("urlset", xml(exactly.get(Urls.sitemap())).getDocumentElement().getLocalName());

        TestSites.Run run = TestSites.build(FIXTURE, out);
        assertEquals(0, run.code(), run.err());
        assertArrayEquals(Files.readAllBytes(out.resolve(Urls.sitemap())), exactly.get(Urls.sitemap()), "the built sitemap.xml");
        assertFalse(Files.exists(out.resolve(Urls.sitemapPart(1))));
    }

    @Test
    void onePageMoreThanAFileHoldsMakesAnIndexOfTwo() throws Exception {
        Map<String, byte[]> pages = render(new SitemapFiles.Limits(allUrls.size() - 1, SitemapFiles.PROTOCOL.bytes()));
        assertEquals(List.of(Urls.sitemap(), Urls.sitemapPart(1), Urls.sitemapPart(2)), sitemapFiles(pages));
        assertEquals(allUrls.size() - 1, urlSet(pages.get(Urls.sitemapPart(1))).size());
        assertEquals(List.of(allUrls.get(allUrls.size() - 1)), urlSet(pages.get(Urls.sitemapPart(2))));
    }

    @Test
    void aSplitSitemapIsAnIndexOfPartsWithEveryUrlOnceAndNoneOverTheLimit() throws Exception {
        int limit = 7;
        Map<String, byte[]> pages = render(new SitemapFiles.Limits(limit, SitemapFiles.PROTOCOL.bytes()));
        List<Url> joined = assertIndexOfParts(pages);
        for (String part : sitemapFiles(pages).subList(1, sitemapFiles(pages).size())) {
            int urls = urlSet(pages.get(part)).size();
            assertTrue(urls >= 1 && urls <= limit, part + " has " + urls + " URLs");
        }
        assertEquals((allUrls.size() + limit - 1) / limit, sitemapFiles(pages).size() - 1, "parts are filled before a new one starts");
        assertEquals(allUrls, joined);
        // robots.txt names the index, at the address it always had
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://example.gov.vn/cong/sitemap.xml\n",
                new String(pages.get(Urls.robots()), StandardCharsets.UTF_8));
    }

    @Test
    void aPartStaysUnderTheBytesAFileMayHold() throws Exception {
        long bytes = 1500;
        Map<String, byte[]> pages = render(new SitemapFiles.Limits(SitemapFiles.PROTOCOL.urls(), bytes));
        assertEquals(allUrls, assertIndexOfParts(pages));
        List<String> parts = sitemapFiles(pages).subList(1, sitemapFiles(pages).size());
        assertTrue(parts.size() > 3, parts.toString());
        for (String part : parts) {
            assertTrue(pages.get(part).length <= bytes, part + " has " + pages.get(part).length + " bytes");
        }
    }

    @Test
    void theSizeBoundHoldsForTheBuiltInTemplate() throws Exception {
        Map<String, byte[]> pages = render(SitemapFiles.PROTOCOL);
        List<SitemapEntries.Entry> entries = SitemapEntries.of(site, new ArrayList<>(pages.keySet()));
        long bound = SitemapFiles.sizeBound(entries, site.config().baseUrl());
        long actual = pages.get(Urls.sitemap()).length;
        assertTrue(actual <= bound && bound < actual * 2, actual + " bytes, bound " + bound);
        // the markup of an address with '&' and '\'' is escaped, and counted so
        List<SitemapEntries.Entry> odd = List.of(new SitemapEntries.Entry("tin/a&b'c/", Optional.of("2025-01-02")));
        long oneUrl = SitemapFiles.sizeBound(odd, site.config().baseUrl());
        String written = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"" + NS + "\">\n"
                + "  <url><loc>https://example.gov.vn/cong/tin/a&amp;b&apos;c/</loc><lastmod>2025-01-02</lastmod></url>\n</urlset>\n";
        assertTrue(written.length() <= oneUrl, written.length() + " > " + oneUrl);
    }

    /**
     * Checks that sitemap.xml is an index of sitemap-1.xml … sitemap-N.xml, each a set of URLs, with
     * the newest lastmod of each part, and that no other part is written; the parts' URLs in order.
     */
    private static List<Url> assertIndexOfParts(Map<String, byte[]> pages) throws Exception {
        org.w3c.dom.Document index = xml(pages.get(Urls.sitemap()));
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(NS, index.getDocumentElement().getNamespaceURI());

        Document listed = Jsoup.parse(new String(pages.get(Urls.sitemap()), StandardCharsets.UTF_8), "", Parser.xmlParser());
        List<Element> sitemaps = listed.select("sitemapindex > sitemap");
        List<String> parts = sitemapFiles(pages).subList(1, sitemapFiles(pages).size());
        assertTrue(parts.size() >= 2, parts.toString());
        assertEquals(parts.size(), sitemaps.size());
        List<Url> joined = new ArrayList<>();
        boolean anyDated = false;
        for (int n = 1; n <= sitemaps.size(); n++) {
            Element entry = sitemaps.get(n - 1);
            assertEquals("https://example.gov.vn/cong/" + Urls.sitemapPart(n), entry.selectFirst("loc").text());
            assertEquals(Urls.sitemapPart(n), parts.get(n - 1));
            List<Url> urls = urlSet(pages.get(parts.get(n - 1)));
            String newest = urls.stream().map(Url::lastmod).max(String::compareTo).orElse("");
            Element lastmod = entry.selectFirst("lastmod");
            assertEquals(newest, lastmod == null ? "" : lastmod.text(), parts.get(n - 1));
            anyDated |= lastmod != null;
            joined.addAll(urls);
        }
        assertTrue(anyDated, "the fixture's dated documents give their parts a lastmod");
        Set<String> once = new HashSet<>();
        joined.forEach(u -> assertTrue(once.add(u.loc()), u.loc() + " is in two parts"));
        return joined;
    }

    /**
     * A preview plans again after a date edit with what the last plan made: the sitemap's parts then
     * hold the pages' new lastmod as a fresh plan's do, and a part the edit did not reach keeps its job.
     */
    @Test
    void aPlanAfterADateEditHasTheSitemapOfAFreshPlan(@TempDir Path copy) throws Exception {
        TestSites.copyTree(FIXTURE, copy);
        YamlReader yaml = new YamlReader();
        SiteConfig config = ConfigLoader.load(copy, yaml).value().orElseThrow();
        SiteLoader loader = SiteLoader.forOneBuild(yaml, Optional.of(config));
        SiteSources before = loader.load(copy);
        Site last = Assembler.assemble(config, before, LocalDate.of(2025, 6, 30)).value().orElseThrow();
        SitemapFiles.Limits small = new SitemapFiles.Limits(7, SitemapFiles.PROTOCOL.bytes());
        PlanMemo memo = new PlanMemo();
        List<PageJob> first = sitemapJobs(last, memo, small);
        assertTrue(first.size() > 4, "the fixture's sitemap in " + first.size() + " files");

        String report = "content/reports/2025-07-bao-cao.md";
        // a report without a number, dated to a month: to a day among the notices of 2024 (its page moves in the plan and
        // gains a lastmod), to that month alone (no lastmod), then back among the records of 2025
        for (String date : List.of("2024-02-01", "2024-02", "2025-01-10")) {
            Path file = copy.resolve(report);
            Files.writeString(file, Files.readString(file).replaceFirst("(?m)^date: .*$", "date: " + date));
            SiteSources after = loader.load(copy);
            DocumentSource was = before.documents().stream().filter(d -> d.path().equals(report)).findFirst().orElseThrow();
            DocumentSource is = after.documents().stream().filter(d -> d.path().equals(report)).findFirst().orElseThrow();
            Site edited = Assembler.withRecordsEdited(last, after, List.of(new Assembler.Edit(was, is)), Set.of()).orElseThrow();

            List<PageJob> kept = sitemapJobs(edited, memo, small);
            List<PageJob> fresh = sitemapJobs(edited, new PlanMemo(), small);
            assertEquals(fresh.stream().map(PageJob::file).toList(), kept.stream().map(PageJob::file).toList(), date);
            for (int i = 0; i < fresh.size(); i++) {
                assertEquals(fresh.get(i).inputs(), kept.get(i).inputs(), date + ": " + fresh.get(i).file());
                assertEquals(fresh.get(i).model().get(), kept.get(i).model().get(), date + ": " + fresh.get(i).file());
            }
            assertTrue(kept.get(0) == first.get(0) || kept.get(kept.size() - 2) == first.get(kept.size() - 2),
                    date + ": a part away from the report's page keeps its job");
            before = after;
            last = edited;
            first = kept;
        }
    }

    private static List<PageJob> sitemapJobs(Site s, PlanMemo memo, SitemapFiles.Limits limits) {
        GitHistory.Result noHistory = new GitHistory.Result(Map.of(), Optional.empty());
        Parsed<SitePlan> plan = new SiteRenderer(new MarkdownRenderer(), noHistory, limits).plan(s, memo);
        assertTrue(plan.problems().isEmpty(), plan.problems().toString());
        return plan.value().orElseThrow().jobs().stream().filter(j -> j.file().startsWith("sitemap")).toList();
    }

    private static Map<String, byte[]> render(SitemapFiles.Limits limits) {
        GitHistory.Result noHistory = new GitHistory.Result(Map.of(), Optional.empty());
        Parsed<SitePlan> plan = new SiteRenderer(new MarkdownRenderer(), noHistory, limits).plan(site);
        assertTrue(plan.problems().isEmpty(), plan.problems().toString());
        Parsed<List<Page>> rendered = new PageRenderer(new TemplateEngine(site.theme(), site.config().baseUrl())).render(plan.value().get());
        assertTrue(rendered.problems().isEmpty(), rendered.problems().toString());
        Map<String, byte[]> pages = new TreeMap<>();
        rendered.value().get().forEach(p -> pages.put(p.path(), p.content()));
        return pages;
    }

    /** The sitemap's files among {@code pages}: sitemap.xml first, then its parts by number. */
    private static List<String> sitemapFiles(Map<String, byte[]> pages) {
        List<String> files = new ArrayList<>();
        assertNotNull(pages.get(Urls.sitemap()));
        files.add(Urls.sitemap());
        for (int n = 1; pages.containsKey(Urls.sitemapPart(n)); n++) {
            files.add(Urls.sitemapPart(n));
        }
        long xmlAtRoot = pages.keySet().stream().filter(p -> !p.contains("/") && p.endsWith(".xml") && !p.equals(Urls.feed())).count();
        assertEquals(files.size(), xmlAtRoot, "no part beyond the numbered ones: " + pages.keySet());
        return files;
    }

    private static List<Url> urlSet(byte[] file) throws Exception {
        org.w3c.dom.Document doc = xml(file);
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(NS, doc.getDocumentElement().getNamespaceURI());
        NodeList urls = doc.getElementsByTagNameNS(NS, "url");
        List<Url> out = new ArrayList<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            NodeList lastmod = url.getElementsByTagNameNS(NS, "lastmod");
            out.add(new Url(url.getElementsByTagNameNS(NS, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent()));
        }
        return out;
    }

    private static org.w3c.dom.Document xml(byte[] file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }
}
