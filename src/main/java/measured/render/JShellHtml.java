package measured.render;

import measured.verify.VerifiedBlock;

import java.util.Optional;

/**
 * The HTML under a {@code [source,jshell]} listing: the block's output and stamp; under the page's first block
 * also the link to the page's whole session as a {@code .jsh} file.
 */
public final class JShellHtml {

    private JShellHtml() {
    }

    /** @param sessionFile the file name of the page's session, for its first block only */
    public static String render(VerifiedBlock block, Optional<String> sessionFile) {
        return sessionFile.map(JShellHtml::sessionLink).orElse("")
                + OutputHtml.render(block.outcome().representative(), "jshell-output")
                + ClaimsHtml.render(block.verdict().claims())
                + StampHtml.render(block.outcome());
    }

    private static String sessionLink(String fileName) {
        String name = HtmlEscape.text(fileName);
        return "<p class=\"sample-links\"><a class=\"jshell-download\" href=\"" + name + "\" download>Download this page's JShell session ("
                + name + ")</a> · run it with <code>jshell --enable-preview " + name + "</code></p>";
    }
}
