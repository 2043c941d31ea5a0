// The ABA problem, shown step by step. A lock-free stack reuses its nodes (a pool, as an
// allocator or a free list would), so the same node can leave the stack and come back.
// Thread 1 starts a pop: it reads head = A and A.next = B, and is held up before its
// compareAndSet. Meanwhile thread 2 pops A, pops B and pushes A back. The head is A again,
// so thread 1's compareAndSet(A, B) succeeds, and puts B, which thread 2 owns, back on top.
// With an AtomicStampedReference, every change also bumps a stamp, and the stale CAS fails.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicStampedReference;

static final class Node {
    final String name;
    Node next;          // changed only by the thread that owns the node off the stack
    Node(String name) { this.name = name; }
}

interface Stack { void push(Node n); Node pop(Runnable beforeCas); List<String> contents(); }

static final class PlainStack implements Stack {
    final AtomicReference<Node> head = new AtomicReference<>();
    public void push(Node n) {
        Node h;
        do { h = head.get(); n.next = h; } while (!head.compareAndSet(h, n));
    }
    public Node pop(Runnable beforeCas) {
        while (true) {
            Node h = head.get();
            if (h == null) return null;
            Node next = h.next;
            beforeCas.run();                             // thread 1 is held up here
            if (head.compareAndSet(h, next)) return h;   // "head is still A": but which A?
        }
    }
    public List<String> contents() {
        var names = new ArrayList<String>();
        for (Node n = head.get(); n != null; n = n.next) names.add(n.name);
        return names;
    }
}

static final class StampedStack implements Stack {
    final AtomicStampedReference<Node> head = new AtomicStampedReference<>(null, 0);
    public void push(Node n) {
        int[] stamp = new int[1];
        Node h;
        do { h = head.get(stamp); n.next = h; }
        while (!head.compareAndSet(h, n, stamp[0], stamp[0] + 1));
    }
    public Node pop(Runnable beforeCas) {
        int[] stamp = new int[1];
        while (true) {
            Node h = head.get(stamp);                    // the reference and its stamp, together
            if (h == null) return null;
            Node next = h.next;
            beforeCas.run();
            if (head.compareAndSet(h, next, stamp[0], stamp[0] + 1)) return h;
            IO.println("  thread 1: compareAndSet failed, the stamp has moved on; retrying");
        }
    }
    public List<String> contents() {
        var names = new ArrayList<String>();
        for (Node n = head.getReference(); n != null; n = n.next) names.add(n.name);
        return names;
    }
}

static void scenario(String title, Stack stack) throws InterruptedException {
    Node a = new Node("A"), b = new Node("B"), c = new Node("C");
    stack.push(c); stack.push(b); stack.push(a);
    IO.println(title + ", before: " + stack.contents());
    var thread1Read = new CountDownLatch(1);
    var thread2Done = new CountDownLatch(1);
    boolean[] firstAttempt = {true};
    Node[] popped = new Node[1];
    Thread thread1 = Thread.ofPlatform().name("thread-1").start(() -> {
        popped[0] = stack.pop(() -> {
            if (!firstAttempt[0]) return;                 // only the first attempt is held up
            firstAttempt[0] = false;
            thread1Read.countDown();
            try {
                thread2Done.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
    });
    thread1Read.await();                                   // thread 1 has read A and A.next == B
    // From here on, the main thread plays thread 2.
    Node first = stack.pop(() -> {}), second = stack.pop(() -> {});
    stack.push(first);                                     // node A is reused: A -> C
    IO.println("  thread 2: popped " + first.name + " and " + second.name
            + ", pushed " + first.name + " back: " + stack.contents());
    thread2Done.countDown();
    thread1.join();
    IO.println("  thread 1: popped " + popped[0].name);
    IO.println(title + ", after: " + stack.contents() + " (correct: [C])");
}

void main() throws InterruptedException {
    scenario("AtomicReference", new PlainStack());
    scenario("AtomicStampedReference", new StampedStack());
}
