package trade

import (
	"strings"

	"github.com/bilateral-go/bilateral/internal/decimal"
)

// newRangeRate returns the rate range [lo, hi] (negated when neg) reported
// to step: its value is the midpoint, its bounds the two numbers.
func newRangeRate(lo, hi, step decimal.D, neg bool) (Rate, error) {
	if neg {
		lo, hi = hi.Neg(), lo.Neg()
	}
	sum, err := lo.Add(hi)
	if err != nil {
		return Rate{}, mapErr(err)
	}
	mid, err := sum.Half()
	if err != nil {
		return Rate{}, mapErr(err)
	}
	return Rate{value: mid, step: step, lo: lo, hi: hi, span: true}, nil
}

// ratePhrase reads a whole string as a percentage in English prose: "fell
// 3.2%", "down 3.2%", "decreased by 3.2%", "a 3.2% decline", "3.2 pc",
// "doubled", "between 10 and 15 percent", "10 to 15%", and the canonical
// range "between 10% and 15% step 1".
func ratePhrase(s string) (Rate, bool) {
	if w := strings.ToLower(s); multiplierWord(w) != 0 {
		r, err := newRate(decimal.MustNew(multiplierWord(w), 0), decimal.D{})
		return r, err == nil
	}
	if r, ok := canonicalRangeRate(s); ok {
		return r, true
	}
	i := 0
	between := false
	neg := false
	for _, w := range [...]string{"between ", "from ", "a "} {
		if len(s) > len(w) && equalFoldASCII(s[:len(w)-1], w[:len(w)-1]) && s[len(w)-1] == ' ' {
			i, between = len(w), w == "between "
			break
		}
	}
	if i == 0 {
		if sp := strings.IndexByte(s, ' '); sp > 0 {
			var buf [16]byte
			if _, ok := fallWords[lowerWord(s, 0, sp, &buf)]; ok {
				i, neg = sp+1, true
				if strings.HasPrefix(s[i:], "by ") {
					i += 3
				}
			}
		}
	}
	if i >= len(s) || !isDigitB(s[i]) && (s[i]|0x20 < 'a' || s[i]|0x20 > 'z') {
		return Rate{}, false
	}
	p, reason := readPhrase(s, i, nil, extractMode, between)
	if !reason.ok() || p.kind != MentionPercent {
		return Rate{}, false
	}
	end := p.end
	if !neg {
		for _, f := range fallNouns {
			if s[end:] == f {
				end, neg = len(s), true
				break
			}
		}
	}
	if end != len(s) || s[:i] == "a " && !neg {
		return Rate{}, false
	}
	r, err := p.rate(neg)
	return r, err == nil
}

// canonicalRangeRate reads "between LO% and HI% step S".
func canonicalRangeRate(s string) (Rate, bool) {
	rest, ok := strings.CutPrefix(s, "between ")
	if !ok {
		return Rate{}, false
	}
	a, rest, ok := strings.Cut(rest, "% and ")
	if !ok {
		return Rate{}, false
	}
	b, st, ok := strings.Cut(rest, "% step ")
	if !ok {
		return Rate{}, false
	}
	lo, err1 := decimal.Parse(a)
	hi, err2 := decimal.Parse(b)
	step, err3 := decimal.Parse(st)
	if err1 != nil || err2 != nil || err3 != nil || step.Sign() < 0 || lo.Cmp(hi) >= 0 {
		return Rate{}, false
	}
	r, err := newRangeRate(lo, hi, step, false)
	return r, err == nil
}
