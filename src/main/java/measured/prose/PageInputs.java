package measured.prose;

import measured.plan.JShellUse;
import measured.plan.PagePlan;
import measured.plan.SampleUse;
import measured.plan.SitePlan;
import measured.site.SiteLayout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** For each page that runs something, the numbers its samples and JShell blocks are given in their source. */
public final class PageInputs {

    private final Map<String, Set<Double>> inputs;

    private PageInputs(Map<String, Set<Double>> inputs) {
        this.inputs = inputs;
    }

    public static PageInputs of(SitePlan plan, SiteLayout layout) {
        Map<String, Set<Double>> inputs = new HashMap<>();
        for (PagePlan page : plan.pages()) {
            if (page.samples().isEmpty() && page.jshell().isEmpty()) {
                continue;
            }
            Set<Double> numbers = new HashSet<>();
            for (SampleUse use : page.samples()) {
                try {
                    numbers.addAll(InputNumbers.in(Files.readString(layout.sampleFile(use.request().samplePath()))));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read " + use.request().samplePath(), e);
                }
                use.request().args().forEach(arg -> numbers.addAll(InputNumbers.in(arg)));
            }
            for (JShellUse use : page.jshell()) {
                numbers.addAll(InputNumbers.in(use.block().source()));
            }
            inputs.put(page.page(), Set.copyOf(numbers));
        }
        return new PageInputs(inputs);
    }

    /** The inputs of a page that runs something; empty for a page that runs nothing. */
    public Optional<Set<Double>> of(String page) {
        return Optional.ofNullable(inputs.get(page));
    }
}
