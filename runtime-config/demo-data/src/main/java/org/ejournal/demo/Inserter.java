package org.ejournal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Buffers rows of one table and writes them as multi-row INSERT statements (500 rows each): the fast
 * path for bulk data, where Cayenne would send one INSERT per row.
 */
final class Inserter implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 500;

    private final Connection connection;
    private final String table;
    private final int width;
    private final String head;
    private final String rowPlaceholders;
    private final List<Object[]> buffer = new ArrayList<>(ROWS_PER_STATEMENT);
    private PreparedStatement fullStatement;
    private long written;

    Inserter(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.width = columns.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
    }

    void row(Object... values) {
        if (values.length != width) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + width + " columns");
        }
        buffer.add(values);
        if (buffer.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        try {
            PreparedStatement statement;
            if (buffer.size() == ROWS_PER_STATEMENT) {
                if (fullStatement == null) {
                    fullStatement = connection.prepareStatement(sql(ROWS_PER_STATEMENT));
                }
                statement = fullStatement;
            } else {
                statement = connection.prepareStatement(sql(buffer.size()));
            }
            int index = 1;
            for (Object[] row : buffer) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
            if (statement != fullStatement) {
                statement.close();
            }
            written += buffer.size();
            buffer.clear();
        } catch (SQLException e) {
            throw new IllegalStateException("Writing demo rows into " + table + " failed: " + e.getMessage(), e);
        }
    }

    private String sql(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, rowPlaceholders));
    }

    long written() {
        return written + buffer.size();
    }

    @Override
    public void close() {
        flush();
        if (fullStatement != null) {
            try {
                fullStatement.close();
            } catch (SQLException e) {
                // Closing a statement of a connection that is about to commit: nothing to do.
            }
        }
    }
}
