// Scoped values are inherited by subtasks forked in a StructuredTaskScope
// (a preview API in JDK 25).
import java.util.concurrent.StructuredTaskScope;

static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

static String lookup(String what) {
    // Runs in its own virtual thread, yet reads the caller's binding without any parameter.
    boolean virtual = Thread.currentThread().isVirtual();
    return what + " for request " + REQUEST_ID.get() + " (virtual: " + virtual + ")";
}

void main() throws Exception {
    ScopedValue.where(REQUEST_ID, "r-42").run(() -> {
        try (var scope = StructuredTaskScope.open()) {   // default joiner: all must succeed
            var user = scope.fork(() -> lookup("user"));
            var orders = scope.fork(() -> lookup("orders"));
            scope.join();
            IO.println(user.get());
            IO.println(orders.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
}
