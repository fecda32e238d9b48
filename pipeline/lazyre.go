package pipeline

import (
	"regexp"
	"sync"
)

// regexps are the getters of every expression of lazyRegexp, so that a test
// compiles them all (TestRegexps).
var regexps []func() *regexp.Regexp

// lazyRegexp returns a function that compiles expr on its first call and
// returns that same expression at every call. A document needs few of the
// pipeline's expressions, each run only when a scan of the bytes says it
// may match; compiling them all when the package was initialised cost every
// process about 450 KB and a millisecond and a half before main. Like
// regexp.MustCompile on a literal, it panics if expr does not compile:
// TestRegexps compiles every one.
func lazyRegexp(expr string) func() *regexp.Regexp {
	get := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
	regexps = append(regexps, get)
	return get
}
