package trade

import (
	"math/rand/v2"
	"testing"
)

// TestFastNumberAgreesWithReadNumber: wherever the fast path reads a
// number, the general reader reads the same value and step without error;
// and the fast path takes the common forms (fixed seed, 200,000 strings of
// digits, commas and points).
func TestFastNumberAgreesWithReadNumber(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	const alphabet = "0123456789000,,.."
	var buf [24]byte
	fast := 0
	for i := 0; i < 200000; i++ {
		n := 1 + r.IntN(len(buf))
		for j := range n {
			buf[j] = alphabet[r.IntN(len(alphabet))]
		}
		s := string(buf[:n])
		v, st, ok := fastNumber(s)
		if !ok {
			continue
		}
		fast++
		wv, wst, reason := readNumber(s)
		if reason != "" || v != wv || st != wst {
			t.Fatalf("%q: fast %s step %s; readNumber %s step %s %q", s, v, st, wv, wst, reason)
		}
	}
	for _, s := range []string{"4.4", "204,000", "1,000", "8.3", "0", "1", "3,548,387,096.77", "123456789012345678", "007"} {
		if _, _, ok := fastNumber(s); !ok {
			t.Errorf("fastNumber(%q) not taken", s)
		}
	}
	if fast < 1000 {
		t.Fatalf("only %d of the random numbers took the fast path", fast)
	}
}
