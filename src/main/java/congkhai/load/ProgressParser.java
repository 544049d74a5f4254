package congkhai.load;

import congkhai.base.Fields;
import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.SourceText;
import congkhai.base.Suggestions;
import congkhai.base.YamlNode;
import congkhai.base.YamlReader;
import congkhai.model.ProgressState;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the text of a progress {@code .yml} file (one update or a list of them) into updates. */
final class ProgressParser {

    private static final List<String> FIELDS = List.of("type", "task", "date", "status", "percent", "note", "evidence", "period");

    private final YamlReader yaml;

    public ProgressParser(YamlReader yaml) {
        this.yaml = yaml;
    }

    public Parsed<List<ProgressSource>> parse(String path, String text) {
        List<Problem> problems = new ArrayList<>();
        Parsed<YamlNode> tree = yaml.read(path, SourceText.normalize(text), 0);
        problems.addAll(tree.problems());
        if (tree.value().isEmpty()) {
            return Parsed.failed(problems);
        }
        YamlNode root = tree.value().get();
        List<YamlNode> items;
        if (root instanceof YamlNode.Sequence seq) {
            items = seq.items();
        } else if (root instanceof YamlNode.Scalar s && s.isNull()) {
            problems.add(new Problem(SourcePos.startOf(path), "empty progress file; write 'type: progress', 'task', 'date' and 'status'"));
            return Parsed.failed(problems);
        } else {
            items = List.of(root);
        }
        List<ProgressSource> updates = new ArrayList<>();
        for (YamlNode item : items) {
            Fields.of(item, "a progress update", problems).flatMap(this::update).ifPresent(updates::add);
        }
        return Parsed.of(updates, problems);
    }

    private Optional<ProgressSource> update(Fields f) {
        f.rejectUnknown(FIELDS, "a progress update");
        f.optionalString("type").ifPresent(t -> {
            if (!t.value().equals("progress")) {
                f.error(t.pos(), "a .yml file under content/ is a progress update: 'type' must be 'progress', not '" + t.value() + "'");
            }
        });
        Optional<Located<String>> task = f.requiredString("task").filter(t -> {
            int hash = t.value().indexOf('#');
            if (hash <= 0 || hash == t.value().length() - 1) {
                f.error(t.pos(), "field 'task' must be '<record-id>#<task-id>', not '" + t.value() + "'");
                return false;
            }
            return true;
        });
        Optional<LocalDate> date = f.date("date", true, false).flatMap(d -> {
            if (!d.value().isDay()) {
                f.error(d.pos(), "a progress update needs a whole day (YYYY-MM-DD), not '" + d.value().iso() + "'");
                return Optional.empty();
            }
            return Optional.of(d.value()).map(PartialDate::first);
        });
        Optional<ProgressState> status = f.requiredString("status").flatMap(s -> {
            Optional<ProgressState> known = ProgressState.fromCode(s.value().strip());
            if (known.isEmpty()) {
                f.error(s.pos(), "unknown status '" + s.value() + "'" + Suggestions.didYouMean(s.value(), ProgressState.codes())
                        + "; use one of " + String.join(", ", ProgressState.codes()));
            }
            return known;
        });
        Optional<Integer> percent = f.integer("percent", 0, 100);
        String note = f.optionalString("note").map(n -> n.value().strip()).orElse("");
        Optional<Located<String>> evidence = f.optionalString("evidence").filter(e -> !e.value().isBlank())
                .map(e -> new Located<>(e.value().strip(), e.pos()));
        Optional<Located<PartialDate>> period = f.date("period", false, true);
        if (task.isEmpty() || date.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProgressSource(task.get(), date.get(), status.get(), percent, note, evidence, period, f.pos()));
    }
}
