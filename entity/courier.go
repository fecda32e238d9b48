package entity

import "github.com/readout/readout/pipeline"

// courierWords before "by X" make X a messenger, not a party.
var courierWords = map[string]bool{
	"delivered": true, "handed": true, "carried": true, "conveyed": true, "presented": true,
}

// Courier reports whether the person mentioned from token i, in a sentence
// that starts at token first, is named as the messenger of something rather
// than a party to it: "the letter, delivered by Ambassador X", "handed over
// by X".
func Courier(toks []pipeline.Token, i, first int) bool {
	for k := i - 1; k >= first && k >= i-4; k-- {
		if toks[k].Lower == "by" {
			for j := k - 1; j >= first && j >= k-2; j-- {
				if courierWords[toks[j].Lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}
