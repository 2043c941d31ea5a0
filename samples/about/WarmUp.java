// Why measurements warm up: the same work, timed on its first call and after the JIT compiled it.
// This only shows that warm-up exists; to time code this short, use a benchmark harness (JMH).
void main() {
    long cold = time();                       // first call: interpreted, then compiled as it runs
    for (int i = 0; i < 200; i++) time();     // warm-up: give the JIT time to compile work()
    long[] warm = new long[21];
    for (int i = 0; i < warm.length; i++) warm[i] = time();
    java.util.Arrays.sort(warm);
    long median = warm[warm.length / 2];
    IO.println("first call: " + cold / 1000 + " µs");
    IO.println("warmed-up median: " + median / 1000 + " µs");
    IO.println("warmed-up range: " + warm[0] / 1000 + " to " + warm[warm.length - 1] / 1000
            + " µs");
    IO.println("warm-up factor: %.2f x".formatted((double) cold / median));
}

long time() {
    long start = System.nanoTime();
    if (work() == 42) IO.println("unlikely");   // use the result, so the JIT cannot drop the work
    return System.nanoTime() - start;
}

long work() {
    long sum = 0;
    for (int i = 0; i < 200_000; i++) sum += (i * 31L) ^ (sum >>> 3);
    return sum;
}
