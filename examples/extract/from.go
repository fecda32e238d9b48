package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// fromFiles expands the -from values: a file, "-" for standard input, or a
// glob ('out/results-*.jsonl') that must match at least one file.
func fromFiles(values []string) ([]string, error) {
	var files []string
	for _, v := range values {
		if v == "-" || !strings.ContainsAny(v, `*?[`) {
			files = append(files, v)
			continue
		}
		m, err := filepath.Glob(v)
		if err != nil {
			return nil, fmt.Errorf("-from %s: %w", v, err)
		}
		if len(m) == 0 {
			return nil, fmt.Errorf("-from %s: matches no file", v)
		}
		files = append(files, m...)
	}
	for _, f := range files {
		if f == "-" {
			continue
		}
		st, err := os.Stat(f)
		if err == nil && st.IsDir() {
			err = errIsDir
		}
		if err != nil {
			return nil, fmt.Errorf("-from: %w", pathError(f, pathErr(err)))
		}
	}
	return files, nil
}

// runFrom writes the -html pages of results read back from JSON Lines
// files: the output of -jsonl, or of examples/beam (results and dead
// letters). Each line is a result (extract/OUTPUT.md) or an error record
// {"id", "error"}, which the corpus page lists as failed. With -texts, an
// article's page shows its text, read from DIR/ID.txt, when that file holds
// the text the result was read from; otherwise the page shows the
// sentences the result quotes. It returns the exit status.
func runFrom(f *flags, files []string, stdin io.Reader, stderr io.Writer) int {
	pages, err := newHTMLPages(f.htmlDir)
	if err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 2
	}
	status, quoted := 0, 0
	for _, name := range files {
		r := stdin
		shown := name
		if name == "-" {
			shown = "stdin"
		} else {
			file, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "extract: -from: %s\n", message(pathError(name, pathErr(err))))
				return 2
			}
			defer file.Close()
			r = file
		}
		br := bufio.NewReaderSize(r, 1<<20)
		for line := 1; ; line++ {
			b, err := br.ReadBytes('\n')
			if len(b) == 0 && err != nil {
				if err != io.EOF {
					fmt.Fprintf(stderr, "extract: %s: %v\n", shown, err)
					return 1
				}
				break
			}
			if len(bytes.TrimSpace(b)) == 0 {
				continue
			}
			where := fmt.Sprintf("%s:%d", shown, line)
			id, res, failed, err := resultRecord(b)
			if err != nil {
				fmt.Fprintf(stderr, "extract: %s: %v\n", where, err)
				status = 1
				continue
			}
			if id == "" {
				id = fmt.Sprintf("%s:%d", filepath.Base(shown), line)
			}
			doc := html.Doc{Result: res}
			if res != nil && f.texts != "" {
				text, err := articleText(f.texts, id, res, f.maxBytes)
				if err != nil {
					fmt.Fprintf(stderr, "extract: %s: %s: %v; its page shows the sentences its result quotes\n", where, id, err)
				}
				doc.Text = text
			}
			if res != nil && doc.Text == "" {
				quoted++
			}
			if _, err := pages.site.Add(id, doc, failed); err != nil {
				fmt.Fprintf(stderr, "extract: %s\n", message(err))
				return 1
			}
		}
	}
	title := ""
	if n := len(pages.site.Summary().Articles); len(files) == 1 && files[0] != "-" {
		title = plural(n, "article") + " from " + filepath.Base(files[0])
	}
	if err := pages.finish(title); err != nil {
		fmt.Fprintf(stderr, "extract: %s\n", message(err))
		return 1
	}
	if quoted > 0 && f.texts != "" {
		fmt.Fprintf(stderr, "extract: %s with no text in %s: their pages show the sentences their results quote\n", plural(quoted, "article"), f.texts)
	}
	return status
}

// resultRecord reads one line of -from: an error record {"id", "error"}
// (failed is its error) or a result.
func resultRecord(line []byte) (id string, r *extract.Result, failed error, err error) {
	var head struct {
		ID    *string `json:"id"`
		Error *string `json:"error"`
	}
	if b := bytes.TrimSpace(line); b[0] != '{' {
		return "", nil, nil, errors.New("not a result: not a JSON object")
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return "", nil, nil, fmt.Errorf("not a result: %w", err)
	}
	if head.ID != nil {
		id = *head.ID
	}
	if head.Error != nil {
		return id, nil, errors.New(*head.Error), nil
	}
	r = new(extract.Result)
	if err := json.Unmarshal(line, r); err != nil {
		return id, nil, nil, fmt.Errorf("not a result: %w", err)
	}
	return id, r, nil, nil
}

// articleText returns the text of article id from dir (dir/ID.txt, the
// layout of an examples/beam --input 'dir/*.txt' run, whose ids are paths
// below dir without extension), or "" when there is none. A file whose text
// does not fit the result's spans is an error.
func articleText(dir, id string, r *extract.Result, maxBytes int) (string, error) {
	rel := filepath.FromSlash(id) + ".txt"
	if !filepath.IsLocal(rel) {
		return "", nil
	}
	path := filepath.Join(dir, rel)
	text, err := readFile(path, maxBytes)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	if at, ok := spansFit(text, r); !ok {
		return "", fmt.Errorf("%s is not the text of this result (the span %q at byte %d is not in it)", path, at.Text, at.Start)
	}
	return text, nil
}

// spansFit reports whether every span of r is the text it says at its
// offsets, and if not, the first that is not.
func spansFit(text string, r *extract.Result) (extract.Mention, bool) {
	var all []extract.Mention
	if r.Dateline != nil {
		all = append(all, r.Dateline.Mention)
	}
	for _, p := range r.People {
		all = append(all, p.Mentions...)
	}
	for _, c := range r.Countries {
		all = append(all, c.Mentions...)
	}
	for _, o := range r.Organizations {
		all = append(all, o.Mentions...)
	}
	for _, t := range r.Topics {
		all = append(all, t.Evidence...)
	}
	for _, e := range r.Events {
		all = append(all, e.Evidence)
	}
	for _, m := range all {
		if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
			return m, false
		}
	}
	return extract.Mention{}, true
}
