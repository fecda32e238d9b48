package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/readout/readout/extract"
)

// FuzzExtract checks, for any text, that Extract either refuses it with one
// of its documented errors or returns a result whose every span lies within
// the text and covers its Text, that encodes as JSON, and that is the same on
// a second run.
func FuzzExtract(f *testing.F) {
	_, seeds := seedTexts(f)
	for _, text := range seeds {
		f.Add(text)
	}
	for _, s := range []string{
		"", " \n\t ", "\xff", "Dar \xc3", "a\x00b",
		strings.Repeat("President Donald Trump and Prime Minister Shehbaz Sharif ", 20),
		strings.Repeat("(", 200) + englishPara + strings.Repeat(")", 100),
		strings.Repeat("\"“‘'«", 50) + englishPara,
		"<p>ISLAMABAD: <b>Foreign Minister Ishaq Dar</b> met <i>Chinese Foreign Minister Wang Yi</i> in Beijing on Monday.</p>&nbsp;",
		"Foreign Minister Ishaq Dar (اسحاق ڈار) met Wang Yi (王毅). قال الوزير 中国外交部长王毅说.",
		"U.S. Secretary of State Marco Rubio’s call to Dar’s office on Wednesday, April 8, 2025.",
		"NEW DELHI, April 8 (PTI) - External Affairs Minister S Jaishankar met Prince Faisal bin Farhan.\nIANS",
		"By: Agencies\nRead More: Dar meets Rubio\nISLAMABAD: Dar called Rubio.\r\n",
		capitalised(300),
	} {
		f.Add(s)
	}
	ex := newExtractor(f)
	f.Fuzz(func(t *testing.T, text string) {
		r, err := ex.Extract(context.Background(), "fuzz", text)
		if err != nil {
			if !errors.Is(err, extract.ErrInvalidInput) && !errors.Is(err, extract.ErrTooLarge) {
				t.Fatalf("undocumented error: %v", err)
			}
			if r != nil {
				t.Fatalf("result beside error %v", err)
			}
			if _, err2 := ex.Extract(context.Background(), "fuzz", text); err2 == nil || err2.Error() != err.Error() {
				t.Fatalf("second run: error %v, first %v", err2, err)
			}
			return
		}
		checkResult(t, text, r)
		first, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		r2, err := ex.Extract(context.Background(), "fuzz", text)
		if err != nil {
			t.Fatalf("second run: %v", err)
		}
		second, err := json.Marshal(r2)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("not deterministic:\nfirst  %s\nsecond %s", first, second)
		}
	})
}
