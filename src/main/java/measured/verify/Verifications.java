package measured.verify;

import measured.plan.BlockId;
import measured.plan.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every verified block of a bake, by its place in its page: what the rendering step shows. */
public final class Verifications {

    private final Map<BlockId, VerifiedSample> samples = new LinkedHashMap<>();
    private final Map<BlockId, VerifiedBlock> blocks = new LinkedHashMap<>();

    public void add(VerifiedSample sample) {
        samples.put(sample.use().at(), sample);
    }

    public void add(VerifiedBlock block) {
        blocks.put(block.use().at(), block);
    }

    /** These verifications with the blocks of some pages replaced by those pages' new ones. */
    public Verifications replacing(java.util.Set<String> pages, Verifications renewed) {
        Verifications merged = new Verifications();
        samples.values().stream().filter(s -> !pages.contains(s.use().at().page())).forEach(merged::add);
        blocks.values().stream().filter(b -> !pages.contains(b.use().at().page())).forEach(merged::add);
        renewed.samples().forEach(merged::add);
        renewed.blocks().forEach(merged::add);
        return merged;
    }

    public Optional<VerifiedSample> sampleAt(BlockId at) {
        return Optional.ofNullable(samples.get(at));
    }

    public Optional<VerifiedBlock> blockAt(BlockId at) {
        return Optional.ofNullable(blocks.get(at));
    }

    public List<VerifiedSample> samples() {
        return List.copyOf(samples.values());
    }

    public List<VerifiedBlock> blocks() {
        return List.copyOf(blocks.values());
    }

    /** Every claim in this state, at its block: "content/x.adoc:12: efficiency >= 0.7 (needs 2 cores; …)". */
    public List<String> claimsIn(ClaimState state) {
        List<String> found = new ArrayList<>();
        samples.values().forEach(s -> s.verdict().claims().stream().filter(c -> c.state() == state)
                .forEach(c -> found.add(s.use().at().where() + ": sample " + s.use().request().samplePath() + ": "
                        + c.claim() + " (" + c.note() + ")")));
        blocks.values().forEach(b -> b.verdict().claims().stream().filter(c -> c.state() == state)
                .forEach(c -> found.add(b.use().at().where() + ": [source,jshell]: " + c.claim() + " (" + c.note() + ")")));
        return found;
    }

    /** The problems of every verdict, each at its block. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        samples.values().forEach(s -> s.problems().forEach(p -> problems.add(Problem.at(s.use().at(), p))));
        blocks.values().forEach(b -> b.verdict().allProblems().forEach(p -> problems.add(Problem.at(b.use().at(), p))));
        return problems;
    }
}
