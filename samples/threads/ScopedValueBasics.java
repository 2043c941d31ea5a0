// ScopedValue (final in JDK 25): a value bound for the duration of a call, read-only, then gone.
import java.util.NoSuchElementException;

static final ScopedValue<String> USER = ScopedValue.newInstance();

// Deep inside the call chain, no parameter needed.
static String greet() {
    return USER.isBound() ? "hello " + USER.get() : "nobody is bound";
}

void main() throws Exception {
    IO.println("before: " + greet());
    ScopedValue.where(USER, "alice").run(() -> {
        IO.println("inside run: " + greet());
        // Rebinding for a nested call; the outer binding comes back afterwards.
        ScopedValue.where(USER, "admin").run(() -> IO.println("nested: " + greet()));
        IO.println("after nested: " + greet());
        // A plain thread started here does NOT see the binding (only StructuredTaskScope forks do).
        Thread t = Thread.ofVirtual().start(() -> IO.println("new thread: " + greet()));
        try { t.join(); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    });
    IO.println("after: " + greet());

    // call() returns a value; the binding still ends when call() returns.
    int length = ScopedValue.where(USER, "bob").call(() -> USER.get().length());
    IO.println("length of the bound name: " + length);

    try {
        USER.get();                       // unbound: there is nothing to read
    } catch (NoSuchElementException e) {
        IO.println("get() outside any binding throws " + e.getClass().getSimpleName());
    }
}
