package pbkg.testneo4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An embedded Neo4j Community DBMS with the Bolt connector, for pbkg's tests.
 *
 * <pre>
 * java -Xmx1g -jar target/neo4j-launcher.jar [--port N] [--home DIR] [--host H] [--set KEY=VALUE]...
 *      [--no-stdin] [--smoke] [--auth]
 * java -jar target/neo4j-launcher.jar --home DIR --admin COMMAND...
 * </pre>
 *
 * <ul>
 *   <li>{@code --port N}: Bolt port; 0 (the default) lets the OS pick a free one.
 *   <li>{@code --home DIR}: the DBMS home (data, transaction logs, logs/debug.log); kept on
 *       exit, so a second launcher on the same DIR sees the same data. Without it, a fresh
 *       temporary directory is used and deleted on exit.
 *   <li>{@code --set KEY=VALUE}: any Neo4j setting, as in neo4j.conf (e.g.
 *       {@code server.memory.pagecache.size=512m}); applied after the launcher's own
 *       defaults, so it overrides them. Repeatable.
 *   <li>Authentication is disabled: any credentials (or none) are accepted; with
 *       {@code --auth} it is enabled, and the user {@code neo4j} has the password set in the
 *       home by {@code --admin dbms set-initial-password PASSWORD} before the first start.
 *   <li>{@code --admin COMMAND...}: run Neo4j's own {@code neo4j-admin} (the same classes,
 *       from the same Maven artifacts: {@code org.neo4j:neo4j-import-tool} and
 *       {@code org.neo4j:neo4j-command-line}) on the DBMS in {@code --home DIR}, e.g.
 *       {@code --admin database import full neo4j --nodes=...}; the exit code is its own.
 *       The server must not be running on that home.
 *   <li>Once Bolt listens, one line is printed to stdout:
 *       {@code PBKG-NEO4J READY bolt://HOST:PORT version=5.26.x home=DIR}.
 *   <li>The process stops cleanly on SIGTERM/SIGINT, and when its stdin reaches end of file
 *       (the parent died or closed the pipe), unless {@code --no-stdin}. A failure to start
 *       prints {@code PBKG-NEO4J FAILED ...} and the stack trace to stderr, exit code 1.
 *   <li>{@code --smoke}: stop as soon as it is ready (build.sh uses it to check the build and
 *       to record a class-data-sharing archive that makes later starts cheaper).
 * </ul>
 */
public final class Launcher {
    private static final String TAG = "PBKG-NEO4J";

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = 0;
        String host = "127.0.0.1";
        Path home = null;
        boolean watchStdin = true;
        boolean smoke = false;
        boolean auth = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                case "--home" -> home = Path.of(args[++i]).toAbsolutePath();
                case "--no-stdin" -> watchStdin = false;
                case "--smoke" -> smoke = true;
                case "--auth" -> auth = true;
                case "--admin" -> {
                    if (home == null) {
                        System.err.println(TAG + " FAILED --admin needs --home DIR before it");
                        System.exit(2);
                    }
                    String[] rest = java.util.Arrays.copyOfRange(args, i + 1, args.length);
                    Files.createDirectories(home);
                    System.exit(org.neo4j.cli.AdminTool.execute(
                            new org.neo4j.cli.ExecutionContext(home, home.resolve("conf")), rest));
                }
                case "--set" -> {
                    String[] kv = args[++i].split("=", 2);
                    if (kv.length != 2) {
                        System.err.println(TAG + " FAILED --set needs KEY=VALUE, got: " + args[i]);
                        System.exit(2);
                    }
                    settings.put(kv[0], kv[1]);
                }
                default -> {
                    System.err.println(TAG + " FAILED unknown argument: " + args[i]);
                    System.exit(2);
                }
            }
        }
        boolean temporary = home == null;
        if (temporary) {
            home = Files.createTempDirectory("pbkg-neo4j-");
        } else {
            Files.createDirectories(home);
        }
        final Path homeDir = home;

        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(homeDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                    .setConfig(GraphDatabaseSettings.auth_enabled, auth)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(128))
                    // Keep each home small (the defaults preallocate 2 x 256 MiB of logs).
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    // Tests stop the server often; Bolt's defaults wait several seconds each.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(parseSettings(settings))
                    .build();
        } catch (Throwable t) {
            System.err.println(TAG + " FAILED " + t);
            t.printStackTrace();
            if (temporary) deleteTree(homeDir);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } catch (Throwable t) {
                    System.err.println(TAG + " shutdown error: " + t);
                }
                if (temporary) deleteTree(homeDir);
                System.out.println(TAG + " STOPPED");
                System.out.flush();
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "pbkg-neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("database neo4j not available after 2 minutes");
            }
            var ports = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class);
            var address = ports.getLocalAddress(ConnectorType.BOLT);
            if (address == null) {
                throw new IllegalStateException("the Bolt connector did not start");
            }
            String version = org.neo4j.kernel.internal.Version.getNeo4jVersion();
            System.out.println(TAG + " READY bolt://" + host + ":" + address.getPort()
                    + " version=" + version + " home=" + homeDir);
            System.out.flush();
        } catch (Throwable t) {
            System.err.println(TAG + " FAILED " + t);
            t.printStackTrace();
            System.exit(1);
            return;
        }

        if (smoke) {
            System.exit(0);
        }
        if (watchStdin) {
            Thread watcher = new Thread(() -> {
                try {
                    InputStream in = System.in;
                    byte[] buf = new byte[256];
                    while (in.read(buf) >= 0) {
                        // ignore input; only end of file matters
                    }
                } catch (IOException e) {
                    // treat a broken stdin as the parent going away
                }
                System.out.println(TAG + " stdin closed, stopping");
                System.exit(0);
            }, "pbkg-neo4j-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }
        // The DBMS threads keep the JVM alive; park main until shutdown.
        Thread.currentThread().join();
    }

    /** Settings given as text (neo4j.conf syntax), parsed and checked by Neo4j itself. */
    private static Map<Setting<?>, Object> parseSettings(Map<String, String> raw) {
        Config parsed = Config.newBuilder().setRaw(raw).build();
        Map<String, Setting<Object>> declared = parsed.getDeclaredSettings();
        Map<Setting<?>, Object> out = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            Setting<Object> setting = declared.get(key);
            if (setting == null) {
                throw new IllegalArgumentException("unknown Neo4j setting: " + key);
            }
            out.put(setting, parsed.get(setting));
        }
        return out;
    }

    private static void deleteTree(Path root) {
        try {
            if (!Files.exists(root)) return;
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println(TAG + " could not delete " + root + ": " + e);
        }
    }
}
