package congkhai.author;

import congkhai.TestSites;
import congkhai.output.BundledLibraries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real JBake sites nobody here wrote (src/test/resources/jbake/*, each with its licence and source):
 * each is imported, built and checked with no problem; every file is accounted for; every page JBake
 * published is a page of the portal with the same text, images and links (less those that led
 * nowhere on the JBake site, which the import names); and every address JBake published a page at
 * now leads to that page.
 */
class JBakeRealSitesTest {

    private static final Pattern FOUND = Pattern.compile("found (\\d+) files in the JBake site");
    private static final Pattern DROPPED = Pattern.compile("# REVIEW: links (?:that led nowhere on the JBake site|of a kind the portal does not publish) were removed, their text kept: (.*)");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"jbake-example-project-freemarker", "jbake-example-project-thymeleaf", "uli-jbake"})
    void aRealJBakeSiteMovesWithEveryPageImageLinkAndOldAddress(String name) throws IOException {
        Path site = JBakeImportTest.JBAKE.resolve(name);
        // what JBake made of the site, read through jbake-core as JBake reads it
        JBakeSite jbake = JBakeSite.read(site, BundledLibraries.jars("/congkhai/jbake/lib"));
        assertTrue(jbake.problems().isEmpty(), jbake.problems().toString());

        Path portal = JBakeImportTest.emptyPortal(tmp.resolve("portal"));
        TestSites.Run run = TestSites.cli("import", "--from-jbake", site.toString(), "--source", portal.toString());
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        Matcher found = FOUND.matcher(run.out());
        assertTrue(found.find(), run.out());
        assertEquals(filesUnder(site, "content") + filesUnder(site, "assets") + filesUnder(site, "templates"),
                Integer.parseInt(found.group(1)), "every file of the site is counted");
        assertTrue(run.out().contains("imported " + jbake.entries().size() + " of " + jbake.entries().size() + " pages as records"), run.out());

        Path out = tmp.resolve("out");
        TestSites.Run build = TestSites.build(portal, out);
        assertEquals(0, build.code(), build.err());
        TestSites.Run check = TestSites.cli("check", "--source", portal.toString(), "--as-of", "2025-06-30");
        assertEquals(0, check.code(), check.err());
        // a JBake page becomes a notice without number or issuer, which check warns of: no errors is the point
        assertTrue(check.out().matches("(?s).*: no (problems|errors, \\d+ warnings?) .*"), check.out());

        int published = 0;
        Set<String> newPages = new HashSet<>();
        for (JBakeSite.Entry e : jbake.entries()) {
            if (!e.status().equals("published")) {
                continue;
            }
            published++;
            String newPath = newPathOf(out, e.url());
            assertTrue(newPages.add(newPath), "two JBake pages became one: " + newPath);
            Document page = JBakeImportTest.html(out.resolve(newPath).resolve("index.html"));
            assertEquals(e.title(), page.selectFirst("h1").text(), e.path());
            Element body = page.selectFirst(".doc-body");
            // the heading above the body, and the links congkhai adds: to each heading, and to document numbers it has pages for
            body.select("#toan-van, a.anchor").remove();
            Element before = Jsoup.parseBodyFragment(e.html()).body();

            String record = Files.readString(portal.resolve("content").resolve(newPath.substring(0, newPath.length() - 1) + ".md"));
            Matcher m = DROPPED.matcher(record);
            int dropped = 0;
            while (m.find()) {
                dropped += m.group(1).split(", ").length;
            }
            int imagesBefore = before.select("img").size();
            int linksBefore = before.select("a[href]").size();
            int imagesAfter = body.select("img").size();
            int linksAfter = body.select("a[href]").size() - body.select("a.doc-number-link").size();
            assertEquals(imagesBefore + linksBefore, imagesAfter + linksAfter + dropped, e.path() + ": images and links");
            if (dropped == 0) {
                assertEquals(imagesBefore, imagesAfter, e.path() + ": images");
                assertEquals(linksBefore, linksAfter, e.path() + ": links");
                assertEquals(before.text(), body.text(), e.path() + ": the text a reader sees");
            }
            for (Element img : body.select("img")) {
                Path file = out.resolve(newPath).resolve(img.attr("src").replace("%20", " ")).normalize();
                assertTrue(Files.isRegularFile(file), e.path() + ": image " + img.attr("src"));
            }
        }
        String archive = jbake.generated().get("archive");
        assertEquals("van-ban/", newPathOf(out, archive), "JBake's archive page leads to the portal's list of documents");
        assertEquals(published, newPages.size(), "pages before and after");
        assertEquals(published, countDocuments(out), "the portal publishes every page JBake published, and nothing else");

        for (JBakeSite.SiteFile f : jbake.files()) {
            if (f.inContent() && f.url().isPresent() && congkhai.load.AttachmentTypes.refusal(f.url().get()).isEmpty()) {
                assertArrayEquals(Files.readAllBytes(site.resolve(f.path())), Files.readAllBytes(out.resolve(f.url().get())),
                        f.path() + " is at the address JBake published it at");
            }
        }
    }

    /** The new page an old address leads to: the page itself, or the one its redirect page names. */
    private static String newPathOf(Path out, String oldUrl) throws IOException {
        Document old = JBakeImportTest.html(out.resolve(oldUrl));
        Element refresh = old.selectFirst("meta[http-equiv=refresh]");
        if (refresh == null) {
            assertTrue(oldUrl.endsWith("/index.html"), oldUrl + " is neither a redirect nor a folder page");
            return oldUrl.substring(0, oldUrl.length() - "index.html".length());
        }
        String target = old.selectFirst("main a").attr("href").substring(1);
        JBakeImportTest.assertOldAddressLeadsTo(out, oldUrl, target);
        return target;
    }

    private static int countDocuments(Path out) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("data/documents.json").toFile()).size();
    }

    private static int filesUnder(Path site, String folder) throws IOException {
        Path dir = site.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return (int) s.filter(Files::isRegularFile).count();
        }
    }
}
