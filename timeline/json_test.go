package timeline_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

// TestTimelineJSONErrorPath: a field that does not decode, or an event
// that cannot be added, is named by its path in the document.
func TestTimelineJSONErrorPath(t *testing.T) {
	ev := `{"id":"a","kind":"signing","title":{"en":"A"},"when":"2001-03-01"}`
	bad := `{"id":"b","kind":"signing","title":{"en":"B"},"when":"2001-13-01"}`
	var tl timeline.Timeline
	err := json.Unmarshal([]byte(`{"events":[`+ev+`,`+bad+`]}`), &tl)
	require.EqualError(t, err, `timeline: timeline.events[1].when: "2001-13-01": month 13 out of range`)
	require.ErrorIs(t, err, timeline.ErrSyntax)
	var je *timeline.JSONError
	require.True(t, errors.As(err, &je))
	require.Equal(t, "timeline.events[1].when", je.Path)

	err = json.Unmarshal([]byte(`[`+ev+`,`+bad+`]`), &tl)
	require.EqualError(t, err, `timeline: timeline[1].when: "2001-13-01": month 13 out of range`)
	err = json.Unmarshal([]byte(`{"events":[`+ev+`],"policy":"feb29"}`), &tl)
	require.EqualError(t, err, `timeline: timeline.policy: "feb29": unknown policy`)
	err = json.Unmarshal([]byte(`{"events":[`+ev+`,`+ev+`]}`), &tl)
	require.EqualError(t, err, `timeline: timeline.events[1]: event "a": duplicate id`)
	var ee *timeline.EventError
	require.True(t, errors.As(err, &ee))
	err = json.Unmarshal([]byte(`{"events":[],"color":"red"}`), &tl)
	require.EqualError(t, err, `timeline: timeline: json: unknown field "color"`)
}
