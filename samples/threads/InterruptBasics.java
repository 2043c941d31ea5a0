// interrupt() is a request, not a kill: blocking calls throw InterruptedException,
// busy code must check the flag.
import java.time.Duration;

void main() throws InterruptedException {
    // 1. A sleeping thread wakes up at once with InterruptedException; the flag is cleared
    //    when it is thrown.
    Thread sleeper = Thread.ofPlatform().start(() -> {
        long start = System.nanoTime();
        try {
            Thread.sleep(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            IO.println("sleeper: interrupted, flag after the exception: "
                    + Thread.currentThread().isInterrupted());
            IO.println("sleeper slept for: " + ms + " ms");
        }
    });
    Thread.sleep(100);
    sleeper.interrupt();
    sleeper.join();

    // 2. A busy loop never blocks, so nothing throws: it has to look at the flag itself.
    Thread cruncher = Thread.ofPlatform().start(() -> {
        long rounds = 0;
        while (!Thread.currentThread().isInterrupted()) rounds++;
        IO.println("cruncher: saw the flag and stopped, after more than 0 rounds: " + (rounds > 0));
    });
    Thread.sleep(100);
    cruncher.interrupt();
    cruncher.join();

    // 3. Code that catches InterruptedException but cannot rethrow it should restore the flag,
    //    so that the caller still knows it was asked to stop.
    Thread polite = Thread.ofPlatform().start(() -> {
        int steps = 0;
        while (steps < 20 && pause()) steps++;
        IO.println("polite: stopped early: " + (steps < 20)
                + ", flag still set: " + Thread.currentThread().isInterrupted());
    });
    Thread swallower = Thread.ofPlatform().start(() -> {
        int steps = 0;
        while (steps < 20) { swallowingPause(); steps++; }
        IO.println("swallower: ran all " + steps + " steps, interrupts ignored: " + ignored
                + ", flag still set: " + Thread.currentThread().isInterrupted());
    });
    Thread.sleep(100);
    polite.interrupt();
    swallower.interrupt();
    polite.join();
    swallower.join();
}

// Returns false when interrupted, and sets the flag again so callers can see it too.
boolean pause() {
    try { Thread.sleep(50); return true; }
    catch (InterruptedException e) { Thread.currentThread().interrupt(); return false; }
}

// The anti-pattern: the interrupt is caught and forgotten.
int ignored;
void swallowingPause() {
    try { Thread.sleep(50); } catch (InterruptedException e) { ignored++; }
}
