// Two threads take the same two locks in opposite orders: a deadlock.
// The program never ends; a thread dump (jcmd <pid> Thread.print) names the cycle.
import java.util.concurrent.CountDownLatch;

// An account whose monitor (synchronized) guards its balance.
class Account {
    final String name;
    long balance = 100;
    Account(String name) { this.name = name; }
}

final Account alice = new Account("alice");
final Account bob = new Account("bob");
// Both threads wait here until each holds its first lock: the deadlock is certain, not lucky.
final CountDownLatch bothHoldOneLock = new CountDownLatch(2);

void transfer(Account from, Account to, long amount) throws InterruptedException {
    synchronized (from) {
        String me = Thread.currentThread().getName();
        IO.println(me + " locked " + from.name + ", wants " + to.name);
        bothHoldOneLock.countDown();
        bothHoldOneLock.await();
        synchronized (to) {               // never gets here: the other thread holds 'to'
            from.balance -= amount;
            to.balance += amount;
        }
    }
}

void main() throws InterruptedException {
    Thread t1 = Thread.ofPlatform().name("transfer-alice-to-bob").start(() -> {
        try { transfer(alice, bob, 10); } catch (InterruptedException e) { }
    });
    Thread t2 = Thread.ofPlatform().name("transfer-bob-to-alice").start(() -> {
        try { transfer(bob, alice, 20); } catch (InterruptedException e) { }
    });
    t1.join();                            // waits forever
    t2.join();
    IO.println("done");                   // never printed
}
