import CSQLite

/// Reading the columns of the current row.
///
/// Column indexes start at 0. Each reader copies what it returns, so values stay valid after
/// the next ``Statement/step()`` or ``Statement/reset()``.
extension Statement {
    /// How many columns each row has.
    package var columnCount: Int {
        Int(sqlite3_column_count(handle))
    }

    /// Whether the column holds SQL `NULL`.
    package func isNull(at column: Int) -> Bool {
        sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL
    }

    /// The column as a 64-bit integer; `NULL` reads as 0.
    package func int64(at column: Int) -> Int64 {
        sqlite3_column_int64(handle, Int32(column))
    }

    /// The column as a double; `NULL` reads as 0.
    package func double(at column: Int) -> Double {
        sqlite3_column_double(handle, Int32(column))
    }

    /// The column as text, or `nil` for `NULL`.
    ///
    /// [`sqlite3_column_text`](https://www.sqlite.org/c3ref/column_blob.html): "you should call
    /// sqlite3_column_text(), sqlite3_column_blob(), or sqlite3_column_text16() first to force
    /// the result into the desired format, then invoke sqlite3_column_bytes()". The length comes
    /// from `sqlite3_column_bytes`, so text with an embedded NUL is read whole.
    package func string(at column: Int) -> String? {
        guard let characters = sqlite3_column_text(handle, Int32(column)) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: characters, count: count), as: UTF8.self)
    }

    /// The column's bytes; `NULL` and a zero-length blob both read as an empty array.
    package func bytes(at column: Int) -> [UInt8] {
        let pointer = sqlite3_column_blob(handle, Int32(column))
        let count = Int(sqlite3_column_bytes(handle, Int32(column)))
        guard let pointer, count > 0 else {
            return []
        }
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The column as whichever storage class it holds.
    package func value(at column: Int) -> DatabaseValue {
        switch sqlite3_column_type(handle, Int32(column)) {
        case SQLITE_INTEGER:
            .integer(int64(at: column))
        case SQLITE_FLOAT:
            .real(double(at: column))
        case SQLITE_TEXT:
            .text(string(at: column) ?? "")
        case SQLITE_BLOB:
            .blob(bytes(at: column))
        default:
            .null
        }
    }
}
