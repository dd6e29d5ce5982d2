package kg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Starts a real Neo4j Community DBMS in this JVM with the Bolt connector that the project's settings file
 * enables (loopback only), prints one READY line once the default database is available, and shuts the
 * DBMS down cleanly on SIGINT/SIGTERM or, with --exit-on-stdin-close, when the parent process goes away.
 *
 * Usage: java -cp target/classes:target/lib/* kg.neo4j.Launcher --home DIR --conf FILE [--exit-on-stdin-close]
 */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path home = null;
    Path conf = null;
    boolean exitOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--home" -> home = Path.of(args[++i]);
        case "--conf" -> conf = Path.of(args[++i]);
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        default -> fail("unknown argument " + args[i]);
      }
    }
    if (home == null || conf == null) fail("--home and --conf are required");
    if (!Files.isRegularFile(conf)) fail("settings file not found: " + conf);
    Files.createDirectories(home);

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("KG_NEO4J_STOPPING");
      System.out.flush();
      dbms.shutdown();
      stopped.countDown();
    }, "kg-neo4j-shutdown"));

    GraphDatabaseService db = dbms.database("neo4j");
    if (!db.isAvailable(120_000)) fail("the default database did not become available within 120 s");
    System.out.println("KG_NEO4J_READY");
    System.out.flush();

    if (exitOnStdinClose) watchStdin();
    stopped.await();
  }

  /** Exits (running the shutdown hook) when standard input closes: the parent that started us is gone. */
  private static void watchStdin() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
          // Discard: the parent never writes; we only wait for end of stream.
        }
      } catch (IOException ignored) {
        // A broken pipe means the same as end of stream.
      }
      System.exit(0);
    }, "kg-neo4j-stdin-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static void fail(String message) {
    System.err.println("KG_NEO4J_ERROR " + message);
    System.exit(2);
  }
}
