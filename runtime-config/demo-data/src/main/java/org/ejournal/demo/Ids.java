package org.ejournal.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Primary keys handed out by the generator itself, so that rows can reference each other before any
 * of them is written and batches need no generated-key round trips. Starts above the highest id
 * present; InnoDB moves AUTO_INCREMENT past explicit ids, so later inserts by the application are safe.
 */
final class Ids {

    private final Map<String, Long> next = new HashMap<>();

    static Ids startAfterExisting(Connection connection, List<String> tables) throws SQLException {
        Ids ids = new Ids();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
                    rs.next();
                    ids.next.put(table, rs.getLong(1));
                }
            }
        }
        return ids;
    }

    long next(String table) {
        Long id = next.get(table);
        if (id == null) {
            throw new IllegalArgumentException("No id sequence for table " + table);
        }
        next.put(table, id + 1);
        return id;
    }
}
