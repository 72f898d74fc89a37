import SandboxCrypto
import Testing

@Suite struct ConcurrentUseTests {
    @Test(arguments: [JWSAlgorithm.rs384, .es384])
    func oneKeySignsAndVerifiesFromManyTasksAtOnce(algorithm: JWSAlgorithm) async throws {
        let key = TestKeys.key(for: algorithm)
        let publicKey = key.publicKey
        let results = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<32 {
                group.addTask {
                    let token = try JWS.sign(claims: TestKeys.claims, with: key, algorithm: algorithm)
                    return try JWS.parse(compact: token).verify(with: publicKey)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 })
    }
}
