// Thread names: say in a sentence or two what this program shows.
// Three platform threads run at the same time; main waits for each with join().
import java.util.ArrayList;
import java.util.List;

void main() throws InterruptedException {
    List<Thread> threads = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
        int task = i;
        threads.add(Thread.ofPlatform().name("worker-" + task).start(() ->
                IO.println("task " + task + " runs on " + Thread.currentThread().getName())));
    }
    for (Thread thread : threads) {
        thread.join(); // wait until it has finished
    }
    IO.println("finished: " + threads.size() + " tasks on " + threads.size() + " threads");
}
