// A Treiber stack (R. K. Treiber, 1986; JCiP's ConcurrentStack): a lock-free stack whose only
// shared state is the head reference, changed with compareAndSet. Every push allocates a new
// node, so a node never comes back while a thread still holds it (the garbage collector sees
// to that) and the ABA problem cannot occur. Four threads push and pop 50,000 values each; at
// the end, every value must have been popped exactly once.
import java.util.ArrayList;
import java.util.BitSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

static final int THREADS = 4, VALUES = 50_000;

static final class ConcurrentStack<E> {
    private record Node<E>(E item, Node<E> next) {} // immutable: next is fixed at push
    private final AtomicReference<Node<E>> head = new AtomicReference<>();
    final AtomicLong retries = new AtomicLong();

    void push(E item) {
        while (true) {
            Node<E> oldHead = head.get();
            if (head.compareAndSet(oldHead, new Node<>(item, oldHead))) return;
            retries.incrementAndGet();
        }
    }

    E pop() { // null when empty
        while (true) {
            Node<E> oldHead = head.get();
            if (oldHead == null) return null;
            if (head.compareAndSet(oldHead, oldHead.next())) return oldHead.item();
            retries.incrementAndGet();
        }
    }
}

void main() throws InterruptedException {
    var stack = new ConcurrentStack<Integer>();
    var poppedBy = new ArrayList<BitSet>();
    var threads = new ArrayList<Thread>();
    for (int t = 0; t < THREADS; t++) {
        int base = t * VALUES;
        var mine = new BitSet();                       // confined to its thread until join
        poppedBy.add(mine);
        threads.add(Thread.ofPlatform().start(() -> {
            for (int i = 0; i < VALUES; i++) {
                stack.push(base + i);
                if (i % 2 == 1) {
                    // Two pops after every two pushes: no thread pops more than it has
                    // pushed, so the stack is never empty here.
                    mine.set(stack.pop());
                    mine.set(stack.pop());
                }
            }
        }));
    }
    for (var thread : threads) thread.join();
    var all = new BitSet();
    long popped = 0, twice = 0;
    for (var mine : poppedBy) {
        popped += mine.cardinality();
        var overlap = (BitSet) all.clone();
        overlap.and(mine);
        twice += overlap.cardinality();
        all.or(mine);
    }
    IO.println("values pushed: " + THREADS * VALUES);
    IO.println("values popped: " + popped);
    IO.println("values popped twice: " + twice);
    IO.println("distinct values popped: " + all.cardinality());
    IO.println("left on the stack: " + (stack.pop() == null ? "none" : "some"));
    IO.println("failed compareAndSet calls, retried: " + stack.retries.get());
}
