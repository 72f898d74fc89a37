import CMicroHTTPD
import Glibc

extension ConnectionHandle {
    /// Aborts the TCP connection with a reset, so the client's next read or write fails with
    /// ECONNRESET; then return false from the access handler to let the library close it.
    ///
    /// `SO_LINGER` with a zero timeout alone is not enough: libmicrohttpd 0.9.75 shuts the
    /// socket down for writing before closing it, and the client, having read that end of
    /// stream, no longer reports the reset that follows. So the socket is first disconnected
    /// by connecting it to an `AF_UNSPEC` address, which on Linux sends the reset at once and
    /// leaves a socket the library's own shutdown and close act on quietly. The linger setting
    /// stays as the fallback should the disconnect fail. See `connect(2)` and
    /// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dinfo-conn.html
    /// - Returns: Whether the reset was sent by the disconnect.
    @discardableResult
    func abortWithReset() -> Bool {
        let socket = cmhd_connection_socket(pointer)
        guard socket >= 0 else { return false }
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        _ = setsockopt(socket, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        var unspecified = sockaddr()
        unspecified.sa_family = sa_family_t(AF_UNSPEC)
        return connect(socket, &unspecified, socklen_t(MemoryLayout<sockaddr>.size)) == 0
    }
}
