/**
 * The config stage: {@code site-config.yml} becomes a {@link congkhai.config.SiteConfig}, the
 * portal's title, {@code base_url}, as-of day, page size, history settings, old addresses
 * ({@link congkhai.config.OldAddress}), and its agencies ({@link congkhai.model.Agency}) and topics
 * ({@link congkhai.model.Topic}) by id, in the order written. {@link congkhai.config.ConfigLoader}
 * reads the file from a site folder and {@link congkhai.config.ConfigParser} turns its text into the
 * config and every located problem in it. Uses {@code base} only. It reads that one file and knows
 * nothing of {@code content/}: whether the records use its ids is checked by {@code load} and
 * {@code assemble}, and where an old address leads by {@code assemble} too.
 */
package congkhai.config;
