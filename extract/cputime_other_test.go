//go:build !linux

package extract_test

import "time"

// threadClock returns the wall clock: the system offers no CPU time of a
// thread to the standard library.
func threadClock() (now func() time.Duration, stop func()) {
	start := time.Now()
	return func() time.Duration { return time.Since(start) }, func() {}
}
