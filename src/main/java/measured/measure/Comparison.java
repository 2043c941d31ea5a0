package measured.measure;

import java.util.Arrays;
import java.util.Optional;

/** The operators a requirement may use: {@code < <= > >= ==}. */
public enum Comparison {
    LESS("<"),
    AT_MOST("<="),
    GREATER(">"),
    AT_LEAST(">="),
    EQUAL("==");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public static Optional<Comparison> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }

    /** Whether the measured value satisfies this comparison with the bound. */
    public boolean holds(double measured, double bound) {
        return switch (this) {
            case LESS -> measured < bound;
            case AT_MOST -> measured <= bound;
            case GREATER -> measured > bound;
            case AT_LEAST -> measured >= bound;
            case EQUAL -> measured == bound;
        };
    }
}
