extension AuditStore {
    /// Where the audit file of the resource database at `databasePath` lives:
    /// `<databasePath>.audit.sqlite`, beside it, so resetting the resource data leaves it.
    package static func path(besideDatabase databasePath: String) -> String {
        databasePath + ".audit.sqlite"
    }
}
