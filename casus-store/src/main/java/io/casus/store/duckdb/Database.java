package io.casus.store.duckdb;

import io.casus.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.duckdb.DuckDBConnection;

/**
 * One DuckDB database file and its connections: one writer, used under a lock so writes never conflict, and a
 * pool of readers duplicated from it (DuckDB connections to one database share its data and run queries in
 * parallel). Every unit of work runs in its own transaction, so a read sees one snapshot and a write is atomic.
 */
final class Database implements AutoCloseable {
    private static final int MAX_IDLE_READERS = 16;

    private final Path file;
    private final DuckDBConnection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(MAX_IDLE_READERS);
    private final List<Connection> all = new ArrayList<>();
    private volatile boolean closed;

    private Database(Path file, DuckDBConnection writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Opens or creates the database file.
     *
     * @throws StoreException naming the file when it is not a DuckDB database, is locked by another process, or
     *                        cannot be created
     */
    static Database open(Path file) {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
        } catch (ClassNotFoundException e) {
            throw new StoreException("DuckDB JDBC driver missing from the class path", e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open event database " + file + ": it is a directory");
        }
        try {
            DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            c.setAutoCommit(false);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new StoreException(openProblem(file, e), e);
        }
    }

    private static String openProblem(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("not a valid DuckDB database")) {
            return "cannot open event database " + file + ": the file is not a DuckDB database (corrupt, or another"
                    + " kind of file); move it away to start a new store";
        }
        if (m.contains("lock")) {
            return "cannot open event database " + file + ": it is in use by another process (" + m + ")";
        }
        return "cannot open event database " + file + ": " + m;
    }

    Path file() {
        return file;
    }

    /** Runs {@code work} in one read transaction on a pooled reader connection. */
    <T> T read(Sql<T> work) {
        Connection c = borrow();
        boolean ok = false;
        try {
            T out = work.run(c);
            c.commit();
            ok = true;
            return out;
        } catch (SQLException e) {
            throw new StoreException("query failed on " + file + ": " + e.getMessage(), e);
        } finally {
            giveBack(c, ok);
        }
    }

    /**
     * Runs {@code work} in one write transaction, committed when it returns and rolled back when it throws.
     * Writes are serialized.
     */
    <T> T write(Sql<T> work) {
        writeLock.lock();
        try {
            checkOpen();
            try {
                T out = work.run(writer);
                writer.commit();
                return out;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                if (e instanceof SQLException s) {
                    throw new StoreException("write failed on " + file + ": " + s.getMessage(), s);
                }
                throw (RuntimeException) e;
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
        } catch (SQLException r) {
            cause.addSuppressed(r);
        }
    }

    private Connection borrow() {
        checkOpen();
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        try {
            Connection d = writer.duplicate();
            d.setAutoCommit(false);
            synchronized (all) {
                all.add(d);
            }
            return d;
        } catch (SQLException e) {
            throw new StoreException("cannot open a connection to " + file + ": " + e.getMessage(), e);
        }
    }

    private void giveBack(Connection c, boolean clean) {
        try {
            if (!clean) {
                c.rollback();
            }
            if (!closed && !c.isClosed() && idle.offer(c)) {
                return;
            }
        } catch (SQLException ignored) {
            // a broken reader is dropped below; the next borrow duplicates a fresh one
        }
        discard(c);
    }

    private void discard(Connection c) {
        synchronized (all) {
            all.remove(c);
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection we are throwing away: nothing to recover
        }
    }

    /** Throws {@link IllegalStateException} once closed. */
    void checkOpen() {
        if (closed) {
            throw new IllegalStateException("event store " + file + " is closed");
        }
    }

    /** Closes every connection; DuckDB checkpoints the file when the last one closes. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            List<Connection> open;
            synchronized (all) {
                open = new ArrayList<>(all);
                all.clear();
            }
            idle.clear();
            SQLException first = null;
            for (Connection c : open) {
                try {
                    c.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            try {
                writer.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
            if (first != null) {
                throw new StoreException("cannot close event database " + file + ": " + first.getMessage(), first);
            }
        } finally {
            writeLock.unlock();
        }
    }
}
