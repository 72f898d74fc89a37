import SandboxStore

/// The SQL and bound values that select what an ``AuditFilter`` asks for.
///
/// Every value is bound, never spelled into the SQL, so one text serves every value of the
/// same set of conditions and the connection's statement cache stays small.
struct AuditQuery {
    private(set) var conditions: [String] = []
    private(set) var bindings: [DatabaseValue] = []

    init(filter: AuditFilter) {
        add("sequence > ?", .integer(filter.afterSequence))
        add("simulated_time >= ?", .integer(filter.since))
        add("simulated_time <= ?", .integer(filter.until))
        add("client_id = ?", .text(filter.clientID))
        add("family = ?", .text(filter.family))
        add("method = ?", .text(filter.method))
        add("request_id = ?", .text(filter.requestID))
        add("patient_id = ?", .text(filter.patientID))
        // instr() compares characters exactly; LIKE would treat % and _ in the prefix as
        // wildcards and ignore ASCII case.
        add("instr(path, ?) = 1", .text(filter.pathPrefix))
        if let status = filter.status {
            conditions.append("status BETWEEN ? AND ?")
            bindings += [.integer(Int64(status.range.lowerBound)), .integer(Int64(status.range.upperBound))]
        }
        addFault(filter.fault)
        bindings.append(.integer(Int64(filter.limit)))
    }

    /// The statement: the conditions joined with `AND`, in sequence order, with the limit last.
    var sql: String {
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return "SELECT \(AuditStore.columns) FROM audit_entry\(whereClause) ORDER BY sequence LIMIT ?"
    }

    /// Adds `condition` with its one value, unless the value is `NULL` (the filter is unset).
    private mutating func add(_ condition: String, _ value: DatabaseValue) {
        guard value != .null else { return }
        conditions.append(condition)
        bindings.append(value)
    }

    private mutating func addFault(_ fault: AuditFilter.FaultMatch?) {
        switch fault {
        case nil: break
        case .anyRule: conditions.append("fault_rule_id IS NOT NULL")
        case .noRule: conditions.append("fault_rule_id IS NULL")
        case .rule(let id): add("fault_rule_id = ?", .text(id))
        }
    }
}
