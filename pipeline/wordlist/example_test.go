package wordlist_test

import (
	"fmt"

	"github.com/readout/readout/pipeline/wordlist"
)

func ExampleLists_Set() {
	lists, err := wordlist.Load()
	if err != nil {
		panic(err)
	}
	phone, err := lists.Set("phone")
	if err != nil {
		panic(err)
	}
	fmt.Println(phone["telephone"], phone["letter"], lists.File("phone"))
	// Output: true false event.txt
}
