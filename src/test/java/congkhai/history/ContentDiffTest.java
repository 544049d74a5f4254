package congkhai.history;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDiffTest {

    private static final String RECORD = """
            ---
            type: plan
            title: "Kế hoạch A"
            date: 2025-01-02
            tasks:
              - id: t1
                title: "Việc một"
                lead: so-xd
            ---
            Nội dung.
            """;

    @Test
    void namesTheFieldsWhoseTextChangedAndSaysWhetherTheBodyDid() {
        ContentDiff.Result same = ContentDiff.of(RECORD, RECORD, true);
        assertEquals(List.of(), same.fields());
        assertFalse(same.body());

        ContentDiff.Result task = ContentDiff.of(RECORD, RECORD.replace("lead: so-xd", "lead: so-tc"), true);
        assertEquals(List.of("tasks"), task.fields(), "a change inside a task belongs to 'tasks'");
        assertFalse(task.body());

        ContentDiff.Result both = ContentDiff.of(RECORD, RECORD.replace("Kế hoạch A", "Kế hoạch B").replace("Nội dung.", "Nội dung mới."), true);
        assertEquals(List.of("title"), both.fields());
        assertTrue(both.body());

        ContentDiff.Result added = ContentDiff.of(RECORD, RECORD.replace("date: 2025-01-02\n", "date: 2025-01-02\nnumber: \"12/KH-UBND\"\n# ghi chú\n"), true);
        assertEquals(List.of("number"), added.fields(), "a comment is not content");

        ContentDiff.Result removed = ContentDiff.of(RECORD, RECORD.replace("date: 2025-01-02\n", ""), true);
        assertEquals(List.of("date"), removed.fields());
    }

    @Test
    void aProgressFileIsAllFields() {
        ContentDiff.Result r = ContentDiff.of("task: a#t1\nupdates:\n  - date: 2025-01-01\n    status: started\n",
                "task: a#t1\nupdates:\n  - date: 2025-01-01\n    status: done\n", false);
        assertEquals(List.of("updates"), r.fields());
        assertFalse(r.body());
    }
}
