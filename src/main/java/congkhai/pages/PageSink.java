package congkhai.pages;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a build's pages go as soon as each one is rendered. The output stage implements it and
 * writes each page at once, so a build holds one page per rendering thread in memory, never the
 * whole site: a portal of a hundred thousand records makes gigabytes of HTML.
 */
public interface PageSink {

    /** Takes one finished page; called from many rendering threads at once. */
    void accept(Page page);

    /** A page too large to hold whole, written piece by piece; the caller closes the stream. */
    OutputStream open(String path) throws IOException;
}
