#ifndef CMICROHTTPD_SHIM_H
#define CMICROHTTPD_SHIM_H

#include <stdarg.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <microhttpd.h>

/// The function type `MHD_OPTION_URI_LOG_CALLBACK` expects. The header documents its shape
/// only in prose, so Swift needs a named type to write a matching `@convention(c)` function.
/// What it returns becomes the request's `*con_cls`.
typedef void *(*cmhd_uri_callback)(void *context, const char *uri, struct MHD_Connection *connection);

/// Starts a daemon on an already listening socket with the options the sandbox server uses.
///
/// `MHD_start_daemon` takes its options as a variadic list, which Swift cannot call, so each
/// option is a plain parameter here; `memory_limit` is `MHD_OPTION_CONNECTION_MEMORY_LIMIT`,
/// the bytes each connection may use. `context` is handed to every callback. A
/// `thread_pool_size` of 0 or 1 runs one internal polling thread: the pool option then
/// becomes the end of the list, because the library warns about a pool of size 0 or 1. See
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dinit.html
static inline struct MHD_Daemon *cmhd_start_daemon(
    unsigned int flags,
    MHD_socket listen_socket,
    unsigned int thread_pool_size,
    unsigned int connection_timeout,
    unsigned int connection_limit,
    size_t memory_limit,
    MHD_AccessHandlerCallback access_handler,
    MHD_RequestCompletedCallback request_completed,
    cmhd_uri_callback uri_callback,
    MHD_LogCallback error_logger,
    void *context
) {
    return MHD_start_daemon(
        flags, 0, NULL, NULL, access_handler, context,
        MHD_OPTION_EXTERNAL_LOGGER, error_logger, context,
        MHD_OPTION_LISTEN_SOCKET, listen_socket,
        MHD_OPTION_URI_LOG_CALLBACK, uri_callback, context,
        MHD_OPTION_NOTIFY_COMPLETED, request_completed, context,
        MHD_OPTION_CONNECTION_TIMEOUT, connection_timeout,
        MHD_OPTION_CONNECTION_LIMIT, connection_limit,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, memory_limit,
        thread_pool_size > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, thread_pool_size,
        MHD_OPTION_END
    );
}

/// Empties the query of the request target the URI log callback received, so the library
/// does not parse it.
///
/// libmicrohttpd 0.9.75 splits the query into `name=value` records in the connection's
/// memory pool right after the URI log callback returns, one record per parameter. A query
/// with many parameters (about 500 with the default 32 KiB pool) runs the pool out; the
/// library then logs a 431 answer that never reaches the client, which hears nothing until
/// the connection times out. The server reads the query from its own copy of the target and never asks the
/// library for it, so the byte after the first `?` becomes the string's end: the library
/// finds an empty query and allocates nothing.
///
/// `uri` points into the connection's own read buffer, which the library writes to itself
/// while parsing, so the write stays inside memory the library owns and expects to change.
/// Call it last in the callback, once the target is copied. See `MHD_OPTION_URI_LOG_CALLBACK` in
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dconst.html
static inline void cmhd_empty_query(const char *uri) {
    char *mark = strchr(uri, '?');
    if (mark != NULL && mark[1] != '\0') {
        mark[1] = '\0';
    }
}

/// The port the daemon's listening socket is bound to, or 0 when the daemon cannot tell.
///
/// `MHD_get_daemon_info` is variadic, which Swift cannot call. See
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dinfo-daemon.html
static inline uint16_t cmhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}

/// The peer address of a connection, or NULL when the library does not know it.
///
/// `MHD_get_connection_info` is variadic, which Swift cannot call. See
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dinfo-conn.html
static inline const struct sockaddr *cmhd_client_address(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return info == NULL ? NULL : info->client_addr;
}

/// The socket of a connection, or -1 when the library does not tell.
///
/// `MHD_get_connection_info` is variadic, which Swift cannot call. The socket stays the
/// library's: the caller may set options on it but must not close it. See
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dinfo-conn.html
static inline MHD_socket cmhd_connection_socket(struct MHD_Connection *connection) {
    const union MHD_ConnectionInfo *info =
        MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CONNECTION_FD);
    return info == NULL ? MHD_INVALID_SOCKET : info->connect_fd;
}

/// What a content reader returns to make the library stop sending and close the connection.
///
/// `MHD_CONTENT_READER_END_WITH_ERROR` is a macro with a cast, which Swift does not import.
/// The library then closes the connection without sending the rest of the body, even though
/// the header announced it. See `MHD_ContentReaderCallback` in
/// https://www.gnu.org/software/libmicrohttpd/manual/html_node/microhttpd_002dcb.html
static inline ssize_t cmhd_content_reader_error(void) {
    return MHD_CONTENT_READER_END_WITH_ERROR;
}

#endif
