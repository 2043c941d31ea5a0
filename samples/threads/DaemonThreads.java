// The JVM exits when the last non-daemon thread ends. Daemon threads do not count.
import java.util.concurrent.CountDownLatch;

static volatile long mainReturnedAt; // System.nanoTime() just before main returns

void main() {
    Thread.ofPlatform().name("housekeeper").daemon(true).start(() -> {
        try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } // never ends
    });
    var mainReturning = new CountDownLatch(1);
    Thread.ofPlatform().name("worker").start(() -> {  // non-daemon: inherited from main
        try {
            mainReturning.await();                    // start the work once main is leaving
            Thread.sleep(300);
        } catch (InterruptedException e) { }
        IO.println("worker: finished");
        long ms = (System.nanoTime() - mainReturnedAt) / 1_000_000;
        IO.println("worker outlived main by: " + ms + " ms");
    });
    IO.println("main: returning now");
    mainReturnedAt = System.nanoTime();
    mainReturning.countDown();
    // main ends here. The JVM keeps running until "worker" is done, then exits
    // even though "housekeeper" is still asleep.
}
