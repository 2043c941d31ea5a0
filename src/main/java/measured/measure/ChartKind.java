package measured.measure;

import java.util.Arrays;
import java.util.Optional;

/** The charts a result table can become: bars over categories, or lines over a numeric x axis. */
public enum ChartKind {
    BAR("bar"),
    LINE("line");

    private final String attributeValue;

    ChartKind(String attributeValue) {
        this.attributeValue = attributeValue;
    }

    /** The value of {@code chart=} that selects this kind. */
    public String attributeValue() {
        return attributeValue;
    }

    public static Optional<ChartKind> ofAttribute(String value) {
        return Arrays.stream(values()).filter(k -> k.attributeValue.equals(value)).findFirst();
    }
}
