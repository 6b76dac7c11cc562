package trade

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// TestParseFigureFastForms: the forms the fast path reads, with values
// worked out by hand, and forms it leaves to the general reader.
func TestParseFigureFastForms(t *testing.T) {
	tests := []struct {
		in                    string
		dollar                currency.Unit
		value, step, unit, lo string
		hi                    string // "" for no upper bound
		qual                  Qualifier
	}{
		// 4.4 × 10^9, rounded to 0.1 × 10^9: ± 0.05 × 10^9.
		{"$4.4 billion", currency.XXX, "4400000000", "100000000", "USD", "4350000000", "4450000000", QualifierAsReported},
		{"US$4.4bn", currency.XXX, "4400000000", "100000000", "USD", "4350000000", "4450000000", QualifierAsReported},
		{"4.4 billion USD", currency.XXX, "4400000000", "100000000", "USD", "4350000000", "4450000000", QualifierAsReported},
		{"$4.4 billion", currency.AUD, "4400000000", "100000000", "AUD", "4350000000", "4450000000", QualifierAsReported},
		// 500 steps by 100: 500 ± 50 million.
		{"USD 500 million", currency.XXX, "500000000", "100000000", "USD", "450000000", "550000000", QualifierAsReported},
		{"€3 million", currency.XXX, "3000000", "1000000", "EUR", "2500000", "3500000", QualifierAsReported},
		// 2 lakh crore = 2 × 10^5 × 10^7.
		{"2 lakh crore INR", currency.XXX, "2000000000000", "1000000000000", "INR", "1500000000000", "2500000000000", QualifierAsReported},
		{"204,000", currency.XXX, "204000", "1000", "", "203500", "204500", QualifierAsReported},
		{"-5 step 1", currency.XXX, "-5", "1", "", "-5.5", "-4.5", QualifierAsReported},
		{"+0.25 step 0.05", currency.XXX, "0.25", "0.05", "", "0.225", "0.275", QualifierAsReported},
		{"4400000000 USD step 0", currency.XXX, "4400000000", "0", "USD", "4400000000", "4400000000", QualifierAsReported},
		{"over 1000000000 USD step 1000000000", currency.XXX, "1000000000", "1000000000", "USD", "1000000000", "", QualifierOver},
		{"about 1.5 RUB step 0.1", currency.XXX, "1.5", "0.1", "RUB", "1.45", "1.55", QualifierAbout},
		{"nearly $2bn", currency.XXX, "2000000000", "1000000000", "USD", "1500000000", "2000000000", QualifierNearly},
	}
	for _, tt := range tests {
		var f Figure
		require.True(t, parseFigureFast(&f, tt.in, &FigureOptions{Dollar: tt.dollar}), tt.in)
		lo, hi := f.Bounds()
		_, hasHi := f.HasBounds()
		got := []string{f.Decimal(), f.Step(), f.Unit().String(), lo.Decimal(), hi.Decimal(), f.Qualifier().String()}
		want := []string{tt.value, tt.step, tt.unit, tt.lo, tt.hi, tt.qual.String()}
		if !hasHi {
			got[4] = ""
		}
		require.Equal(t, want, got, tt.in)
		g, err := ParseFigureWith(tt.in, FigureOptions{Dollar: tt.dollar})
		require.NoError(t, err)
		require.Equal(t, f, g, tt.in)
	}
	for _, in := range []string{
		"$3–4 billion", "between 10 and 15", "from 200 to 250 projects", "204 000", "$1 000", "3,20,000",
		"thirty", "500 crore rupees", "4.4 billion dollars", "5 persons step 0", "204,000 visitors",
		"VND748.98 billion", "4,4 tỷ USD", "24%", "4400000000 USD in [4300000000, 4500000000]", "4.4 XYZ",
		"$4.4 billion EUR", "USD 4.4 billion EUR", "5 step -1", "5 step 1e3", " $4.4 billion", "23-point-one",
		"about step 5", "$", "1,0000", "1234567890123456789", "-$5", "$-5", "1.", "4.4bnx",
	} {
		var f Figure
		require.False(t, parseFigureFast(&f, in, &FigureOptions{}), in)
	}
	require.Zero(t, testing.AllocsPerRun(100, func() { _, _ = ParseFigure("$4.4 billion") }))
	require.Zero(t, testing.AllocsPerRun(100, func() { _, _ = ParseFigure("over 1000000000 USD step 1000000000") }))
}

// fastPieces are what the inputs of TestParseFigureFast are made of and
// mutated with: signs, separators, scale words, codes, symbols,
// qualifiers, range and step marks, spaces and invalid bytes.
var fastPieces = []string{
	"-", "+", ",", ".", " ", "  ", "\u00a0", "\u2009", "\t", "\xff", "\x00", "é", "0", "5", "000", "12", "1,000", ".5",
	"billion", "Billion", "BILLION", "bn", "bln", "Bn", "T", "t", "million", "mln", "m", "k", "thousand", "lakh",
	"crore", "cr", "trillion", "hundred",
	"USD", "VND", "EUR", "RMB", "XYZ", "usd", "US", "$", "US$", "A$", "€", "£", "¥", "₹", "Rs", "Rs.", "R",
	"over ", "about ", "nearly ", "under ", "more than ", "up to ", "between ", "from ", " and ", " to ", "–", "-point-",
	" step ", "step", " step 0", " step 1", "%", " percent", " in [", "]", ", ", "..", "e3", "dollars", "visitors", "persons",
}

// randomFigureText returns the canonical form of a random figure, or a
// figure written as text writes it ("$4.4 billion", "4.4 bn USD").
func randomFigureText(r *rand.Rand) string {
	units := []Unit{{}, usd, {"VND"}, {"EUR"}, Persons, {"company"}}
	coef := r.Int64N(1_000_000_000_000_000_000)
	coef >>= r.IntN(60) // small numbers as often as large ones
	if r.IntN(4) == 0 {
		coef = -coef
	}
	exp := r.IntN(21) - 10
	if r.IntN(4) == 0 { // up to the limits of decimal.D and past them
		exp = r.IntN(91) - 45
	}
	v, err := decimal.New(coef, exp)
	if err != nil {
		return "0"
	}
	step := decimal.D{}
	if r.IntN(4) > 0 {
		step = decimal.MustNew(1, max(-40, min(40, exp+r.IntN(21)-10)))
	}
	u := units[r.IntN(len(units))]
	var f Figure
	switch r.IntN(8) {
	case 0: // a range
		hi, err := v.Add(decimal.MustNew(1+r.Int64N(1000), r.IntN(5)))
		if err != nil || f.setRange(v, hi, step, u) != nil {
			return "0"
		}
	case 1: // derived
		g := Figure{value: v, lo: v, hi: v, unit: u}
		if f, err = g.Scale("1.2345"); err != nil {
			return "0"
		}
	default:
		if f.setReported(v, step, u, Qualifier(r.IntN(int(QualifierBetween)))) != nil {
			return "0"
		}
	}
	if r.IntN(2) == 0 {
		b, _ := f.MarshalText()
		return string(b)
	}
	// As text writes it: a symbol or code, the number with commas, scale
	// words, a code after.
	var b strings.Builder
	switch r.IntN(4) {
	case 0:
		b.WriteString([]string{"$", "US$", "€", "£", "Rs ", "R", "USD ", "VND "}[r.IntN(8)])
	case 1:
		b.WriteString([]string{"over ", "about ", "nearly ", "up to "}[r.IntN(4)])
	}
	n := strconv.FormatInt(r.Int64N(1_000_000)>>r.IntN(20), 10)
	switch r.IntN(8) {
	case 0, 1, 2, 3:
		n += "." + strconv.Itoa(r.IntN(100))
	case 4: // 16 to 19 digits, near the 18 fastDigits takes
		n = strconv.FormatUint(r.Uint64()>>r.IntN(8), 10)
	case 5: // many zeros: the value's exponent near the limit
		n += strings.Repeat("0", r.IntN(20))
	case 6: // many decimals
		n = "0." + strings.Repeat("0", r.IntN(18)) + n
	}
	if r.IntN(3) == 0 && len(n) > 3 && !strings.Contains(n, ".") {
		n = n[:len(n)-3] + "," + n[len(n)-3:]
	}
	b.WriteString(n)
	switch r.IntN(4) {
	case 0:
		b.WriteString([]string{"bn", "m", "k", "T", "billion"}[r.IntN(5)])
	case 1:
		b.WriteString([]string{" billion", " million", " trillion", " lakh crore", " crore", " thousand million", " mln",
			" quadrillion", " quadrillion quadrillion", " billion billion"}[r.IntN(10)])
	}
	if r.IntN(2) == 0 {
		b.WriteString([]string{" USD", " EUR", " VND", " RMB", " XYZ"}[r.IntN(5)])
	}
	if r.IntN(4) == 0 {
		b.WriteString(" step " + strconv.Itoa(r.IntN(1000)))
	}
	return b.String()
}

// mutate applies one to three random edits to s: a piece inserted, a byte
// range deleted or replaced by a piece.
func mutate(r *rand.Rand, s string) string {
	for range 1 + r.IntN(3) {
		at := r.IntN(len(s) + 1)
		p := fastPieces[r.IntN(len(fastPieces))]
		switch r.IntN(3) {
		case 0:
			s = s[:at] + p + s[at:]
		case 1:
			end := min(len(s), at+1+r.IntN(3))
			s = s[:at] + s[end:]
		default:
			end := min(len(s), at+1)
			s = s[:at] + p + s[end:]
		}
	}
	return s
}

// TestParseFigureFast: on 150,000 inputs (fixed seed) — canonical forms
// of random figures, figures as text writes them, and their random
// mutations — ParseFigureWith, which tries the fast path first, gives the
// same Figure and the same error as the general reader alone, and the
// fast path never accepts what the general reader refuses.
func TestParseFigureFast(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	fast, mutatedFast := 0, 0
	const n = 150_000
	for k := range n {
		s := randomFigureText(r)
		mutated := k%3 > 0
		if mutated {
			s = mutate(r, s)
		}
		opts := FigureOptions{}
		if k%5 == 0 {
			opts.Dollar = currency.CAD
		}
		var ff Figure
		ok := parseFigureFast(&ff, s, &opts)
		var want Figure
		wantErr := parseFigureGeneral(&want, s, opts)
		if ok {
			fast++
			if mutated {
				mutatedFast++
			}
			if wantErr != nil || ff != want {
				t.Fatalf("%q: fast path %v, general %v (%v)", s, ff, want, wantErr)
			}
		}
		got, gotErr := ParseFigureWith(s, opts)
		if wantErr != nil {
			if gotErr == nil || gotErr.Error() != wantErr.Error() {
				t.Fatalf("%q: error %v, general %v", s, gotErr, wantErr)
			}
			continue
		}
		if gotErr != nil || got != want {
			t.Fatalf("%q: %v (%v), general %v", s, got, gotErr, want)
		}
	}
	t.Logf("%d of %d inputs on the fast path, %d of them mutated", fast, n, mutatedFast)
	// The test means something only if both paths are taken often.
	if fast < n/5 || mutatedFast < n/40 || fast > n*9/10 {
		t.Fatalf("%d of %d inputs on the fast path, %d of them mutated", fast, n, mutatedFast)
	}
}

// FuzzParseFigureFast: whatever the fast path reads, the general reader
// reads to the same Figure.
func FuzzParseFigureFast(f *testing.F) {
	for _, s := range []string{"$4.4 billion", "US$4.4bn", "4.4 billion USD", "USD 500 million", "-5 step 1",
		"over 1000000000 USD step 1000000000", "2 lakh crore INR", "204,000", "R3 VND", "$1 000", "0.000 step 0",
		"100000000000 quadrillion quadrillion", "about 1.5 RUB step 0.1", "4.4bn\xff", "$3–4 billion"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var fast Figure
		if !parseFigureFast(&fast, s, &FigureOptions{}) {
			return
		}
		var want Figure
		if err := parseFigureGeneral(&want, s, FigureOptions{}); err != nil || fast != want {
			t.Fatalf("%q: fast path %v, general %v (%v)", s, fast, want, err)
		}
	})
}
