package agreement_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

// auScheme is a made-up two-level scheme of Australia, for tests only.
func auScheme(t testing.TB) *agreement.Scheme {
	au, err := agreement.NewScheme(agreement.MustParseParty("AU"),
		[][]string{{"enhanced-partnership"}, {"grand-partnership", "grand-partnership-plus"}}, []string{"family-ties"})
	require.NoError(t, err)
	return au
}

// TestCustomSchemeRoundTrip: a relationship between two states other than
// Vietnam, in a scheme built with NewScheme, is stored and read back.
func TestCustomSchemeRoundTrip(t *testing.T) {
	au := auScheme(t)
	ep, _ := au.Level("enhanced-partnership")
	gpp, _ := au.Level("grand-partnership-plus")
	vn := agreement.VietnamScheme()
	csp, _ := vn.Level("comprehensive-strategic-partnership")
	r := agreement.Relationship{
		Parties:     [2]agreement.Party{agreement.MustParseParty("AU"), agreement.MustParseParty("ID")},
		Established: timeline.MustParseDate("1949-12-27"),
		History: []agreement.Upgrade{
			{Level: ep, On: timeline.MustParseDate("2005"), Instrument: "made-up"},
			{Level: gpp, On: timeline.MustParseDate("2018-08-31")},
			{Level: csp, On: timeline.MustParseDate("2020")}, // a built-in scheme's level reads back without its scheme
			{On: timeline.MustParseDate("2021")},             // the zero Level
		},
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	require.Contains(t, string(b), `"level":"AU:enhanced-partnership"`)
	require.Contains(t, string(b), `"level":"AU:grand-partnership-plus"`)

	// json.Unmarshal knows the built-in schemes only.
	var plain agreement.Relationship
	require.EqualError(t, json.Unmarshal(b, &plain), `agreement: relationship.history[0].level: "AU:enhanced-partnership": no built-in scheme "AU"`)

	back, err := agreement.UnmarshalRelationship(b, au)
	require.NoError(t, err)
	require.Equal(t, r, back)
	require.Equal(t, 2, back.History[1].Level.Rank())
	l, ok := back.LevelAt(timeline.MustParseDate("2019"))
	require.True(t, ok)
	require.Equal(t, gpp, l)

	// Without the scheme, or with another, the error names the level.
	_, err = agreement.UnmarshalRelationship(b)
	require.EqualError(t, err, `agreement: relationship.history[0].level: "AU:enhanced-partnership": no built-in scheme "AU"`)
	_, err = agreement.UnmarshalRelationship(b, vn)
	require.ErrorIs(t, err, agreement.ErrSyntax)
	// A level the given scheme does not have.
	_, err = agreement.UnmarshalRelationship([]byte(`{"parties":["AU","ID"],"history":[{"level":"AU:best-mates","on":"2000"}]}`), au)
	require.EqualError(t, err, `agreement: relationship.history[0].level: "AU:best-mates": unknown level of the AU scheme`)
	// Errors of the JSON itself come through.
	_, err = agreement.UnmarshalRelationship([]byte(`{"parties":`), au)
	require.Error(t, err)

	// A scheme given for a built-in owner replaces the built-in one.
	alt, err := agreement.NewScheme(agreement.MustParseParty("VN"), [][]string{{"comprehensive-strategic-partnership"}}, nil)
	require.NoError(t, err)
	altCSP, _ := alt.Level("comprehensive-strategic-partnership")
	got, err := agreement.UnmarshalRelationship([]byte(`{"parties":["VN","RU"],"history":[{"level":"VN:comprehensive-strategic-partnership","on":"2012"}]}`), alt)
	require.NoError(t, err)
	require.Equal(t, 1, got.History[0].Level.Rank(), "rank in the given scheme, not in Vietnam's (3)")
	require.Equal(t, altCSP, got.History[0].Level)

	// The Vietnam–Russia fixture reads the same either way.
	fixture := loadRelationship(t)
	fb, err := json.Marshal(fixture)
	require.NoError(t, err)
	fromFunc, err := agreement.UnmarshalRelationship(fb)
	require.NoError(t, err)
	require.Equal(t, fixture, fromFunc)
}

func ExampleUnmarshalRelationship() {
	au, _ := agreement.NewScheme(agreement.MustParseParty("AU"),
		[][]string{{"enhanced-partnership"}, {"grand-partnership"}}, nil) // a made-up scheme
	gp, _ := au.Level("grand-partnership")
	r := agreement.Relationship{
		Parties: [2]agreement.Party{agreement.MustParseParty("AU"), agreement.MustParseParty("ID")},
		History: []agreement.Upgrade{{Level: gp, On: timeline.MustParseDate("2018")}},
	}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	back, err := agreement.UnmarshalRelationship(b, au)
	fmt.Println(back.History[0].Level, back.History[0].Level.Rank(), err)
	// Output:
	// {"parties":["AU","ID"],"established":"","history":[{"level":"AU:grand-partnership","on":"2018"}]}
	// AU:grand-partnership 2 <nil>
}
