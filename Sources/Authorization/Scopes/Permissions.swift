/// The interactions a resource scope grants, one bit per SMART v2 letter.
///
/// SMART v2 spells a set as an ordered subset of `cruds`; SMART v1 knows three sets only:
/// `read` (read and search), `write` (create, update and delete) and `*` (all five).
package struct Permissions: OptionSet, Sendable, Hashable {
    package let rawValue: UInt8

    package init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// `c`: create a resource.
    package static let create = Permissions(rawValue: 1 << 0)
    /// `r`: read a resource by id.
    package static let read = Permissions(rawValue: 1 << 1)
    /// `u`: update a resource.
    package static let update = Permissions(rawValue: 1 << 2)
    /// `d`: delete a resource.
    package static let delete = Permissions(rawValue: 1 << 3)
    /// `s`: search for resources.
    package static let search = Permissions(rawValue: 1 << 4)

    /// What SMART v1 `read` grants: read and search.
    package static let v1Read: Permissions = [.read, .search]
    /// What SMART v1 `write` grants: create, update and delete.
    package static let v1Write: Permissions = [.create, .update, .delete]
    /// Every interaction, as SMART v1 `*` or v2 `cruds`.
    package static let all: Permissions = [.create, .read, .update, .delete, .search]

    /// Each permission with its v2 letter, in the order v2 requires.
    static let lettered: [(letter: Character, permission: Permissions)] = [
        ("c", .create), ("r", .read), ("u", .update), ("d", .delete), ("s", .search),
    ]

    /// The SMART v2 letters for this set, in `cruds` order (`"rs"` for read and search).
    package var letters: String {
        String(Self.lettered.filter { contains($0.permission) }.map(\.letter))
    }

    /// The SMART v1 word for this set (`read`, `write` or `*`), or `nil` when v1 cannot say it.
    package var v1Word: String? {
        switch self {
        case .v1Read: "read"
        case .v1Write: "write"
        case .all: "*"
        default: nil
        }
    }

    /// The set SMART v1 `word` names, or `nil` when `word` is not `read`, `write` or `*`.
    init?(v1Word word: Substring) {
        switch word {
        case "read": self = .v1Read
        case "write": self = .v1Write
        case "*": self = .all
        default: return nil
        }
    }

    /// The set SMART v2 `letters` name, or `nil` unless they are a non-empty subsequence of `cruds`.
    init?(v2Letters letters: Substring) {
        var remaining = Self.lettered[...]
        var permissions: Permissions = []
        for letter in letters {
            guard let index = remaining.firstIndex(where: { $0.letter == letter }) else { return nil }
            permissions.insert(remaining[index].permission)
            remaining = remaining[(index + 1)...]
        }
        guard !permissions.isEmpty else { return nil }
        self = permissions
    }
}
