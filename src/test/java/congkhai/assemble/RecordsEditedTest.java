package congkhai.assemble;

import congkhai.TestSites;
import congkhai.base.Parsed;
import congkhai.base.YamlReader;
import congkhai.config.ConfigLoader;
import congkhai.config.SiteConfig;
import congkhai.load.DocumentSource;
import congkhai.load.ProgressSource;
import congkhai.load.SiteLoader;
import congkhai.load.SiteSources;
import congkhai.model.Evidence;
import congkhai.model.TaskStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Assembler#withRecordsEdited}: after edits of titles, tasks and progress updates, the site it
 * makes from the last one equals the site a whole assembly of the edited sources makes, and it declines
 * every edit whose effects reach further.
 */
class RecordsEditedTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final String PLAN = "content/plans/2023-05-27-kh-122.md";
    private static final String CONCLUSION = "content/conclusions/2025-03-18-ket-luan.md";
    private static final String DONE = "content/progress/a-done.yml";
    private static final String STARTED = "content/progress/b-started.yml";
    private static final String REPORT_ID = "reports/2025-07-bao-cao";

    @TempDir
    Path site;
    final YamlReader yaml = new YamlReader();
    SiteConfig config;
    SiteSources sources;
    Site assembled;

    @BeforeEach
    void assembleTheFixture() {
        TestSites.copyTree(TestSites.fixture("basic"), site);
        Parsed<SiteConfig> read = ConfigLoader.load(site, yaml);
        config = read.value().orElseThrow();
        sources = load();
        assembled = assemble(sources);
    }

    private SiteSources load() {
        SiteSources loaded = SiteLoader.forOneBuild(yaml, Optional.of(config)).load(site);
        assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
        return loaded;
    }

    private Site assemble(SiteSources s) {
        Parsed<Site> whole = Assembler.assemble(config, s, AS_OF);
        assertTrue(whole.problems().isEmpty(), whole.problems().toString());
        return whole.value().orElseThrow();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = site.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " holds no " + from);
        Files.writeString(path, text.replace(from, to));
    }

    /**
     * Reads the sources again after the files {@code edited} were, and gives what {@code withRecordsEdited}
     * makes of the last site: the edited records as edits, the edited progress files as the records their
     * updates name, before and after.
     */
    private Optional<Site> reread(String... edited) {
        SiteSources now = load();
        List<Assembler.Edit> edits = new ArrayList<>();
        Set<String> progressFor = new HashSet<>();
        for (String file : edited) {
            Optional<DocumentSource> before = sources.documents().stream().filter(d -> d.path().equals(file)).findFirst();
            if (before.isPresent()) {
                edits.add(new Assembler.Edit(before.get(),
                        now.documents().stream().filter(d -> d.path().equals(file)).findFirst().orElseThrow()));
            }
            for (SiteSources s : List.of(sources, now)) {
                s.progress().stream().filter(p -> p.pos().path().equals(file)).map(ProgressSource::recordId).forEach(progressFor::add);
            }
        }
        Optional<Site> made = Assembler.withRecordsEdited(assembled, now, edits, progressFor);
        sources = now;
        return made;
    }

    /** Checks {@code made} against a whole assembly of the sources as they are now, and takes it as the last site. */
    private Site assertSameAsAWholeAssembly(Optional<Site> made) {
        assertTrue(made.isPresent(), "the edit was declined");
        Site whole = assemble(sources);
        Site edited = made.get();
        // the number index has no value equality: its entries are compared, and what they fingerprint
        assertEquals(whole.numbers().keys(), edited.numbers().keys());
        for (String key : whole.numbers().keys()) {
            assertEquals(whole.numbers().entries(key), edited.numbers().entries(key), key);
        }
        assertEquals(whole.numbers().fingerprint(), edited.numbers().fingerprint());
        assertEquals(whole.documents(), edited.documents());
        assertEquals(whole.documentsById(), edited.documentsById());
        assertEquals(whole.tasks(), edited.tasks());
        assertEquals(whole.citedNumbers(), edited.citedNumbers());
        assertEquals(whole.redirects(), edited.redirects());
        assertEquals(whole.issuedLater(), edited.issuedLater());
        Site before = assembled;
        assembled = made.get();
        return before;
    }

    /** The records that cite the document not on the portal with this number, as its number's page lists them. */
    private List<String> citing(String number) {
        return assembled.citedNumbers().stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow()
                .documents().stream().filter(n -> n.external()).findFirst().orElseThrow().citedBy().stream().map(l -> l.path()).toList();
    }

    private Document document(String id) {
        return assembled.documentsById().get(id);
    }

    @Test
    void aProgressUpdateChangesItsTasksStatusAndNothingElse() throws IOException {
        assertEquals(TaskStatus.DONE_LATE, document("conclusions/2025-03-18-ket-luan").tasks().get(0).status());
        edit(DONE, "status: done", "status: in_progress");
        edit(DONE, "percent: 100", "percent: 90");
        Site before = assertSameAsAWholeAssembly(reread(DONE));
        assertEquals(TaskStatus.OVERDUE, document("conclusions/2025-03-18-ket-luan").tasks().get(0).status());
        assertSame(before.documentsById().get("plans/2023-05-27-kh-122"), document("plans/2023-05-27-kh-122"),
                "a document the edit did not touch is kept as it was");
    }

    @Test
    void evidenceAddedMovedAndRemovedFollowsOnTheDocumentsNamed() throws IOException {
        assertEquals(List.of("conclusions/2025-03-18-ket-luan/t1/"),
                document(REPORT_ID).reportsOn().stream().map(Evidence::taskPath).toList());

        edit(STARTED, "evidence: \"reports/2025-07-bao-cao\"", "evidence: \"plans/2023-05-27-kh-122\"");
        assertSameAsAWholeAssembly(reread(STARTED));
        assertEquals(List.of(), document(REPORT_ID).reportsOn());
        assertEquals(1, document("plans/2023-05-27-kh-122").reportsOn().size());

        edit(STARTED, "evidence: \"plans/2023-05-27-kh-122\"", "evidence: \"122/KH-UBND\"");
        assertSameAsAWholeAssembly(reread(STARTED));
        assertEquals(1, document("plans/2023-05-27-kh-122").reportsOn().size(), "the plan named by its number");

        edit(STARTED, "evidence: \"122/KH-UBND\"\n", "");
        assertSameAsAWholeAssembly(reread(STARTED));
        assertEquals(List.of(), document("plans/2023-05-27-kh-122").reportsOn());
    }

    @Test
    void aTaskRenamedAddedOrRescheduledMatchesAWholeAssembly() throws IOException {
        // the conclusion's task is reported on by the report: the report's list names it by its title
        edit(CONCLUSION, "title: \"Hoàn thành kiểm kê đất đai\"", "title: \"Hoàn thành kiểm kê đất đai (sửa)\"");
        assertSameAsAWholeAssembly(reread(CONCLUSION));
        assertEquals("Hoàn thành kiểm kê đất đai (sửa)", document(REPORT_ID).reportsOn().get(0).taskTitle());

        edit(CONCLUSION, "    due: 2025-05-31\n", "    due: 2025-05-31\n  - id: t2\n    title: \"Báo cáo kết quả\"\n"
                + "    lead: so-tnmt\n    due: 2025-06-15\n");
        edit(STARTED, "task: \"conclusions/2025-03-18-ket-luan#t1\"", "task: \"conclusions/2025-03-18-ket-luan#t2\"");
        assertSameAsAWholeAssembly(reread(CONCLUSION, STARTED));
        assertEquals(2, document("conclusions/2025-03-18-ket-luan").tasks().size());
        assertEquals(document("conclusions/2025-03-18-ket-luan").tasks().get(1), assembled.tasks().stream()
                .filter(t -> t.id().equals("conclusions/2025-03-18-ket-luan#t2")).findFirst().orElseThrow());

        edit(PLAN, "due: 2024-12-31", "due: 2025-12-31");
        assertSameAsAWholeAssembly(reread(PLAN));
    }

    @Test
    void aRetitledRecordIsNamedByItsNewTitleWhereverItIsLinked() throws IOException {
        // the plan is cited by the report and the conclusion (refs), cites two numbers not on the portal, has a number
        // of its own and tasks; the conclusion's task reports with it as evidence
        edit(STARTED, "evidence: \"reports/2025-07-bao-cao\"", "evidence: \"plans/2023-05-27-kh-122\"");
        assertSameAsAWholeAssembly(reread(STARTED));
        edit(PLAN, "title: \"Kế hoạch thực hiện Nghị quyết số 148/NQ-CP\"", "title: \"Kế hoạch (sửa)\"");
        Site before = assertSameAsAWholeAssembly(reread(PLAN));
        assertEquals("Kế hoạch (sửa)", document("conclusions/2025-03-18-ket-luan").refs().get(0).title());
        assertEquals("Kế hoạch (sửa)", document("conclusions/2025-03-18-ket-luan").tasks().get(0).updates().get(0).evidence()
                .orElseThrow().title());
        assertSame(before.documentsById().get("notices/tb-1"), document("notices/tb-1"), "a document that shows no link to the plan");

        // news has old addresses, whose redirect pages name it
        edit("content/news/2022-04-08-tin.md", "Tin: họp Ban Chỉ đạo", "Tin: họp Ban Chỉ đạo lần hai");
        assertSameAsAWholeAssembly(reread("content/news/2022-04-08-tin.md"));
        assertEquals("Tin: họp Ban Chỉ đạo lần hai", assembled.redirects().get(0).target().label());

        // a title, a task and progress at once
        edit(CONCLUSION, "title: \"Kết luận phiên họp tháng 3\"", "title: \"Kết luận phiên họp tháng Ba\"");
        edit(CONCLUSION, "    due: 2025-05-31\n", "    due: 2025-04-30\n");
        edit(DONE, "percent: 100", "percent: 100\nevidence: \"notices/tb-1\"");
        assertSameAsAWholeAssembly(reread(CONCLUSION, DONE));
        assertEquals("Kết luận phiên họp tháng Ba", document("notices/tb-1").reportsOn().get(0).taskDocument().title());

        // a notice that cites the plan and nothing else links it: the plan's backlink takes the notice's new title
        edit("content/notices/tb-2.md", "issuer: ubnd-tinh\n", "issuer: ubnd-tinh\nrefs: [plans/2023-05-27-kh-122]\n");
        sources = load();
        assembled = assemble(sources);
        edit("content/notices/tb-2.md", "title: \"Thông báo số 2\"", "title: \"Thông báo số 2 (sửa)\"");
        assertSameAsAWholeAssembly(reread("content/notices/tb-2.md"));
        assertTrue(document("plans/2023-05-27-kh-122").citedBy().stream().anyMatch(l -> l.title().equals("Thông báo số 2 (sửa)")));
    }

    @Test
    void aRedatedRecordWithoutANumberMovesInEveryListThatOrdersByDate() throws IOException {
        String news = "content/news/2022-04-08-tin.md";
        String report = "content/reports/2025-07-bao-cao.md";
        // the news item also cites a resolution not on the portal that the plan cites
        edit(news, "\"40-NQ/TU\"]", "\"40-NQ/TU\", \"148/NQ-CP\"]");
        sources = load();
        assembled = assemble(sources);
        assertEquals(List.of("reports/2025-07-bao-cao/", "news/2022-04-08-tin/"),
                document("conclusions/2025-03-18-ket-luan").citedBy().stream().map(l -> l.path()).toList());
        assertEquals(List.of("plans/2023-05-27-kh-122/", "news/2022-04-08-tin/"), citing("148/NQ-CP"));

        // the news item, which cites the conclusion and numbers not on the portal, becomes the newest of the site
        edit(news, "date: 2022-04-08", "date: 2025-05-01");
        assertSameAsAWholeAssembly(reread(news));
        assertEquals("news/2022-04-08-tin", assembled.documents().get(0).id());
        assertEquals(List.of("news/2022-04-08-tin/", "reports/2025-07-bao-cao/"),
                document("conclusions/2025-03-18-ket-luan").citedBy().stream().map(l -> l.path()).toList());
        assertEquals(List.of("news/2022-04-08-tin/", "plans/2023-05-27-kh-122/"), citing("148/NQ-CP"));

        // the report, named as evidence by an update, moves back a year with its title changed
        edit(report, "date: 2025-03", "date: 2024-12");
        edit(report, "title: \"Báo cáo kết quả thực hiện Kế hoạch 122\"", "title: \"Báo cáo kết quả (sửa)\"");
        assertSameAsAWholeAssembly(reread(report));
        assertEquals("tháng 12/2024", document("conclusions/2025-03-18-ket-luan").tasks().get(0).updates().get(0).evidence()
                .orElseThrow().date());

        edit(news, "date: 2025-05-01", "date: 2025-07-01");
        assertTrue(reread(news).isEmpty(), "dated after the as-of day, it leaves the portal");
    }

    @Test
    void editsThatReachOtherRecordsOrHaveProblemsAreDeclined() throws IOException {
        edit(PLAN, "date: 2023-05-27", "date: 2023-05-20");
        assertTrue(reread(PLAN).isEmpty(), "a date orders every list");
        assembled = assemble(sources);

        edit(STARTED, "task: \"conclusions/2025-03-18-ket-luan#t1\"", "task: \"conclusions/2025-03-18-ket-luan#t9\"");
        assertTrue(reread(STARTED).isEmpty(), "an update of an unknown task is an error a whole assembly reports");

        edit(STARTED, "task: \"conclusions/2025-03-18-ket-luan#t9\"", "task: \"conclusions/2025-03-18-ket-luan#t1\"");
        edit(CONCLUSION, "  - id: t1\n", "  - id: t5\n");
        assertTrue(reread(CONCLUSION).isEmpty(), "the unchanged progress files still name t1");
    }

    @Test
    void anEditThatChangesNothingKeepsEveryDocument() throws IOException {
        edit(STARTED, "note: \"Đã kiểm kê 6/8 phường.\"", "note: \"Đã kiểm kê 6/8 phường.\" # xem lại");
        Site before = assembled;
        assertSameAsAWholeAssembly(reread(STARTED));
        for (Document d : before.documents()) {
            assertSame(d, document(d.id()), d.id());
        }
        assertNotEquals(List.of(), assembled.tasks());
    }
}
