package org.ejournal.scheduler.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.ejournal.api.report.ArchivedReport;
import org.ejournal.api.report.RenderedReport;
import org.ejournal.api.report.ReportFormat;

/**
 * Plain JDBC access to {@code report_schedule} and {@code report_archive} (V2__reports.sql). Every
 * read made for a user is scoped by school; the reads made for a job run are by id only, because
 * the job carries nothing but the schedule id.
 */
final class ScheduleRepository {

    /** Archive lists stop here; older entries stay stored. */
    static final int ARCHIVE_LIST_LIMIT = 500;

    private final DataSource dataSource;

    ScheduleRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A row of {@code report_schedule}. */
    record StoredSchedule(long id, long schoolId, long ownerAccountId, String reportId, Map<String, String> parameters,
                          ReportFormat format, String cron, boolean active, Instant createdAt) {
    }

    long insertSchedule(long schoolId, long ownerAccountId, String reportId, Map<String, String> parameters,
                        ReportFormat format, String cron, Instant createdAt) {
        String sql = "INSERT INTO report_schedule (school_id, owner_account_id, report_id, parameters, format, cron,"
                + " active, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, schoolId);
            s.setLong(2, ownerAccountId);
            s.setString(3, reportId);
            s.setString(4, FlatJson.write(parameters));
            s.setString(5, format.name());
            s.setString(6, cron);
            s.setObject(7, utc(createdAt));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("insert report schedule", e);
        }
    }

    /** Removes a schedule that never started (its Quartz job could not be stored). */
    void deleteUnstartedSchedule(long scheduleId) {
        update("DELETE FROM report_schedule WHERE id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM report_archive a WHERE a.schedule_id = report_schedule.id)", scheduleId);
    }

    /** Marks a schedule stopped; the row stays. @return whether a row of that school was changed */
    boolean deactivate(long schoolId, long scheduleId, Instant stoppedAt) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "UPDATE report_schedule SET active = FALSE, stopped_at = ? WHERE id = ? AND school_id = ?")) {
            s.setObject(1, utc(stoppedAt));
            s.setLong(2, scheduleId);
            s.setLong(3, schoolId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("stop report schedule " + scheduleId, e);
        }
    }

    Optional<StoredSchedule> schedule(long scheduleId) {
        List<StoredSchedule> found = schedules("WHERE id = ?", scheduleId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    Optional<StoredSchedule> schedule(long schoolId, long scheduleId) {
        return schedule(scheduleId).filter(s -> s.schoolId() == schoolId);
    }

    List<StoredSchedule> schedulesOfSchool(long schoolId) {
        return schedules("WHERE school_id = ? ORDER BY created_at DESC, id DESC", schoolId);
    }

    List<StoredSchedule> activeSchedules() {
        return schedules("WHERE active = TRUE ORDER BY id");
    }

    private List<StoredSchedule> schedules(String where, Object... arguments) {
        String sql = "SELECT id, school_id, owner_account_id, report_id, parameters, format, cron, active, created_at"
                + " FROM report_schedule " + where;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, arguments);
            List<StoredSchedule> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new StoredSchedule(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4),
                            FlatJson.read(r.getString(5)), ReportFormat.valueOf(r.getString(6)), r.getString(7),
                            r.getBoolean(8), instant(r, 9)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failed("read report schedules", e);
        }
    }

    long insertArchive(long schoolId, Long scheduleId, String reportId, String title, RenderedReport report,
                       Instant createdAt) {
        String sql = "INSERT INTO report_archive (school_id, schedule_id, report_id, title, file_name, format, size,"
                + " content, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, schoolId);
            if (scheduleId == null) {
                s.setNull(2, java.sql.Types.BIGINT);
            } else {
                s.setLong(2, scheduleId);
            }
            s.setString(3, reportId);
            s.setString(4, title);
            s.setString(5, report.fileName());
            s.setString(6, report.format().name());
            s.setLong(7, report.content().length);
            s.setBytes(8, report.content());
            s.setObject(9, utc(createdAt));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("store archived report", e);
        }
    }

    /** Archive entries of a school, newest first, without their content. */
    List<ArchivedReport> archiveOfSchool(long schoolId) {
        String sql = "SELECT id, schedule_id, report_id, title, file_name, format, size, created_at FROM report_archive"
                + " WHERE school_id = ? ORDER BY created_at DESC, id DESC LIMIT " + ARCHIVE_LIST_LIMIT;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, schoolId);
            List<ArchivedReport> result = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long scheduleId = r.getLong(2);
                    result.add(new ArchivedReport(r.getLong(1), r.wasNull() ? null : scheduleId, r.getString(3),
                            r.getString(4), r.getString(5), ReportFormat.valueOf(r.getString(6)), r.getLong(7),
                            instant(r, 8)));
                }
            }
            return result;
        } catch (SQLException e) {
            throw failed("read report archive", e);
        }
    }

    Optional<RenderedReport> archivedFile(long schoolId, long archiveId) {
        String sql = "SELECT file_name, format, content FROM report_archive WHERE id = ? AND school_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, archiveId);
            s.setLong(2, schoolId);
            try (ResultSet r = s.executeQuery()) {
                return r.next()
                        ? Optional.of(new RenderedReport(r.getString(1), ReportFormat.valueOf(r.getString(2)),
                                r.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read archived report " + archiveId, e);
        }
    }

    private void update(String sql, Object... arguments) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, arguments);
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static void bind(PreparedStatement statement, Object... arguments) throws SQLException {
        for (int i = 0; i < arguments.length; i++) {
            statement.setObject(i + 1, arguments[i]);
        }
    }

    /** Our tables keep times as DATETIME(3) in UTC (see V1__core.sql). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime value = r.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Database failure: " + what, e);
    }
}
