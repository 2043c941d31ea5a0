// Check-then-act: each step is atomic, the sale is not. Four desks sell the 10 seats of a
// concert, 10 concerts in a row. Between checking that a seat is left and taking it, a desk
// charges the customer's card, which takes about a millisecond.
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

static final int SEATS = 10, DESKS = 4, CONCERTS = 10;

static void chargeCard() {
    try { Thread.sleep(1); } catch (InterruptedException e) { throw new RuntimeException(e); }
}

interface BoxOffice { boolean sell(); } // true if the caller got a seat

// Broken: remaining is an AtomicInteger, yet several desks can all see "1 left".
static final class CheckThenActOffice implements BoxOffice {
    private final AtomicInteger remaining = new AtomicInteger(SEATS);
    public boolean sell() {
        if (remaining.get() > 0) {         // check
            chargeCard();                  // other desks may sell the last seat meanwhile
            remaining.decrementAndGet();   // act on a check that may no longer hold
            return true;
        }
        return false;
    }
}

// Correct but slow: the check and the act are one step, and so is the card payment inside it.
static final class LockedOffice implements BoxOffice {
    private int remaining = SEATS; // guarded by this
    public synchronized boolean sell() {
        if (remaining == 0) return false;
        chargeCard();
        remaining--;
        return true;
    }
}

// Correct and concurrent: take a seat in one atomic step, then charge the card outside it.
static final class ReserveFirstOffice implements BoxOffice {
    private final AtomicInteger remaining = new AtomicInteger(SEATS);
    public boolean sell() {
        int before = remaining.getAndUpdate(r -> r > 0 ? r - 1 : r); // check and act at once
        if (before == 0) return false;
        chargeCard();
        return true;
    }
}

// Runs DESKS threads against one office until it refuses; returns {seats sold, nanoseconds}.
// The desks open together at a signal, so the time is the sale's, not the threads' start-up.
static long[] concert(BoxOffice office) throws InterruptedException {
    var sold = new AtomicInteger();
    var ready = new CountDownLatch(DESKS);
    var open = new CountDownLatch(1);
    var desks = new ArrayList<Thread>();
    for (int d = 0; d < DESKS; d++) {
        desks.add(Thread.ofPlatform().name("desk-" + d).start(() -> {
            ready.countDown();
            try { open.await(); } catch (InterruptedException e) { return; }
            while (office.sell()) sold.incrementAndGet();
        }));
    }
    ready.await();
    long start = System.nanoTime();
    open.countDown();
    for (var desk : desks) desk.join();
    return new long[] {sold.get(), System.nanoTime() - start};
}

void main() throws InterruptedException {
    IO.println("seats on sale: " + SEATS * CONCERTS);
    long lockedNanos = 0, reserveNanos = 0;
    int brokenSold = 0, brokenOversold = 0, lockedSold = 0, reserveSold = 0;
    for (int c = 0; c < CONCERTS; c++) {
        long[] broken = concert(new CheckThenActOffice());
        brokenSold += broken[0];
        if (broken[0] > SEATS) brokenOversold++;
        long[] locked = concert(new LockedOffice());
        lockedSold += locked[0];
        lockedNanos += locked[1];
        long[] reserve = concert(new ReserveFirstOffice());
        reserveSold += reserve[0];
        reserveNanos += reserve[1];
    }
    IO.println("check-then-act, seats sold: " + brokenSold);
    IO.println("check-then-act, concerts oversold: " + brokenOversold);
    IO.println("synchronized, seats sold: " + lockedSold);
    IO.println("reserve first, seats sold: " + reserveSold);
    IO.println("synchronized time / reserve-first time: %.2f".formatted(
            (double) lockedNanos / reserveNanos));
}
