package main

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSlowUploads is a bounded load test on loopback: a few clients send
// their text at a crawl beside many normal ones. The slow uploads must hold
// no worker: every normal request is answered 200 (not 503 after -wait),
// and each slow one is cut off with 408 once -read-timeout passes. The
// timeouts are the test's own, chosen so that nothing depends on how fast
// this machine is: -wait is far longer than the normal requests need even
// under -race on a loaded machine, and far shorter than the slow uploads.
func TestSlowUploads(t *testing.T) {
	const (
		slowClients   = 3
		normalClients = 8
		perClient     = 3
	)
	c := config{maxBytes: 1 << 20, workers: 2, readTimeout: 2 * time.Second, wait: 20 * time.Second, timeout: 20 * time.Second}
	s, err := newServer(c)
	if err != nil {
		t.Fatal(err)
	}
	arrived := make(chan struct{}, slowClients)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Slow") != "" {
			arrived <- struct{}{}
		}
		s.ServeHTTP(w, r)
	}))
	t.Cleanup(ts.Close)
	addr := strings.TrimPrefix(ts.URL, "http://")

	// The slow clients (one sends the page's form, the others POST
	// /extract): headers at once, then a byte every 50 ms of a body
	// that would take 50 s to arrive.
	type slowResult struct {
		status int
		err    error
	}
	slow := make(chan slowResult, slowClients)
	done := make(chan struct{})
	defer close(done)
	for i := range slowClients {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { conn.Close() })
		path, contentType := "/extract", "text/plain" // the API, and the page's form
		if i == 0 {
			path, contentType = "/", formType
		}
		fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: %s\r\nX-Slow: 1\r\nContent-Type: %s\r\nContent-Length: 1000\r\n\r\n", path, addr, contentType)
		go func() {
			tick := time.NewTicker(50 * time.Millisecond)
			defer tick.Stop()
			for range 1000 {
				select {
				case <-done:
					return
				case <-tick.C:
				}
				if _, err := conn.Write([]byte("a")); err != nil {
					return // the server cut us off
				}
			}
		}()
		go func() {
			resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
			if err != nil {
				slow <- slowResult{err: err}
				return
			}
			resp.Body.Close()
			slow <- slowResult{status: resp.StatusCode}
		}()
	}
	for range slowClients {
		select {
		case <-arrived:
		case <-time.After(30 * time.Second):
			t.Fatal("the slow requests did not reach the handler")
		}
	}

	// The normal clients, while the slow uploads crawl on.
	var wg sync.WaitGroup
	var mu sync.Mutex
	statuses := map[int]int{}
	for range normalClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range perClient {
				resp, err := http.Post(ts.URL+"/extract", "text/plain", strings.NewReader(sample))
				code := -1
				if err == nil {
					code = resp.StatusCode
					resp.Body.Close()
				}
				mu.Lock()
				statuses[code]++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if want := map[int]int{200: normalClients * perClient}; fmt.Sprint(statuses) != fmt.Sprint(want) {
		t.Errorf("normal requests beside %d slow uploads: statuses %v, want %v", slowClients, statuses, want)
	}
	for range slowClients {
		select {
		case r := <-slow:
			if r.err != nil || r.status != http.StatusRequestTimeout {
				t.Errorf("a slow upload: status %d, error %v; want 408", r.status, r.err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("a slow upload was not cut off")
		}
	}
	waitIdle(t, s)
}

// TestExtractionTimeout: an extraction that runs past -timeout is stopped
// and answered 503, and frees its worker. A megabyte takes Readout over
// 100 ms; the timeout is 1 ms.
func TestExtractionTimeout(t *testing.T) {
	s, ts := testServer(t, config{maxBytes: 2 << 20, workers: 1, wait: 20 * time.Second, timeout: time.Millisecond})
	big := strings.Repeat(sample+"\n", (1<<20)/len(sample))
	resp, body := do(t, "POST", ts.URL+"/extract", "text/plain", big)
	if resp.StatusCode != 503 || !strings.Contains(body, "reading the text took longer than 1ms") {
		t.Errorf("status %d %s, want 503 and the timeout", resp.StatusCode, body)
	}
	waitIdle(t, s)
}

// waitIdle fails unless every worker of s is free within a few seconds: a
// handler gives its worker back just after its response is written.
func waitIdle(t *testing.T, s *server) {
	t.Helper()
	for range 500 {
		if len(s.sem) == 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Errorf("%d workers still taken", len(s.sem))
}
