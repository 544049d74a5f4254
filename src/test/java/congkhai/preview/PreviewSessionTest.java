package congkhai.preview;

import congkhai.TestSites;
import congkhai.pipeline.BuildOptions;
import congkhai.search.LuceneSearch;
import congkhai.search.SearchFilters;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview's incremental rebuild gives the same site as a whole build, touching only what changed. */
class PreviewSessionTest {

    @TempDir
    Path tmp;
    Path site;
    Path preview;
    PreviewSession session;
    final BlockingQueue<PreviewSession.SiteDataOutcome> siteData = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        site = tmp.resolve("site");
        TestSites.copyTree(TestSites.fixture("basic"), site);
        preview = tmp.resolve("preview");
        session = new PreviewSession(new BuildOptions(site, preview, Optional.of(LocalDate.parse("2025-06-30")),
                Optional.of(URI.create("http://localhost:8080/"))), Clock.systemUTC(), siteData::add);
        PreviewSession.Outcome first = session.start();
        assertTrue(first.ok(), first.problems().toString());
        assertEquals(first.pages(), first.rendered());
    }

    @AfterEach
    void stop() {
        session.close();
    }

    /** Waits for the search and open data files to follow the last edit. */
    private void awaitSiteData() throws InterruptedException {
        PreviewSession.SiteDataOutcome data = siteData.poll(60, TimeUnit.SECONDS);
        assertNotNull(data, "the search and open data files did not follow the edit");
        assertTrue(data.ok(), data.problems().toString());
    }

    /** The preview must equal what a whole build of the same sources writes, once its site data has followed. */
    private void assertSameAsAWholeBuild() throws InterruptedException {
        awaitSiteData();
        Path whole = tmp.resolve("whole-" + System.nanoTime());
        TestSites.Run run = TestSites.build(site, whole, "--base-url=http://localhost:8080/");
        assertEquals(0, run.code(), run.err());
        TestSites.assertSameBuild(TestSites.snapshot(whole), TestSites.snapshot(preview));
        TestSites.assertSameBuild(TestSites.index(whole), TestSites.index(preview));
    }

    @Test
    void editingABodyRendersAndWritesOnlyThatRecordsPage() throws IOException, InterruptedException {
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        Files.writeString(record, Files.readString(record).replace("Tin tức.", "Tin tức đã sửa."));
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertEquals(List.of("news/2022-04-08-tin/index.html"), o.changed());
        assertTrue(o.rendered() < o.pages() / 4, o.rendered() + " of " + o.pages() + " pages rendered");
        assertSameAsAWholeBuild();
    }

    @Test
    void editingATitleUpdatesTheListsFeedsAndCitingPagesToo() throws IOException, InterruptedException {
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        Files.writeString(record, Files.readString(record).replace("Tin: họp Ban Chỉ đạo", "Tin: họp Ban Chỉ đạo lần hai"));
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(o.changed().containsAll(List.of("news/2022-04-08-tin/index.html", "van-ban/trang/2/index.html", "atom.xml",
                "conclusions/2025-03-18-ket-luan/index.html",
                "loai/tin-tuc/index.html", "index.html")), o.changed().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void searchDataFollowsAnEditAfterItsPage() throws IOException, InterruptedException {
        Path record = site.resolve("content/plans/2023-05-27-kh-122.md");
        Files.writeString(record, Files.readString(record) + "\nBổ sung: kè chống sạt lở Khau Phạ.\n");
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(Jsoup.parse(preview.resolve("plans/2023-05-27-kh-122/index.html").toFile()).text().contains("Khau Phạ"));
        awaitSiteData();
        try (LuceneSearch index = LuceneSearch.open(preview).orElseThrow()) {
            List<String> ids = index.search("khau pha", SearchFilters.NONE, LuceneSearch.Order.RELEVANCE, 10).groups().stream()
                    .map(g -> g.record().id()).toList();
            assertEquals(List.of("plans/2023-05-27-kh-122"), ids);
        }
        Path whole = tmp.resolve("whole");
        assertEquals(0, TestSites.build(site, whole, "--base-url=http://localhost:8080/").code());
        TestSites.assertSameBuild(TestSites.snapshot(whole), TestSites.snapshot(preview));
        TestSites.assertSameBuild(TestSites.index(whole), TestSites.index(preview));
    }

    @Test
    void editingASignerAndBodyRendersOnlyThePagesThatShowTheRecord() throws IOException, InterruptedException {
        Path record = site.resolve("content/plans/2023-05-27-kh-122.md");
        // same lines, so only the record's own fields change and the site is not assembled again
        Files.writeString(record, Files.readString(record).replace("Lương Trọng Quỳnh", "Nguyễn Văn A")
                .replace("## I. Mục đích", "## I. Mục đích và yêu cầu"));
        PreviewSession.Outcome o = session.update(List.of(record));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(o.changed().contains("plans/2023-05-27-kh-122/index.html"), o.changed().toString());
        assertTrue(o.rendered() < o.pages() / 4, o.rendered() + " of " + o.pages() + " pages rendered");
        // the lists and task pages that hold the record are rendered from their kept models with it, as a theme may show any of its fields
        assertTrue(o.rendered() > 5, o.rendered() + " pages rendered");
        assertSameAsAWholeBuild();
    }

    @Test
    void aBodyEditAfterATitleEditUpdatesThePagesKeptFromBeforeIt() throws IOException, InterruptedException {
        Path news = site.resolve("content/news/2022-04-08-tin.md");
        Files.writeString(news, Files.readString(news).replace("Tin: họp Ban Chỉ đạo", "Tin: họp Ban Chỉ đạo lần hai"));
        PreviewSession.Outcome retitled = session.update(List.of(news));
        assertTrue(retitled.ok(), retitled.problems().toString());
        assertSameAsAWholeBuild();

        // the site was assembled again for the title: the plan's pages kept from the first render must still follow its own fields
        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        Files.writeString(plan, Files.readString(plan).replace("Lương Trọng Quỳnh", "Nguyễn Văn A")
                .replace("## I. Mục đích", "## I. Mục đích và yêu cầu"));
        PreviewSession.Outcome edited = session.update(List.of(plan));
        assertTrue(edited.ok(), edited.problems().toString());
        assertTrue(edited.rendered() < edited.pages() / 4, edited.rendered() + " of " + edited.pages() + " pages rendered");
        assertSameAsAWholeBuild();
    }

    @Test
    void progressAndTaskEditsUpdateStatusesOnEveryPage() throws IOException, InterruptedException {
        Path progress = site.resolve("content/progress/b-started.yml");
        Files.writeString(progress, Files.readString(progress).replace("status: in_progress", "status: done").replace("percent: 60", "percent: 100"));
        PreviewSession.Outcome done = session.update(List.of(progress));
        assertTrue(done.ok(), done.problems().toString());
        assertTrue(done.changed().contains("conclusions/2025-03-18-ket-luan/t1/index.html"), done.changed().toString());
        assertSameAsAWholeBuild();

        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        Files.writeString(plan, Files.readString(plan).replace("title: \"Rà soát quy hoạch chung đô thị\"", "title: \"Rà soát quy hoạch phân khu\""));
        PreviewSession.Outcome retitled = session.update(List.of(plan));
        assertTrue(retitled.ok(), retitled.problems().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void subTasksDirectivesAndRecurringDeadlinesUpdateEveryPageLikeAWholeBuild() throws IOException, InterruptedException {
        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        Files.writeString(plan, Files.readString(plan)
                .replace("tasks:\n", "directives:\n  - \"Tăng cường phối hợp giữa các sở, ngành\"\ntasks:\n")
                .replace("    due_text: \"Thường xuyên\"\n", "    due_text: \"Thường xuyên\"\n"
                        + "  - id: t2-1\n    parent: t2\n    title: \"Đo đạc thực địa\"\n    lead: so-tnmt\n    due: 2024-10-31\n"
                        + "  - id: t4\n    title: \"Báo cáo hằng năm\"\n    lead: so-xd\n    due: {every: year, by: 12-15}\n"));
        Path progress = site.resolve("content/progress/d-kh-122.yml");
        Files.writeString(progress, "- task: \"plans/2023-05-27-kh-122#t2-1\"\n  date: 2024-10-20\n  status: done\n"
                + "- task: \"plans/2023-05-27-kh-122#t4\"\n  date: 2025-01-05\n  period: 2024\n  status: done\n");
        PreviewSession.Outcome o = session.update(List.of(plan, progress));
        assertTrue(o.ok(), o.problems().toString());
        org.jsoup.nodes.Document page = Jsoup.parse(preview.resolve("plans/2023-05-27-kh-122/index.html").toFile(), "UTF-8");
        assertEquals("Hoàn thành đúng hạn", page.getElementById("t2").selectFirst(".status").text(),
                "the parent follows its only sub-task, done before its deadline");
        assertEquals("t2-1", page.getElementById("t2").nextElementSibling().id(), "the sub-task's row follows its parent's");
        assertEquals("Tăng cường phối hợp giữa các sở, ngành", page.selectFirst("#chi-dao-1 p").text());
        assertTrue(o.changed().contains("xep-hang/index.html"), o.changed().toString());
        assertSameAsAWholeBuild();
    }

    /** Rewrites {@code file} with {@code from} replaced by {@code to}, failing when it does not hold {@code from}. */
    private void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " holds no " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Updates after an edit of {@code file}, expects no problems, and compares the preview with a whole build. */
    private PreviewSession.Outcome updateAndCompare(Path file) throws InterruptedException {
        PreviewSession.Outcome o = session.update(List.of(file));
        assertTrue(o.ok(), o.problems().toString());
        assertSameAsAWholeBuild();
        return o;
    }

    private org.jsoup.nodes.Document page(String path) throws IOException {
        return Jsoup.parse(preview.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyKindOfEditOfACitedRecordWithTasksMatchesAWholeBuild() throws IOException, InterruptedException {
        // the plan is cited by the report (a ref) and the conclusion (a citation of its number), it has tasks led by
        // several agencies, and the site has records of 2022 to 2025 from several issuers
        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        edit(plan, "title: \"Kế hoạch thực hiện Nghị quyết số 148/NQ-CP\"", "title: \"Kế hoạch thực hiện Nghị quyết 148 (sửa)\"");
        PreviewSession.Outcome title = updateAndCompare(plan);
        assertTrue(title.changed().contains("reports/2025-07-bao-cao/index.html"), "the citing report's link: " + title.changed());
        assertTrue(page("reports/2025-07-bao-cao/index.html").select("a[href=/plans/2023-05-27-kh-122/]").text().contains("(sửa)"));

        edit(plan, "title: \"Lập bản đồ hiện trạng\"", "title: \"Lập bản đồ hiện trạng (sửa)\"");
        PreviewSession.Outcome task = updateAndCompare(plan);
        assertTrue(task.changed().contains("plans/2023-05-27-kh-122/t2/index.html"), task.changed().toString());
        assertTrue(page("plans/2023-05-27-kh-122/t2/index.html").select("h1").text().contains("(sửa)"));

        // an earlier day of the same year: the number's citations still name the plan, and the lists re-sort
        edit(plan, "date: 2023-05-27", "date: 2023-05-20");
        PreviewSession.Outcome date = updateAndCompare(plan);
        assertTrue(date.changed().contains("plans/2023-05-27-kh-122/index.html"), date.changed().toString());
        assertTrue(page("plans/2023-05-27-kh-122/index.html").text().contains("20/05/2023"));

        // the conclusion's task reports with the report as evidence: its note shows on the task's page
        Path progress = site.resolve("content/progress/b-started.yml");
        edit(progress, "note: \"Đã kiểm kê 6/8 phường.\"", "note: \"Đã kiểm kê 7/8 phường.\"");
        PreviewSession.Outcome note = updateAndCompare(progress);
        assertTrue(note.changed().contains("conclusions/2025-03-18-ket-luan/t1/index.html"), note.changed().toString());
        assertTrue(page("conclusions/2025-03-18-ket-luan/t1/index.html").text().contains("7/8 phường"));

        // the task the report is evidence for is renamed: the report's list of tasks it reports on follows
        Path conclusion = site.resolve("content/conclusions/2025-03-18-ket-luan.md");
        edit(conclusion, "title: \"Hoàn thành kiểm kê đất đai\"", "title: \"Hoàn thành kiểm kê đất đai (sửa)\"");
        PreviewSession.Outcome evidence = updateAndCompare(conclusion);
        assertTrue(evidence.changed().contains("reports/2025-07-bao-cao/index.html"), evidence.changed().toString());

        // a news item moves a year back: the year lists change, and a year may appear
        Path news = site.resolve("content/news/2022-04-08-tin.md");
        edit(news, "date: 2022-04-08", "date: 2021-12-30");
        PreviewSession.Outcome year = updateAndCompare(news);
        assertTrue(year.changed().contains("nam/2021/index.html"), year.changed().toString());

        edit(plan, "## I. Mục đích", "## I. Mục đích và yêu cầu");
        updateAndCompare(plan);
    }

    @Test
    void aChangedNumberOrDateRepointsTheRefsResolvedBeforeIt() throws IOException, InterruptedException {
        // the report's ref "122/kh-ubnd" named the plan: with another number it names a document not on the portal
        Path plan = site.resolve("content/plans/2023-05-27-kh-122.md");
        edit(plan, "number: \"122/KH-UBND\"", "number: \"123/KH-UBND\"");
        updateAndCompare(plan);
        assertTrue(page("reports/2025-07-bao-cao/index.html").select("a[href=/plans/2023-05-27-kh-122/]").isEmpty(),
                "the report still links the plan through a number it no longer has");

        edit(plan, "number: \"123/KH-UBND\"", "number: \"122/KH-UBND\"");
        updateAndCompare(plan);
        assertFalse(page("reports/2025-07-bao-cao/index.html").select("a[href=/plans/2023-05-27-kh-122/]").isEmpty());

        // a ref that gives the year names the plan only while the plan is of that year
        Path report = site.resolve("content/reports/2025-07-bao-cao.md");
        edit(report, "\"122/kh-ubnd\"", "\"122/kh-ubnd năm 2023\"");
        updateAndCompare(report);
        edit(plan, "date: 2023-05-27", "date: 2022-05-27");
        updateAndCompare(plan);
        assertTrue(page("reports/2025-07-bao-cao/index.html").select("a[href=/plans/2023-05-27-kh-122/]").isEmpty(),
                "a ref of 2023 still names a plan of 2022");
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndAFixRecovers() throws IOException, InterruptedException {
        Map<String, byte[]> good = TestSites.snapshot(preview);
        Path record = site.resolve("content/news/2022-04-08-tin.md");
        String text = Files.readString(record);
        Files.writeString(record, text.replace("type: news", "type: newz"));
        PreviewSession.Outcome broken = session.update(List.of(record));
        assertFalse(broken.ok());
        assertEquals("content/news/2022-04-08-tin.md:2:7: error: unknown document type 'newz' (did you mean 'news'?);"
                + " " + "use one of resolution (nghi-quyet), decision (quyet-dinh), conclusion (ket-luan), plan (ke-hoach),"
                + " report (bao-cao), notice (thong-bao), news (tin-tuc)", broken.problems().get(0).toString());
        Map<String, byte[]> after = TestSites.snapshot(preview);
        assertEquals(good.keySet(), after.keySet());

        Files.writeString(record, text.replace("Tin tức.", "Đã sửa lỗi."));
        PreviewSession.Outcome fixed = session.update(List.of(record));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void addingRemovingRecordsAttachmentsAndTemplatesMatchesAWholeBuild() throws IOException, InterruptedException {
        Path added = site.resolve("content/news/2022-05-01-tin-moi.md");
        Files.writeString(added, "---\ntype: news\ntitle: \"Tin mới\"\ndate: 2022-05-01\n---\nNội dung.\n");
        assertTrue(session.update(List.of(added)).ok());
        assertTrue(Files.isRegularFile(preview.resolve("news/2022-05-01-tin-moi/index.html")));
        assertSameAsAWholeBuild();

        Path folder = site.resolve("content/notices");
        TestSites.deleteTree(folder);
        PreviewSession.Outcome removed = session.update(List.of(folder));
        assertTrue(removed.ok(), removed.problems().toString());
        assertFalse(Files.exists(preview.resolve("notices/tb-1/index.html")));
        assertSameAsAWholeBuild();

        Path pdf = site.resolve("content/plans/kh-122-goc.pdf");
        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-', '2'});
        assertTrue(session.update(List.of(pdf)).ok());
        assertSameAsAWholeBuild();

        Path css = site.resolve("templates/assets/extra.css");
        Files.createDirectories(css.getParent());
        Files.writeString(css, "body { color: black; }\n");
        PreviewSession.Outcome theme = session.update(List.of(css));
        assertTrue(theme.ok(), theme.problems().toString());
        assertTrue(theme.changed().contains("assets/extra.css"), theme.changed().toString());
        assertSameAsAWholeBuild();
    }

    @Test
    void aSecondDocumentWithTheSameNumberRepointsCitationsAsAWholeBuildDoes() throws IOException, InterruptedException {
        Path added = site.resolve("content/plans/2024-06-03-kh-122-tp.md");
        Files.writeString(added, "---\ntype: plan\ntitle: \"Kế hoạch của thành phố\"\ndate: 2024-06-03\nnumber: \"122/KH-UBND\"\n"
                + "issuer: ubnd-tp\n---\nTiếp nối Kế hoạch số 122/KH-UBND ngày 27/5/2023 của UBND tỉnh Lạng Sơn.\n");
        PreviewSession.Outcome ambiguous = session.update(List.of(added));
        assertFalse(ambiguous.ok(), "the bare refs '122/kh-ubnd' now could be either plan");
        assertTrue(ambiguous.problems().toString().contains("could be any of 2 published documents"), ambiguous.problems().toString());

        Path report = site.resolve("content/reports/2025-07-bao-cao.md");
        Files.writeString(report, Files.readString(report).replace("\"122/kh-ubnd\"", "\"122/kh-ubnd ngày 27/5/2023\""));
        Path conclusion = site.resolve("content/conclusions/2025-03-18-ket-luan.md");
        Files.writeString(conclusion, Files.readString(conclusion).replace("\"122 / KH-UBND\"", "\"122 / KH-UBND năm 2023\""));
        PreviewSession.Outcome fixed = session.update(List.of(report, conclusion));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(Files.isRegularFile(preview.resolve("so-hieu/122-kh-ubnd/index.html")));
        assertSameAsAWholeBuild();

        // the city's plan moves to the province: the province's 2023 plan is still the one the citations name
        Files.writeString(added, Files.readString(added).replace("issuer: ubnd-tp", "issuer: ubnd-tinh"));
        PreviewSession.Outcome moved = session.update(List.of(added));
        assertTrue(moved.ok(), moved.problems().toString());
        assertTrue(moved.changed().contains("so-hieu/ubnd-tinh/2024/index.html"), moved.changed().toString());
        assertSameAsAWholeBuild();

        // the page of the number the two plans bear names each by its title: a renamed plan is renamed there
        Files.writeString(added, Files.readString(added).replace("title: \"Kế hoạch của thành phố\"", "title: \"Kế hoạch của thành phố (sửa)\""));
        PreviewSession.Outcome renamed = session.update(List.of(added));
        assertTrue(renamed.ok(), renamed.problems().toString());
        assertTrue(renamed.changed().contains("so-hieu/122-kh-ubnd/index.html"), renamed.changed().toString());
        assertTrue(page("so-hieu/122-kh-ubnd/index.html").select("a[href=/plans/2024-06-03-kh-122-tp/]").text().contains("(sửa)"));
        assertSameAsAWholeBuild();
    }

    @Test
    void addingChangingAndRemovingAnAliasWritesAndRemovesItsRedirectPage() throws IOException, InterruptedException {
        Path record = site.resolve("content/notices/tb-1.md");
        String text = Files.readString(record);
        Files.writeString(record, text.replaceFirst("\ntype: ", "\naliases: [/thong-bao/cu.html]\ntype: "));
        PreviewSession.Outcome added = session.update(List.of(record));
        assertTrue(added.ok(), added.problems().toString());
        assertTrue(added.changed().contains("thong-bao/cu.html"), added.changed().toString());
        assertEquals("/notices/tb-1/", Jsoup.parse(preview.resolve("thong-bao/cu.html").toFile()).selectFirst("main a").attr("href"));
        assertSameAsAWholeBuild();

        Files.writeString(record, text.replaceFirst("\ntype: ", "\naliases: [/thong-bao/cu/]\ntype: "));
        PreviewSession.Outcome moved = session.update(List.of(record));
        assertTrue(moved.ok(), moved.problems().toString());
        assertFalse(Files.exists(preview.resolve("thong-bao/cu.html")));
        assertTrue(Files.isRegularFile(preview.resolve("thong-bao/cu/index.html")));
        assertSameAsAWholeBuild();

        Path other = site.resolve("content/notices/tb-2.md");
        String otherText = Files.readString(other);
        Files.writeString(other, otherText.replaceFirst("\ntype: ", "\naliases: /thong-bao/cu/\ntype: "));
        PreviewSession.Outcome clash = session.update(List.of(other));
        assertFalse(clash.ok());
        assertEquals("content/notices/tb-2.md:2:10: error: alias '/thong-bao/cu/' is also an alias in content/notices/tb-1.md",
                clash.problems().get(0).toString());

        Files.writeString(other, otherText);
        Files.writeString(record, text);
        PreviewSession.Outcome removed = session.update(List.of(record, other));
        assertTrue(removed.ok(), removed.problems().toString());
        assertFalse(Files.exists(preview.resolve("thong-bao/cu/index.html")));
        assertSameAsAWholeBuild();
    }

    @Test
    void aTaskReportUpdatesTheFirstPageOfItsAgencysListAndNotTheLaterOnes() throws IOException, InterruptedException {
        // four more notices of the city's: with its two records, more than a page of five
        List<Path> notices = new java.util.ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Path notice = site.resolve("content/notices/tp-" + n + ".md");
            Files.writeString(notice, "---\ntype: notice\ntitle: \"Thông báo của thành phố số " + n + "\"\ndate: 2024-0" + n
                    + "-10\nnumber: \"" + n + "/TB-UBND\"\nissuer: ubnd-tp\n---\nThông báo " + n + ".\n");
            notices.add(notice);
        }
        PreviewSession.Outcome paged = session.update(notices);
        assertTrue(paged.ok(), paged.problems().toString());
        awaitSiteData();
        assertTrue(Files.isRegularFile(preview.resolve("co-quan/ubnd-tp/trang/2/index.html")), "the city's list has a second page");

        // the city leads the plan's t3: its scorecard, on the first page of its list only, counts the task done
        Path report = site.resolve("content/progress/d-t3-done.yml");
        Files.writeString(report, "type: progress\ntask: \"plans/2023-05-27-kh-122#t3\"\ndate: 2025-05-20\nstatus: done\n"
                + "note: \"Đã tuyên truyền ở 8/8 phường.\"\n");
        PreviewSession.Outcome o = session.update(List.of(report));
        assertTrue(o.ok(), o.problems().toString());
        assertTrue(o.changed().contains("co-quan/ubnd-tp/index.html"), o.changed().toString());
        assertFalse(o.changed().contains("co-quan/ubnd-tp/trang/2/index.html"), o.changed().toString());
        assertSameAsAWholeBuild();
    }
}
