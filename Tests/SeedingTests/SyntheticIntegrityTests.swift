import Athena
import SandboxSupport
import Testing

@testable import Seeding

@Suite struct SyntheticIntegrityTests {
    @Test func everyIDIsValidAndUniqueWithinItsType() throws {
        var seen: Set<String> = []
        for resource in try SyntheticFixture.resources() {
            let id = try #require(resource["id"]?.stringValue)
            #expect(AthenaID.isValid(id), "invalid id \(id)")
            #expect(seen.insert(SyntheticJSON.key(resource)).inserted, "duplicate \(SyntheticJSON.key(resource))")
        }
    }

    @Test func everyReferenceResolvesToAGeneratedResource() throws {
        let resources = try SyntheticFixture.resources()
        let keys = Set(resources.map(SyntheticJSON.key))
        var count = 0
        for resource in resources {
            for reference in SyntheticJSON.references(in: resource) {
                count += 1
                #expect(keys.contains(reference), "\(SyntheticJSON.key(resource)) refers to missing \(reference)")
            }
        }
        #expect(count > resources.count)
    }

    @Test func everyDateTimeHasAnOffsetAndMillisecondsAndDatesStayDateOnly() throws {
        let dateOnlyMembers: Set<String> = ["birthDate", "startDate", "dueDate"]
        for resource in try SyntheticFixture.resources() {
            for (key, text) in SyntheticJSON.strings(in: resource) where SyntheticDates.looksLikeDate(text) {
                if dateOnlyMembers.contains(key) {
                    #expect(SyntheticDates.day(text) != nil, "\(key) \(text) should be a date")
                } else if text.count != 10 {
                    #expect(SyntheticDates.instant(text) != nil, "\(key) \(text) lacks offset or milliseconds")
                }
            }
        }
    }

    @Test func nothingIsDatedAfterTheReferenceInstant() throws {
        let reference = SyntheticPractice.Configuration.defaultReferenceInstant
        let referenceDay = try #require(SyntheticDates.day("2026-01-15"))
        var checked = 0
        for resource in try SyntheticFixture.resources() {
            for (key, text) in SyntheticJSON.strings(in: resource) where SyntheticDates.looksLikeDate(text) {
                checked += 1
                if let instant = SyntheticDates.instant(text) {
                    #expect(instant <= reference, "\(SyntheticJSON.key(resource)) \(key) \(text)")
                } else if let day = SyntheticDates.day(text) {
                    #expect(day <= referenceDay, "\(SyntheticJSON.key(resource)) \(key) \(text)")
                }
            }
        }
        #expect(checked > 1000)
    }

    @Test func birthDatesPrecedeEveryEncounter() throws {
        let resources = try SyntheticFixture.resources()
        var births: [String: Int64] = [:]
        for patient in resources where patient["resourceType"]?.stringValue == "Patient" {
            let id = try #require(patient["id"]?.stringValue)
            births[id] = SyntheticDates.day(try #require(patient["birthDate"]?.stringValue))
        }
        for encounter in resources where encounter["resourceType"]?.stringValue == "Encounter" {
            let patient = try #require(SyntheticJSON.patientID(of: encounter))
            let start = try #require(encounter["period"]?["start"]?.stringValue)
            let startDay = try #require(SyntheticDates.instant(start)) / 86_400_000
            #expect(try #require(births[patient]) < startDay)
        }
    }

    @Test func fiftyPatientsGiveCountsInASaneRange() throws {
        var counts: [String: Int] = [:]
        for resource in try SyntheticFixture.resources() {
            counts[resource["resourceType"]?.stringValue ?? "", default: 0] += 1
        }
        let encounters = counts["Encounter"] ?? 0
        #expect(counts["Patient"] == 50)
        #expect(counts["Coverage"] == 50)
        #expect(counts["CareTeam"] == 50)
        #expect((150...600).contains(encounters))
        #expect(counts["DocumentReference"] == encounters)
        #expect(counts["Provenance"] == encounters + 50)
        #expect((8...12).contains(counts["Practitioner"] ?? 0))
        #expect((3...4).contains(counts["Location"] ?? 0))
        #expect(counts["Organization"] == 1 + (counts["Location"] ?? 0) + 3)
        #expect((encounters * 8...encounters * 30).contains(counts["Observation"] ?? 0))
        #expect((50...encounters * 4).contains(counts["Condition"] ?? 0))
        #expect((50...encounters * 3).contains(counts["MedicationRequest"] ?? 0))
        #expect((encounters / 4...encounters * 4).contains(counts["DiagnosticReport"] ?? 0))
        #expect((10...encounters * 2).contains(counts["Immunization"] ?? 0))
        #expect((10...encounters * 2).contains(counts["Procedure"] ?? 0))
        #expect((5...150).contains(counts["AllergyIntolerance"] ?? 0))
        #expect((10...50).contains(counts["CarePlan"] ?? 0))
        #expect((10...250).contains(counts["Goal"] ?? 0))
    }

    @Test func everyCodingAndIdentifierUsesAKnownSystem() throws {
        let terminology = "http://terminology.hl7.org/CodeSystem/"
        let known: Set<String> = [
            "http://snomed.info/sct", "http://loinc.org", "http://www.nlm.nih.gov/research/umls/rxnorm",
            "http://hl7.org/fhir/sid/icd-10-cm", "http://hl7.org/fhir/sid/cvx", "http://www.ama-assn.org/go/cpt",
            "http://unitsofmeasure.org", "http://nucc.org/provider-taxonomy", "http://hl7.org/fhir/sid/us-npi",
            "http://hl7.org/fhir/sid/us-ssn", "urn:oid:2.16.840.1.113883.6.238", "urn:ietf:bcp:47",
            "https://nahdo.org/sopt", "http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
            "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
            "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode",
            "urn:athenahealth:athenanet:patient:195900", "urn:athenahealth:athenanet:department:195900",
            "urn:athenahealth:athenanet:mrn:195900", "urn:athena-sandbox:payer-id", "urn:athena-sandbox:member-id",
            "phone", "email",
        ]
        let terminologyNames: Set<String> = [
            "v2-0203", "v2-0360", "v2-0131", "v2-0074", "v3-ActCode", "v3-MaritalStatus", "v3-ParticipationType",
            "v3-ObservationInterpretation", "v3-DataOperation", "v3-RoleCode", "organization-type",
            "location-physical-type", "observation-category", "condition-category", "condition-clinical",
            "condition-ver-status", "allergyintolerance-clinical", "allergyintolerance-verification",
            "medicationrequest-category", "medicationrequest-course-of-therapy", "diagnosis-role",
            "provenance-participant-type", "coverage-class", "subscriber-relationship",
        ]
        var systems: Set<String> = []
        for resource in try SyntheticFixture.resources() {
            for (key, text) in SyntheticJSON.strings(in: resource) where key == "system" { systems.insert(text) }
        }
        for system in systems {
            let isTerminology =
                system.hasPrefix(terminology) && terminologyNames.contains(String(system.dropFirst(terminology.count)))
            #expect(known.contains(system) || isTerminology, "unknown system \(system)")
        }
        #expect(systems.count > 30)
    }

    @Test func everyClinicalResourceBelongsToAGeneratedPatient() throws {
        let resources = try SyntheticFixture.resources()
        let patients = Set(
            resources.filter { $0["resourceType"]?.stringValue == "Patient" }.compactMap { $0["id"]?.stringValue }
        )
        let shared: Set<String> = ["Organization", "Location", "Practitioner", "Provenance"]
        for resource in resources where !shared.contains(resource["resourceType"]?.stringValue ?? "") {
            let patient = try #require(
                SyntheticJSON.patientID(of: resource),
                "\(SyntheticJSON.key(resource)) has no patient"
            )
            #expect(patients.contains(patient))
        }
    }
}
