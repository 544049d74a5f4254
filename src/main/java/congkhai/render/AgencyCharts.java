package congkhai.render;

import congkhai.model.Agency;
import congkhai.assemble.StatusHistory.Month;
import congkhai.load.Labels;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each agency's chart ({@link StatusChart}) as last drawn, drawn again only when its months or the
 * theme's words differ from those it was drawn from. A preview keeps one across its plans: after a
 * title or progress edit the agencies whose tasks it reaches have their page models made again, and
 * drawing their charts was 5% of a 10,000-record site's rebuild though the months were mostly the same.
 * Safe for the rendering threads: pages' models are made on every core.
 */
final class AgencyCharts {

    private record Drawn(List<Month> months, Labels words, String svg) {
    }

    private final Map<String, Drawn> byAgency = new ConcurrentHashMap<>();

    String svg(Agency agency, List<Month> months, Labels words) {
        Drawn last = byAgency.get(agency.id());
        if (last != null && last.months().equals(months) && last.words().equals(words)) {
            return last.svg();
        }
        String svg = StatusChart.svg(months, words);
        byAgency.put(agency.id(), new Drawn(List.copyOf(months), words, svg));
        return svg;
    }
}
