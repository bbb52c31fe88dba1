import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The label-valued benchmark's DuckDB peer: runs the statements of an SQL file (from duckdb_label_sql.py) in an
 * in-memory DuckDB through its JDBC driver, and prints the last one's result as the peers' CSV: the first column as
 * text, the others to 4 decimals, rounded as Python rounds them (the exact binary value, ties to even).
 *
 * Usage: java -cp duckdb_jdbc.jar:CLASSES DuckDbQuery QUERY.sql
 */
public final class DuckDbQuery {
    public static void main(String[] args) throws Exception {
        String[] statements = Files.readString(Path.of(args[0])).split(";\\s*\n");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement statement = db.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                statement.execute(statements[i]);
            }
            try (ResultSet result = statement.executeQuery(statements[statements.length - 1].replaceAll(";\\s*$", ""))) {
                print(result);
            }
        }
    }

    private static void print(ResultSet result) throws SQLException {
        int columns = result.getMetaData().getColumnCount();
        StringBuilder out = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
            out.append(c > 1 ? "," : "").append(result.getMetaData().getColumnLabel(c));
        }
        out.append('\n');
        while (result.next()) {
            out.append('"').append(result.getString(1).replace("\"", "\"\"")).append('"');
            for (int c = 2; c <= columns; c++) {
                double mean = result.getDouble(c);
                out.append(',').append(result.wasNull() ? "" : new BigDecimal(mean).setScale(4, RoundingMode.HALF_EVEN).toPlainString());
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
