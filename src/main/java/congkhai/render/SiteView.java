package congkhai.render;

import congkhai.assemble.TaskCounts;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Site-wide facts every template may show: names, navigation lists and headline counts. */
public record SiteView(
        String title,
        String description,
        String language,
        URI baseUrl,
        LocalDate asOf,
        int documentCount,
        List<Listing> types,
        List<Listing> agencies,
        List<Listing> topics,
        List<Listing> years,
        TaskCounts taskCounts) {
}
