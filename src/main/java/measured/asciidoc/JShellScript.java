package measured.asciidoc;

import measured.render.HtmlEscape;
import measured.run.JShellRequest;

import java.util.stream.Collectors;

/**
 * A page's JShell session as a {@code .jsh} file published beside the page, so a learner can replay it
 * with {@code jshell --enable-preview <page>.jsh}.
 */
final class JShellScript {

    private JShellScript() {
    }

    /** content/threads/intro.adoc is published as threads/intro.jsh. */
    static String sitePath(String pagePath) {
        String withoutContent = pagePath.startsWith("content/") ? pagePath.substring("content/".length()) : pagePath;
        return withoutContent.substring(0, withoutContent.lastIndexOf('.')) + ".jsh";
    }

    static String fileName(String pagePath) {
        String path = sitePath(pagePath);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String of(JShellRequest request) {
        return "// The JShell session of " + request.pagePath() + ": jshell --enable-preview " + fileName(request.pagePath()) + "\n"
                + request.blocks().stream().map(JShellRequest.Block::source).collect(Collectors.joining("\n\n", "", "\n/exit\n"));
    }

    static String linkHtml(String fileName) {
        String name = HtmlEscape.text(fileName);
        return "<p class=\"sample-links\"><a class=\"jshell-download\" href=\"" + name + "\" download>Download this page's JShell session ("
                + name + ")</a> · run it with <code>jshell --enable-preview " + name + "</code></p>";
    }
}
