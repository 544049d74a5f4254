package congkhai.author;

import congkhai.base.Text;
import congkhai.config.SiteConfig;
import congkhai.load.DocType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JBake content as congkhai records: same folders and names, headers as front matter. */
public final class JBakeMigration {

    /** @param path under content/, e.g. {@code blog/2024/x.md} */
    public record NewRecord(String path, String text) {
    }

    private JBakeMigration() {
    }

    /**
     * Posts become news; pages, which congkhai has no kind for, become notices marked for review.
     * Tags that are topic ids of the site become topics. Anything but {@code status=published}
     * becomes a draft.
     */
    public static List<NewRecord> records(List<JBakeSite.Entry> entries, SiteConfig config, LocalDate today) {
        List<NewRecord> records = new ArrayList<>();
        for (JBakeSite.Entry e : entries) {
            List<String> review = new ArrayList<>();
            DocType type = e.type().equals("page") ? DocType.NOTICE : DocType.NEWS;
            if (e.type().equals("page")) {
                review.add("a JBake page; congkhai publishes documents, so it is a notice here: change its type, or remove it");
            } else if (!e.type().equals("post")) {
                review.add("JBake type '" + e.type() + "' is imported as news");
            }
            List<String> topics = new ArrayList<>();
            List<String> otherTags = new ArrayList<>();
            for (String tag : e.tags()) {
                String id = Text.slug(tag);
                if (config.topics().containsKey(id)) {
                    topics.add(id);
                } else {
                    otherTags.add(tag);
                }
            }
            if (!otherTags.isEmpty()) {
                review.add("tags that are no topic of site-config.yml: " + String.join(", ", otherTags));
            }
            StringBuilder y = new StringBuilder("---\n");
            y.append("# Imported from JBake (content/").append(e.path()).append(").\n");
            for (String note : review) {
                y.append("# REVIEW: ").append(note).append('\n');
            }
            y.append("type: ").append(type.code()).append('\n');
            y.append("title: ").append(RecordText.quote(e.title().isEmpty() ? e.path() : e.title())).append('\n');
            if (e.date().isEmpty()) {
                y.append("# REVIEW: the JBake file has no date; today is used\n");
            }
            y.append("date: ").append(e.date().orElse(today)).append('\n');
            if (!topics.isEmpty()) {
                y.append("topics: [").append(String.join(", ", topics)).append("]\n");
            }
            if (!e.status().equals("published")) {
                y.append("draft: true                        # JBake status: ").append(e.status()).append('\n');
            }
            y.append("---\n\n").append(e.markdown().orElse(e.html().isEmpty() ? "" : e.html() + "\n"));
            String name = e.path().substring(0, e.path().lastIndexOf('.'));
            records.add(new NewRecord(safe(name) + ".md", y.toString()));
        }
        return records;
    }

    /** Record ids are lowercase ASCII paths; JBake file names may not be. */
    private static String safe(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            String slug = Text.slug(part);
            parts.add(slug.isEmpty() ? "x" : slug.toLowerCase(Locale.ROOT));
        }
        return String.join("/", parts);
    }
}
