package agreement_test

import (
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCommuniqueJSONRoundTrip: the parsed communiqué survives JSON.
func TestCommuniqueJSONRoundTrip(t *testing.T) {
	c, err := agreement.ParseCommunique(strings.NewReader(string(source(t, "002_a303d40a4328e215.txt"))), agreement.ParseOptions{})
	require.NoError(t, err)
	b, err := json.Marshal(c)
	require.NoError(t, err)
	require.Contains(t, string(b), `"version":1`)
	var back agreement.Communique
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, c, &back)
	for in := range agreement.Builtin().All() {
		b, err := json.Marshal(in)
		require.NoError(t, err)
		var got agreement.Instrument
		require.NoError(t, json.Unmarshal(b, &got))
		require.Equal(t, in, got)
	}
}

func TestParsePartyErrors(t *testing.T) {
	for _, in := range []string{"", " ", "XX", "vn", "Vietnamese", "Russian", "the", "the the", "U.N.", "Atlantis",
		"Viet-Nam", "РФ", "Việt Nam", "\xff", "VN ", " VN", "ASEAN+3", "EAEU2", "zz", "123", strings.Repeat("a", 200)} {
		_, err := agreement.ParseParty(in)
		require.Error(t, err, "%q", in)
		var pe *agreement.ParseError
		require.True(t, errors.As(err, &pe), "%q", in)
		require.ErrorIs(t, err, agreement.ErrSyntax)
	}
	for _, in := range []string{"", "joy", "Agree", "agree ", "Stance(3)"} {
		_, err := agreement.ParseStance(in)
		require.Error(t, err, "%q", in)
	}
}

func TestConcurrentParsing(t *testing.T) {
	text := string(source(t, "002_a303d40a4328e215.txt"))
	want, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{})
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				c, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{})
				if err != nil || len(c.Clauses()) != len(want.Clauses()) {
					t.Error("concurrent parse differs")
				}
				_ = agreement.Welcome.Label(language.Russian)
				_ = agreement.MustParseParty("VN").Label(language.Vietnamese)
			}
		}()
	}
	wg.Wait()
}

func FuzzCommuniqueJSON(f *testing.F) {
	f.Add(`{"version":1,"kind":"joint-communique","sections":[{"clauses":[{"text":"x","start":0,"end":1,"stance":"agree","topics":["trade"]}]}]}`)
	f.Add(`{"kind":"nope"}`)
	f.Add(`{"sections":[{"clauses":[{"mentions":[{"kind":"figure","figure":"4 USD step 1"}]}]}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c agreement.Communique
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			return
		}
		b, err := json.Marshal(&c)
		if err != nil {
			return
		}
		var back agreement.Communique
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("round trip of %s: %v", b, err)
		}
	})
}
