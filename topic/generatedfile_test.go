package topic

import (
	"bytes"
	"os"
	"testing"
)

// checkGenerated checks a file generated from the built-in taxonomy: with
// update, it writes want to path and reports true (the caller stops
// there); else it fails t at once unless path holds want byte for byte,
// saying what the file should be (what). entity's test of its generated
// tables has the same helper.
func checkGenerated(t *testing.T, path string, want []byte, update bool, what string) bool {
	t.Helper()
	if update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		return true
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is not %s: run go generate ./topic", path, what)
	}
	return false
}
