/// A search over stored resources of one type, expressed over their index rows.
///
/// Every condition must hold (AND); inside a condition, any of its matches may (OR). The store
/// turns this into SQL; the FHIR layer builds it from search parameters.
package struct ResourceQuery: Sendable, Hashable {
    package var type: String
    package var conditions: [Condition]
    /// When set, only resources of this patient's compartment.
    package var patientID: String?
    /// When set, only the resource with this id (to test whether one resource matches).
    package var resourceID: String?
    /// Resume at this position (from ``StoredMatch/position``); `nil` starts at the beginning.
    package var startPosition: Int64?
    /// How many matches to return at most.
    package var limit: Int

    package init(
        type: String,
        conditions: [Condition] = [],
        patientID: String? = nil,
        resourceID: String? = nil,
        startPosition: Int64? = nil,
        limit: Int = 100
    ) {
        self.type = type
        self.conditions = conditions
        self.patientID = patientID
        self.resourceID = resourceID
        self.startPosition = startPosition
        self.limit = limit
    }

    /// One ANDed part of a query.
    package enum Condition: Sendable, Hashable {
        /// Some index row of the resource satisfies at least one of the matches.
        case anyOf([Match])
        /// No index row of the resource satisfies any of the matches.
        case noneOf([Match])
        /// The resource has (`false`) or lacks (`true`) any index row for the parameter.
        case missing(parameter: String, Bool)
    }

    /// One row-level test: the row belongs to `parameter` and satisfies `predicate`.
    package struct Match: Sendable, Hashable {
        package var parameter: String
        package var predicate: Predicate

        package init(parameter: String, predicate: Predicate) {
            self.parameter = parameter
            self.predicate = predicate
        }
    }

    /// A test on the columns of one index row.
    package indirect enum Predicate: Sendable, Hashable {
        case systemEquals(String)
        case systemIsNull
        case valueEquals(String)
        /// `value` starts with the string (compared byte-wise, so normalise first).
        case valueHasPrefix(String)
        /// `value` contains the string.
        case valueContains(String)
        case textEquals(String)
        case low(Comparison, Int64)
        case high(Comparison, Int64)
        case all([Predicate])
        case any([Predicate])
        case not(Predicate)
    }

    package enum Comparison: String, Sendable, Hashable {
        case lessThan = "<"
        case lessThanOrEqual = "<="
        case equal = "="
        case greaterThanOrEqual = ">="
        case greaterThan = ">"
    }
}

/// A resource a query found, with the position a later page can resume from.
package struct StoredMatch: Sendable, Hashable {
    /// Where this resource stands in the stable order every query of its type follows.
    package var position: Int64
    package var resource: StoredResource

    package init(position: Int64, resource: StoredResource) {
        self.position = position
        self.resource = resource
    }
}
