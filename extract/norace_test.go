//go:build !race

package extract_test

// raceEnabled reports whether the tests run under the race detector, which
// slows extraction about tenfold: the tests of big inputs take smaller ones.
const raceEnabled = false

// hardBig is the size of the big hostile inputs of hardCases: 10 MB (2 MB
// under the race detector: see race_test.go).
const hardBig = 10 << 20
