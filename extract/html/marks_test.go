package html

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWriteMarked(t *testing.T) {
	m := func(start, end, rank int, name string) mark {
		return mark{start: start, end: end, rank: rank, open: "<span " + name, first: " id=1"}
	}
	tests := []struct {
		name  string
		text  string
		marks []mark
		want  string
	}{
		{"no marks: text escaped", `a<b>&"c'`, nil, "a&lt;b&gt;&amp;&#34;c&#39;"},
		{"one mark", "hello world", []mark{m(0, 5, 0, "a")}, "<span a id=1>hello</span> world"},
		{"mark at the end", "hello world", []mark{m(6, 11, 0, "a")}, "hello <span a id=1>world</span>"},
		{"nested: person inside an organisation", "the Dar Foundation",
			[]mark{m(4, 7, rankPerson, "p"), m(4, 18, rankOrganization, "o")},
			"the <span o id=1><span p id=1>Dar</span> Foundation</span>"},
		{"same span: rank decides the outer element", "Dar",
			[]mark{m(0, 3, rankPerson, "p"), m(0, 3, rankSentence, "s")},
			"<span s id=1><span p id=1>Dar</span></span>"},
		{"overlap: the inner element is split and reopened without its id", "abcdef",
			[]mark{m(0, 4, 0, "x"), m(2, 6, 0, "y")},
			"<span x id=1>ab<span y id=1>cd</span></span><span y>ef</span>"},
		{"adjacent marks", "abcd", []mark{m(0, 2, 0, "x"), m(2, 4, 0, "y")},
			"<span x id=1>ab</span><span y id=1>cd</span>"},
		{"three deep, middle ends first", "abcdefgh",
			[]mark{m(0, 8, 0, "a"), m(1, 4, 0, "b"), m(2, 6, 0, "c")},
			"<span a id=1>a<span b id=1>b<span c id=1>cd</span></span><span c>ef</span>gh</span>"},
		{"text inside marks is escaped", "<script>", []mark{m(1, 7, 0, "x")},
			"&lt;<span x id=1>script</span>&gt;"},
		{"CR kept as a reference, NUL and bad UTF-8 replaced", "a\r\nb\x00c\xffd",
			nil, "a&#13;\nb\uFFFDc\uFFFDd"},
		{"multi-byte text", "São Tomé", []mark{m(0, 4, 0, "x")}, "<span x id=1>São</span> Tomé"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			writeMarked(&b, tt.text, tt.marks)
			if diff := cmp.Diff(tt.want, b.String()); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestValidSpan(t *testing.T) {
	text := "São" // S, ã (2 bytes), o
	tests := []struct {
		start, end int
		want       bool
	}{
		{0, 4, true},
		{0, 1, true},
		{1, 3, true},
		{0, 2, false}, // cuts ã
		{2, 4, false}, // starts inside ã
		{1, 1, false}, // empty
		{-1, 2, false},
		{0, 5, false},
		{3, 1, false},
	}
	for _, tt := range tests {
		if got := validSpan(text, tt.start, tt.end); got != tt.want {
			t.Errorf("validSpan(%q, %d, %d) = %v, want %v", text, tt.start, tt.end, got, tt.want)
		}
	}
}
