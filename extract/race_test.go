//go:build race

package extract_test

// raceEnabled reports whether the tests run under the race detector, which
// slows extraction about tenfold: the tests of big inputs take smaller ones.
const raceEnabled = true

// hardBig is the size of the big hostile inputs of hardCases: 2 MB here, where
// the race detector slows extraction tenfold and a 10 MB case would near
// hangBound on a loaded machine. TestScaling proves the time linear in the
// text, so the smaller size loses nothing the cases test.
const hardBig = 2 << 20
