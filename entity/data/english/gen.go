//go:build ignore

// Gen writes lexicon.txt, the English lexicon of the entity stage, beside
// itself: the lower-case words of Debian's wamerican word list
// (/usr/share/dict/american-english; apt-get install wamerican), one a
// line, in byte order, each marked when the list also writes it
// capitalised. Run it from the entity directory with go generate; go test
// never runs it, but entity/internal/english's TestLexiconFile writes the
// lexicon again from the word list, when it is installed, and compares.
package main

import (
	"flag"
	"log"
	"os"
	"path/filepath"

	"github.com/readout/readout/entity/internal/english"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	dict := flag.String("dict", english.DefaultPath, "Debian's wamerican word list")
	out := flag.String("out", "lexicon.txt", "file to write the lexicon to")
	flag.Parse()
	d, err := english.Read(*dict)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, d.Lexicon(filepath.Base(*dict)), 0o644); err != nil {
		log.Fatal(err)
	}
}
