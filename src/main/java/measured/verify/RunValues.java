package measured.verify;

import measured.measure.Comparison;
import measured.measure.MeasuredNumber;
import measured.measure.Measurement;
import measured.measure.Requirement;
import measured.outcome.Machine;
import measured.plan.BlockId;
import measured.plan.Claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The values prose may take from the run: a number a sample (or a page's JShell session) reported — the median
 * for a measurement, formatted as the sample printed it — or the bound of one of its {@code require=} clauses,
 * so that a sentence never retypes what the build measured or checked.
 */
public final class RunValues {

    /** What prose refers to: a sample by its path under samples/, or a page's JShell session. */
    public static final String JSHELL = "jshell";

    private final Verifications verified;

    public RunValues(Verifications verified) {
        this.verified = verified;
    }

    /** The text a reference stands for, or what is wrong with it (worded for the author). */
    public record Answer(Optional<String> text, Optional<String> problem) {

        static Answer of(String text) {
            return new Answer(Optional.of(text), Optional.empty());
        }

        static Answer problem(String problem) {
            return new Answer(Optional.empty(), Optional.of(problem));
        }
    }

    /** One reported number with its unit ({@code 1.93 x}); with {@code range} also its min–max over the runs. */
    public Answer value(String page, String target, String label, Optional<String> fromPage, boolean range, boolean bare) {
        Found found = find(page, target, fromPage);
        if (found.problem().isPresent()) {
            return Answer.problem(found.problem().get());
        }
        for (Block block : found.blocks()) {
            Optional<MeasuredNumber> number = block.measurement().flatMap(m -> m.number(label));
            if (number.isPresent()) {
                MeasuredNumber n = number.get();
                String unit = bare || n.unit().isEmpty() ? "" : " " + n.unit();
                String spread = range && n.runs() > 1 ? " (" + n.format(n.stats().min()) + "–" + n.format(n.stats().max())
                        + " over " + n.runs() + " runs)" : "";
                return Answer.of(n.format(n.median()) + unit + spread);
            }
        }
        return Answer.problem(describe(target, fromPage) + " reports no number named '" + label + "'; it reports: "
                + String.join(", ", labels(found.blocks())));
    }

    /** Which clause of two on one label: the lower bound ({@code >}, {@code >=}) or the upper ({@code <}, {@code <=}). */
    public enum Side {
        LOWER, UPPER;

        boolean of(Comparison comparison) {
            return this == LOWER ? comparison == Comparison.GREATER || comparison == Comparison.AT_LEAST
                    : comparison == Comparison.LESS || comparison == Comparison.AT_MOST;
        }
    }

    /** The bound of the {@code require=} clause on this label ({@code 1.3}; scaled: {@code 1.4 (0.7 × cores)}). */
    public Answer bound(String page, String target, String label, Optional<String> fromPage, Optional<Side> side,
                        boolean bare) {
        Found found = find(page, target, fromPage);
        if (found.problem().isPresent()) {
            return Answer.problem(found.problem().get());
        }
        for (Block block : found.blocks()) {
            Optional<Requirement> clause = block.claims().requirements().flatMap(r -> r.all().stream()
                    .filter(c -> c.label().equals(label) && (side.isEmpty() || side.get().of(c.comparison()))).findFirst());
            if (clause.isPresent()) {
                Requirement r = clause.get();
                String written = r.bound().format() + r.scale().map(s -> " × " + s.word()).orElse("");
                String unit = bare || r.unit().isEmpty() ? "" : " " + r.unit();
                if (r.scale().isEmpty()) {
                    return Answer.of(written + unit);
                }
                return Answer.of(r.boundOn(block.machine()).map(v -> r.bound().style().format(v) + unit + " (" + written + ")")
                        .orElse(written + unit));
            }
        }
        return Answer.problem(describe(target, fromPage) + " has no require= clause on '" + label + "'"
 + side.map(s -> " (" + s.name().toLowerCase(java.util.Locale.ROOT) + " bound)").orElse("") + "; its claims are: " + String.join("; ", claims(found.blocks())));
    }

    /** The labels the samples and JShell blocks of a page report, for messages that suggest a reference. */
    public List<String> labelsOn(String page) {
        Set<String> labels = new LinkedHashSet<>();
        for (VerifiedSample sample : verified.samples()) {
            if (sample.use().at().page().equals(page)) {
                sample.verdict().measurement().ifPresent(m -> m.numbers().stream().map(MeasuredNumber::label)
                        .filter(l -> !l.equals(Measurement.WALL_TIME))
                        .forEach(l -> labels.add("value:" + sample.use().request().samplePath() + "[" + l + "]")));
            }
        }
        for (VerifiedBlock block : verified.blocks()) {
            if (block.use().at().page().equals(page)) {
                block.verdict().measurement().ifPresent(m -> m.numbers().stream().map(MeasuredNumber::label)
                        .filter(l -> !l.equals(Measurement.WALL_TIME)).forEach(l -> labels.add("value:jshell[" + l + "]")));
            }
        }
        return List.copyOf(labels);
    }

    /** A shown result prose can refer to: what it measured, what the page claimed of it, on which machine. */
    private record Block(BlockId at, Optional<Measurement> measurement, Claims claims, Machine machine) {
    }

    private record Found(List<Block> blocks, Optional<String> problem) {
    }

    private Found find(String page, String target, Optional<String> fromPage) {
        String where = fromPage.map(p -> "content/" + p + (p.endsWith(".adoc") ? "" : ".adoc")).orElse(page);
        List<Block> blocks = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        if (target.equals(JSHELL)) {
            for (VerifiedBlock block : verified.blocks()) {
                if (block.use().at().page().equals(where)) {
                    blocks.add(new Block(block.use().at(), block.verdict().measurement(), block.use().claims(),
                            block.outcome().origin().machine()));
                    if (!block.verdict().passed()) {
                        failed.add(block.use().at().where());
                    }
                }
            }
            if (blocks.isEmpty()) {
                return new Found(blocks, Optional.of(where + " has no [source,jshell] block to take a value from"));
            }
        } else if (target.startsWith("#")) {
            String id = target.substring(1);
            Optional<VerifiedSample> named = verified.samples().stream()
                    .filter(s -> s.use().at().page().equals(where) && s.use().id().equals(Optional.of(id))).findFirst();
            if (named.isEmpty()) {
                return new Found(blocks, Optional.of("no sample on " + where + " has id=" + id
                        + "; give the sample:: the attribute id=" + id));
            }
            blocks.add(new Block(named.get().use().at(), named.get().verdict().measurement(), named.get().use().claims(),
                    named.get().outcome().origin().machine()));
            if (!named.get().verdict().passed()) {
                failed.add(named.get().use().at().where());
            }
        } else {
            List<VerifiedSample> uses = verified.samples().stream().filter(s -> s.use().request().samplePath().equals(target)).toList();
            List<VerifiedSample> here = uses.stream().filter(s -> s.use().at().page().equals(where)).toList();
            List<VerifiedSample> chosen = !here.isEmpty() ? here : fromPage.isPresent() ? List.of() : uses;
            if (chosen.isEmpty()) {
                return new Found(blocks, Optional.of("sample " + target + " is not shown "
                        + (fromPage.isPresent() ? "on " + where : "on any page") + ", or its sample:: has a problem reported"
                        + " at its line; a value can only come from a sample a page shows"
                        + (uses.isEmpty() ? "" : " (it is shown on " + pages(uses) + ")")));
            }
            if (chosen.stream().map(s -> s.use().request()).distinct().count() > 1) {
                return new Found(blocks, Optional.of("sample " + target + " is shown with different attributes on "
                        + pages(chosen) + "; say which with page=<chapter>/<page>, or give the sample:: an id=<name>"
                        + " and write value:#<name>[…]"));
            }
            for (VerifiedSample sample : chosen) {
                blocks.add(new Block(sample.use().at(), sample.verdict().measurement(), sample.use().claims(),
                        sample.outcome().origin().machine()));
                if (!sample.verdict().passed()) {
                    failed.add(sample.use().at().where());
                }
            }
        }
        if (!failed.isEmpty()) {
            return new Found(blocks, Optional.of(describe(target, fromPage) + " did not run as its page says (see the problem at "
                    + String.join(", ", failed) + "); fix that first"));
        }
        return new Found(blocks, Optional.empty());
    }

    private static String describe(String target, Optional<String> fromPage) {
        String what = target.equals(JSHELL) ? "the JShell session" : target.startsWith("#") ? "the sample " + target : "sample " + target;
        return what + fromPage.map(p -> " of " + p).orElse("");
    }

    private static String pages(List<VerifiedSample> uses) {
        return String.join(", ", uses.stream().map(s -> s.use().at().where()).toList());
    }

    private static List<String> labels(List<Block> blocks) {
        Set<String> labels = new LinkedHashSet<>();
        blocks.forEach(b -> b.measurement().ifPresent(m -> m.numbers().forEach(n -> labels.add(n.label()))));
        return labels.isEmpty() ? List.of("(none)") : List.copyOf(labels);
    }

    private static List<String> claims(List<Block> blocks) {
        List<String> claims = new ArrayList<>();
        blocks.forEach(b -> b.claims().requirements().ifPresent(r -> r.all().forEach(c -> claims.add(c.toString()))));
        return claims.isEmpty() ? List.of("(none)") : claims;
    }
}
