// A one-slot mailbox: put() waits while it is full, take() waits while it is empty.
// Written twice: with the built-in monitor (wait/notifyAll) and with Lock + Condition.
import java.util.BitSet;
import java.util.concurrent.locks.*;

interface Mailbox {
    void put(int m) throws InterruptedException;
    int take() throws InterruptedException;
}

// 1. Monitor methods. Always wait in a loop: wake-ups can be spurious, and another
// thread may have taken the slot between notifyAll() and our turn.
static class MonitorMailbox implements Mailbox {
    private Integer slot;
    public synchronized void put(int m) throws InterruptedException {
        while (slot != null) wait();   // releases the monitor while waiting
        slot = m;
        notifyAll();                   // wake takers (and putters: one wait set for both)
    }
    public synchronized int take() throws InterruptedException {
        while (slot == null) wait();
        int m = slot; slot = null;
        notifyAll();
        return m;
    }
}

// 2. ReentrantLock with two Conditions: putters and takers wait in separate queues,
// so signal() wakes a thread of the kind that can make progress (it still re-checks in
// its loop: another thread may have got the lock first).
static class ConditionMailbox implements Mailbox {
    private final Lock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition(), notEmpty = lock.newCondition();
    private Integer slot;
    public void put(int m) throws InterruptedException {
        lock.lock();
        try {
            while (slot != null) notFull.await();
            slot = m;
            notEmpty.signal();
        } finally { lock.unlock(); }
    }
    public int take() throws InterruptedException {
        lock.lock();
        try {
            while (slot == null) notEmpty.await();
            int m = slot; slot = null;
            notFull.signal();
            return m;
        } finally { lock.unlock(); }
    }
}

// One producer sends 1..50; the consumer takes 50 messages, adds them up and notes which
// ones it saw: 50 distinct messages and the sum 1 + 2 + ... + 50 mean each came exactly once.
static void exchange(String name, Mailbox box) throws InterruptedException {
    Thread producer = Thread.ofPlatform().start(() -> {
        try { for (int i = 1; i <= 50; i++) box.put(i); } catch (InterruptedException e) { }
    });
    long sum = 0;
    var seen = new BitSet();
    for (int i = 0; i < 50; i++) {
        int m = box.take();
        sum += m;
        seen.set(m);
    }
    producer.join();
    IO.println(name + " sum: " + sum);
    IO.println(name + " distinct messages: " + seen.cardinality());
}

void main() throws InterruptedException {
    exchange("wait/notifyAll", new MonitorMailbox());
    exchange("Lock + Condition", new ConditionMailbox());
}
