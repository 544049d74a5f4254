package congkhai.load;

import congkhai.base.Problem;

import java.util.List;

/** Everything the load stage read from a site folder, in path order, and what was wrong with it. */
public record SiteSources(
        List<DocumentSource> documents,
        List<ProgressSource> progress,
        List<AttachmentSource> attachments,
        Theme theme,
        List<Problem> problems) {

    public SiteSources {
        documents = List.copyOf(documents);
        progress = List.copyOf(progress);
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }
}
