// See include/temporary_files.h.

#include "temporary_files.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { slot_free = 0, slot_writing = 1, slot_ready = 2 };

// Fixed storage, never freed: the handler may read a slot while another thread
// unregisters it, and must never see freed memory. The states are atomic; a path is
// read only in the ready state.
static _Atomic int states[MAILLAGE_TEMPORARY_FILES_CAPACITY];
static char paths[MAILLAGE_TEMPORARY_FILES_CAPACITY][MAILLAGE_TEMPORARY_FILES_PATH_MAX];
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static void remove_all_at_exit(void) {
    maillage_temporary_files_remove_all(NULL);
}

void maillage_temporary_files_signal_handler(int received) {
    int saved = errno;
    maillage_temporary_files_remove_all(NULL);
    // End the process by the same signal, so that its parent sees why it ended.
    signal(received, SIG_DFL);
    raise(received);
    errno = saved;
}

static void install_once(void) {
    atexit(remove_all_at_exit);
    // SIGPIPE: the reader of a pipe went away (`maillage … -o out.csv 2>&1 | head`).
    static const int handled[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    sigset_t unblocked;
    sigemptyset(&unblocked);
    for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
        // A signal the process was started ignoring stays ignored (`nohup` ignores
        // SIGHUP, a parent may ignore SIGPIPE and expect EPIPE errors instead).
        struct sigaction current;
        if (sigaction(handled[i], NULL, &current) == 0 && current.sa_handler == SIG_IGN) continue;
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = maillage_temporary_files_signal_handler;
        sigemptyset(&action.sa_mask);
        // Block the others while one is handled: one cleanup at a time.
        for (size_t j = 0; j < sizeof handled / sizeof handled[0]; j++) sigaddset(&action.sa_mask, handled[j]);
        action.sa_flags = SA_RESTART;
        sigaction(handled[i], &action, NULL);
        sigaddset(&unblocked, handled[i]);
    }
    pthread_sigmask(SIG_UNBLOCK, &unblocked, NULL);
}

void maillage_temporary_files_install(void) {
    pthread_once(&installed, install_once);
}

int maillage_temporary_files_register(const char *path) {
    size_t length = strlen(path);
    if (length >= MAILLAGE_TEMPORARY_FILES_PATH_MAX) return -1;
    for (int i = 0; i < MAILLAGE_TEMPORARY_FILES_CAPACITY; i++) {
        int expected = slot_free;
        if (atomic_compare_exchange_strong(&states[i], &expected, slot_writing)) {
            memcpy(paths[i], path, length + 1);
            atomic_store(&states[i], slot_ready);
            return i;
        }
    }
    return -1;
}

void maillage_temporary_files_unregister(int slot) {
    if (slot < 0 || slot >= MAILLAGE_TEMPORARY_FILES_CAPACITY) return;
    atomic_store(&states[slot], slot_free);
}

void maillage_temporary_files_remove_all(const char *prefix) {
    size_t length = prefix ? strlen(prefix) : 0;
    for (int i = 0; i < MAILLAGE_TEMPORARY_FILES_CAPACITY; i++) {
        if (atomic_load(&states[i]) != slot_ready) continue;
        if (prefix && strncmp(paths[i], prefix, length) != 0) continue;
        unlink(paths[i]);
    }
}

int maillage_temporary_files_path(int slot, char *buffer, size_t size) {
    if (slot < 0 || slot >= MAILLAGE_TEMPORARY_FILES_CAPACITY || size == 0) return 0;
    if (atomic_load(&states[slot]) != slot_ready) return 0;
    strncpy(buffer, paths[slot], size - 1);
    buffer[size - 1] = 0;
    return 1;
}
