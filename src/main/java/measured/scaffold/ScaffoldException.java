package measured.scaffold;

/** A request the scaffold cannot carry out; the message says what to do instead. */
public final class ScaffoldException extends RuntimeException {
    public ScaffoldException(String message) {
        super(message);
    }
}
