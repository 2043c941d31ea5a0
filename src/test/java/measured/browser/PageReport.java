package measured.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything the suite found on one page, by check, the bytes the page transferred, and how long each
 * step took (load, links, structure, axe, html) in seconds.
 */
public record PageReport(String page, long bytes, Map<String, Double> seconds, List<String> console,
                         List<String> requests, List<String> links, List<String> structure, List<String> axe,
                         List<String> html) {

    /** Every problem, each prefixed with the check that found it. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        console.forEach(p -> all.add("console error: " + p));
        requests.forEach(p -> all.add("failed request: " + p));
        links.forEach(p -> all.add("broken: " + p));
        structure.forEach(p -> all.add("structure: " + p));
        axe.forEach(p -> all.add("accessibility: " + p));
        html.forEach(p -> all.add("invalid HTML: " + p));
        return all;
    }

    public double totalSeconds() {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
