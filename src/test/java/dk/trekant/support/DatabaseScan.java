package dk.trekant.support;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Searches every text and binary column of every table (Trekant's and Camunda's ACT_*) for
 * given strings, and says where it found them. For privacy tests: a CPR number, a name or a
 * description must be found only where it may be.
 */
public final class DatabaseScan {

    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR,
            Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);
    private static final Set<Integer> BINARY = Set.of(Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB);

    private DatabaseScan() {
    }

    /** Every place ("TABLE.COLUMN: needle") where one of the needles occurs. */
    public static List<String> find(DataSource dataSource, List<String> needles) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = meta.getDatabaseProductName().toLowerCase().contains("postgres") ? "public" : "PUBLIC";
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, "%", "%")) {
                while (rs.next()) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"),
                            String.valueOf(rs.getInt("DATA_TYPE"))});
                }
            }
            for (String[] column : columns) {
                int type = Integer.parseInt(column[2]);
                String table = '"' + column[0] + '"';
                String name = '"' + column[1] + '"';
                if (TEXT.contains(type)) {
                    for (String needle : needles) {
                        try (PreparedStatement query = connection.prepareStatement(
                                "select count(*) from " + table + " where cast(" + name + " as varchar(1000000)) like ?")) {
                            query.setString(1, "%" + needle + "%");
                            try (ResultSet rs = query.executeQuery()) {
                                rs.next();
                                if (rs.getLong(1) > 0) {
                                    hits.add(column[0] + "." + column[1] + ": " + needle);
                                }
                            }
                        }
                    }
                } else if (BINARY.contains(type)) {
                    try (PreparedStatement query = connection.prepareStatement("select " + name + " from " + table);
                            ResultSet rs = query.executeQuery()) {
                        while (rs.next()) {
                            byte[] bytes = rs.getBytes(1);
                            if (bytes == null) {
                                continue;
                            }
                            String text = new String(bytes, StandardCharsets.ISO_8859_1);
                            for (String needle : needles) {
                                if (text.contains(new String(needle.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                                    hits.add(column[0] + "." + column[1] + ": " + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
