// Parallel streams run their lambdas on several threads at once: a lambda that writes shared state
// (here a plain ArrayList) gives wrong results, and forEach runs in no particular order.
// collect / toList and forEachOrdered are the safe forms.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

static final int N = 300_000;
static final int MIN_ATTEMPTS = 10, MAX_ATTEMPTS = 200;  // a race is likely, never certain

void main() {
    int cores = Runtime.getRuntime().availableProcessors();
    int parallelism = ForkJoinPool.getCommonPoolParallelism();
    IO.println("cores: " + cores + ", common pool parallelism: " + parallelism);
    IO.println("common pool parallelism is max(1, cores - 1): "
            + (parallelism == Math.max(1, cores - 1)));

    List<Integer> expected = IntStream.range(0, N).boxed().toList();
    int wrong = 0, attempts = 0;
    boolean toListRight = true;
    // At least 10 attempts, and more until the race has shown at least once (up to 200).
    while (attempts < MIN_ATTEMPTS || (wrong == 0 && attempts < MAX_ATTEMPTS)) {
        attempts++;
        List<Integer> shared = new ArrayList<>();
        try {
            IntStream.range(0, N).parallel().forEach(shared::add);   // a data race on 'shared'
            if (shared.size() != N) wrong++;
        } catch (ArrayIndexOutOfBoundsException e) {               // two threads grew the array
            wrong++;
        }
        List<Integer> collected = IntStream.range(0, N).parallel().boxed().toList();
        toListRight &= collected.equals(expected);
    }
    IO.println("numbers per attempt: " + N);
    IO.println("attempts: " + attempts);
    IO.println("wrong results from forEach into a shared ArrayList: " + wrong);
    IO.println("toList gave every number in order in every attempt: " + toListRight);

    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, 16).parallel().forEach(order::add);
    IO.println("forEach order (this run): " + order);
    order.clear();
    IntStream.range(0, 16).parallel().forEachOrdered(order::add);
    IO.println("forEachOrdered order:     " + order);
}
