// Package jsonpath finds where in a JSON document a value fails to decode,
// so that a decoding error can name its field:
// "sections[2].clauses[0].stance".
//
// encoding/json reports the error of a field's UnmarshalText as it is,
// without saying which field failed; [Locate] decodes the document again
// piece by piece, only once decoding has failed, to find it.
package jsonpath

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// Decode decodes data into v, as [json.Unmarshal] or a stricter decoder.
type Decode func(data []byte, v any) error

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// Locate decodes data into a new value of type t with decode and, if that
// fails, returns the path of the innermost value that fails on its own
// (".sections[2].clauses[0].stance", "[3].when", or "" for the whole) and
// its error. Values of types with their own UnmarshalJSON or
// UnmarshalText are not looked into. It returns "", nil when data decodes.
func Locate(data []byte, t reflect.Type, decode Decode) (string, error) {
	return walk(data, t, "", decode)
}

func walk(raw []byte, t reflect.Type, path string, decode Decode) (string, error) {
	err := decode(raw, reflect.New(t).Interface())
	if err == nil {
		return "", nil
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) || reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return path, err
	}
	switch t.Kind() {
	case reflect.Pointer:
		return walk(raw, t.Elem(), path, decode)
	case reflect.Struct:
		fs := fields(t)
		for _, kv := range members(raw) {
			ft, ok := fs[kv.key]
			if !ok {
				ft, ok = fs[strings.ToLower(kv.key)]
			}
			if !ok {
				continue
			}
			if p, e := walk(kv.value, ft, path+"."+kv.key, decode); e != nil {
				return p, e
			}
		}
	case reflect.Map:
		for _, kv := range members(raw) {
			if p, e := walk(kv.value, t.Elem(), path+"["+strconv.Quote(kv.key)+"]", decode); e != nil {
				return p, e
			}
		}
	case reflect.Slice, reflect.Array:
		var elems []json.RawMessage
		if json.Unmarshal(raw, &elems) == nil {
			for i, el := range elems {
				if p, e := walk(el, t.Elem(), path+"["+strconv.Itoa(i)+"]", decode); e != nil {
					return p, e
				}
			}
		}
	}
	return path, err
}

type member struct {
	key   string
	value json.RawMessage
}

// members returns the members of a JSON object in document order; nothing
// for anything else.
func members(raw []byte) []member {
	d := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := d.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	var out []member
	for d.More() {
		tok, err := d.Token()
		if err != nil {
			return out
		}
		key, _ := tok.(string)
		var v json.RawMessage
		if d.Decode(&v) != nil {
			return out
		}
		out = append(out, member{key, v})
	}
	return out
}

// fields maps the JSON names of t's fields, and their lower-case forms
// (encoding/json matches names without regard to case), to the fields'
// types; fields of embedded structs are promoted unless a shallower field
// has the name.
func fields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	var add func(t reflect.Type, depth int)
	add = func(t reflect.Type, depth int) {
		var embedded []reflect.Type
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					embedded = append(embedded, ft)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			for _, k := range []string{name, strings.ToLower(name)} {
				if _, ok := out[k]; !ok {
					out[k] = f.Type
				}
			}
		}
		for _, e := range embedded {
			add(e, depth+1)
		}
	}
	add(t, 0)
	return out
}
