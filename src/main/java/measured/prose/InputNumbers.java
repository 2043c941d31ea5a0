package measured.prose;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a program is given in its source — its literals, comments left out — which prose may repeat:
 * "each task sleeps 50 ms" beside {@code Thread.sleep(50)} states an input, not a measurement.
 */
public final class InputNumbers {

    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    private static final Pattern LITERAL = Pattern.compile("(?<![\\w.])\\d[\\d_]*(?:\\.\\d+)?(?:[eE][-+]?\\d+)?[LlFfDd]?(?![\\w.])");

    private InputNumbers() {
    }

    public static Set<Double> in(String source) {
        String code = STRING.matcher(COMMENT.matcher(source).replaceAll(" ")).replaceAll(" ");
        Set<Double> numbers = new HashSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            String text = literal.group().replace("_", "").replaceAll("[LlFfDd]$", "");
            try {
                numbers.add(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                // not a decimal literal (a hex digit run never matches); nothing to allow
            }
        }
        return numbers;
    }
}
