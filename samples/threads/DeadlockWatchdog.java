// A program can find its own deadlocks: ThreadMXBean.findDeadlockedThreads() runs the same
// search as the deadlock report in a thread dump (for platform threads only).
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

void main() throws InterruptedException {
    var first = new ReentrantLock();
    var second = new ReentrantLock();
    var bothLocked = new CountDownLatch(2);
    // Same cycle as DeadlockDemo, with ReentrantLock this time.
    // Daemon threads, so the JVM can still exit.
    Thread.ofPlatform().daemon().name("worker-1").start(() -> lockBoth(first, second, bothLocked));
    Thread.ofPlatform().daemon().name("worker-2").start(() -> lockBoth(second, first, bothLocked));

    var threads = ManagementFactory.getThreadMXBean();
    long[] ids = null;
    while (ids == null) {                 // poll until the cycle is there
        Thread.sleep(50);                 // a real watchdog checks every few seconds at most:
                                          // each call is a VM operation that pauses all threads
        ids = threads.findDeadlockedThreads();
    }
    IO.println("deadlocked threads: " + ids.length);
    var infos = threads.getThreadInfo(ids);
    java.util.Arrays.sort(infos, java.util.Comparator.comparing(ThreadInfo::getThreadName));
    for (var info : infos) {
        String lock = info.getLockName().replaceAll("@\\p{XDigit}+", ""); // drop the hash code
        IO.println(info.getThreadName() + " waits for " + lock
                + " held by " + info.getLockOwnerName());
    }
}

void lockBoth(ReentrantLock a, ReentrantLock b, CountDownLatch bothLocked) {
    a.lock();
    try {
        bothLocked.countDown();
        bothLocked.await();
        b.lock();                         // blocks forever: the other thread holds b and wants a
        b.unlock();
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    } finally {
        a.unlock();
    }
}
