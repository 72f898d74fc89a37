import Foundation
import Glibc
import SandboxHTTP
import Testing

@Suite struct ShutdownSignalTests {
    @Test func waitReturnsASignalThatArrivedBeforeIt() {
        let shutdown = ShutdownSignal(signals: [SIGUSR2])
        pthread_kill(pthread_self(), SIGUSR2)
        #expect(shutdown.wait() == SIGUSR2)
    }

    @Test func waitReturnsASignalSentWhileItIsBlocked() {
        let shutdown = ShutdownSignal(signals: [SIGUSR1, SIGUSR2])
        let waiting = pthread_self()
        let sender = Thread {
            usleep(50_000)
            pthread_kill(waiting, SIGUSR1)
        }
        sender.start()
        #expect(shutdown.wait() == SIGUSR1)
    }
}
