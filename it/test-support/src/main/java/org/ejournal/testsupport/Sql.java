package org.ejournal.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Plain SQL reads for the assertions of tests on MariaDB: what the database holds, not what a service says. */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code sql} (a {@code COUNT(*)}), with {@code args} bound in order. */
    public static int count(DataSource db, String sql, Object... args) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
