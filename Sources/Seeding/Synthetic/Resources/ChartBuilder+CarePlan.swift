import SandboxSupport

/// Goals and the care plan for the chronic problems.
extension ChartBuilder {
    /// One Goal per chronic problem that has a goal template; returns their ids.
    mutating func buildGoals() -> [String] {
        var goalIDs: [String] = []
        for diagnosis in plan.diagnoses {
            guard let template = diagnosis.problem.goal, let conditionID = problemIDs[diagnosis.problem.key] else {
                continue
            }
            let id = ids.next("Goal")
            goalIDs.append(id)
            resources.append(makeGoal(id: id, template: template, diagnosis: diagnosis, conditionID: conditionID))
        }
        return goalIDs
    }

    /// The care plan over every chronic problem, or `nil` when the chart has none.
    mutating func buildCarePlan(goalIDs: [String]) -> String? {
        guard !plan.diagnoses.isEmpty else { return nil }
        let id = ids.next("CarePlan")
        resources.append(makeCarePlan(id: id, goalIDs: goalIDs))
        return id
    }

    /// When the care plan was last revised: the end of the last check-up or follow-up.
    var carePlanRevised: Int64 {
        (plan.visits.last { $0.kind != .acute } ?? plan.visits[0]).end
    }

    private func makeGoal(
        id: String,
        template: SeedData.GoalTemplate,
        diagnosis: ChartPlan.Diagnosis,
        conditionID: String
    ) -> JSONValue {
        let startDay = plan.visits[diagnosis.visitIndex].day
        // Every date a chart holds is on or before the reference day, so a goal whose due date
        // would fall later carries none.
        let dueDay = startDay + Int64(template.months) * 30
        var target: [String: JSONValue] = [:]
        if let measure = template.measure {
            target["measure"] = ChartElement.concept(ChartCodeSystem.loinc, measure.loinc, measure.display)
        }
        if let value = template.value, let unit = template.unit {
            target["detailQuantity"] = ChartElement.quantity(value, unit: unit, comparator: template.comparator)
        }
        if dueDay <= clock.referenceDay { target["dueDate"] = .string(clock.date(day: dueDay)) }
        let targetMembers = ["measure", "detailQuantity", "dueDate"].compactMap { key in
            target[key].map { JSONValue.Member(key, $0) }
        }
        return .object([
            "resourceType": "Goal",
            "id": .string(id),
            "lifecycleStatus": "active",
            "description": .object(["text": .string(template.text)]),
            "subject": patientReference,
            "startDate": .string(clock.date(day: startDay)),
            "target": targetMembers.isEmpty ? nil : [.object(targetMembers)],
            "expressedBy": clinicianReference(primaryClinicianIndex),
            "addresses": [ChartElement.reference("Condition", conditionID)],
        ])
    }

    private func makeCarePlan(id: String, goalIDs: [String]) -> JSONValue {
        let problems = plan.diagnoses.map(\.problem)
        let startDay = plan.diagnoses.map { plan.visits[$0.visitIndex].day }.min() ?? plan.visits[0].day
        let summary = "Care plan for " + problems.map(\.text).joined(separator: ", ") + "."
        let items = problems.map {
            "<li>\(NoteFormat.escaped($0.text)): \(NoteFormat.escaped($0.plan ?? "Monitor."))</li>"
        }
        let div =
            "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>\(NoteFormat.escaped(summary))</p><ul>"
            + items.joined() + "</ul></div>"
        return .object([
            "resourceType": "CarePlan",
            "id": .string(id),
            "text": .object(["status": "generated", "div": .string(div)]),
            "status": "active",
            "intent": "plan",
            "category": [
                ChartElement.concept(
                    ChartCodeSystem.carePlanCategory,
                    "assess-plan",
                    "Assessment and Plan of Treatment"
                )
            ],
            "title": "Chronic care plan",
            "description": .string(summary),
            "subject": patientReference,
            "period": ChartElement.period(start: clock.date(day: startDay)),
            "created": .string(clock.dateTime(carePlanRevised)),
            "author": clinicianReference(primaryClinicianIndex),
            "careTeam": [ChartElement.reference("CareTeam", careTeamID)],
            "addresses": .array(
                plan.diagnoses.compactMap { problemIDs[$0.problem.key] }.map { ChartElement.reference("Condition", $0) }
            ),
            "goal": goalIDs.isEmpty ? nil : .array(goalIDs.map { ChartElement.reference("Goal", $0) }),
            "activity": .array(
                problems.map { problem in
                    .object([
                        "detail": .object(["status": "in-progress", "description": .string(problem.plan ?? "Monitor.")])
                    ])
                }
            ),
        ])
    }
}
