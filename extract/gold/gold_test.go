package gold

import (
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, file, data string
		wantErr          string
	}{
		{"null fields", "x.json", `{"doc":"x","published":null,"dateline":null,"people":[],"events":[]}`, ""},
		{"doc from the file name", "dir/y.json", `{"people":[]}`, ""},
		{"unknown field", "x.json", `{"doc":"x","optional_topic":["trade"]}`, "unknown field"},
		{"doc and file disagree", "x.json", `{"doc":"z"}`, "does not match the file name"},
		{"bad event type", "x.json", `{"people":[{"name":"A B"},{"name":"C D"}],"events":[{"type":"visit","participants":["A B","C D"]}]}`, "type \"visit\""},
		{"participant not a person", "x.json", `{"people":[{"name":"A B"}],"events":[{"type":"call","participants":["A B","C D"]}]}`, "participant \"C D\""},
		{"initiator not a participant", "x.json", `{"people":[{"name":"A B"},{"name":"C D"}],"events":[{"type":"call","participants":["A B","C D"],"initiator":"E F"}]}`, "initiator \"E F\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), tt.file)
			if tt.wantErr == "" && err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("Parse error %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

// TestSeedGold checks that the project's gold files parse.
func TestSeedGold(t *testing.T) {
	golds, err := Load("../../testdata/gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) == 0 {
		t.Fatal("no gold files")
	}
}
