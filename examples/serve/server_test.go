package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/readout/readout/extract"
)

func testServer(t *testing.T, c config) (*server, *httptest.Server) {
	t.Helper()
	if c.maxBytes == 0 {
		c = config{maxBytes: 1 << 20, workers: 2, wait: 5 * time.Second, timeout: 20 * time.Second}
	}
	s, err := newServer(c)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

// do sends a request and returns the response with its body read.
func do(t *testing.T, method, u, contentType, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func form(text string) string { return url.Values{"text": {text}}.Encode() }

const formType = "application/x-www-form-urlencoded"

func TestPage(t *testing.T) {
	_, ts := testServer(t, config{})
	resp, body := do(t, "GET", ts.URL+"/", "", "")
	if resp.StatusCode != 200 {
		t.Fatalf("GET / = %d", resp.StatusCode)
	}
	for h, want := range map[string]string{
		"Content-Type":           "text/html; charset=utf-8",
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	} {
		if got := resp.Header.Get(h); got != want {
			t.Errorf("%s = %q, want %q", h, got, want)
		}
	}
	csp := resp.Header.Get("Content-Security-Policy")
	if !strings.HasPrefix(csp, "default-src 'none'; script-src 'sha256-") || strings.Contains(csp, "unsafe") {
		t.Errorf("CSP = %q: want only the page's own inline scripts and styles", csp)
	}
	if !strings.Contains(body, "<textarea id=\"text\" name=\"text\" rows=\"7\" spellcheck=\"false\" required>\n"+strings.ReplaceAll(sample, "'", "&#39;")) {
		t.Errorf("the text area does not hold the sample article")
	}
	if resp, _ := do(t, "GET", ts.URL+"/nothing", "", ""); resp.StatusCode != 404 {
		t.Errorf("GET /nothing = %d, want 404", resp.StatusCode)
	}
}

func TestPageForm(t *testing.T) {
	_, ts := testServer(t, config{})
	// Browsers send CRLF line breaks; the offsets are those of the text as typed.
	text := "Kenya's Foreign Minister Amina Wekesa met Lars Tveit.\r\n<script>alert(1)</script> <img src=x onerror=alert(2)>"
	resp, body := do(t, "POST", ts.URL+"/", formType, form(text))
	if resp.StatusCode != 200 {
		t.Fatalf("POST / = %d: %s", resp.StatusCode, body)
	}
	for _, want := range []string{`class="ro-view"`, `class="m per"`, `data-start="25" data-end="37"`,
		"&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;", `id="json"`, `download="text.json"`} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	for _, bad := range []string{"<script>alert", "<img"} {
		if strings.Contains(body, bad) {
			t.Errorf("page contains %s", bad)
		}
	}
}

func TestAPI(t *testing.T) {
	_, ts := testServer(t, config{})
	resp, body := do(t, "POST", ts.URL+"/extract?id=kenya", "text/plain", sample)
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json; charset=utf-8" {
		t.Fatalf("POST /extract = %d %s: %s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
	}
	var raw struct {
		ID     string `json:"id"`
		People []struct {
			Name string `json:"name"`
		} `json:"people"`
	}
	if err := json.Unmarshal([]byte(body), &raw); err != nil {
		t.Fatal(err)
	}
	ex, _ := extract.New()
	want, _ := ex.Extract(context.Background(), "kenya", sample)
	wantJSON, _ := json.Marshal(want)
	if strings.TrimSpace(body) != string(wantJSON) {
		t.Errorf("POST /extract differs from the library's result:\n got %s\nwant %s", body, wantJSON)
	}
	if raw.ID != "kenya" || len(raw.People) == 0 {
		t.Errorf("result = %+v", raw)
	}
}

func TestAPIErrors(t *testing.T) {
	_, ts := testServer(t, config{maxBytes: 100, workers: 1, wait: time.Second, timeout: time.Second})
	tests := []struct {
		name, method, path, contentType, body string
		code                                  int
		message                               string
	}{
		{"too large", "POST", "/extract", "", strings.Repeat("a", 101), 413, "The text is too large: 101 bytes. This server reads texts of at most 100 bytes (100 bytes, set by its -max-bytes flag)."},
		{"just fits", "POST", "/extract", "", strings.Repeat("a", 100), 200, ""},
		{"invalid UTF-8", "POST", "/extract", "", "a\xffb", 400, "extract: invalid input: invalid UTF-8 at offset 1"},
		{"GET", "GET", "/extract", "", "", 405, "POST the text as the request body"},
		{"form too large", "POST", "/", formType, form(strings.Repeat("a", 101)), 413, "The text is too large: 101 bytes."},
		{"form far too large", "POST", "/", formType, form(strings.Repeat("<", 2000)), 413, "The text is too large: more than 100 bytes."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := do(t, tt.method, ts.URL+tt.path, tt.contentType, tt.body)
			if resp.StatusCode != tt.code {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tt.code, body)
			}
			if !strings.Contains(body, tt.message) {
				t.Errorf("body %s lacks %q", body, tt.message)
			}
		})
	}
}

// A request that finds every worker busy past -wait gets 503.
func TestBusy(t *testing.T) {
	s, ts := testServer(t, config{maxBytes: 100, workers: 1, wait: 50 * time.Millisecond, timeout: time.Second})
	s.sem <- struct{}{} // the only worker is taken
	resp, body := do(t, "POST", ts.URL+"/extract", "", "Kenya.")
	if resp.StatusCode != 503 || !strings.Contains(body, "busy") {
		t.Errorf("status %d %s, want 503 busy", resp.StatusCode, body)
	}
	<-s.sem
	if resp, body := do(t, "POST", ts.URL+"/extract", "", "Kenya."); resp.StatusCode != 200 {
		t.Errorf("status %d %s once the worker is free", resp.StatusCode, body)
	}
}

func TestRun(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-h"}, &out, &errOut); code != 0 || !strings.Contains(errOut.String(), "-max-bytes") {
		t.Errorf("-h: exit %d, %s", code, errOut.String())
	}
	for _, args := range [][]string{{"-max-bytes", "0"}, {"-workers", "0"}, {"-read-timeout", "0"}, {"-nope"}, {"extra"}} {
		errOut.Reset()
		if code := run(context.Background(), args, &out, &errOut); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, code, errOut.String())
		}
	}
	// Starts, serves, and stops cleanly when its context ends (Ctrl-C).
	ctx, cancel := context.WithCancel(context.Background())
	out.Reset()
	done := make(chan int)
	go func() { done <- run(ctx, []string{"-addr", "127.0.0.1:0"}, &out, &errOut) }()
	time.Sleep(200 * time.Millisecond)
	cancel()
	select {
	case code := <-done:
		if code != 0 || !strings.Contains(out.String(), "stopping") {
			t.Errorf("exit %d, output %q", code, out.String())
		}
	case <-time.After(15 * time.Second):
		t.Fatal("the server did not stop")
	}
}

// TestPeople: with -people, POST /extract finds the file's people by name,
// with their country marked known and their id; a bad file stops serve.
func TestPeople(t *testing.T) {
	_, ts := testServer(t, config{maxBytes: 1 << 20, workers: 1, wait: 5 * time.Second, timeout: 20 * time.Second, people: "../people.csv"})
	resp, body := do(t, "POST", ts.URL+"/extract?id=v", "text/plain", "Ilse Brandt met reporters in Vienna.")
	if resp.StatusCode != 200 {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	var r extract.Result
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.People) != 1 || r.People[0].Country != "AT" || r.People[0].CountrySource != extract.FromKnown {
		t.Errorf("people %+v", r.People)
	}
	if !strings.Contains(body, `"country_source":"known"`) {
		t.Errorf("no country_source in %s", body)
	}
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"-people", "../nope.csv"}, &out, &errOut); code != 2 ||
		!strings.HasPrefix(errOut.String(), "serve: -people: bad people file: open ../nope.csv: ") {
		t.Errorf("a missing file: exit %d, %q", code, errOut.String())
	}
}
