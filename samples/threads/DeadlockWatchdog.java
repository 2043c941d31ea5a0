// A program can find its own deadlocks: ThreadMXBean.findDeadlockedThreads() is what jcmd's report uses.
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

void main() throws InterruptedException {
    var first = new ReentrantLock();
    var second = new ReentrantLock();
    var bothLocked = new CountDownLatch(2);
    // Same cycle as DeadlockDemo, with ReentrantLock this time. Daemon threads, so the JVM can still exit.
    Thread.ofPlatform().daemon().name("worker-1").start(() -> lockBoth(first, second, bothLocked));
    Thread.ofPlatform().daemon().name("worker-2").start(() -> lockBoth(second, first, bothLocked));

    var threads = ManagementFactory.getThreadMXBean();
    long[] ids = null;
    while (ids == null) {                 // poll, as a watchdog thread in a server would
        Thread.sleep(50);
        ids = threads.findDeadlockedThreads();
    }
    IO.println("deadlocked threads: " + ids.length);
    var infos = threads.getThreadInfo(ids);
    java.util.Arrays.sort(infos, java.util.Comparator.comparing(ThreadInfo::getThreadName));
    for (var info : infos) {
        IO.println(info.getThreadName() + " waits for " + info.getLockName().replaceAll("@\\p{XDigit}+", "")
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
