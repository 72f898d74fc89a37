import Athena
import Authorization
import Testing

@testable import SandboxApp

@Suite struct CatalogScopeValidatorTests {
    let validate = CatalogScopeValidator.make(catalog: AthenaCatalog.catalog)

    private func reason(_ text: String) throws -> String? {
        validate(try Scope(parsing: text))
    }

    @Test func servedTypesAndParametersPass() throws {
        #expect(try reason("system/Observation.rs?category=vital-signs") == nil)
        #expect(try reason("patient/*.read") == nil)
        #expect(try reason("openid") == nil)
        #expect(try reason("athena/service/Athenanet.MDP.*") == nil)
    }

    @Test func unknownTypesAndParametersAreNamed() throws {
        #expect(try reason("system/Claim.read") == "the sandbox serves no resource type 'Claim'")
        #expect(try reason("system/Observation.rs?foo=bar") == "Observation has no search parameter 'foo'")
        #expect(try reason("user/*.rs?nonsense=1") == "no resource type offers the search parameter 'nonsense'")
    }
}
