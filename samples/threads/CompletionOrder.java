// The seed's example 4: six small calculations on a pool of three threads, results
// printed in the order they COMPLETE. ExecutorCompletionService hands back each
// Future as soon as its task is done. Each task sleeps a different time to stand
// for work of different lengths.
import java.util.concurrent.*;

record Op(int number, String expression, long millis, Callable<Number> calc) { }

void main() throws Exception {
    var ops = java.util.List.of(
        new Op(1, "2 + 3",  500, () -> 2 + 3),
        new Op(2, "10 - 5", 100, () -> 10 - 5),
        new Op(3, "4 * 6",  250, () -> 4 * 6),
        new Op(4, "20 / 4",  50, () -> 20 / 4.0),
        new Op(5, "8 + 9",  200, () -> 8 + 9),
        new Op(6, "3 * 7",   50, () -> 3 * 7));

    long start = System.nanoTime();
    try (var pool = Executors.newFixedThreadPool(3)) {
        var done = new ExecutorCompletionService<String>(pool);
        for (Op op : ops) {                 // submitted in order 1..6
            done.submit(() -> {
                Thread.sleep(op.millis());
                var result = op.calc().call();
                return "operation " + op.number() + ": " + op.expression() + " = " + result;
            });
        }
        for (int i = 1; i <= ops.size(); i++) {
            String result = done.take().get(); // take(): the next future to complete
            IO.println("done #" + i + ": " + result);
        }
    }
    long elapsed = (System.nanoTime() - start) / 1_000_000;
    long sum = ops.stream().mapToLong(Op::millis).sum();
    IO.println("sum of the task times: " + sum + " ms");
    IO.println("all six done after: " + elapsed + " ms");
    IO.println("speed-up: %.2f x".formatted((double) sum / elapsed));
}
