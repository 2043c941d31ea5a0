package measured.measure;

/**
 * A sample's output or attributes that cannot be measured, compared or charted as asked; the message
 * says what is wrong and what to write instead, without the page and line (the caller adds those).
 */
public final class MeasureException extends RuntimeException {

    public MeasureException(String message) {
        super(message);
    }
}
