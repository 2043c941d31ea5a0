package measured.measure;

import java.util.Optional;

/** One cell of a result table: its text as printed, and its number when the whole cell is one. */
public record Cell(String text, Optional<NumberText> number) {

    /** A cell is numeric only when it is exactly a number: units belong in the column's header. */
    public static Cell parse(String text) {
        String trimmed = text.strip();
        return new Cell(trimmed, NumberText.parse(trimmed));
    }

    public static Cell of(NumberText number) {
        return new Cell(number.format(), Optional.of(number));
    }

    public boolean isNumeric() {
        return number.isPresent();
    }
}
