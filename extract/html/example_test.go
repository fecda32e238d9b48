package html_test

import (
	"context"
	"fmt"
	"log"
	"regexp"
	"strings"

	"github.com/readout/readout/extract"
	"github.com/readout/readout/extract/html"
)

// Render an article and its result as a page. Here only the article's
// markup is printed: each mention is an element at its span.
func ExampleWritePage() {
	ex, err := extract.New()
	if err != nil {
		log.Fatal(err)
	}
	text := "Hungary's Foreign Minister Lena Varga visited Nairobi on Monday."
	r, err := ex.Extract(context.Background(), "demo", text)
	if err != nil {
		log.Fatal(err)
	}
	var b strings.Builder
	if err := html.WritePage(&b, html.Doc{Text: text, Result: r}); err != nil {
		log.Fatal(err)
	}
	_, article, _ := strings.Cut(b.String(), `<div class="ro-text">`)
	article, _, _ = strings.Cut(article, "</div>")
	// Drop the offsets and tooltips to keep the output short.
	fmt.Print(regexp.MustCompile(` data-start.*?data-tip="[^"]*"`).ReplaceAllString(article, ""))
	fmt.Println()
	// Output:
	// <span class="m cty" data-e="c0">Hungary</span>&#39;s Foreign Minister <span class="m per" data-e="p0">Lena Varga</span> visited <span class="m cty" data-e="c1">Nairobi</span> on Monday.
}
