package agreement_test

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/stretchr/testify/require"
)

// TestBuiltinFrozen: the built-in registry cannot be changed through
// Builtin; a Clone can, without touching it.
func TestBuiltinFrozen(t *testing.T) {
	in := agreement.Instrument{ID: "test-frozen", Kind: agreement.InstrumentTreaty, Name: timeline.Text{EN: "Treaty of Nowhere"}}
	err := agreement.Builtin().Add(in)
	require.EqualError(t, err, `agreement: adding instrument "test-frozen": registry is frozen`)
	require.ErrorIs(t, err, agreement.ErrFrozen)
	var fe *agreement.FrozenError
	require.ErrorAs(t, err, &fe)
	require.Equal(t, "test-frozen", fe.ID)
	_, ok := agreement.Builtin().Lookup("test-frozen")
	require.False(t, ok, "a failed Add must leave the built-in registry unchanged")
	_, _, ok = agreement.Builtin().Resolve("under the Treaty of Nowhere")
	require.False(t, ok)

	c := agreement.Builtin().Clone()
	require.NoError(t, c.Add(in))
	got, ok := c.Lookup("treaty of nowhere")
	require.True(t, ok)
	require.Equal(t, "test-frozen", got.ID)
	_, ok = c.Lookup("UNCLOS")
	require.True(t, ok, "a clone keeps the built-in instruments")
	_, ok = agreement.Builtin().Lookup("test-frozen")
	require.False(t, ok, "adding to a clone must not change the built-in registry")
	// A clone of a clone is independent of both.
	c2 := c.Clone()
	require.NoError(t, c2.Add(agreement.Instrument{ID: "test-2", Name: timeline.Text{EN: "Pact of Elsewhere"}}))
	_, ok = c.Lookup("test-2")
	require.False(t, ok)
	// Clone of the zero and of a nil Registry is empty and usable.
	var zero *agreement.Registry
	require.NoError(t, zero.Clone().Add(in))
	require.NoError(t, (&agreement.Registry{}).Clone().Add(in))
}

// TestRegistryValuesNotShared: the slices of an instrument a registry
// hands out, or was handed, are not its own: changing them changes nothing
// in the registry.
func TestRegistryValuesNotShared(t *testing.T) {
	in, ok := agreement.Builtin().Lookup("unclos")
	require.True(t, ok)
	in.Aliases[0] = "changed"
	in.Parties = append(in.Parties, agreement.MustParseParty("VN"))
	again, _ := agreement.Builtin().Lookup("unclos")
	require.Equal(t, "UN Convention on the Law of the Sea", again.Aliases[0])
	require.Empty(t, again.Parties)
	for in := range agreement.Builtin().All() {
		if in.ID == "vn-eaeu-fta" {
			in.Parties[0] = agreement.MustParseParty("RU")
		}
	}
	for in := range agreement.Builtin().Citations("the Vietnam-EAEU FTA") {
		in.Parties[1] = agreement.MustParseParty("RU")
	}
	fta, _ := agreement.Builtin().Lookup("vn-eaeu-fta")
	require.Equal(t, []agreement.Party{agreement.MustParseParty("VN"), agreement.MustParseParty("EAEU")}, fta.Parties)

	aliases := []string{"Pact of Elsewhere"}
	var r agreement.Registry
	require.NoError(t, r.Add(agreement.Instrument{ID: "x", Name: timeline.Text{EN: "Treaty of Nowhere"}, Aliases: aliases}))
	aliases[0] = "changed"
	got, _ := r.Lookup("x")
	require.Equal(t, []string{"Pact of Elsewhere"}, got.Aliases)
}

// TestBuiltinRace is for go test -race: one goroutine adds to a clone and
// tries to add to the built-in registry while others read it.
func TestBuiltinRace(t *testing.T) {
	const text = "the 2022 Declaration on the Conduct of Parties in the East Sea (DOC), in line with the 1982 UNCLOS"
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		c := agreement.Builtin().Clone()
		for i := range 200 {
			in := agreement.Instrument{ID: "race-" + strconv.Itoa(i), Name: timeline.Text{EN: "Accord number " + strconv.Itoa(i)}}
			if err := c.Add(in); err != nil {
				t.Error(err)
			}
			if err := agreement.Builtin().Add(in); !errors.Is(err, agreement.ErrFrozen) {
				t.Errorf("Builtin().Add: %v, want ErrFrozen", err)
			}
		}
		if n := count(c); n != count(agreement.Builtin())+200 {
			t.Errorf("clone has %d instruments", n)
		}
	}()
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				reg := agreement.Builtin()
				if in, _, ok := reg.Resolve(text); !ok || in.ID != "doc" {
					t.Error("concurrent Resolve failed")
				}
				n := 0
				for range reg.Citations(text) {
					n++
				}
				if n != 2 {
					t.Errorf("concurrent Citations: %d, want 2", n)
				}
				if count(reg) != 10 {
					t.Errorf("built-in registry has %d instruments, want 10", count(reg))
				}
			}
		}()
	}
	wg.Wait()
}

func count(r *agreement.Registry) int {
	n := 0
	for range r.All() {
		n++
	}
	return n
}

// TestSchemeNotShared: the levels a scheme hands out are a copy.
func TestSchemeNotShared(t *testing.T) {
	vn := agreement.VietnamScheme()
	ls := vn.Levels()
	ls[0] = agreement.Level{}
	require.Equal(t, "comprehensive-partnership", vn.Levels()[0].ID())
	require.Equal(t, "comprehensive-partnership", agreement.VietnamScheme().Levels()[0].ID())
}

// TestCitationsLargeText: Citations reads texts of any size; a citation
// 2 MiB in is found, none is dropped.
func TestCitationsLargeText(t *testing.T) {
	const at = 2 << 20
	text := strings.Repeat("x ", at/2) + "the 1982 UNCLOS, and the DOC."
	var got []agreement.Citation
	for in, c := range agreement.Builtin().Citations(text) {
		require.Contains(t, []string{"unclos", "doc"}, in.ID)
		got = append(got, c)
	}
	// "the " is 4 bytes, "1982 UNCLOS, and the " 21.
	require.Equal(t, []agreement.Citation{
		{Start: at + 4, End: at + 15, Text: "1982 UNCLOS", Year: 1982},
		{Start: at + 25, End: at + 28, Text: "DOC"},
	}, got)
	in, c, ok := agreement.Builtin().Resolve(text)
	require.True(t, ok)
	require.Equal(t, "unclos", in.ID)
	require.Equal(t, at+4, c.Start)
}

// TestParseCommuniqueLargeCitation: a communiqué allowed to be over 1 MiB
// gets its instrument mentions past the first MiB.
func TestParseCommuniqueLargeCitation(t *testing.T) {
	filler := strings.Repeat("The two sides discussed trade. ", (2<<20)/31+1)
	text := filler + "The two sides agreed to respect the 1982 UNCLOS."
	c, err := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{MaxBytes: 3 << 20})
	require.NoError(t, err)
	var found []string
	for _, cl := range c.Clauses() {
		for _, m := range cl.Mentions {
			if m.Kind == agreement.MentionInstrument {
				found = append(found, m.Instrument+" "+m.Text+" "+strconv.Itoa(m.Start-len(filler)))
			}
		}
	}
	// "The two sides agreed to respect the " is 36 bytes.
	require.Equal(t, []string{"unclos 1982 UNCLOS 36"}, found)
}
