extension SeedData {
    /// Checks that every key one file names is defined by another, and that the lists the
    /// generator draws from are not empty.
    func validate() throws {
        try requireEntries()
        try validatePractice()
        try validateProblems()
        try validateServices()
    }

    private func requireEntries() throws {
        let lists: [(String, Int)] = [
            ("places.json", towns.count), ("payers.json", payers.count), ("problems.json", problems.count),
            ("medications.json", medications.count), ("allergens.json", allergens.count),
            ("lab-tests.json", labTests.count), ("practice.json", practice.departments.count),
        ]
        for (file, count) in lists where count == 0 {
            throw SeedDataError.empty(file: file)
        }
        for kind in [VisitType.Kind.wellness, .followUp, .acute] where visitType(kind) == nil {
            throw SeedDataError.unknownKey(file: "visit-types.json", key: kind.rawValue)
        }
        for eligibility in [Payer.Eligibility.commercial, .senior, .medicaid]
        where !payers.contains(where: { $0.eligibility == eligibility }) {
            throw SeedDataError.unknownKey(file: "payers.json", key: eligibility.rawValue)
        }
    }

    private func validatePractice() throws {
        let file = "practice.json"
        let townNames = [practice.town] + practice.departments.map(\.town)
        for name in townNames where town(named: name) == nil {
            throw SeedDataError.unknownKey(file: file, key: name)
        }
        for key in practice.clinicians {
            guard let specialty = specialty(key) else { throw SeedDataError.unknownKey(file: file, key: key) }
            guard careTeamRoles[specialty.careTeamRole] != nil else {
                throw SeedDataError.unknownKey(file: "specialties.json", key: specialty.careTeamRole)
            }
        }
        let counts = [practice.minimumDepartments, practice.minimumClinicians]
        guard counts.allSatisfy({ $0 >= 1 }), practice.minimumDepartments <= practice.departments.count,
            practice.minimumClinicians <= practice.clinicians.count
        else {
            throw SeedDataError.malformed(file: file, detail: "minimum counts exceed the lists")
        }
    }

    private func validateProblems() throws {
        let file = "problems.json"
        for problem in problems {
            let medicationKeys = problem.medications.flatMap { $0.choices + ($0.childChoices ?? []) }
            for key in medicationKeys where medication(key) == nil {
                throw SeedDataError.unknownKey(file: file, key: key)
            }
            for key in problem.labPanels where labPanel(key) == nil {
                throw SeedDataError.unknownKey(file: file, key: key)
            }
            for key in Array(problem.labRanges.keys) + problem.treatedLabRanges.keys where labTest(key) == nil {
                throw SeedDataError.unknownKey(file: file, key: key)
            }
            for key in problem.procedures.map(\.key) + problem.excludes
            where procedure(key) == nil && self.problem(key) == nil {
                throw SeedDataError.unknownKey(file: file, key: key)
            }
        }
    }

    private func validateServices() throws {
        for panel in labPanels {
            for key in panel.tests where labTest(key) == nil {
                throw SeedDataError.unknownKey(file: "lab-panels.json", key: key)
            }
        }
        for test in labTests where test.typical.count != 2 || (test.femaleTypical.map { $0.count != 2 } ?? false) {
            throw SeedDataError.malformed(file: "lab-tests.json", detail: "typical of \(test.key) needs two bounds")
        }
        for visit in visitTypes {
            if visit.minutes.count != 2 { throw SeedDataError.malformed(file: "visit-types.json", detail: "minutes") }
            for key in (visit.labPanels ?? []).map(\.key) where labPanel(key) == nil {
                throw SeedDataError.unknownKey(file: "visit-types.json", key: key)
            }
            for key in (visit.procedures ?? []).map(\.key) where procedure(key) == nil {
                throw SeedDataError.unknownKey(file: "visit-types.json", key: key)
            }
        }
    }
}
