package congkhai.base;

/**
 * A value a page names in words, whose words are the theme's: its key in the theme's labels
 * ({@code status.overdue}), so the code says what a thing is and the theme what it is called.
 */
public interface Labelled {

    String labelKey();
}
