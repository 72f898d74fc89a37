/// Running a statement from start to finish.
///
/// Each helper binds, steps and resets before it returns, even when it throws, so no statement
/// is left holding a read of the database.
extension Statement {
    /// Runs a statement that returns no rows, such as an `INSERT`.
    ///
    /// - Parameter bindings: One value for each `?`, in order.
    /// - Throws: ``DatabaseError`` from binding or stepping.
    package func execute(_ bindings: [DatabaseValue] = []) throws {
        try bind(bindings)
        defer { reset() }
        while try step() {}
    }

    /// Runs a query and turns every row into a value.
    ///
    /// - Parameters:
    ///   - bindings: One value for each `?`, in order.
    ///   - decode: Reads the current row; called once per row.
    /// - Returns: The decoded rows, in the order SQLite returned them.
    /// - Throws: ``DatabaseError`` from binding or stepping, or what `decode` throws.
    package func fetchAll<Row>(
        _ bindings: [DatabaseValue] = [],
        row decode: (Statement) throws -> Row
    ) throws -> [Row] {
        try bind(bindings)
        defer { reset() }
        var rows: [Row] = []
        while try step() {
            rows.append(try decode(self))
        }
        return rows
    }

    /// Runs a query and decodes its first row, if there is one.
    ///
    /// - Parameters:
    ///   - bindings: One value for each `?`, in order.
    ///   - decode: Reads the first row.
    /// - Returns: The decoded first row, or `nil` when the query returns none.
    /// - Throws: ``DatabaseError`` from binding or stepping, or what `decode` throws.
    package func fetchOne<Row>(_ bindings: [DatabaseValue] = [], row decode: (Statement) throws -> Row) throws -> Row? {
        try bind(bindings)
        defer { reset() }
        guard try step() else {
            return nil
        }
        return try decode(self)
    }
}
