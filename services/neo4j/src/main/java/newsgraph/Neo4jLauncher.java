package newsgraph;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Embedded Neo4j Community with the Bolt connector on. Started by src/services/neo4j.ts.
 *
 * <p>Configuration comes from environment variables so that the TypeScript service manager
 * stays the one place that knows the defaults: NEO4J_DATA_DIR, NEO4J_BOLT_HOST,
 * NEO4J_BOLT_PORT, NEO4J_AUTH ("none" or "user/password"; the password is set on first start).
 * It prints "NEWSGRAPH_NEO4J_READY bolt://host:port" once the default database answers, and
 * shuts the database down cleanly on SIGTERM / SIGINT.
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    String dataDir = env("NEO4J_DATA_DIR", "data/neo4j");
    String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String auth = env("NEO4J_AUTH", "none");
    boolean authEnabled = !"none".equalsIgnoreCase(auth);

    long t0 = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(Path.of(dataDir).toAbsolutePath())
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, authEnabled)
            .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
            .build();

    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("NEWSGRAPH_NEO4J_STOPPING");
                  dbms.shutdown();
                  System.out.println("NEWSGRAPH_NEO4J_STOPPED");
                },
                "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (authEnabled) {
      String[] up = auth.split("/", 2);
      if (up.length != 2 || up[1].isEmpty()) {
        System.err.println("NEO4J_AUTH must be 'none' or 'user/password', got: " + auth);
        System.exit(2);
      }
      GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
      try (var tx = system.beginTx()) {
        var found = tx.execute("SHOW USERS YIELD user WHERE user = $u RETURN user",
            java.util.Map.of("u", up[0])).hasNext();
        if (found) {
          tx.execute("ALTER USER " + quote(up[0]) + " SET PASSWORD $p CHANGE NOT REQUIRED",
              java.util.Map.of("p", up[1]));
        } else {
          tx.execute("CREATE USER " + quote(up[0]) + " SET PASSWORD $p CHANGE NOT REQUIRED",
              java.util.Map.of("p", up[1]));
        }
        tx.commit();
      }
    }
    try (var tx = db.beginTx()) {
      tx.execute("RETURN 1").close();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("NEWSGRAPH_NEO4J_READY bolt://" + host + ":" + port + " in " + ms + " ms");
    Thread.currentThread().join();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static String quote(String identifier) {
    return "`" + identifier.replace("`", "``") + "`";
  }
}
