// Serial thread confinement: a mutable object that belongs to one thread at a time. Each
// producer fills an ArrayList held only in a local variable (stack confinement), puts it into a
// BlockingQueue and never touches it again. The consumer that takes it owns it from then on and
// sorts it in place, with no lock: the queue hands the list over and makes its contents visible.
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

static final int PRODUCERS = 3, BATCHES = 20, BATCH_SIZE = 1_000;
static final List<Integer> DONE = new ArrayList<>(); // the poison pill, compared by identity

record Received(long sum, long numbers, long batches, boolean sorted) {}

void main() throws InterruptedException {
    BlockingQueue<List<Integer>> queue = new ArrayBlockingQueue<>(4);
    var sent = new AtomicLong();
    var producers = new ArrayList<Thread>();
    for (int p = 0; p < PRODUCERS; p++) {
        int seed = p;
        producers.add(Thread.ofPlatform().name("producer-" + p).start(() -> {
            var random = new SplittableRandom(seed);
            try {
                for (int b = 0; b < BATCHES; b++) {
                    var batch = new ArrayList<Integer>(BATCH_SIZE); // only this thread can reach it
                    for (int i = 0; i < BATCH_SIZE; i++) batch.add(random.nextInt(1_000_000));
                    sent.addAndGet(batch.stream().mapToLong(Integer::longValue).sum());
                    queue.put(batch); // hand it over, and never touch it again
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    var received = new Received[1];
    Thread consumer = Thread.ofPlatform().name("consumer").start(() -> {
        long sum = 0, numbers = 0, batches = 0;
        boolean sorted = true;
        try {
            for (List<Integer> batch; (batch = queue.take()) != DONE; ) {
                batch.sort(null); // mutates the list: safe, because this thread owns it now
                for (int i = 1; i < batch.size(); i++) sorted &= batch.get(i - 1) <= batch.get(i);
                for (int n : batch) sum += n;
                numbers += batch.size();
                batches++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        received[0] = new Received(sum, numbers, batches, sorted);
    });
    for (var producer : producers) producer.join();
    queue.put(DONE);
    consumer.join(); // join makes the consumer's result visible here
    Received r = received[0];
    IO.println("batches handed over: " + r.batches());
    IO.println("numbers received: " + r.numbers());
    IO.println("sum received equals sum sent: " + (r.sum() == sent.get()));
    IO.println("every batch sorted by its new owner: " + r.sorted());
}
