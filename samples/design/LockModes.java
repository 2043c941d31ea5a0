// What ReentrantReadWriteLock and StampedLock allow, asked one question at a time with
// tryLock, so that no answer depends on timing. A second thread stands for "another thread".
import java.util.concurrent.*;
import java.util.concurrent.locks.*;

// Runs the question on a fresh platform thread and returns its answer.
static boolean fromAnotherThread(Callable<Boolean> question) throws Exception {
    var answer = new FutureTask<>(question);
    Thread.ofPlatform().start(answer).join();
    return answer.get();
}

void main() throws Exception {
    var rw = new ReentrantReadWriteLock();
    rw.readLock().lock(); // main holds a read lock
    IO.println("read lock held; another reader gets in: "
            + fromAnotherThread(() -> tryAndRelease(rw.readLock())));
    IO.println("read lock held; a writer gets in: "
            + fromAnotherThread(() -> tryAndRelease(rw.writeLock())));
    IO.println("read lock held; the same thread upgrades to the write lock: "
            + tryAndRelease(rw.writeLock()));  // lock() here would wait for ever
    rw.readLock().unlock();

    rw.writeLock().lock(); // main holds the write lock
    IO.println("write lock held; the same thread takes it again (reentrant): "
            + tryAndRelease(rw.writeLock()));
    rw.readLock().lock();  // downgrade: take the read lock, then let go of the write lock
    rw.writeLock().unlock();
    IO.println("downgraded to a read lock; another reader gets in: "
            + fromAnotherThread(() -> tryAndRelease(rw.readLock())));
    rw.readLock().unlock();

    var sl = new StampedLock();
    long stamp = sl.tryOptimisticRead();         // no lock taken: just a version number
    IO.println("optimistic read, no write since: valid = " + sl.validate(stamp));
    long write = sl.writeLock();
    sl.unlockWrite(write);
    IO.println("optimistic read, after a write: valid = " + sl.validate(stamp));

    long read = sl.readLock();
    IO.println("StampedLock read lock held; the same thread takes the write lock: "
            + (sl.tryWriteLock() != 0));         // not reentrant: writeLock() would wait for ever
    long converted = sl.tryConvertToWriteLock(read); // allowed: it is the only reader
    IO.println("StampedLock read lock converted to the write lock: " + (converted != 0));
    sl.unlockWrite(converted);
}

static boolean tryAndRelease(Lock lock) {
    if (!lock.tryLock()) return false;
    lock.unlock();
    return true;
}
