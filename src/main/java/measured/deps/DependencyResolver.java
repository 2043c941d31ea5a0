package measured.deps;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves declared coordinates and their dependencies (compile and runtime scope) from Maven Central into the
 * local Maven repository, with Maven's own resolver — the same rules and the same files as a Maven build.
 * Results are kept for the resolver's life, so a bake resolves each set of declarations once.
 */
public final class DependencyResolver implements AutoCloseable {

    private static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/").build();

    private final Path localRepository;
    private final Map<List<Coordinate>, Resolved> resolved = new HashMap<>();
    private RepositorySystem system;
    private RepositorySystemSession.CloseableSession session;

    /** @param localRepository the local Maven repository (Maven's {@code settings.localRepository}) */
    public DependencyResolver(Path localRepository) {
        this.localRepository = localRepository;
    }

    public synchronized Resolved resolve(List<Coordinate> coordinates) {
        if (coordinates.isEmpty()) {
            return Resolved.NONE;
        }
        return resolved.computeIfAbsent(List.copyOf(coordinates), this::fetch);
    }

    private Resolved fetch(List<Coordinate> coordinates) {
        CollectRequest collect = new CollectRequest();
        collect.setRepositories(List.of(CENTRAL));
        coordinates.forEach(c -> collect.addDependency(new Dependency(new DefaultArtifact(c.resolverForm()), "runtime")));
        try {
            List<ArtifactResult> results = system().resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults();
            return new Resolved(results.stream().map(r -> r.getArtifact().getPath()).toList(),
                    results.stream().map(r -> r.getArtifact().toString()).toList(), List.of(), List.of(), List.of());
        } catch (DependencyResolutionException e) {
            throw new DependencyException("could not resolve " + coordinates.stream().map(Coordinate::toString).toList()
                    + " from Maven Central: " + rootMessage(e) + "; check the coordinates on https://central.sonatype.com", e);
        }
    }

    private RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
            // Maven's own session defaults: its scope rules leave out dependencies' test and provided ones.
            session = new SessionBuilderSupplier(system).get()
                    .withLocalRepositoryBaseDirectories(localRepository)
                    .setSystemProperties(System.getProperties())
                    .build();
        }
        return system;
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public synchronized void close() {
        if (session != null) {
            session.close();
        }
        if (system != null) {
            system.shutdown();
        }
    }
}
