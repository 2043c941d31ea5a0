package measured.run;

/** A results bundle that cannot be used, named by its file and worded for the author. */
public final class BundleException extends RuntimeException {

    public BundleException(String message) {
        super(message);
    }

    public BundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
