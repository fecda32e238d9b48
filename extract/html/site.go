package html

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/readout/readout/extract/corpus"
)

// Site writes a folder of pages for a corpus: one page per article
// (WritePage), index.html, the corpus page of them all (WriteCorpus), whose
// every engagement links to its article's page at its evidence sentence,
// and articles.html, the list of every article (WriteArticleList). Add the
// articles, then Close. A Site is not safe for concurrent use.
type Site struct {
	dir    string
	used   map[string]bool // lower-cased page names taken
	corpus corpus.Corpus
}

// NewSite returns a Site that writes into dir, which it creates if needed.
func NewSite(dir string) (*Site, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	return &Site{dir: dir, used: map[string]bool{"index": true, "articles": true}}, nil
}

// Add writes the page of one article and adds it to the corpus page: d is
// its text and result (a text of "" draws the page from the result's quoted
// sentences, see Doc.Text), or failed is the error that stopped its
// extraction (then no page is written and the corpus page lists the error).
// When d.Boilerplate is nil and d.Text is not "", Add finds the boilerplate
// lines itself. The page's name comes from id, made safe as a file name
// and unique in the folder; Add returns it.
func (s *Site) Add(id string, d Doc, failed error) (string, error) {
	name := s.fileName(id)
	if failed != nil || d.Result == nil {
		if failed == nil {
			failed = fmt.Errorf("no result")
		}
		s.corpus.Add(id, "", nil, failed)
		return "", nil
	}
	if d.Boilerplate == nil && d.Text != "" {
		bp, err := FindBoilerplate(context.Background(), d.Text)
		if err != nil {
			return "", fmt.Errorf("html: %s: %w", id, err)
		}
		d.Boilerplate = bp
	}
	var b bytes.Buffer
	if err := WritePage(&b, d); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(s.dir, name), b.Bytes(), 0o644); err != nil {
		return "", fmt.Errorf("html: %w", err)
	}
	s.corpus.Add(id, name, d.Result, nil)
	return name, nil
}

// Summary returns the figures of the articles added so far.
func (s *Site) Summary() *corpus.Summary { return s.corpus.Summary() }

// Close writes index.html, the corpus page, and articles.html, the list of
// articles, both headed by title.
func (s *Site) Close(title string) error {
	sum := s.corpus.Summary()
	for name, write := range map[string]func(io.Writer) error{
		"index.html": func(w io.Writer) error {
			return WriteCorpus(w, title, sum, CorpusOptions{ArticleList: "articles.html"})
		},
		"articles.html": func(w io.Writer) error { return WriteArticleList(w, title, sum) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(s.dir, name), b.Bytes(), 0o644); err != nil {
			return fmt.Errorf("html: %w", err)
		}
	}
	return nil
}

// fileName returns a file name for id's page that stays in the directory
// and is not used yet (compared without case, for case-insensitive file
// systems).
func (s *Site) fileName(id string) string {
	base := strings.Map(func(r rune) rune {
		if r < ' ' || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, id)
	base = strings.TrimLeft(base, ".")
	if base == "" || base == "-" {
		base = "stdin"
	}
	name := base
	for n := 2; s.used[strings.ToLower(name)]; n++ {
		name = base + "-" + strconv.Itoa(n)
	}
	s.used[strings.ToLower(name)] = true
	return name + ".html"
}
