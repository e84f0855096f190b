package io.offerbench.store;

import io.offerbench.domain.Coded;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;

/**
 * Conversions between Java values and column values. Decimals are TEXT holding
 * {@link BigDecimal#toPlainString()}: exact, scale included, so what was saved compares equal to
 * what is read back. Enumerations are stored by their stable code.
 */
final class Columns {

    private Columns() {
    }

    static void setDecimal(PreparedStatement ps, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v.toPlainString());
        }
    }

    static BigDecimal decimal(ResultSet rs, String col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : new BigDecimal(s);
    }

    static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static BigDecimal decimal(ResultSet rs, int col) throws SQLException {
        String s = rs.getString(col);
        return s == null ? null : new BigDecimal(s);
    }

    static Integer nullableInt(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E> & Coded> E coded(ResultSet rs, int col, Class<E> type) throws SQLException {
        return Coded.fromCode(type, rs.getString(col));
    }

    static LocalDate date(ResultSet rs, int col) throws SQLException {
        return date(rs.getString(col));
    }

    /**
     * A stored date: always ISO "2026-03-01" as {@link #setDate} writes it, read without the general formatter when it
     * has that shape; anything else goes to {@link LocalDate#parse} (which refuses it the same way as before).
     */
    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) && digits(s, 5, 7) && digits(s, 8, 10)) {
            try {
                return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
            } catch (java.time.DateTimeException e) {
                return LocalDate.parse(s);
            }
        }
        return LocalDate.parse(s);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static Integer nullableInt(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static void setCode(PreparedStatement ps, int i, Coded v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v.code());
        }
    }

    static <E extends Enum<E> & Coded> E coded(ResultSet rs, String col, Class<E> type) throws SQLException {
        return Coded.fromCode(type, rs.getString(col));
    }

    static void setDate(PreparedStatement ps, int i, LocalDate v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v.toString());
        }
    }

    static LocalDate date(ResultSet rs, String col) throws SQLException {
        return date(rs.getString(col));
    }
}
