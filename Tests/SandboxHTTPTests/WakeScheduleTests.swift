import Testing

@testable import SandboxHTTP

@Suite struct WakeScheduleTests {
    @Test func dueItemsAreTakenEarliestFirstAndTheRestKeepWaiting() {
        var schedule = WakeSchedule<String>()
        for (item, deadline) in [("late", 300), ("early", 100), ("middle", 200)] {
            let added = schedule.add(item, dueAt: UInt64(deadline))
            #expect(added)
        }
        #expect(schedule.earliestDeadline == 100)

        let none = schedule.takeDue(at: 99)
        #expect(none == [])
        let first = schedule.takeDue(at: 200)
        #expect(first == ["early", "middle"])
        #expect(schedule.count == 1)
        #expect(schedule.earliestDeadline == 300)
        let last = schedule.takeDue(at: 1000)
        #expect(last == ["late"])
        #expect(schedule.earliestDeadline == nil)
    }

    @Test func closingHandsBackEveryWaitingItemAndRefusesMore() {
        var schedule = WakeSchedule<Int>()
        _ = schedule.add(2, dueAt: 20)
        _ = schedule.add(1, dueAt: 10)
        let remaining = schedule.close()
        #expect(remaining == [1, 2])
        #expect(schedule.isClosed)
        #expect(schedule.count == 0)
        let added = schedule.add(3, dueAt: 5)
        #expect(added == false)
        let due = schedule.takeDue(at: .max)
        #expect(due == [])
    }
}
