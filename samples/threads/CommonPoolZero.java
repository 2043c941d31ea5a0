// The common pool's size comes from java.util.concurrent.ForkJoinPool.common.parallelism, read
// once, when the pool is created. With 0 the pool has no workers and a parallel stream runs
// entirely on the calling thread; in JDK 25, CompletableFuture raises the parallelism to 2 first.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

void main() throws Exception {
    // Normally: java -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 ... Setting it here
    // works only because nothing in this program has touched the common pool yet.
    System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "0");
    IO.println("cores: " + Runtime.getRuntime().availableProcessors());
    IO.println("common pool parallelism: " + ForkJoinPool.getCommonPoolParallelism()
            + " (reported; at least 1)");

    var threads = new ConcurrentSkipListSet<String>();
    long sum = IntStream.range(0, 100_000).parallel()
            .peek(i -> threads.add(Thread.currentThread().getName()))
            .asLongStream().sum();
    IO.println("parallel stream: sum " + sum + ", computed on " + threads);
    IO.println("common pool workers after the stream: " + ForkJoinPool.commonPool().getPoolSize());

    String ranOn = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName()).get();
    IO.println("supplyAsync ran on: " + ranOn);
    IO.println("common pool parallelism now: " + ForkJoinPool.getCommonPoolParallelism());
    IO.println("common pool workers now: " + ForkJoinPool.commonPool().getPoolSize());
}
