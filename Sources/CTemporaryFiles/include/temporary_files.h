// The registry of temporary output files to remove when the process ends early.
//
// It is written in C because its signal handler must be async-signal-safe: a handler
// written in Swift may instantiate type metadata on its first run, which calls
// malloc, and a signal that arrives while the interrupted thread is inside malloc
// then corrupts the heap (glibc aborts with "malloc assertion failure in sysmalloc").
// Here the handler touches only a fixed table and calls unlink, signal and raise.

#ifndef MAILLAGE_TEMPORARY_FILES_H
#define MAILLAGE_TEMPORARY_FILES_H

#include <stddef.h>

/// How many temporary files can be registered at once.
#define MAILLAGE_TEMPORARY_FILES_CAPACITY 64

/// The longest path that can be registered, terminating zero included.
#define MAILLAGE_TEMPORARY_FILES_PATH_MAX 4096

/// Installs, once, the exit handler and the SIGINT, SIGTERM, SIGHUP and SIGPIPE
/// handlers that remove every registered file, then end the process by the same signal
/// (a signal the process was started ignoring, as `nohup` ignores SIGHUP, is left
/// ignored). Also unblocks the handled signals on the calling thread (a parent may hand
/// its blocked signals down).
void maillage_temporary_files_install(void);

/// Records `path` for removal; returns its slot, or -1 when the table is full or the
/// path too long (the file is then only removed on errors).
int maillage_temporary_files_register(const char *path);

/// Forgets the file of `slot` (it was renamed over its target, or removed).
void maillage_temporary_files_unregister(int slot);

/// Removes every registered file whose path starts with `prefix`, every one when
/// `prefix` is NULL. Async-signal-safe.
void maillage_temporary_files_remove_all(const char *prefix);

/// Copies the path registered in `slot` into `buffer` (at most `size` bytes, zero
/// terminated); returns 1 when the slot holds a path, 0 otherwise. For tests.
int maillage_temporary_files_path(int slot, char *buffer, size_t size);

/// The function installed as the handler of SIGINT, SIGTERM, SIGHUP and SIGPIPE. For tests.
void maillage_temporary_files_signal_handler(int received);

#endif
