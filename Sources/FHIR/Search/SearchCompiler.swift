import Foundation
package import SandboxStore

/// Turns search criteria into conditions over index rows, following the R4 search rules for each
/// parameter type.
package struct SearchCompiler: Sendable {
    package var defaultOffsetMinutes: Int
    /// Now, for the `ap` (approximately) date prefix.
    package var now: Int64

    package init(defaultOffsetMinutes: Int, now: Int64) {
        self.defaultOffsetMinutes = defaultOffsetMinutes
        self.now = now
    }

    /// The condition one criterion places on a search of `definition`'s type.
    ///
    /// - Throws: ``SearchError`` naming the parameter for an unknown parameter, a modifier its
    ///   type does not take, or a value it cannot read.
    package func condition(
        for criterion: SearchCriterion,
        in definition: ResourceDefinition
    ) throws(SearchError) -> ResourceQuery.Condition {
        guard let parameter = definition.parameter(named: criterion.name) else {
            throw .notSupported("\(definition.type) has no search parameter '\(criterion.name)'")
        }
        if criterion.modifier == "missing" {
            return try missing(criterion, parameter: parameter)
        }
        let negated = parameter.kind == .token && criterion.modifier == "not"
        let matches = try criterion.values.map { value throws(SearchError) in
            ResourceQuery.Match(
                parameter: parameter.name,
                predicate: try predicate(for: value, criterion: criterion, parameter: parameter)
            )
        }
        return negated ? .noneOf(matches) : .anyOf(matches)
    }

    private func missing(_ criterion: SearchCriterion, parameter: SearchParameter) throws(SearchError)
        -> ResourceQuery.Condition
    {
        guard criterion.values.count == 1, let flag = Bool(criterion.values[0]) else {
            throw .invalid("\(criterion.rawName) takes true or false, not '\(criterion.rawValue)'")
        }
        return .missing(parameter: parameter.name, flag)
    }

    private func predicate(
        for value: String,
        criterion: SearchCriterion,
        parameter: SearchParameter
    ) throws(SearchError) -> ResourceQuery.Predicate {
        guard !value.isEmpty else {
            throw .invalid("\(criterion.rawName) has an empty value")
        }
        switch parameter.kind {
        case .token: return try tokenPredicate(value, criterion: criterion)
        case .string: return try stringPredicate(value, criterion: criterion)
        case .date: return try datePredicate(value, criterion: criterion)
        case .reference: return try referencePredicate(value, criterion: criterion, parameter: parameter)
        }
    }

    // MARK: - Token

    private func tokenPredicate(_ value: String, criterion: SearchCriterion) throws(SearchError)
        -> ResourceQuery.Predicate
    {
        guard criterion.modifier == nil || criterion.modifier == "not" else {
            throw unsupportedModifier(criterion)
        }
        guard let bar = Self.firstUnescapedBar(in: value) else {
            return .valueEquals(Self.unescapeBar(value))
        }
        let system = Self.unescapeBar(String(value[..<bar]))
        let code = Self.unescapeBar(String(value[value.index(after: bar)...]))
        switch (system.isEmpty, code.isEmpty) {
        case (true, true): throw .invalid("\(criterion.rawName) has a value with neither system nor code: '\(value)'")
        case (true, false): return .all([.systemIsNull, .valueEquals(code)])
        case (false, true): return .systemEquals(system)
        case (false, false): return .all([.systemEquals(system), .valueEquals(code)])
        }
    }

    private static func firstUnescapedBar(in value: String) -> String.Index? {
        var previous: Character?
        for index in value.indices {
            if value[index] == "|", previous != "\\" { return index }
            previous = value[index]
        }
        return nil
    }

    private static func unescapeBar(_ text: String) -> String {
        text.replacingOccurrences(of: "\\|", with: "|")
    }

    // MARK: - String

    private func stringPredicate(_ value: String, criterion: SearchCriterion) throws(SearchError)
        -> ResourceQuery.Predicate
    {
        switch criterion.modifier {
        case nil: .valueHasPrefix(StringNormalizer.normalize(value))
        case "exact": .textEquals(value)
        case "contains": .valueContains(StringNormalizer.normalize(value))
        default: throw unsupportedModifier(criterion)
        }
    }

    // MARK: - Reference

    private func referencePredicate(
        _ value: String,
        criterion: SearchCriterion,
        parameter: SearchParameter
    ) throws(SearchError) -> ResourceQuery.Predicate {
        var type: String?
        if let modifier = criterion.modifier {
            guard modifier.first?.isUppercase == true, parameter.targets.isEmpty || parameter.targets.contains(modifier)
            else {
                throw unsupportedModifier(criterion)
            }
            type = modifier
        }
        var id = value
        if value.contains("/") {
            guard let target = ReferenceTarget(value) else {
                throw .invalid("\(criterion.rawName) value '\(value)' is not a reference of the form Type/id")
            }
            guard type == nil || type == target.type else {
                throw .invalid("\(criterion.rawName) value '\(value)' names a different type than the modifier")
            }
            type = target.type
            id = target.id
        }
        guard let type else { return .valueEquals(id) }
        return .all([.systemEquals(type), .valueEquals(id)])
    }

    private func unsupportedModifier(_ criterion: SearchCriterion) -> SearchError {
        .notSupported("the modifier ':\(criterion.modifier ?? "")' is not supported on '\(criterion.name)'")
    }
}
