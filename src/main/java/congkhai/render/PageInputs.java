package congkhai.render;

import congkhai.assemble.Document;
import congkhai.assemble.TaskCounts;
import congkhai.model.Agency;
import congkhai.model.CitedNumber;
import congkhai.model.Redirect;
import congkhai.model.Task;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What a page is rendered from, one record per kind of page, so a preview can tell whether the page
 * can have changed by comparing these with the last render's ({@code equals}). Where the model itself
 * is as cheap to compare, the page has no inputs of its own and is compared by its model ({@link Model}).
 */
public sealed interface PageInputs {

    /**
     * These inputs with the documents that {@code swap} replaces (it walks lists and maps at any
     * depth) replaced: after an edit of records' own fields, a kept page's inputs name the new records.
     */
    PageInputs swapped(UnaryOperator<Object> swap);

    /**
     * A record's own page.
     *
     * @param numberLinks the fingerprint of where the numbers written in bodies link, which any record can change
     */
    record DocumentPage(Document document, String numberLinks, List<ChangeView> changes) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return new DocumentPage((Document) swap.apply(document), numberLinks, changes);
        }
    }

    /**
     * A task's own page, made from the task and its document alone (with the theme's words, which a
     * preview never keeps across a change of): compared by identity where the site kept both, which
     * spares a preview building the model of each of the 29,000 task pages of a 10,000-record site.
     */
    record TaskPage(Task task, Document document) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return new TaskPage(task, (Document) swap.apply(document));
        }
    }

    /** One page of a view of the tracker: its words, the tasks it lists, and the view's total and counts. */
    record TaskList(String heading, String description, List<Task> slice, int total, Made<TaskCounts> counts, Pager pager) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /** The page of a number several documents bear, made from it alone (and the theme's words). */
    record CitedPage(CitedNumber cited) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /**
     * One page of an agency's list of issued documents. The first also shows what its tasks come to
     * ({@code tasks}: its scorecard, chart, overdue tasks); on the others {@code tasks} is only the
     * link to the feed of their status changes.
     */
    record AgencyPage(Agency agency, Made<Map<String, Object>> tasks, List<Document> issued, int issuedCount, Pager pager)
            implements PageInputs {
        @Override
        @SuppressWarnings("unchecked")
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return new AgencyPage(agency, tasks, (List<Document>) swap.apply(issued), issuedCount, pager);
        }
    }

    /** The feed of status changes of an agency's tasks. */
    record AgencyFeed(Agency agency, List<Task> involved) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /** A page made from every task of the site: the tracker's feed, the ranking. */
    record AllTasks(List<Task> tasks) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /** A page at a record's old address that sends the reader to {@code target}. */
    record RedirectPage(String path, Redirect.Target target) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /** A file of the sitemap: its URLs, or in the index of a split sitemap its files. */
    record Sitemap(List<SitemapEntries.Entry> entries) implements PageInputs {
        @Override
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return this;
        }
    }

    /** A page compared by the model its template is given (the site view aside). */
    record Model(Map<String, Object> model) implements PageInputs {
        @Override
        @SuppressWarnings("unchecked")
        public PageInputs swapped(UnaryOperator<Object> swap) {
            return new Model((Map<String, Object>) swap.apply(model));
        }
    }
}
