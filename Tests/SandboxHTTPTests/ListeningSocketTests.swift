import Glibc
import Testing

@testable import SandboxHTTP

@Suite struct ListeningSocketTests {
    /// Whether a new socket can listen on `port` again, which needs every descriptor of the old one closed.
    private func isFree(port: Int) -> Bool {
        (try? ListeningSocket(host: "127.0.0.1", port: port)).map { socket in
            _ = socket.handOff { _ in nil as Int32? }
            return true
        } ?? false
    }

    private func boundPort(of descriptor: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test func aStartedLibraryKeepsTheOnlyOpenDescriptor() throws {
        let socket = try ListeningSocket(host: "127.0.0.1", port: 0)
        let port = boundPort(of: socket.descriptor)
        let kept = try #require(socket.handOff { $0 })
        #expect(kept != socket.descriptor)
        #expect(!isFree(port: port))
        close(kept)
        #expect(isFree(port: port))
    }

    @Test func aFailedStartThatLeftTheSocketOpenClosesIt() throws {
        let socket = try ListeningSocket(host: "127.0.0.1", port: 0)
        let port = boundPort(of: socket.descriptor)
        let started = socket.handOff { _ -> Int32? in nil }
        #expect(started == nil)
        #expect(isFree(port: port))
    }

    @Test func aFailedStartThatClosedTheSocketLeavesItsNumberToItsNewOwner() throws {
        let socket = try ListeningSocket(host: "127.0.0.1", port: 0)
        let port = boundPort(of: socket.descriptor)
        let other = open("/dev/null", O_RDONLY | O_CLOEXEC)
        defer { close(other) }
        var lent: Int32 = -1
        // The library closes the socket, and the number is at once another file's: `dup2`
        // does both in one step, as a thread opening a file right after the close would.
        let started = socket.handOff { descriptor -> Int32? in
            lent = descriptor
            dup2(other, descriptor)
            return nil
        }
        #expect(started == nil)
        #expect(fcntl(lent, F_GETFD) != -1)
        #expect(ListeningSocket.file(lent, isSameAs: other))
        close(lent)
        #expect(isFree(port: port))
    }
}
