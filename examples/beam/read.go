package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/readout/readout/extract"
)

// readFileFn reads one article per file and emits (id, text), or a dead
// letter for a file that is too large or cannot be read.
type readFileFn struct {
	// Dir is the fixed directory of the input glob; ids are paths below it.
	Dir      string
	MaxBytes int
}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(id, text string), dead func(string)) {
	p := f.Metadata.Path
	id := fileID(fn.Dir, p)
	// Check the size before reading, as examples/extract does, so that a huge
	// file costs no memory; its error says the same.
	if f.Metadata.Size > int64(fn.MaxBytes) {
		dead(deadLetter(id, fmt.Errorf("%w: %d bytes, limit %d", extract.ErrTooLarge, f.Metadata.Size, fn.MaxBytes)))
		return
	}
	b, err := f.Read(ctx)
	if err != nil {
		dead(deadLetter(id, fmt.Errorf("%s: %w", p, err)))
		return
	}
	emit(id, string(b))
}

// globDir returns the directory part of glob before its first wildcard, with
// a final separator: "in/*/*.txt" gives "in/", "*.txt" gives "".
func globDir(glob string) string {
	i := strings.IndexAny(glob, `*?[\`)
	if i < 0 {
		i = len(glob)
	}
	return glob[:strings.LastIndex(glob[:i], "/")+1]
}

// fileID returns the id of the file at p matched by a glob whose fixed
// directory is dir: its path below dir, without extension, so that files
// with the same name in different directories keep distinct ids.
func fileID(dir, p string) string {
	if !strings.Contains(p, "://") {
		// The local file system cleans the paths it lists ("./in/x" is "in/x").
		if d := filepath.Clean(dir); d != "." {
			dir = d + "/"
		} else {
			dir = ""
		}
		p = filepath.Clean(p)
	}
	rel := strings.TrimPrefix(p, dir)
	return strings.TrimSuffix(rel, path.Ext(rel))
}

// parseLine reads one line of a JSON Lines file of {"id", "text"} objects.
// Blank lines are skipped; a line that is not such an object, or has no id,
// is a dead letter under the file's name.
func parseLine(file, line string, emit func(id, text string), dead func(string)) {
	if strings.TrimSpace(line) == "" {
		return
	}
	var rec struct {
		ID   *string `json:"id"`
		Text string  `json:"text"`
	}
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		dead(deadLetter(file, fmt.Errorf("%s: not a JSON object with id and text: %w (line begins %q)", file, err, head(line))))
		return
	}
	if rec.ID == nil || *rec.ID == "" {
		dead(deadLetter(file, fmt.Errorf("%s: a line has no id (line begins %q)", file, head(line))))
		return
	}
	emit(*rec.ID, rec.Text)
}

// head returns the start of s for an error message.
func head(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// deadLetter returns the JSON line of a failed article, the same record
// examples/extract prints in its place: the record names the article by its
// id, so the message does not repeat the "extract: " of the library's errors.
func deadLetter(id string, err error) string {
	b, _ := json.Marshal(struct {
		ID    string `json:"id"`
		Error string `json:"error"`
	}{id, strings.TrimPrefix(err.Error(), "extract: ")}) // cannot fail: two strings
	return string(b)
}
