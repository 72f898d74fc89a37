/// The seeded users, looked up by username.
package struct UserDirectory: Sendable {
    /// Every user, in the order the seed file lists them.
    package let users: [SandboxUser]
    private let byName: [String: SandboxUser]

    package init(_ users: [SandboxUser]) {
        self.users = users
        byName = Dictionary(users.map { ($0.username, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The user signed in as `username`, if any.
    package func user(named username: String) -> SandboxUser? {
        byName[username]
    }

    /// The users who can sign in to an app of `kind`, in seed order.
    package func users(for kind: ClientRegistration.Kind) -> [SandboxUser] {
        users.filter { $0.canUse(kind) }
    }
}
