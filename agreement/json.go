package agreement

import (
	"encoding/json"
	"reflect"
)

// UnmarshalJSON reads the JSON form of a communiqué into c, replacing it,
// as encoding/json reads the fields; a value that does not decode is a
// [*JSONError] naming its path ("communique.sections[2].clauses[0].stance")
// and wrapping the value's error.
func (c *Communique) UnmarshalJSON(b []byte) error {
	type plain Communique // without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return jsonError("communique", b, reflect.TypeFor[plain](), json.Unmarshal, err)
	}
	*c = Communique(p)
	return nil
}

// UnmarshalJSON reads the JSON form of a relationship into r with
// [UnmarshalRelationship] and the built-in schemes only; a value that does
// not decode is a [*JSONError] naming its path
// ("relationship.history[1].level").
func (r *Relationship) UnmarshalJSON(b []byte) error {
	v, err := UnmarshalRelationship(b)
	if err != nil {
		return err
	}
	*r = v
	return nil
}
