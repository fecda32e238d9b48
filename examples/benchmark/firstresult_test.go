package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestMeasureFirstResult times a seed's first result in fresh processes:
// with the go command at hand (as under go test), the child is the
// firstresult program, which links no prose, and every figure is measured.
func TestMeasureFirstResult(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	fr, err := measureFirstResult("../../testdata/seeds/000_aa5c4228441c36f4.txt")
	if err != nil {
		t.Fatal(err)
	}
	if fr.Child != childFirstResult {
		t.Errorf("child %q, want %q", fr.Child, childFirstResult)
	}
	if fr.ProcessMS <= 0 || fr.NewMS <= 0 || fr.ExtractMS <= 0 || fr.SysMB <= 0 || fr.ProcessMS < fr.NewMS+fr.ExtractMS {
		t.Errorf("figures not measured, or the process shorter than its parts: %+v", fr)
	}
}

// TestFirstResultLinks checks that the child links neither prose nor the
// optional NER signal (entity/ner), whose package initialisation a program
// of the default extraction does not pay.
func TestFirstResultLinks(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command("go", "list", "-deps", firstResultPkg).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range strings.Fields(string(out)) {
		if strings.Contains(pkg, "jdkato/prose") || strings.HasSuffix(pkg, "/entity/ner") {
			t.Errorf("%s links %s", firstResultPkg, pkg)
		}
	}
}
