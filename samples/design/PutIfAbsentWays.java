// "Add the item if it is not in the list yet", four ways, on one list shared by four threads
// that all try to add the same 500 items. Between the check and the add, a thread prepares
// the item, which blocks for a moment. Each way reports how many extra copies the list ends with.
import java.util.*;
import java.util.concurrent.locks.LockSupport;

static final int THREADS = 4, ITEMS = 500;

static Integer prepare(int item) { // about 50 microseconds of blocking work, a lookup say
    LockSupport.parkNanos(50_000);
    return item;
}

// A helper with the wrong lock: it synchronizes on itself, not on the list it changes.
static final class ListHelper {
    final List<Integer> list;
    ListHelper(List<Integer> list) { this.list = list; }
    synchronized boolean putIfAbsent(int x) { // atomic only against callers of this helper
        if (list.contains(x)) return false;
        return list.add(prepare(x));
    }
}

// Composition: the class owns its list, and its own lock guards every use of it.
static final class ImprovedList {
    private final List<Integer> list = new ArrayList<>(); // guarded by this
    synchronized boolean putIfAbsent(int x) {
        if (list.contains(x)) return false;
        return list.add(prepare(x));
    }
    synchronized List<Integer> snapshot() { return List.copyOf(list); }
}

interface Way { void add(int thread, int item); List<Integer> contents(); }

// Every thread adds items 0 .. ITEMS-1 in turn; returns how many extra copies the list holds.
static int duplicates(Way way) throws InterruptedException {
    var threads = new ArrayList<Thread>();
    for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(Thread.ofPlatform().start(() -> {
            for (int i = 0; i < ITEMS; i++) way.add(thread, i);
        }));
    }
    for (var thread : threads) thread.join();
    List<Integer> contents = way.contents();
    return contents.size() - new HashSet<>(contents).size();
}

void main() throws InterruptedException {
    // 1. Two calls, each one atomic: together they are a check-then-act.
    List<Integer> list1 = Collections.synchronizedList(new ArrayList<>());
    IO.println("contains() then add(), extra copies: " + duplicates(new Way() {
        public void add(int t, int x) { if (!list1.contains(x)) list1.add(prepare(x)); }
        public List<Integer> contents() { return list1; }
    }));

    // 2. Two parts of a program, each with its own helper around the same list.
    List<Integer> list2 = Collections.synchronizedList(new ArrayList<>());
    var helpers = List.of(new ListHelper(list2), new ListHelper(list2));
    IO.println("helper that locks itself, extra copies: " + duplicates(new Way() {
        public void add(int t, int x) { helpers.get(t % 2).putIfAbsent(x); }
        public List<Integer> contents() { return list2; }
    }));

    // 3. Client-side locking: hold the lock the list itself uses (its own monitor, as
    //    Collections.synchronizedList documents), around the check and the add.
    List<Integer> list3 = Collections.synchronizedList(new ArrayList<>());
    IO.println("client-side lock on the list, extra copies: " + duplicates(new Way() {
        public void add(int t, int x) {
            synchronized (list3) { if (!list3.contains(x)) list3.add(prepare(x)); }
        }
        public List<Integer> contents() { synchronized (list3) { return List.copyOf(list3); } }
    }));

    // 4. Composition: no one else can reach the list, so the class's lock is the only one.
    var improved = new ImprovedList();
    IO.println("composition, extra copies: " + duplicates(new Way() {
        public void add(int t, int x) { improved.putIfAbsent(x); }
        public List<Integer> contents() { return improved.snapshot(); }
    }));
}
