package org.ejournal.it.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

/** Plain JDBC reads for browser tests: pick demo data before, check what the UI wrote after. */
final class Database {

    private Database() {
    }

    /** The first row of the query as strings (SQL NULL as null); fails when the query finds no row. */
    static String[] row(DataSource database, String sql, Object... args) throws SQLException {
        List<String[]> rows = rows(database, sql, args);
        if (rows.isEmpty()) {
            throw new AssertionError("no row for " + sql + " " + Arrays.toString(args));
        }
        return rows.get(0);
    }

    /** Every row of the query, each as strings (SQL NULL as null). */
    static List<String[]> rows(DataSource database, String sql, Object... args) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String[] values = new String[r.getMetaData().getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = r.getString(i + 1);
                    }
                    rows.add(values);
                }
            }
            return rows;
        }
    }

    /** The first column of the first row. */
    static String value(DataSource database, String sql, Object... args) throws SQLException {
        return row(database, sql, args)[0];
    }
}
