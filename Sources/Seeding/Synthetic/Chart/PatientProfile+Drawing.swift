import Athena
import SandboxSupport

extension PatientProfile {
    /// Draws the profile of patient `number`.
    static func draw(
        number: Int,
        data: SeedData,
        roster: PracticeRoster,
        clock: ChartClock,
        random: inout SeededGenerator
    ) -> PatientProfile {
        let sex = random.chance(0.52) ? "female" : "male"
        let age = drawAge(random: &random)
        let birthDay = clock.referenceDay - Int64(age) * 365 - Int64(age / 4) - Int64(random.int(in: 1...364))
        let given = random.pick(sex == "female" ? data.givenNamesFemale : data.givenNamesMale)
        let family = random.pick(data.familyNames)
        let town = random.pick(data.towns)
        let departmentIndex = random.int(in: 0...(roster.departments.count - 1))
        let candidates = roster.primaryCareCandidates(departmentIndex: departmentIndex, isChild: age < 18)
        let language = drawLanguage(random: &random)
        let eligibility = drawEligibility(age: age, random: &random)
        return PatientProfile(
            number: number,
            id: AthenaID.patient(practice: roster.practiceID, number: number),
            sex: sex,
            given: given,
            middle: drawMiddleName(sex: sex, unlike: given, data: data, random: &random),
            family: family,
            suffix: sex == "male" && age >= 18 && random.chance(0.05) ? random.pick(["Jr.", "III"]) : nil,
            birthDay: birthDay,
            street: "\(random.int(in: 2...998)) \(random.pick(data.streetNames))",
            town: town,
            homePhone: random.fictionalPhone(areaCode: town.areaCode),
            mobilePhone: random.chance(0.7) ? random.fictionalPhone(areaCode: town.areaCode) : nil,
            email: emailAddress(given: given, family: family, number: number),
            maritalStatus: drawMaritalStatus(age: age, random: &random),
            language: language,
            race: drawRace(random: &random),
            ethnicity: language.code == "es" || random.chance(0.1) ? hispanic : notHispanic,
            ssn: random.chance(0.6) ? fictionalSSN(random: &random) : nil,
            mrn: String(70_000_000 + number),
            departmentIndex: departmentIndex,
            primaryClinicianIndex: random.pick(candidates),
            planIndex: roster.planIndex(for: eligibility),
            memberID: "SBX" + String(random.int(in: 100_000_000...999_999_999)),
            guardian: age < 18 ? drawGuardian(family: family, town: town, data: data, random: &random) : nil
        )
    }

    private static func drawMiddleName(
        sex: String,
        unlike given: String,
        data: SeedData,
        random: inout SeededGenerator
    ) -> String? {
        guard random.chance(0.4) else { return nil }
        let names = (sex == "female" ? data.givenNamesFemale : data.givenNamesMale).filter { $0 != given }
        return names.isEmpty ? nil : random.pick(names)
    }

    private static func drawGuardian(
        family: String,
        town: SeedData.Town,
        data: SeedData,
        random: inout SeededGenerator
    ) -> Guardian {
        Guardian(
            given: random.pick(random.chance(0.5) ? data.givenNamesFemale : data.givenNamesMale),
            family: family,
            phone: random.fictionalPhone(areaCode: town.areaCode)
        )
    }

    /// Ages 2–92: about one patient in eight is a child, adults lean toward middle age.
    private static func drawAge(random: inout SeededGenerator) -> Int {
        if random.chance(0.12) { return random.int(in: 2...17) }
        let age = random.bell(mean: 52, spread: 40)
        return min(92, max(18, Int(age.rounded())))
    }

    private static func drawEligibility(age: Int, random: inout SeededGenerator) -> SeedData.Payer.Eligibility {
        if age >= 65 { return .senior }
        return random.chance(0.18) ? .medicaid : .commercial
    }

    private static func drawMaritalStatus(age: Int, random: inout SeededGenerator) -> SeedData.Code {
        let never = SeedData.Code(code: "S", display: "Never Married")
        guard age >= 18 else { return never }
        let statuses = [
            SeedData.Code(code: "M", display: "Married"), never,
            SeedData.Code(code: "D", display: "Divorced"), SeedData.Code(code: "W", display: "Widowed"),
        ]
        let weights = [50.0, age < 30 ? 60 : 22, age < 30 ? 3 : 12, age >= 65 ? 14 : 1]
        return statuses[random.weightedIndex(weights) ?? 0]
    }

    private static func drawLanguage(random: inout SeededGenerator) -> SeedData.Code {
        let languages = [
            SeedData.Code(code: "en-US", display: "English (United States)"),
            SeedData.Code(code: "es", display: "Spanish"),
            SeedData.Code(code: "pt", display: "Portuguese"),
        ]
        return languages[random.weightedIndex([88, 9, 3]) ?? 0]
    }

    private static func drawRace(random: inout SeededGenerator) -> SeedData.Code {
        let races = [
            SeedData.Code(code: "2106-3", display: "White"),
            SeedData.Code(code: "2054-5", display: "Black or African American"),
            SeedData.Code(code: "2028-9", display: "Asian"),
            SeedData.Code(code: "1002-5", display: "American Indian or Alaska Native"),
            SeedData.Code(code: "2076-8", display: "Native Hawaiian or Other Pacific Islander"),
            SeedData.Code(code: "2131-1", display: "Other Race"),
        ]
        return races[random.weightedIndex([62, 12, 7, 1, 1, 17]) ?? 0]
    }

    private static let hispanic = SeedData.Code(code: "2135-2", display: "Hispanic or Latino")
    private static let notHispanic = SeedData.Code(code: "2186-5", display: "Not Hispanic or Latino")

    /// An address at example.org, which no one can receive mail at.
    private static func emailAddress(given: String, family: String, number: Int) -> String {
        let local = "\(given).\(family)".lowercased().filter { $0.isLetter || $0 == "." || $0 == "-" }
        return "\(local)\(number % 100)@example.org"
    }

    /// `9AA-GG-SSSS`: the 900–999 area is never issued.
    private static func fictionalSSN(random: inout SeededGenerator) -> String {
        let area = random.int(in: 900...999)
        let group = random.int(in: 10...99)
        let serial = random.int(in: 1000...9999)
        return "\(area)-\(group)-\(serial)"
    }
}
