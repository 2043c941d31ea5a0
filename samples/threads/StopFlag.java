// A stop flag that one thread writes and another reads in a loop.
// Without volatile (or a lock) nothing obliges the reader to ever see the write.
static boolean plainStop;             // an ordinary field
static volatile boolean volatileStop; // a volatile field

static void spinUntilPlainStop()    { while (!plainStop) { } }    // may read the flag just once
static void spinUntilVolatileStop() { while (!volatileStop) { } } // reads the flag on every pass

// Starts a busy worker, sets its flag after 200 ms and gives it 200 ms to notice.
// Returns true if the worker stopped. The worker is a daemon thread, so a worker
// that never stops cannot keep the JVM alive.
static boolean stops(Runnable spin, Runnable setFlag) throws InterruptedException {
    Thread worker = Thread.ofPlatform().daemon(true).start(spin);
    Thread.sleep(200);
    setFlag.run();
    worker.join(200);
    return !worker.isAlive();
}

void main() throws InterruptedException {
    // The interpreter re-reads the field on every pass; the optimizing JIT compiler
    // may hoist the read out of the loop once the loop is hot. Try until that happens.
    int attempt = 0;
    boolean stopped;
    do {
        attempt++;
        plainStop = false;
        stopped = stops(() -> spinUntilPlainStop(), () -> plainStop = true);
    } while (stopped && attempt < 50);
    IO.println(stopped
            ? "plain flag: the worker saw every write in " + attempt + " attempts"
            : "plain flag: worker still spinning 200 ms after the write (attempt " + attempt + ")");

    stopped = stops(() -> spinUntilVolatileStop(), () -> volatileStop = true);
    IO.println(stopped ? "volatile flag: worker stopped"
                       : "volatile flag: worker still spinning 200 ms after the write");
}
