package agreement_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/stretchr/testify/require"
)

// TestCommuniqueJSONErrorPath: a field that does not decode is named by
// its path in the document.
func TestCommuniqueJSONErrorPath(t *testing.T) {
	in := `{"version":1,"kind":"joint-statement","sections":[
		{"clauses":[]},{"clauses":[]},
		{"heading":"Trade","clauses":[{"text":"a","start":0,"end":1,"stance":"x"}]}]}`
	var c agreement.Communique
	err := json.Unmarshal([]byte(in), &c)
	require.EqualError(t, err, `agreement: communique.sections[2].clauses[0].stance: "x": unknown stance`)
	require.ErrorIs(t, err, agreement.ErrSyntax)
	var pe *agreement.ParseError
	require.True(t, errors.As(err, &pe))
	require.Equal(t, "stance", pe.What)
	var je *agreement.JSONError
	require.True(t, errors.As(err, &je))
	require.Equal(t, "communique.sections[2].clauses[0].stance", je.Path)

	err = json.Unmarshal([]byte(`{"version":1,"kind":"letter","sections":[]}`), &c)
	require.EqualError(t, err, `agreement: communique.kind: "letter": unknown kind`)
	err = json.Unmarshal([]byte(`{"version":"1"}`), &c)
	require.EqualError(t, err, `agreement: communique.version: json: cannot unmarshal string into Go value of type int`)
	err = json.Unmarshal([]byte(`{"version":`), &c)
	require.ErrorContains(t, err, "unexpected end of JSON input")

	// A valid document still reads as before.
	require.NoError(t, json.Unmarshal([]byte(`{"version":1,"kind":"joint-statement","sections":[{"clauses":[{"text":"a","start":0,"end":1,"stance":"agree"}]}]}`), &c))
	require.Equal(t, agreement.Agree, c.Sections[0].Clauses[0].Stance)
}

func TestRelationshipJSONErrorPath(t *testing.T) {
	in := `{"parties":["VN","RU"],"established":"1950-01-30","history":[
		{"date":"2001-03-01","level":"VN:strategic-partnership"},{"date":"2012-07-27","level":"VN:nope"}]}`
	_, err := agreement.UnmarshalRelationship([]byte(in))
	require.ErrorContains(t, err, `agreement: relationship.history[1].level: `)
	require.ErrorIs(t, err, agreement.ErrSyntax)
	var r agreement.Relationship
	err2 := json.Unmarshal([]byte(in), &r)
	require.Equal(t, err.Error(), err2.Error())

	err = json.Unmarshal([]byte(strings.Replace(in, `"1950-01-30"`, `"1950-13-30"`, 1)), &r)
	require.ErrorContains(t, err, `agreement: relationship.established: timeline: parsing "1950-13-30" as date`)
}

// TestParseCommuniqueErrorTexts: the errors say what is wrong, with the
// input and the limit.
func TestParseCommuniqueErrorTexts(t *testing.T) {
	_, err := agreement.ParseCommunique(strings.NewReader("The two sides agreed.\xff"), agreement.ParseOptions{})
	require.EqualError(t, err, `agreement: parsing "The two sides agreed.\xff" as communiqué: invalid UTF-8 at byte 21`)
	_, err = agreement.ParseCommuniqueString("\xfe", agreement.ParseOptions{})
	require.EqualError(t, err, `agreement: parsing "\xfe" as communiqué: invalid UTF-8 at byte 0`)

	for _, read := range []func() error{
		func() error {
			_, err := agreement.ParseCommunique(strings.NewReader(strings.Repeat("a", 100)), agreement.ParseOptions{MaxBytes: 99})
			return err
		},
		func() error {
			_, err := agreement.ParseCommuniqueString(strings.Repeat("a", 100), agreement.ParseOptions{MaxBytes: 99})
			return err
		},
	} {
		err := read()
		require.EqualError(t, err, "agreement: input too large: over the limit of 99 bytes")
		require.ErrorIs(t, err, agreement.ErrTooLarge)
		var tl *agreement.TooLargeError
		require.True(t, errors.As(err, &tl))
		require.Equal(t, int64(99), tl.Limit)
	}
}
