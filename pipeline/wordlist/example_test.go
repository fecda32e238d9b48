package wordlist_test

import (
	"fmt"
	"testing/fstest"

	"github.com/readout/readout/pipeline/wordlist"
)

// A stage embeds its lists (//go:embed data/words.txt) and reads them once
// through a Loader.
func ExampleLoader() {
	data := fstest.MapFS{"data/words.txt": {Data: []byte("# calls\n[phone]\nphone telephone\n")}}
	load := wordlist.Loader(data, "data")
	lists, err := load()
	if err != nil {
		panic(err)
	}
	phone, err := lists.Set("phone")
	if err != nil {
		panic(err)
	}
	again, _ := load()
	fmt.Println(phone["telephone"], phone["letter"], lists.File("phone"), again == lists)
	// Output: true false data/words.txt true
}
