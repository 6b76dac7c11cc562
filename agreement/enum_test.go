package agreement_test

import (
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/stretchr/testify/require"
)

// enum is one enum's parser and its identifiers by value, written out
// here from the constants' documentation.
type enum struct {
	what  string
	ids   []string // identifier of value i
	parse func(string) (fmt.Stringer, error)
}

func wrap[T fmt.Stringer](f func(string) (T, error)) func(string) (fmt.Stringer, error) {
	return func(s string) (fmt.Stringer, error) { return f(s) }
}

// TestParseEnums: every enum has ParseX, reading back String for every
// value, and its text form is ParseX's.
func TestParseEnums(t *testing.T) {
	for _, e := range []enum{
		{"instrument kind", []string{"unknown", "treaty", "convention", "agreement", "fta", "declaration", "code-of-conduct", "mou",
			"plan-of-action", "joint-statement", "joint-communique", "charter"}, wrap(agreement.ParseInstrumentKind)},
		{"communique kind", []string{"unknown", "joint-communique", "joint-statement", "joint-declaration", "news-report"}, wrap(agreement.ParseCommuniqueKind)},
		{"mention kind", []string{"unknown", "date", "figure", "rate", "instrument", "party", "place"}, wrap(agreement.ParseMentionKind)},
		{"party kind", []string{"unknown", "state", "organisation"}, wrap(agreement.ParsePartyKind)},
		{"milestone kind", []string{"unknown", "diplomatic-relations", "upgrade"}, wrap(agreement.ParseMilestoneKind)},
		{"stance", []string{"unknown", "agree", "welcome"}, wrap(agreement.ParseStance)},
		{"topic", []string{"unknown", "politics", "trade"}, wrap(agreement.ParseTopic)},
	} {
		for i, id := range e.ids {
			v, err := e.parse(id)
			require.NoError(t, err, "%s %q", e.what, id)
			require.Equal(t, id, v.String())
			require.Equal(t, fmt.Sprint(i), fmt.Sprintf("%d", v), "%s %q", e.what, id)
			if m, ok := v.(encoding.TextMarshaler); ok {
				b, err := m.MarshalText()
				require.NoError(t, err)
				require.Equal(t, id, string(b))
			}
		}
		for _, bad := range []string{"", "Treaty", " agree", "nope", "Stance(3)"} {
			_, err := e.parse(bad)
			require.Error(t, err, "%s %q", e.what, bad)
			require.ErrorIs(t, err, agreement.ErrSyntax)
			var pe *agreement.ParseError
			require.True(t, errors.As(err, &pe))
			require.Equal(t, e.what, pe.What)
		}
	}
	_, err := agreement.ParsePartyKind("country")
	require.EqualError(t, err, `agreement: parsing "country" as party kind: unknown kind`)
	_, err = agreement.ParseMilestoneKind("founding")
	require.EqualError(t, err, `agreement: parsing "founding" as milestone kind: unknown kind`)

	// PartyKind and MilestoneKind have the text form of the other enums.
	var pk agreement.PartyKind
	require.NoError(t, pk.UnmarshalText([]byte("organisation")))
	require.Equal(t, agreement.PartyOrganisation, pk)
	_, err = agreement.PartyKind(9).MarshalText()
	require.EqualError(t, err, `agreement: parsing "PartyKind(9)" as party kind: out of range`)
	var mk agreement.MilestoneKind
	require.NoError(t, mk.UnmarshalText([]byte("upgrade")))
	require.Equal(t, agreement.MilestonePartnershipUpgrade, mk)
	_, err = agreement.MilestoneKind(9).MarshalText()
	require.EqualError(t, err, `agreement: parsing "MilestoneKind(9)" as milestone kind: out of range`)
	require.Error(t, mk.UnmarshalText([]byte("x")))
	require.Equal(t, agreement.MilestonePartnershipUpgrade, mk, "a failed UnmarshalText leaves the value")
}

// TestErrorsUnwrap: every error type of the package unwraps to its
// sentinel.
func TestErrorsUnwrap(t *testing.T) {
	for _, tt := range []struct {
		err  interface{ Unwrap() error }
		want error
	}{
		{&agreement.ParseError{What: "x"}, agreement.ErrSyntax},
		{&agreement.FrozenError{ID: "x"}, agreement.ErrFrozen},
		{&agreement.IncomparableError{}, agreement.ErrIncomparable},
	} {
		require.Equal(t, tt.want, tt.err.Unwrap())
	}
}
