package measured.plan;

import measured.run.JShellRequest;

import java.util.List;
import java.util.Optional;

/**
 * What one page asks the runner for, found by parsing it before anything runs: its title, its samples, its JShell blocks
 * (one session, in page order), and the problems found on the way (unknown attributes, missing samples, …).
 */
public record PagePlan(String page, String title, List<SampleUse> samples, List<JShellUse> jshell, List<Problem> problems) {

    public PagePlan {
        samples = List.copyOf(samples);
        jshell = List.copyOf(jshell);
        problems = List.copyOf(problems);
    }

    /** The page's JShell session, when it has blocks and all of them are valid. */
    public Optional<JShellRequest> session() {
        return jshell.isEmpty() ? Optional.empty()
                : Optional.of(new JShellRequest(page, jshell.stream().map(JShellUse::block).toList()));
    }
}
