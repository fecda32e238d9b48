package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestRun checks the child's line (both times measured, memory held) and
// its errors: -h, no file, a file that does not exist.
func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"../../../testdata/seeds/000_aa5c4228441c36f4.txt"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var r result
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%q: %v", out.String(), err)
	}
	if r.NewMS <= 0 || r.ExtractMS <= 0 || r.SysMB <= 0 {
		t.Errorf("a figure not measured: %+v", r)
	}
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"-h"}, 0, "usage: firstresult FILE"},
		{nil, 2, "usage: firstresult FILE"},
		{[]string{"no-such-file.txt"}, 1, "no-such-file.txt"},
	} {
		out.Reset()
		errb.Reset()
		if code := run(c.args, &out, &errb); code != c.code || !strings.Contains(errb.String(), c.msg) {
			t.Errorf("run(%q) = %d, %q; want %d and %q", c.args, code, errb.String(), c.code, c.msg)
		}
	}
}
