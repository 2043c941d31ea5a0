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

    /** The problems of every verdict, each at its block. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        samples.values().forEach(s -> s.verdict().problems().forEach(p -> problems.add(Problem.at(s.use().at(), p))));
        blocks.values().forEach(b -> b.verdict().problems().forEach(p -> problems.add(Problem.at(b.use().at(), p))));
        return problems;
    }
}
