package jsonpath

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
)

type word string

func (w *word) UnmarshalText(b []byte) error {
	if string(b) == "bad" {
		return errors.New("bad word")
	}
	*w = word(b)
	return nil
}

type inner struct {
	Word  word `json:"word"`
	Count int
}

type base struct {
	Name word `json:"name"`
}

type outer struct {
	base
	Items []inner          `json:"items"`
	ByKey map[string]inner `json:"by_key"`
	Ptr   *inner           `json:"ptr"`
}

func TestLocate(t *testing.T) {
	typ := reflect.TypeFor[outer]()
	for _, tt := range []struct{ in, path, err string }{
		{`{"items":[{"word":"a"},{"word":"bad"}]}`, ".items[1].word", "bad word"},
		{`{"name":"bad"}`, ".name", "bad word"},
		{`{"by_key":{"k":{"word":"bad"}}}`, `.by_key["k"].word`, "bad word"},
		{`{"ptr":{"count":"x"}}`, ".ptr.count", "json: cannot unmarshal string into Go value of type int"},
		{`{"items":[{"Word":"bad"}]}`, ".items[0].Word", "bad word"},
		{`{"items":3}`, ".items", "json: cannot unmarshal number into Go value of type []jsonpath.inner"},
		{`[1]`, "", "json: cannot unmarshal array into Go value of type jsonpath.outer"},
	} {
		path, err := Locate([]byte(tt.in), typ, json.Unmarshal)
		if path != tt.path || err == nil || err.Error() != tt.err {
			t.Errorf("Locate(%s) = %q, %v; want %q, %s", tt.in, path, err, tt.path, tt.err)
		}
	}
	if path, err := Locate([]byte(`{"items":[{"word":"a"}]}`), typ, json.Unmarshal); path != "" || err != nil {
		t.Errorf("Locate(valid) = %q, %v", path, err)
	}
}
