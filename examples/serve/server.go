package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// sample is the article the page starts with: an invented one.
//
//go:embed sample.txt
var sample string

//go:embed page.css
var pageStyle string

//go:embed page.js
var pageScript string

type config struct {
	maxBytes    int           // largest text read
	workers     int           // extractions at once
	readTimeout time.Duration // longest a request body may take to arrive
	wait        time.Duration // longest wait for a worker
	timeout     time.Duration // longest extraction
	people      string        // a file of known people, or ""
}

// server answers the page and the JSON API. It is safe for concurrent use.
type server struct {
	config
	ex  *extract.Extractor
	sem chan struct{} // one token per extraction running
	csp string
	h   http.Handler
}

// ServeHTTP answers a request.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

// errBusy is returned when no worker frees up within the wait.
var errBusy = errors.New("the server is busy: too many texts are being read; try again in a moment")

// defaultReadTimeout is the read timeout of a config that sets none.
const defaultReadTimeout = 10 * time.Second

func newServer(c config) (*server, error) {
	if c.readTimeout <= 0 {
		c.readTimeout = defaultReadTimeout
	}
	opts := []extract.Option{extract.WithMaxBytes(c.maxBytes)}
	if c.people != "" {
		opts = append(opts, extract.WithKnownPeopleFile(c.people))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		return nil, err
	}
	s := &server{config: c, ex: ex, sem: make(chan struct{}, c.workers)}
	// Only the page's own inline styles and scripts may run: an article
	// that slips markup into the page could not run or style anything.
	s.csp = "default-src 'none'; " +
		"script-src " + hash(html.Script()) + " " + hash(pageScript) + "; " +
		"style-src " + hash(html.Style()) + " " + hash(pageStyle) + "; " +
		"img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.page)
	mux.HandleFunc("POST /{$}", s.page)
	mux.HandleFunc("POST /extract", s.api)
	mux.HandleFunc("/extract", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Allow", "POST")
		jsonError(w, http.StatusMethodNotAllowed, "POST the text as the request body")
	})
	s.h = s.headers(mux)
	return s, nil
}

// hash returns the CSP source expression of an inline element's text.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// headers sets the security headers of every response.
func (s *server) headers(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", s.csp)
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// tooLarge is the message of a 413 for a text of n bytes (-1: unknown,
// over the limit).
func (s *server) tooLarge(n int64) string {
	size := "more than " + strconv.Itoa(s.maxBytes)
	if n >= 0 {
		size = strconv.FormatInt(n, 10)
	}
	return fmt.Sprintf("The text is too large: %s bytes. This server reads texts of at most %d bytes (%s, set by its -max-bytes flag).",
		size, s.maxBytes, bytesize(int64(s.maxBytes)))
}

// acquire takes a worker, waiting for one at most s.wait; release gives it
// back. A request takes its worker only once its body has arrived (see
// body), so that slow uploads cannot hold the workers.
func (s *server) acquire(ctx context.Context) (release func(), err error) {
	wait, cancel := context.WithTimeout(ctx, s.wait)
	defer cancel()
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem }, nil
	case <-wait.Done():
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, errBusy
	}
}

// body reads the request body, of at most limit bytes, within s.readTimeout of
// now: a client that sends it slower is cut off with status 408, and one
// that sends more than limit gets 413. It runs before the request takes a
// worker, so the memory in use is at most limit bytes per connection.
func (s *server) body(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, int, error) {
	if r.ContentLength > limit {
		return nil, http.StatusRequestEntityTooLarge, errTooLarge
	}
	// An error here means the connection cannot set deadlines (not a
	// net.Conn); the server's ReadTimeout still bounds the read.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.readTimeout))
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, limit))
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		return nil, http.StatusRequestEntityTooLarge, errTooLarge
	case errors.Is(err, os.ErrDeadlineExceeded):
		return nil, http.StatusRequestTimeout, fmt.Errorf("the text did not arrive within %v (this server's -read-timeout); try again on a faster connection", s.readTimeout)
	case err != nil:
		return nil, http.StatusBadRequest, fmt.Errorf("reading the request body: %w", err)
	}
	return b, http.StatusOK, nil
}

// errTooLarge is body's error for a body over its limit.
var errTooLarge = errors.New("too large")

// extract reads text, on a worker the caller holds, and finds its
// boilerplate lines too if bp is not nil.
func (s *server) extract(ctx context.Context, id, text string, bp *[]html.Boilerplate) (*extract.Result, error) {
	ctx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	r, err := s.ex.Extract(ctx, id, text)
	if err == nil && bp != nil {
		*bp, err = html.FindBoilerplate(ctx, text)
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("reading the text took longer than %v; try a shorter text", s.timeout)
	}
	return r, err
}

// status is the HTTP status of an extraction error.
func status(err error) int {
	switch {
	case errors.Is(err, extract.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, extract.ErrInvalidInput):
		return http.StatusBadRequest
	case errors.Is(err, context.Canceled):
		return 499 // the client went away; nobody reads this
	default:
		return http.StatusServiceUnavailable
	}
}

// api answers POST /extract: the body is the text, ?id= its id.
func (s *server) api(w http.ResponseWriter, r *http.Request) {
	body, code, err := s.body(w, r, int64(s.maxBytes))
	switch {
	case errors.Is(err, errTooLarge) && r.ContentLength > 0:
		jsonError(w, code, s.tooLarge(r.ContentLength))
		return
	case errors.Is(err, errTooLarge):
		jsonError(w, code, s.tooLarge(-1))
		return
	case err != nil:
		jsonError(w, code, err.Error())
		return
	}
	release, err := s.acquire(r.Context())
	if err != nil {
		jsonError(w, status(err), err.Error())
		return
	}
	defer release()
	id := r.URL.Query().Get("id")
	if id == "" {
		id = "text"
	}
	res, err := s.extract(r.Context(), id, string(body), nil)
	if err != nil {
		jsonError(w, status(err), err.Error())
		return
	}
	b, err := json.Marshal(res)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(append(b, '\n'))
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(append(b, '\n'))
}

// pageData is what the page template shows.
type pageData struct {
	Text    string
	Limit   string
	Error   string
	View    template.HTML
	JSON    string
	ID      string
	DataURL template.URL
	Style   template.CSS
	Script  template.JS
}

// page answers GET / with the form and the sample, and POST / (the form)
// with the form, the view and the JSON.
func (s *server) page(w http.ResponseWriter, r *http.Request) {
	d := pageData{Text: sample, Limit: bytesize(int64(s.maxBytes)), Style: template.CSS(pageStyle), Script: template.JS(pageScript)}
	code := http.StatusOK
	if r.Method == http.MethodPost {
		d.Text = ""
		code = s.read(w, r, &d)
	}
	var b bytes.Buffer
	if err := pageTemplate.Execute(&b, d); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// read reads the form's text into d and returns the status of the page.
func (s *server) read(w http.ResponseWriter, r *http.Request, d *pageData) int {
	// URL encoding takes up to three bytes a byte of text.
	limit := 3*int64(s.maxBytes) + 4096
	body, code, err := s.body(w, r, limit)
	switch {
	case errors.Is(err, errTooLarge):
		d.Error = s.tooLarge(-1)
		return code
	case err != nil:
		d.Error = err.Error()
		return code
	}
	// Read again from memory; a MaxBytesReader lifts ParseForm's own 10 MB cap.
	r.Body = http.MaxBytesReader(nil, io.NopCloser(bytes.NewReader(body)), limit)
	if err := r.ParseForm(); err != nil {
		d.Error = "Reading the form: " + err.Error()
		return http.StatusBadRequest
	}
	// Browsers send a text area's line breaks as CRLF: read the text as
	// typed, so that its offsets are those of the text in the box.
	text := strings.ReplaceAll(r.PostForm.Get("text"), "\r\n", "\n")
	if len(text) > s.maxBytes {
		d.Error = s.tooLarge(int64(len(text)))
		return http.StatusRequestEntityTooLarge
	}
	d.Text = text
	d.ID = "text"
	release, err := s.acquire(r.Context())
	if err != nil {
		d.Error = err.Error()
		return status(err)
	}
	defer release()
	var bp []html.Boilerplate
	res, err := s.extract(r.Context(), d.ID, text, &bp)
	if err != nil {
		d.Error = err.Error()
		return status(err)
	}
	var view bytes.Buffer
	if err := html.WriteFragment(&view, html.Doc{Title: "The article as Readout reads it", Text: text, Result: res, Boilerplate: bp}); err != nil {
		d.Error = err.Error()
		return http.StatusInternalServerError
	}
	d.View = template.HTML(view.String())
	js, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		d.Error = err.Error()
		return http.StatusInternalServerError
	}
	d.JSON = string(js)
	d.DataURL = template.URL("data:application/json;charset=utf-8," + url.PathEscape(d.JSON+"\n"))
	return http.StatusOK
}

// bytesize words n bytes for people: "1 MB", "200 kB", "512 bytes".
func bytesize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<20:
		return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB"
	case n >= 1<<10:
		return strconv.FormatInt(n>>10, 10) + " kB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}
