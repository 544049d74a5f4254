package congkhai.assemble;

import java.util.List;

/** A document number that records cite but no record carries: an external document with its own page. */
public record CitedNumber(String number, String path, List<DocLink> citedBy) {

    public CitedNumber {
        citedBy = List.copyOf(citedBy);
    }
}
