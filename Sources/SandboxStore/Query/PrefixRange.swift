/// The range of strings that start with a prefix, as bounds SQLite's byte-wise comparison and
/// an index can use.
///
/// A text column with the default `BINARY` collation compares UTF-8 bytes with `memcmp`, and
/// UTF-8 byte order is Unicode scalar order. So every string that starts with `prefix` lies in
/// `prefix ..< upperBound`, where `upperBound` is `prefix` with its last scalar replaced by the
/// next scalar, and nothing else does:
///
/// | prefix | range |
/// | --- | --- |
/// | `smi` | `smi ..< smj` |
/// | `zoë` | `zoë ..< zoì` (U+00EB then U+00EC) |
/// | `a` followed by U+10FFFF | `a`+U+10FFFF `..< b` (no scalar follows U+10FFFF, so it drops) |
///
/// Both bounds are valid UTF-8, so they bind as ordinary text, and
/// `value >= lower AND value < upper` lets SQLite search `(parameter, value)` in the index.
struct PrefixRange: Sendable, Hashable {
    /// The smallest string in the range: the prefix itself.
    let lowerBound: String
    /// The first string past the range, or `nil` when no string is past it (an empty prefix or
    /// one made only of U+10FFFF).
    let upperBound: String?

    init(prefix: String) {
        lowerBound = prefix
        upperBound = Self.upperBound(of: prefix)
    }

    private static func upperBound(of prefix: String) -> String? {
        var scalars = Array(prefix.unicodeScalars)
        while let last = scalars.popLast() {
            if let next = successor(of: last) {
                scalars.append(next)
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars)
                return String(view)
            }
        }
        return nil
    }

    /// The next Unicode scalar value, skipping the surrogate code points that are not scalars.
    private static func successor(of scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let next = scalar.value == 0xD7FF ? 0xE000 : scalar.value + 1
        return Unicode.Scalar(next)
    }
}
