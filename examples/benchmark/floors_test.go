package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFloors(t *testing.T) {
	tests := []struct {
		name, in string
		want     Floors
		wantErr  string
	}{
		{"sets and comments", "# floors\n\nseeds people 1\ndev people 0.776\ndev topic:trade 0.9\n",
			Floors{"seeds": {"people": 1}, "dev": {"people": 0.776, "topic:trade": 0.9}}, ""},
		{"too few fields", "dev people\n", nil, "f.txt:1: want SET METRIC VALUE"},
		{"unknown metric", "\ndev peple 0.5\n", nil, "f.txt:2: unknown metric \"peple\""},
		{"out of range", "dev people 1.5\n", nil, "not a number in [0, 1]"},
		{"twice", "dev people 0.5\ndev people 0.6\n", nil, "f.txt:2: dev people given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseFloors(strings.NewReader(tt.in), "f.txt")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestFloorsFile checks the project's floors file: it parses, and the seeds
// meet theirs.
func TestFloorsFile(t *testing.T) {
	if _, err := LoadFloors("floors.txt", "seeds"); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFloors("floors.txt", "dev"); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFloors("floors.txt", "nope"); err == nil {
		t.Error("LoadFloors of an unknown set: no error")
	}
}

// TestFloorsFail: a floor above the figure fails the run with exit 1 and
// names the metric; -min given on the command line overrides a floor; the
// project's seed floors pass.
func TestFloorsFail(t *testing.T) {
	dir := t.TempDir()
	for name, data := range map[string]string{
		"x.json":     `{"people": [{"name": "Nobody Here"}]}`,
		"x.txt":      "Nothing to see.",
		"floors.txt": "t people 0.5\nt countries 0.5\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	set := []string{"-gold", dir, "-texts", dir, "-floors", filepath.Join(dir, "floors.txt"), "-set", "t"}
	var out, errb bytes.Buffer
	if code := run(set, &out, &errb); code != 1 || !strings.Contains(errb.String(), "people F1 0.000 < 0.5 (-min)") {
		t.Errorf("below a floor: exit %d, stderr %q; want 1 and the people floor", code, errb.String())
	}
	errb.Reset()
	if code := run(append(set, "-min", "people=0"), &out, &errb); code != 0 {
		t.Errorf("-min people=0 over the floor: exit %d, stderr %q; want 0", code, errb.String())
	}
	errb.Reset()
	seeds := []string{"-gold", "../../testdata/gold", "-texts", "../../testdata/seeds", "-floors", "floors.txt", "-set", "seeds"}
	if code := run(seeds, &out, &errb); code != 0 {
		t.Errorf("the project's seed floors: exit %d: %s", code, errb.String())
	}
}
