package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// people returns "id: name country source from known_id" for every person of
// JSON Lines output.
func people(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, rec := range lines(t, out) {
		ps, _ := rec["people"].([]any)
		for _, p := range ps {
			p := p.(map[string]any)
			s := rec["id"].(string) + ":"
			for _, k := range []string{"name", "country", "country_source", "country_from", "known_id"} {
				if v, ok := p[k].(string); ok {
					s += " " + v
				} else if p[k] != nil {
					t.Errorf("%s: %v", k, p[k])
				}
			}
			got = append(got, s)
		}
	}
	return got
}

// writeArticles writes the texts as 1.txt, 2.txt... in a new folder and
// returns their paths.
func writeArticles(t *testing.T, texts ...string) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i, text := range texts {
		p := filepath.Join(dir, string(rune('1'+i))+".txt")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestPeopleFlag(t *testing.T) {
	paths := writeArticles(t, "2020-05-04\n\nKaito Morimura met Ilse Brandt in Vienna. Morimura left on Tuesday.")
	for _, file := range []string{"../people.csv", "../people.jsonl"} {
		code, out, errOut := runCLI(t, "", "-jsonl", "-people", file, paths[0])
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		want := []string{"1: Kaito Morimura JP known X-0004", "1: Ilse Brandt AT known"}
		if diff := cmp.Diff(want, people(t, out)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", file, diff)
		}
		if !strings.Contains(out, `"offices":[{"title":"Defence Minister","country":"JP"}]`) {
			t.Errorf("%s: the 2019-2021 term is not given in a 2020 article:\n%s", file, out)
		}
	}
	bad := filepath.Join(t.TempDir(), "p.csv")
	os.WriteFile(bad, []byte("name,country\nLena Vogt,DE\nTomas Reyes,cl\n"), 0o644)
	code, out, errOut := runCLI(t, "", "-people", bad, paths[0])
	want := "extract: -people: bad people file: " + bad + `:3: country: unknown country code "cl" (write it in upper case: "CL")` + "\n"
	if code != 2 || out != "" || errOut != want {
		t.Errorf("a bad file: exit %d, stdout %q, stderr %q; want 2, nothing, %q", code, out, errOut, want)
	}
}

// The articles of the memory's tests: the first names a minister without
// a country, the second states it.
var memoryTexts = []string{
	"Amani Wekesa arrived in Lima on Monday for talks on copper.",
	"Kenyan Foreign Minister Amani Wekesa met reporters in Lima.",
}

func TestMemoryFlag(t *testing.T) {
	paths := writeArticles(t, memoryTexts...)
	// Without a memory, the first article says nothing of her country.
	_, out, _ := runCLI(t, "", "-jsonl", paths[0], paths[1])
	if diff := cmp.Diff([]string{"1: Amani Wekesa", "2: Amani Wekesa KE text"}, people(t, out)); diff != "" {
		t.Errorf("without -memory (-want +got):\n%s", diff)
	}
	// Two passes: the first article gets what the second states.
	code, out, errOut := runCLI(t, "", "-jsonl", "-memory", paths[0], paths[1])
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if diff := cmp.Diff([]string{"1: Amani Wekesa KE corpus 2", "2: Amani Wekesa KE text"}, people(t, out)); diff != "" {
		t.Errorf("-memory (-want +got):\n%s", diff)
	}
	// The same from an -in file.
	in := filepath.Join(t.TempDir(), "in.jsonl")
	os.WriteFile(in, []byte(`{"id": "x", "text": "`+memoryTexts[0]+`"}`+"\n"+`{"id": "y", "text": "`+memoryTexts[1]+`"}`+"\n"), 0o644)
	_, out, _ = runCLI(t, "", "-memory", "-in", in)
	if diff := cmp.Diff([]string{"x: Amani Wekesa KE corpus y", "y: Amani Wekesa KE text"}, people(t, out)); diff != "" {
		t.Errorf("-memory -in (-want +got):\n%s", diff)
	}
	// The text form says where the country comes from.
	_, out, _ = runCLI(t, "", "-format", "text", "-memory", paths[0], paths[1])
	if !strings.Contains(out, "people         Amani Wekesa (KE, corpus: 2)\n") {
		t.Errorf("text form:\n%s", out)
	}
	// Standard input cannot be read twice.
	for _, args := range [][]string{{"-memory"}, {"-memory", "-in", "-"}, {"-memory", paths[0], "-"}} {
		code, out, errOut := runCLI(t, memoryTexts[0], args...)
		want := "extract: -memory reads the articles twice: give files or an -in file, not standard input\n"
		if code != 2 || out != "" || errOut != want {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func TestMemoryFileFlag(t *testing.T) {
	paths := writeArticles(t, memoryTexts[1], memoryTexts[0])
	mem := filepath.Join(t.TempDir(), "mem.jsonl")
	// A first run learns from the article that states the country, online.
	code, out, errOut := runCLI(t, "", "-jsonl", "-memory-file", mem, paths[0])
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if diff := cmp.Diff([]string{"1: Amani Wekesa KE text"}, people(t, out)); diff != "" {
		t.Errorf("first run (-want +got):\n%s", diff)
	}
	b, err := os.ReadFile(mem)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), "{\"readout_memory\": 1}\n{\"name\":\"Amani Wekesa\"") {
		t.Errorf("memory file:\n%s", b)
	}
	// A second run remembers it.
	_, out, _ = runCLI(t, "", "-jsonl", "-memory-file", mem, paths[1])
	if diff := cmp.Diff([]string{"2: Amani Wekesa KE corpus 1"}, people(t, out)); diff != "" {
		t.Errorf("second run (-want +got):\n%s", diff)
	}
	// A bad file stops the run.
	os.WriteFile(mem, []byte("{\"readout_memory\": 1}\n{\"name\": \"Amani Wekesa\", \"countries\": [{\"country\": \"ke\", \"articles\": 1, \"from\": \"1\"}]}\n"), 0o644)
	code, out, errOut = runCLI(t, "", "-memory-file", mem, paths[1])
	want := "extract: -memory-file: bad memory file: " + mem + `:2: countries[0].country: "ke": want an ISO 3166-1 alpha-2 code in upper case` + "\n"
	if code != 2 || out != "" || errOut != want {
		t.Errorf("a bad file: exit %d, stdout %q, stderr %q; want 2, nothing, %q", code, out, errOut, want)
	}
}
