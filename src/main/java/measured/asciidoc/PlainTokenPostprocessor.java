package measured.asciidoc;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Unwraps Rouge's token spans that the stylesheet does not colour (operators and punctuation, plain names):
 * they look exactly like the text around them but were two thirds of the elements on the code-heaviest
 * pages, which a phone must parse, style and lay out before it can respond. The listing's text is unchanged.
 */
public final class PlainTokenPostprocessor extends Postprocessor {

    /** Rouge classes without a rule in assets/css/site.css (PlainTokenPostprocessorTest keeps the two in step). */
    public static final Set<String> PLAIN = Set.of("o", "n");

    private static final Pattern TOKEN = Pattern.compile("<span class=\"([a-z0-9]+)\">([^<]*)</span>");
    private static final Pattern CODE = Pattern.compile("(<pre class=\"rouge highlight\">)(.*?)(</pre>)", Pattern.DOTALL);

    @Override
    public String process(Document document, String output) {
        return unwrap(output);
    }

    static String unwrap(String html) {
        Matcher code = CODE.matcher(html);
        StringBuilder result = new StringBuilder(html.length());
        while (code.find()) {
            Matcher token = TOKEN.matcher(code.group(2));
            String plain = token.replaceAll(span -> PLAIN.contains(span.group(1))
                    ? Matcher.quoteReplacement(span.group(2)) : Matcher.quoteReplacement(span.group()));
            code.appendReplacement(result, Matcher.quoteReplacement(code.group(1) + plain + code.group(3)));
        }
        return code.appendTail(result).toString();
    }
}
