package measured.run;

import measured.outcome.Outcome;

import java.util.List;
import java.util.Optional;

/** What the runner got for one request: its outcomes, or the error that kept it from running. */
public record Fetched(Optional<List<Outcome>> outcomes, Optional<RuntimeException> error) {

    static Fetched of(List<Outcome> outcomes) {
        return new Fetched(Optional.of(List.copyOf(outcomes)), Optional.empty());
    }

    static Fetched failed(RuntimeException error) {
        return new Fetched(Optional.empty(), Optional.of(error));
    }

    /** The outcomes; rethrows what kept the request from running (the builder's fault, not the page's). */
    public List<Outcome> get() {
        if (error.isPresent()) {
            throw error.get();
        }
        return outcomes.orElseThrow();
    }
}
