import IncidentsSQLite

/// SQLite's 12-step table rebuild (https://www.sqlite.org/lang_altertable.html, "Making
/// Other Kinds Of Table Schema Changes"), for the changes ALTER TABLE cannot make, such as
/// dropping a CHECK or adding a foreign key. The new definitions are not written twice:
/// they are read from the schema script itself, run in a scratch in-memory database.
///
/// `Schema.migrate` does steps 1, 2, 11 and 12 around `run` (foreign keys off outside the
/// transaction, BEGIN, COMMIT, foreign keys back on); `run` does the rest:
/// 3. remember the indexes and triggers of the rebuilt tables and every view and trigger;
/// 4-5. create each table under a new name from the script, copy its rows;
/// 6-7. drop the old tables, rename the new ones;
/// 8-9. recreate the indexes, triggers and views as the database had them;
/// 10. check the foreign keys of the rebuilt tables (a violation aborts the upgrade).
enum TableRebuild {
    /// A violation found by step 10.
    struct ForeignKeyViolation: Error, CustomStringConvertible {
        var table: String
        var description: String { "rows of \(table) refer to missing rows after the upgrade" }
    }

    /// Creates `added` tables (with the rows and indexes the script gives them) and rebuilds `tables`
    /// with their definitions in `script`, keeping their rows (columns matched by name)
    /// and the database's own indexes, triggers and views. Must run inside a transaction,
    /// with foreign keys off.
    static func run(_ db: Database, script: String, added: [String], rebuilt tables: [String]) throws {
        let reference = try Database(.memory)
        try reference.execute(script)
        func definition(_ table: String) throws -> String {
            guard let sql = try reference.scalar(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?",
                arguments: [.text(table)], as: String.self)
            else { throw SQLiteError(code: .error, message: "schema script has no table \(table)") }
            return sql
        }

        for table in added {
            try db.execute(try definition(table))
            let columns = try columnNames(reference, table)
            let insert = try db.prepare(
                "INSERT INTO \(table) VALUES (\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))")
            try reference.prepare("SELECT * FROM \(table)").forEachRow { row in
                try insert.run((0..<Int32(columns.count)).map(row.value))
            }
            for index in try reference.prepare(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid"
            ).map([.text(table)], { $0.string(0) ?? "" }) {
                try db.execute(index)
            }
        }

        // Step 3. Views and triggers may name the tables anywhere: all of them go and come
        // back; indexes only those of the rebuilt tables (the others are untouched).
        let quoted = tables.map { "'\($0)'" }.joined(separator: ", ")
        let saved = try db.prepare("""
            SELECT type, name, sql FROM sqlite_schema
            WHERE sql IS NOT NULL AND (type IN ('view', 'trigger')
                OR (type = 'index' AND tbl_name IN (\(quoted))))
            ORDER BY CASE type WHEN 'index' THEN 0 WHEN 'view' THEN 1 ELSE 2 END, rowid
            """).map { (type: $0.string(0) ?? "", name: $0.string(1) ?? "", sql: $0.string(2) ?? "") }
        for object in saved where object.type != "index" {
            try db.execute("DROP \(object.type == "view" ? "VIEW" : "TRIGGER") \"\(object.name)\"")
        }

        // Steps 4-5.
        for table in tables {
            let sql = try definition(table)
            let prefix = "CREATE TABLE \(table) "
            guard sql.hasPrefix(prefix) else {
                throw SQLiteError(code: .error, message: "unexpected definition of \(table): \(sql.prefix(40))")
            }
            try db.execute("CREATE TABLE new_\(table) " + sql.dropFirst(prefix.count))
            let old = Set(try columnNames(db, table))
            let kept = try columnNames(reference, table).filter(old.contains).joined(separator: ", ")
            try db.execute("INSERT INTO new_\(table) (\(kept)) SELECT \(kept) FROM \(table)")
        }
        // Steps 6-7.
        for table in tables { try db.execute("DROP TABLE \(table)") }
        for table in tables { try db.execute("ALTER TABLE new_\(table) RENAME TO \(table)") }
        // Steps 8-9.
        for object in saved { try db.execute(object.sql) }
        // Step 10.
        for table in tables {
            let violations = try db.prepare("PRAGMA foreign_key_check(\(table))").map { _ in 1 }
            if !violations.isEmpty { throw ForeignKeyViolation(table: table) }
        }
    }

    /// Creates the views of the schema script that the database lacks, as the script
    /// defines them (in its order).
    static func createMissingViews(_ db: Database, script: String) throws {
        let reference = try Database(.memory)
        try reference.execute(script)
        let views = try reference.prepare(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'view' ORDER BY rowid"
        ).map { (name: $0.string(0) ?? "", sql: $0.string(1) ?? "") }
        let have = Set(try db.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'").map { $0.string(0) ?? "" })
        for view in views where !have.contains(view.name) { try db.execute(view.sql) }
    }

    private static func columnNames(_ db: Database, _ table: String) throws -> [String] {
        try db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid").map([.text(table)]) { $0.string(0) ?? "" }
    }
}
