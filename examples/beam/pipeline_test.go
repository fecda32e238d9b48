package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/google/go-cmp/cmp"
	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/corpus"
)

// The pipeline tests run on Prism, in this process.
func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

// testMaxBytes is small so that the "too large" article is small too.
const testMaxBytes = 8 << 10

// TestPipelineFiles runs the pipeline over the seeds, the invented articles
// of the library and of this folder, and two broken files, and compares every
// record with what examples/extract -jsonl prints for the same files.
func TestPipelineFiles(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	var files []string
	for _, glob := range []string{"../../testdata/seeds/*.txt", "../../testdata/articles/*.txt", "testdata/*.txt"} {
		m, err := filepath.Glob(glob)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: no files (%v)", glob, err)
		}
		for _, f := range m {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, writeTestFile(t, in, filepath.Base(f), string(b)))
		}
	}
	files = append(files,
		writeTestFile(t, in, "broken_utf8.txt", "BERN, May 2, 2031 - Swiss President Anna Keller \xff\xfe met Austrian Chancellor Paul Huber."),
		writeTestFile(t, in, "too_large.txt", strings.Repeat("Swiss President Anna Keller met Austrian Chancellor Paul Huber. ", testMaxBytes/50)))

	out := filepath.Join(t.TempDir(), "out")
	run(t, Config{Input: in + "/*.txt", Output: out, Shards: 3, Aggregates: true, MaxBytes: testMaxBytes})

	wantResults, wantDead := reference(t, files...)
	gotResults, gotDead := readOutput(t, out)
	if len(gotResults) < 20 {
		t.Errorf("only %d results", len(gotResults))
	}
	if diff := cmp.Diff(wantResults, gotResults); diff != "" {
		t.Errorf("results differ from examples/extract -jsonl (-extract +beam):\n%s", diff)
	}
	if diff := cmp.Diff(wantDead, gotDead); diff != "" {
		t.Errorf("dead letters differ from examples/extract's error records (-extract +beam):\n%s", diff)
	}
	for id, want := range map[string]error{"broken_utf8": extract.ErrInvalidInput, "too_large": extract.ErrTooLarge} {
		if !strings.Contains(gotDead[id], strings.TrimPrefix(want.Error(), "extract: ")) {
			t.Errorf("dead letter of %s = %q, want an error with %q", id, gotDead[id], want)
		}
	}
	shards, _ := filepath.Glob(filepath.Join(out, "results-*-of-00003.jsonl"))
	if len(shards) < 2 {
		t.Errorf("results in %d shard files, want them spread over 3: %v", len(shards), shards)
	}

	// The tables hold the counts of the keys of package corpus over the
	// results, read back from their JSON.
	wantTopics, wantPairs := map[string]int{}, map[string]int{}
	for _, line := range wantResults {
		var r extract.Result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		for _, k := range corpus.TopicKeys(&r) {
			wantTopics[csvLine(k.Week, k.Topic)]++
		}
		for _, k := range corpus.PairKeys(&r) {
			wantPairs[csvLine(k.Date, k.A, k.B)]++
		}
	}
	gotTopics := readTable(t, filepath.Join(out, "topics.csv"), "week,topic,articles")
	if diff := cmp.Diff(wantTopics, gotTopics); diff != "" {
		t.Errorf("topics.csv (-want +got):\n%s", diff)
	}
	// The invented articles of this folder, checked by hand: lima
	// (2031-03-04) and oslo (2031-03-05) in the week of Monday 3 March,
	// nairobi (2031-04-09) in that of 7 April.
	for row, n := range map[string]int{"2031-03-03,trade": 2, "2031-04-07,trade": 1} {
		if gotTopics[row] != n {
			t.Errorf("topics.csv: %s counts %d, want %d", row, gotTopics[row], n)
		}
	}
	gotPairs := readTable(t, filepath.Join(out, "engagements.csv"), "date,country_a,country_b,engagements")
	if diff := cmp.Diff(wantPairs, gotPairs); diff != "" {
		t.Errorf("engagements.csv (-want +got):\n%s", diff)
	}
	// Nairobi's letter, between Kenya and Chile, received on Tuesday 8
	// April (the article is dated Wednesday 9 April).
	if n := gotPairs["2031-04-08,CL,KE"]; n != 1 {
		t.Errorf("engagements.csv: 2031-04-08,CL,KE counts %d, want 1", n)
	}

	// The corpus page drawn from the run's output is the page of the same
	// articles read by examples/extract.
	fromBeam, direct := filepath.Join(t.TempDir(), "beam"), filepath.Join(t.TempDir(), "extract")
	command(t, "-html", fromBeam, "-from", filepath.Join(out, "results-*.jsonl"), "-from", filepath.Join(out, "deadletter.jsonl"))
	command(t, append([]string{"-html", direct, "-jsonl", "-max-bytes", strconv.Itoa(testMaxBytes)}, files...)...)
	page := func(dir string) string {
		b, err := os.ReadFile(filepath.Join(dir, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if diff := cmp.Diff(page(direct), page(fromBeam)); diff != "" {
		t.Errorf("the corpus page of the Beam run differs from examples/extract's (-extract +beam):\n%s", diff)
	}
	if p := page(fromBeam); !strings.Contains(p, `<tr data-pair="`) || !strings.Contains(p, "too_large") {
		t.Errorf("the corpus page of the Beam run lacks its pairs or its dead letters")
	}
}

// command runs examples/extract with args and fails t unless it exits with
// status 0 or 1 (some articles failed).
func command(t *testing.T, args ...string) string {
	t.Helper()
	buildExtract(t)
	cmd := exec.Command(extractBin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	stdout, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); err != nil && !(ok && ee.ExitCode() == 1) {
		t.Fatalf("examples/extract %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return string(stdout)
}

// TestPipelineMemory runs the pipeline with --memory and --people over the
// seeds, the invented articles and three that name the same people, and
// compares every record with what examples/extract -memory -people prints
// for the same files: the memory is built in the first stage and reaches
// the extraction stage as a side input.
func TestPipelineMemory(t *testing.T) {
	in := filepath.Join(t.TempDir(), "in")
	var files []string
	for _, glob := range []string{"../../testdata/seeds/*.txt", "../../testdata/articles/*.txt", "testdata/*.txt"} {
		m, _ := filepath.Glob(glob)
		for _, f := range m {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, writeTestFile(t, in, filepath.Base(f), string(b)))
		}
	}
	files = append(files,
		writeTestFile(t, in, "mem_b.txt", "Amani Wekesa and Tomas Reyes Palma signed a copper deal in Lima."),
		writeTestFile(t, in, "mem_a.txt", "Kenyan Foreign Minister Amani Wekesa met Chilean Senator Tomas Reyes Palma in Lima on Monday."),
		writeTestFile(t, in, "mem_c.txt", "Minister Wekesa left Lima on Friday. Ilse Brandt stayed."))
	people := "../people.csv"

	out := filepath.Join(t.TempDir(), "out")
	run(t, Config{Input: in + "/*.txt", Output: out, Shards: 2, MaxBytes: testMaxBytes, PeopleFile: people, Memory: true})

	wantResults, wantDead := reference(t, append([]string{"-memory", "-people", people}, files...)...)
	gotResults, gotDead := readOutput(t, out)
	if diff := cmp.Diff(wantResults, gotResults); diff != "" {
		t.Errorf("results differ from examples/extract -memory -people (-extract +beam):\n%s", diff)
	}
	if diff := cmp.Diff(wantDead, gotDead); diff != "" {
		t.Errorf("dead letters differ (-extract +beam):\n%s", diff)
	}
	for id, want := range map[string][]string{
		"mem_b": {`"name":"Amani Wekesa","country":"KE","country_source":"corpus","country_from":"mem_a"`,
			`"name":"Tomas Reyes Palma","country":"CL","country_source":"known","country_from":null,"known_id":"X-0002"`},
		"mem_c": {`"name":"Wekesa","country":"KE","country_source":"corpus","country_from":"mem_a"`,
			`"name":"Ilse Brandt","country":"AT","country_source":"known"`},
	} {
		for _, w := range want {
			if !strings.Contains(gotResults[id], w) {
				t.Errorf("%s has no %s:\n%s", id, w, gotResults[id])
			}
		}
	}
	mem, err := extract.LoadMemoryFile(filepath.Join(out, "memory.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range mem.Entries() {
		if !e.Surname {
			names = append(names, e.Name)
		}
	}
	if !slices.Contains(names, "Amani Wekesa") || slices.Contains(names, "Tomas Reyes Palma") {
		t.Errorf("memory.jsonl names %v: want Amani Wekesa, and not the known Tomas Reyes Palma", names)
	}
}

// TestPipelineJSONLAndFolders reads JSON Lines and, beside them, files of the
// same name in different folders.
func TestPipelineJSONLAndFolders(t *testing.T) {
	dir := t.TempDir()
	var texts []string
	var lines []string
	for i, name := range []string{"lima", "nairobi", "oslo"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
		rec, _ := json.Marshal(map[string]string{"id": "j" + strconv.Itoa(i), "text": string(b)})
		lines = append(lines, string(rec))
	}
	good := writeTestFile(t, dir, "good.jsonl", strings.Join(lines, "\n")+"\n")
	bad := writeTestFile(t, dir, "bad.jsonl", "\n{\"text\": \"no id\"}\nnot json\n")
	writeTestFile(t, filepath.Join(dir, "a"), "note.txt", texts[0])
	writeTestFile(t, filepath.Join(dir, "b"), "note.txt", texts[1])

	// A taxonomy of the caller's own, shipped with the job.
	fish := writeTestFile(t, filepath.Join(dir, "tax"), "fish.json",
		`{"labels": [{"label": "fisheries", "terms": [{"text": "salmon", "weight": 1}, {"text": "fisheries", "weight": 1}]}]}`)

	out := filepath.Join(dir, "out")
	run(t, Config{Input: dir + "/*/note.txt", JSONL: dir + "/*.jsonl", Output: out, Shards: 2, MaxBytes: testMaxBytes,
		TopicFiles: []string{fish}})
	gotResults, gotDead := readOutput(t, out)
	if !strings.Contains(gotResults["j2"], `"label":"fisheries"`) {
		t.Errorf("j2 (oslo) has no topic from %s:\n%s", fish, gotResults["j2"])
	}

	wantResults, _ := reference(t, "-topics", fish, "-in", good)
	for id, want := range wantResults {
		if diff := cmp.Diff(want, gotResults[id]); diff != "" {
			t.Errorf("%s differs from examples/extract -in (-extract +beam):\n%s", id, diff)
		}
	}
	for _, id := range []string{"a/note", "b/note"} {
		if gotResults[id] == "" {
			t.Errorf("no result for %s; ids: %v", id, keys(gotResults))
		}
	}
	if len(gotResults) != 5 || len(wantResults) != 3 {
		t.Errorf("%d results, want 5 (3 lines, 2 files); extract gave %d", len(gotResults), len(wantResults))
	}
	// Both bad lines are dead letters under the file's name; the blank line
	// is not.
	if n := len(readLines(t, filepath.Join(out, "deadletter.jsonl"))); n != 2 || len(gotDead) != 1 ||
		!strings.Contains(gotDead[bad], "has no id") || !strings.Contains(gotDead[bad], "not a JSON object") {
		t.Errorf("%d dead letters %q, want the two bad lines of %s", n, gotDead, bad)
	}
}

func TestFileID(t *testing.T) {
	for _, tc := range []struct{ glob, path, want string }{
		{"in/*.txt", "in/x.txt", "x"},
		{"./in/*.txt", "in/x.txt", "x"},
		{"/data/in/*.txt", "/data/in/x.y.txt", "x.y"},
		{"in/*/*.txt", "in/a/x.txt", "a/x"},
		{"in/*/*.txt", "in/b/x.txt", "b/x"},
		{"*.txt", "x.txt", "x"},
		{"in/x?.txt", "in/x1.txt", "x1"},
		{"gs://bucket/news/*/*.txt", "gs://bucket/news/2031/x.txt", "2031/x"},
		{"in/noext*", "in/noext1", "noext1"},
	} {
		if got := fileID(globDir(tc.glob), tc.path); got != tc.want {
			t.Errorf("fileID(globDir(%q), %q) = %q, want %q", tc.glob, tc.path, got, tc.want)
		}
	}
}

func TestEngagementKeys(t *testing.T) {
	r := &extract.Result{
		Published: "2031-03-05",
		People: []extract.Person{
			{Name: "Ana Ruiz", Country: "CL"}, {Name: "Eva Lind", Country: "NO"},
			{Name: "Ola Berg", Country: "NO"}, {Name: "Kip Rono", Country: "KE"}, {Name: "Nobody Known"},
		},
		Events: []extract.Event{
			{Date: "2031-03-03", Participants: []string{"Ana Ruiz", "Eva Lind"}},
			{Date: "2031-03-04", Participants: []string{"Eva Lind", "Kip Rono", "Ana Ruiz"}},
			{Date: "2031-03-04", Participants: []string{"Eva Lind", "Ola Berg"}},     // one country: no pair
			{Date: "2031-03-04", Participants: []string{"Eva Lind", "Nobody Known"}}, // no country
			{Date: "", Participants: []string{"Ana Ruiz", "Kip Rono"}},               // no day: the published one
		},
		Topics: []extract.Topic{{Label: "trade"}, {Label: "fish, salted"}},
	}
	want := []string{"2031-03-03,CL,NO", "2031-03-04,CL,KE", "2031-03-04,CL,NO", "2031-03-04,KE,NO", "2031-03-05,CL,KE"}
	if diff := cmp.Diff(want, engagementKeys(r)); diff != "" {
		t.Errorf("engagementKeys (-want +got):\n%s", diff)
	}
	want = []string{"2031-03-03,trade", `2031-03-03,"fish, salted"`} // the week of Wednesday 5 March
	if diff := cmp.Diff(want, topicKeys(r)); diff != "" {
		t.Errorf("topicKeys (-want +got):\n%s", diff)
	}
	r.Published = ""
	want = []string{",CL,KE"}
	if diff := cmp.Diff(want, engagementKeys(r)[4:]); diff != "" {
		t.Errorf("engagementKeys with no day anywhere (-want +got):\n%s", diff)
	}
	want = []string{",trade", `,"fish, salted"`}
	if diff := cmp.Diff(want, topicKeys(r)); diff != "" {
		t.Errorf("topicKeys with no publication date (-want +got):\n%s", diff)
	}
}

func TestBuildRefuses(t *testing.T) {
	bad := writeTestFile(t, t.TempDir(), "bad.json", "{")
	for _, cfg := range []Config{
		{Output: "/tmp/x", Shards: 1, MaxBytes: 1},
		{Input: "x/*.txt", Shards: 1, MaxBytes: 1},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 0, MaxBytes: 1},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 1, MaxBytes: 0},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 1, MaxBytes: 1, TopicFiles: []string{bad}},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 1, MaxBytes: 1, TopicFiles: []string{bad + ".missing"}},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 1, MaxBytes: 1, PeopleFile: bad + ".missing"},
		{Input: "x/*.txt", Output: "/tmp/x", Shards: 1, MaxBytes: 1, PeopleFile: writeTestFile(t, t.TempDir(), "p.csv", "name,country\nA B,XX\n")},
	} {
		if _, err := Build(cfg); err == nil {
			t.Errorf("Build(%+v) = nil error", cfg)
		}
	}
}

func run(t *testing.T, cfg Config) {
	t.Helper()
	p, err := Build(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
}

var (
	buildOnce   sync.Once
	extractBin  string
	extractErr  error
	extractTemp string
)

// reference runs examples/extract -jsonl with args and returns its results
// and error records by id.
func reference(t *testing.T, args ...string) (results, dead map[string]string) {
	t.Helper()
	stdout := command(t, append([]string{"-jsonl", "-max-bytes", strconv.Itoa(testMaxBytes)}, args...)...)
	return split(t, strings.Split(strings.TrimSuffix(stdout, "\n"), "\n"))
}

// buildExtract builds examples/extract once, into extractBin.
func buildExtract(t *testing.T) {
	t.Helper()
	buildOnce.Do(func() {
		extractTemp, extractErr = os.MkdirTemp("", "beam-test-extract")
		if extractErr != nil {
			return
		}
		extractBin = filepath.Join(extractTemp, "extract")
		b, err := exec.Command("go", "build", "-o", extractBin, "github.com/readout/readout/examples/extract").CombinedOutput()
		if err != nil {
			extractErr = errors.New(string(b))
		}
	})
	if extractErr != nil {
		t.Fatalf("building examples/extract: %v", extractErr)
	}
}

// readOutput reads a pipeline's results and dead letters by id.
func readOutput(t *testing.T, out string) (results, dead map[string]string) {
	t.Helper()
	shards, err := filepath.Glob(filepath.Join(out, "results-*.jsonl"))
	if err != nil || len(shards) == 0 {
		t.Fatalf("no results in %s (%v)", out, err)
	}
	var lines []string
	for _, f := range append(shards, filepath.Join(out, "deadletter.jsonl")) {
		lines = append(lines, readLines(t, f)...)
	}
	return split(t, lines)
}

// split sorts JSON lines into results and error records, by id; an error
// record maps to its error (several, one a line, for an id that repeats).
func split(t *testing.T, lines []string) (results, dead map[string]string) {
	t.Helper()
	results, dead = map[string]string{}, map[string]string{}
	for _, l := range lines {
		var rec struct {
			ID    string  `json:"id"`
			Error *string `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("%v: %q", err, l)
		}
		if rec.Error != nil {
			// The bad lines of one JSON Lines file share its name as id.
			if dead[rec.ID] != "" {
				dead[rec.ID] += "\n"
			}
			dead[rec.ID] += *rec.Error
			continue
		}
		if _, dup := results[rec.ID]; dup {
			t.Errorf("id %q twice", rec.ID)
		}
		results[rec.ID] = l
	}
	return results, dead
}

// readTable reads a CSV table whose last column is a count.
func readTable(t *testing.T, path, header string) map[string]int {
	t.Helper()
	lines := readLines(t, path)
	if len(lines) == 0 || lines[0] != header {
		t.Fatalf("%s: header %q, want %q", path, lines, header)
	}
	m := map[string]int{}
	for _, l := range lines[1:] {
		i := strings.LastIndexByte(l, ',')
		n, err := strconv.Atoi(l[i+1:])
		if err != nil {
			t.Fatalf("%s: %q: %v", path, l, err)
		}
		m[l[:i]] = n
	}
	return m
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

func writeTestFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func keys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}
