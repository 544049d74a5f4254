package congkhai.config;

import congkhai.model.Agency;
import congkhai.model.Topic;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of one portal, from {@code site-config.yml}.
 *
 * @param baseUrl  absolute, ending in '/'; every canonical link, feed and sitemap entry starts with it
 * @param agencies by id, in the order the config lists them
 * @param topics   by id, in the order the config lists them
 * @param commitUrl the web page of one commit of the site's repository, with {@code {commit}} where
 *                  the commit id goes ({@code commit_url}, or made from {@code repo_url}); record pages
 *                  link their change history to it only when it is given
 * @param historyMessages whether a page's change history shows the commit messages: off unless the
 *                  config turns it on, since whatever a webmaster types in a commit would become public text
 * @param redirects old addresses that are no record's own, each kept answering by a page that sends
 *                  readers on to a page of the site
 */
public record SiteConfig(
        String title,
        String description,
        URI baseUrl,
        String language,
        Optional<LocalDate> asOf,
        Map<String, Agency> agencies,
        Map<String, Topic> topics,
        int pageSize,
        Optional<String> commitUrl,
        boolean historyMessages,
        List<OldAddress> redirects) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public SiteConfig {
        agencies = Collections.unmodifiableMap(new LinkedHashMap<>(agencies));
        topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics));
        redirects = List.copyOf(redirects);
    }

    public List<Agency> agencyList() {
        return List.copyOf(agencies.values());
    }

    public List<Topic> topicList() {
        return List.copyOf(topics.values());
    }

    public SiteConfig withBaseUrl(URI url) {
        return new SiteConfig(title, description, url, language, asOf, agencies, topics, pageSize, commitUrl, historyMessages, redirects);
    }
}
