package html

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/readout/readout/extract"
)

// IndexEntry is one article listed by WriteIndex.
type IndexEntry struct {
	// Href is the address of the article's page, relative to the index.
	Href string
	// Result is what Readout read from the article.
	Result *extract.Result
	// Err, if not nil, is shown instead of the result.
	Err error
}

// WriteIndex writes a page that lists articles with links to their pages,
// their people and their events.
func WriteIndex(w io.Writer, title string, entries []IndexEntry) error {
	type row struct {
		Href   template.URL
		ID     string
		Err    string
		People []string
		Events []string
	}
	rows := make([]row, 0, len(entries))
	for _, e := range entries {
		r := row{Href: template.URL(escapePath(e.Href))}
		if e.Err != nil {
			r.Err = e.Err.Error()
		}
		if res := e.Result; res != nil {
			r.ID = res.ID
			for _, p := range res.People {
				r.People = append(r.People, p.Name)
			}
			for _, ev := range res.Events {
				r.Events = append(r.Events, eventLine(ev))
			}
		}
		if r.ID == "" {
			r.ID = e.Href
		}
		rows = append(rows, r)
	}
	var buf bytes.Buffer
	err := templates().ExecuteTemplate(&buf, "index", struct {
		Title string
		Rows  []row
		Style template.CSS
	}{title, rows, template.CSS(style)})
	if err != nil {
		return fmt.Errorf("html: %w", err)
	}
	_, err = w.Write(bytes.ToValidUTF8(buf.Bytes(), []byte("\uFFFD")))
	return err
}

// eventLine words an event in one line: "A → B, call, 2025-04-07".
func eventLine(e extract.Event) string {
	ev := newEventView(e, "")
	s := ev.To
	if ev.From != "" {
		s = ev.From + " → " + s
	}
	return s + ", " + ev.Type + ", " + ev.Date
}

// escapePath makes a relative file path safe as a URL path: it escapes the
// characters that would end it or change its meaning, and never yields a
// scheme ("javascript:...").
func escapePath(p string) string {
	var b strings.Builder
	if i := strings.IndexByte(p, ':'); i >= 0 && !strings.ContainsAny(p[:i], "/") {
		b.WriteString("./")
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"'<>#%?\`+"`", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
