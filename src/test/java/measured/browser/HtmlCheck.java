package measured.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nu.validator.client.EmbeddedValidator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Nu Html Checker (the W3C's HTML validator, run in this JVM) over one page file: its errors. */
public final class HtmlCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedValidator validator = new EmbeddedValidator();

    public HtmlCheck() {
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    }

    /** One line per error, {@code line N: message}; warnings and notes are not errors. */
    public synchronized List<String> problems(Path page) {
        List<String> problems = new ArrayList<>();
        try {
            JsonNode report = JSON.readTree(validator.validate(page));
            for (JsonNode message : report.path("messages")) {
                String type = message.path("type").asText();
                if (type.equals("error") || type.equals("non-document-error")) {
                    problems.add("html line " + message.path("lastLine").asText("?") + ": " + message.path("message").asText()
                            + (message.has("extract") ? " [" + message.path("extract").asText().strip() + "]" : ""));
                }
            }
        } catch (Exception e) {
            problems.add("the HTML checker failed on " + page + ": " + e);
        }
        return problems;
    }
}
