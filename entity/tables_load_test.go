package entity

import "testing"

// BenchmarkLoadTables measures what New costs once per process: compiling
// every knowledge table (extract.New must stay under 50 ms).
func BenchmarkLoadTables(b *testing.B) {
	for b.Loop() {
		if _, err := loadTables(); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLexicon(t *testing.T) {
	tb, err := defaultTables()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word            string
		english, common bool
	}{
		{"image", true, true},    // never a name
		{"social", true, true},   // never a name
		{"rose", true, false},    // also a name: Rose
		{"grant", true, false},   // also a name: Grant
		{"piyush", false, false}, // no English word
		{"aardvark", true, true}, // first lines of the file
		{"zzz", false, false},
		{"", false, false},
	} {
		if got := tb.english(tt.word); got != tt.english {
			t.Errorf("english(%q) = %v, want %v", tt.word, got, tt.english)
		}
		if got := tb.common(tt.word); got != tt.common {
			t.Errorf("common(%q) = %v, want %v", tt.word, got, tt.common)
		}
	}
}
