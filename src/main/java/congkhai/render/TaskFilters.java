package congkhai.render;

import congkhai.load.Labels;
import congkhai.model.Agency;
import congkhai.model.Task;
import congkhai.model.TaskStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The filters of a document's task table: one per status and per lead agency its tasks have. Each is
 * a link to an empty target just before the table ({@code #loc-qua-han}, {@code #cq-so-xd}); the
 * stylesheet hides the rows that do not match the target, so filtering works without JavaScript, and a
 * filtered table can be linked. With JavaScript, {@code tasks.js} combines a status and an agency.
 *
 * @param statuses the statuses of the table's rows, in the order of {@link TaskStatus}
 * @param agencies the agencies that lead its rows, by name
 * @param classes  each row's classes by task id: its status and lead agencies, and a parent's also its
 *                 sub-tasks', so a filter keeps the parent above the sub-tasks it shows
 */
public record TaskFilters(List<Option> statuses, List<Option> agencies, Map<String, String> classes) {

    static final String STATUS_PREFIX = "loc-";
    static final String AGENCY_PREFIX = "cq-";

    public TaskFilters {
        statuses = List.copyOf(statuses);
        agencies = List.copyOf(agencies);
        classes = Map.copyOf(classes);
    }

    /**
     * One filter.
     *
     * @param target the id of its target on the page
     * @param key    the status code or agency id the rows carry as a class
     */
    public record Option(String target, String key, String label, int count) {
    }

    /**
     * Tasks of a document, every row of its table: sub-tasks are rows too. The counts are of counted
     * tasks only, as every other count of the site: a parent is counted through its sub-tasks.
     */
    static TaskFilters of(List<Task> tasks, Labels labels) {
        Map<TaskStatus, Integer> byStatus = new LinkedHashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            byStatus.put(s, 0);
        }
        Map<String, Integer> byAgency = new LinkedHashMap<>();
        Map<String, Agency> agencies = new LinkedHashMap<>();
        Map<String, String> classes = new LinkedHashMap<>();
        for (Task t : tasks) {
            java.util.Set<String> own = new java.util.LinkedHashSet<>();
            collect(t, own);
            classes.put(t.localId(), String.join(" ", own));
            if (!t.counted()) {
                continue;
            }
            byStatus.merge(t.status(), 1, Integer::sum);
            for (Agency a : t.leads()) {
                byAgency.merge(a.id(), 1, Integer::sum);
                agencies.putIfAbsent(a.id(), a);
            }
        }
        List<Option> statuses = new ArrayList<>();
        byStatus.forEach((s, n) -> {
            if (n > 0) {
                statuses.add(new Option(STATUS_PREFIX + s.slug(), s.code(), labels.of(s), n));
            }
        });
        List<Option> leads = new ArrayList<>();
        agencies.values().stream().sorted(java.util.Comparator.comparing(Agency::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"))))
                .forEach(a -> leads.add(new Option(AGENCY_PREFIX + a.id(), a.id(), a.name(), byAgency.get(a.id()))));
        return new TaskFilters(statuses, leads, classes);
    }

    private static void collect(Task t, java.util.Set<String> classes) {
        classes.add("st-" + t.status().code());
        t.leads().forEach(a -> classes.add(AGENCY_PREFIX + a.id()));
        t.subtasks().forEach(s -> collect(s, classes));
    }

    /**
     * The rules of the agency filters: an agency's target, when it is the page's fragment, hides the
     * rows that agency does not lead. A script-driven table ({@code .js-filter}) is left to the script.
     */
    static String agencyCss(List<Agency> agencies) {
        StringBuilder css = new StringBuilder("/* made by congkhai from the agencies of site-config.yml: the task table's filters by lead agency */\n");
        for (Agency a : agencies) {
            css.append(".task-filterable:not(.js-filter) > #").append(AGENCY_PREFIX).append(a.id())
                    .append(":target ~ .table-wrap tbody tr:not(.").append(AGENCY_PREFIX).append(a.id()).append(") { display: none; }\n");
            css.append(".task-filterable:not(.js-filter) > #").append(AGENCY_PREFIX).append(a.id())
                    .append(":target ~ .task-filter a[href=\"#").append(AGENCY_PREFIX).append(a.id()).append("\"] { font-weight: 700; text-decoration: none; }\n");
        }
        return css.toString();
    }
}
