package trade

import (
	"encoding/json"
	"reflect"
)

// UnmarshalJSON reads the JSON form of a series into s, replacing it, as
// encoding/json reads the fields; a value that does not decode is a
// [*JSONError] naming its path ("series.observations[1].value") and
// wrapping the value's error.
func (s *Series) UnmarshalJSON(b []byte) error {
	type plain Series // without this method
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return jsonError("series", b, reflect.TypeFor[plain](), json.Unmarshal, err)
	}
	*s = Series(p)
	return nil
}
