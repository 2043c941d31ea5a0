// A race condition without a data race. Every access to the balance is an atomic operation on
// an AtomicInteger, so no two accesses conflict without a happens-before order between them.
// Yet "check, then act" in two atomic steps lets two withdrawals both pass the check.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

static final int TRIALS = 50, BALANCE = 100, AMOUNT = 100;

interface Withdrawal { void withdraw(AtomicInteger balance) throws InterruptedException; }

// Check, then act: two atomic steps with some work between them.
static void checkThenAct(AtomicInteger balance) throws InterruptedException {
    if (balance.get() >= AMOUNT) {
        Thread.sleep(1);              // a fraud check, a log line: anything that takes time
        balance.addAndGet(-AMOUNT);
    }
}

// The same work first, then check and act as one atomic step: getAndUpdate applies the update
// only to the value it checked, retrying if another thread changed it in between.
static void atomicCheckAndAct(AtomicInteger balance) throws InterruptedException {
    Thread.sleep(1);
    balance.getAndUpdate(b -> b >= AMOUNT ? b - AMOUNT : b);
}

// Two threads withdraw from one account at the same moment; returns in how many trials the
// account ended below zero.
static int overdrawn(Withdrawal withdrawal) throws InterruptedException {
    int overdrawn = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
        var balance = new AtomicInteger(BALANCE);
        var go = new CountDownLatch(1);
        Runnable customer = () -> {
            try {
                go.await();
                withdrawal.withdraw(balance);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread a = Thread.ofPlatform().start(customer), b = Thread.ofPlatform().start(customer);
        go.countDown();
        a.join();
        b.join(); // join happens-before the read below, as does every atomic update
        if (balance.get() < 0) overdrawn++;
    }
    return overdrawn;
}

void main() throws InterruptedException {
    IO.println("trials: " + TRIALS);
    IO.println("overdrawn with check-then-act: " + overdrawn(balance -> checkThenAct(balance)));
    IO.println("overdrawn with getAndUpdate: " + overdrawn(balance -> atomicCheckAndAct(balance)));
}
