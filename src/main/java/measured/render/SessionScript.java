package measured.render;

import measured.run.JShellRequest;

import java.util.stream.Collectors;

/**
 * A page's JShell session as a {@code .jsh} file published beside the page, so a learner can replay it
 * with {@code jshell --enable-preview <page>.jsh}.
 */
public final class SessionScript {

    private SessionScript() {
    }

    public static String of(JShellRequest session, String fileName) {
        return "// The JShell session of " + session.pagePath() + ": jshell --enable-preview " + fileName + "\n"
                + session.blocks().stream().map(JShellRequest.Block::source)
                        .collect(Collectors.joining("\n\n", "", "\n/exit\n"));
    }
}
