package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Floors are the lowest figures a labelled set may score: set name, then
// metric name, then the floor (F1 or accuracy, in [0, 1]).
type Floors map[string]map[string]float64

// ParseFloors reads a floors file: one "SET METRIC VALUE" a line, blank
// lines and lines starting with # ignored. name is the file's name, for
// errors, which give the line.
func ParseFloors(r io.Reader, name string) (Floors, error) {
	f := Floors{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want SET METRIC VALUE, got %q", name, n, line)
		}
		set, metric := fields[0], fields[1]
		if !isMetricName(metric) {
			return nil, fmt.Errorf("%s:%d: unknown metric %q", name, n, metric)
		}
		v, err := strconv.ParseFloat(fields[2], 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("%s:%d: %s: value %q is not a number in [0, 1]", name, n, metric, fields[2])
		}
		if f[set] == nil {
			f[set] = map[string]float64{}
		}
		if _, dup := f[set][metric]; dup {
			return nil, fmt.Errorf("%s:%d: %s %s given twice", name, n, set, metric)
		}
		f[set][metric] = v
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

// LoadFloors reads the floors of set from the file at path.
func LoadFloors(path, set string) (map[string]float64, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	f, err := ParseFloors(file, path)
	if err != nil {
		return nil, err
	}
	if f[set] == nil {
		return nil, fmt.Errorf("%s: no floors for set %q", path, set)
	}
	return f[set], nil
}
