#ifndef CANDOR_CCURL_SHIM_H
#define CANDOR_CCURL_SHIM_H

// Typed wrappers for libcurl's variadic calls, which Swift cannot call directly, and the epoll glue that
// drives a multi handle through curl_multi_socket_action.
#include <curl/curl.h>
#include <errno.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <time.h>
#include <unistd.h>

static inline CURLcode ccurl_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_setopt_off(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_setopt_write_function(CURL *handle, CURLoption option, curl_write_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode ccurl_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ccurl_easy_getinfo_double(CURL *handle, CURLINFO info, double *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ccurl_easy_getinfo_off(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode ccurl_easy_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode ccurl_multi_setopt_long(CURLM *multi, CURLMoption option, long value) {
    return curl_multi_setopt(multi, option, value);
}

// Whether libcurl was built with HTTP/2 (nghttp2); HTTP/2 is then negotiated over TLS by ALPN.
static inline int ccurl_supports_http2(void) {
    return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_HTTP2) != 0;
}

// CURLMsg carries a union: accessors keep Swift away from its layout.
static inline int ccurl_msg_is_done(const CURLMsg *message) {
    return message->msg == CURLMSG_DONE;
}

static inline CURL *ccurl_msg_easy_handle(const CURLMsg *message) {
    return message->easy_handle;
}

static inline CURLcode ccurl_msg_result(const CURLMsg *message) {
    return message->data.result;
}

// The state libcurl's socket and timer callbacks keep for an epoll loop: the epoll instance that watches
// the sockets libcurl asks for, and when libcurl next wants curl_multi_socket_action(CURL_SOCKET_TIMEOUT).
typedef struct {
    int epoll;
    // CLOCK_MONOTONIC milliseconds, or -1 when libcurl wants no timeout call.
    int64_t deadline_ms;
} ccurl_event_loop;

static inline int64_t ccurl_monotonic_ms(void) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (int64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

// CURLMOPT_SOCKETFUNCTION: watch `socket` for what libcurl waits for on it, or stop watching it.
static int ccurl_event_loop_socket(CURL *easy, curl_socket_t socket, int what, void *loop, void *socket_data) {
    (void)easy;
    (void)socket_data;
    int epoll = ((ccurl_event_loop *)loop)->epoll;
    if (what == CURL_POLL_REMOVE) {
        // libcurl may already have closed it, which removed it from the set: nothing to undo then.
        epoll_ctl(epoll, EPOLL_CTL_DEL, socket, NULL);
        return 0;
    }
    struct epoll_event event = {0};
    event.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0);
    event.data.fd = socket;
    if (epoll_ctl(epoll, EPOLL_CTL_MOD, socket, &event) == 0) return 0;
    if (errno == ENOENT && epoll_ctl(epoll, EPOLL_CTL_ADD, socket, &event) == 0) return 0;
    return -1;
}

// CURLMOPT_TIMERFUNCTION: remember when libcurl wants its timeout call (-1: never).
static int ccurl_event_loop_timer(CURLM *multi, long timeout_ms, void *loop) {
    (void)multi;
    ((ccurl_event_loop *)loop)->deadline_ms = timeout_ms < 0 ? -1 : ccurl_monotonic_ms() + timeout_ms;
    return 0;
}

// Hands `multi`'s sockets and timer to `loop`. Call before adding any easy handle.
static inline CURLMcode ccurl_multi_use_event_loop(CURLM *multi, ccurl_event_loop *loop) {
    CURLMcode code = curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, ccurl_event_loop_socket);
    if (code == CURLM_OK) code = curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, loop);
    if (code == CURLM_OK) code = curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, ccurl_event_loop_timer);
    if (code == CURLM_OK) code = curl_multi_setopt(multi, CURLMOPT_TIMERDATA, loop);
    return code;
}

// Opens `loop`'s epoll instance with an eventfd in it that other threads wake the loop with. Returns the
// eventfd, or -1 (with errno set) when the system is out of file descriptors or memory.
static inline int ccurl_event_loop_open(ccurl_event_loop *loop) {
    loop->deadline_ms = -1;
    loop->epoll = epoll_create1(EPOLL_CLOEXEC);
    if (loop->epoll < 0) return -1;
    int wake = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    struct epoll_event event = {0};
    event.events = EPOLLIN;
    event.data.fd = wake;
    if (wake < 0 || epoll_ctl(loop->epoll, EPOLL_CTL_ADD, wake, &event) != 0) {
        int error = errno;
        if (wake >= 0) close(wake);
        close(loop->epoll);
        errno = error;
        return -1;
    }
    return wake;
}

// Wakes the thread waiting in ccurl_event_loop_wait; safe from any thread.
static inline void ccurl_event_loop_wake(int wake) {
    uint64_t one = 1;
    ssize_t written = write(wake, &one, sizeof one);
    (void)written; // EAGAIN: the counter is full of wakeups already.
}

// Whether libcurl's timeout call is due; clears the deadline when it is (the call may set a new one).
static inline int ccurl_event_loop_timer_due(ccurl_event_loop *loop) {
    if (loop->deadline_ms < 0 || ccurl_monotonic_ms() < loop->deadline_ms) return 0;
    loop->deadline_ms = -1;
    return 1;
}

// Waits for libcurl's sockets (at most until its deadline, and never more than a second) when `sleep`,
// else only looks, and fills `sockets` and their CURL_CSELECT_* `flags` for each ready one, up to
// `capacity`. A wakeup is consumed here and not reported. Returns the number of sockets filled in.
static inline int ccurl_event_loop_wait(ccurl_event_loop *loop, int wake, int sleep, int *sockets, int *flags,
                                        int capacity) {
    enum { max_events = 64 };
    struct epoll_event events[max_events];
    int timeout = 0;
    if (sleep) {
        timeout = 1000;
        if (loop->deadline_ms >= 0) {
            int64_t remaining = loop->deadline_ms - ccurl_monotonic_ms();
            timeout = remaining < 0 ? 0 : remaining < timeout ? (int)remaining : timeout;
        }
    }
    int ready = epoll_wait(loop->epoll, events, capacity < max_events ? capacity : max_events, timeout);
    int filled = 0;
    for (int index = 0; index < ready; index++) {
        if (events[index].data.fd == wake) {
            uint64_t count;
            ssize_t drained = read(wake, &count, sizeof count);
            (void)drained;
            continue;
        }
        sockets[filled] = events[index].data.fd;
        uint32_t happened = events[index].events;
        flags[filled] = ((happened & EPOLLIN) ? CURL_CSELECT_IN : 0) | ((happened & EPOLLOUT) ? CURL_CSELECT_OUT : 0)
            | ((happened & (EPOLLERR | EPOLLHUP)) ? CURL_CSELECT_ERR : 0);
        filled++;
    }
    return filled;
}

// Closes what ccurl_event_loop_open opened.
static inline void ccurl_event_loop_close(ccurl_event_loop *loop, int wake) {
    close(wake);
    close(loop->epoll);
}

// curl_multi_socket_action for libcurl's timeout rather than a socket.
static inline CURLMcode ccurl_multi_timeout_action(CURLM *multi, int *running) {
    return curl_multi_socket_action(multi, CURL_SOCKET_TIMEOUT, 0, running);
}

#endif
