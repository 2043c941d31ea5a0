// The six states of Thread.State, each one caught in the act.
import java.util.concurrent.CountDownLatch;

static volatile boolean stopSpinning;

// Wait (briefly) until the thread reaches the state we expect, then print it.
static void show(Thread t, Thread.State expected) throws InterruptedException {
    while (t.getState() != expected) Thread.sleep(1);
    IO.println(t.getName() + ": " + t.getState());
}

void main() throws InterruptedException {
    Thread sleeper = Thread.ofPlatform().name("sleeper").unstarted(() -> {
        try { Thread.sleep(10_000); } catch (InterruptedException e) { /* woken early: fine */ }
    });
    show(sleeper, Thread.State.NEW);            // created, not started yet
    sleeper.start();
    show(sleeper, Thread.State.TIMED_WAITING);  // inside sleep(10_000)

    Thread spinner = Thread.ofPlatform().name("spinner").start(() -> {
        while (!stopSpinning) { }               // busy: never blocks
    });
    show(spinner, Thread.State.RUNNABLE);       // running, or ready to run

    var gate = new CountDownLatch(1);
    Thread waiter = Thread.ofPlatform().name("waiter").start(() -> {
        try { gate.await(); } catch (InterruptedException e) { }
    });
    show(waiter, Thread.State.WAITING);         // waits with no time limit

    Object monitor = new Object();
    Thread blocked;
    synchronized (monitor) {                    // main holds the monitor...
        blocked = Thread.ofPlatform().name("blocked").start(() -> {
            synchronized (monitor) { }          // ...so this thread cannot enter yet
        });
        show(blocked, Thread.State.BLOCKED);
    }                                           // main leaves: "blocked" gets in and ends

    sleeper.interrupt();                        // cut the sleep short
    stopSpinning = true;
    gate.countDown();
    for (Thread t : new Thread[] {sleeper, spinner, waiter, blocked}) t.join();
    show(sleeper, Thread.State.TERMINATED);     // its run() has returned
    IO.println("joined: 4 threads");
}
