package congkhai.output;

/** The output folder could not be written or swapped in; the previous site is still in place. */
public final class PublishException extends Exception {

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }

    public PublishException(String message) {
        super(message);
    }
}
