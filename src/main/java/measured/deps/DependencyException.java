package measured.deps;

/** A dependency declaration that cannot be used, worded for the author (the caller adds page and line). */
public final class DependencyException extends RuntimeException {

    public DependencyException(String message) {
        super(message);
    }

    public DependencyException(String message, Throwable cause) {
        super(message, cause);
    }
}
