//go:build linux

package extract_test

import (
	"runtime"
	"syscall"
	"time"
)

// rusageThread is Linux's RUSAGE_THREAD: getrusage of the calling thread.
const rusageThread = 1

// threadClock returns a clock of the CPU time, user and system, of the
// calling goroutine, which it locks to its thread until stop is called: on
// a machine that other work loads, it moves with the work the goroutine
// does, not with the waits for a core, the garbage collector's background
// workers or other goroutines.
func threadClock() (now func() time.Duration, stop func()) {
	runtime.LockOSThread()
	now = func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(rusageThread, &ru); err != nil {
			panic(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return now, runtime.UnlockOSThread
}
