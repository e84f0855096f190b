package io.offerbench.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work run by {@link Database#inTransaction} or {@link Database#read} on the one connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
