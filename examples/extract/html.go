package main

import (
	"errors"
	"fmt"
	"sync"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// htmlPages writes the -html views (package html's Site): one page per
// article and index.html, the corpus page. Its methods do nothing on a nil
// *htmlPages (no -html flag).
type htmlPages struct {
	site *html.Site
	// texts holds the texts of the articles in flight, in input order:
	// Batch emits outcomes in the order next gave the sources. next and
	// emit run on different goroutines.
	mu    sync.Mutex
	texts []*string
}

func newHTMLPages(dir string) (*htmlPages, error) {
	if dir == "" {
		return nil, nil
	}
	site, err := html.NewSite(dir)
	if err != nil {
		return nil, fmt.Errorf("-html: %w", err)
	}
	return &htmlPages{site: site}, nil
}

// track keeps hold of src's text for its page.
func (h *htmlPages) track(src extract.Source) extract.Source {
	if h == nil {
		return src
	}
	text := new(string)
	*text = src.Text
	h.mu.Lock()
	h.texts = append(h.texts, text)
	h.mu.Unlock()
	if load := src.Load; load != nil {
		src.Load = func() (string, error) {
			s, err := load()
			*text = s // read by write, after the extraction this Load feeds
			return s, err
		}
	}
	return src
}

// write writes the page of the next outcome.
func (h *htmlPages) write(o extract.Output) error {
	if h == nil {
		return nil
	}
	h.mu.Lock()
	text := *h.texts[0]
	h.texts = h.texts[1:]
	h.mu.Unlock()
	failed := o.Err
	if failed != nil {
		// As the error record says it, and examples/beam's dead letter.
		failed = errors.New(message(failed))
	}
	_, err := h.site.Add(o.ID, html.Doc{Text: text, Result: o.Result}, failed)
	return err
}

// finish writes index.html.
func (h *htmlPages) finish(title string) error {
	if h == nil {
		return nil
	}
	if title == "" {
		title = plural(len(h.site.Summary().Articles), "article")
	}
	return h.site.Close(title)
}
