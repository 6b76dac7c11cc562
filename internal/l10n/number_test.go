package l10n_test

import (
	"testing"

	"github.com/bilateral-go/bilateral/internal/l10n"
)

func TestMalformedNumbers(t *testing.T) {
	for _, dec := range []string{"", "-", "1e5", "1,000", "1.2.3", "abc", "--1", "+-1"} {
		got := string(l10n.AppendDecimal(nil, l10n.RU, dec))
		want := dec
		if dec == "" || dec == "-" {
			want = "0" // an empty or bare sign reads as zero
		}
		if got != want {
			t.Errorf("AppendDecimal(%q) = %q, want %q", dec, got, want)
		}
	}
	if got := string(l10n.AppendDecimal(nil, l10n.EN, []byte("-0012.500"))); got != "-12.5" {
		t.Errorf("bytes: %q", got)
	}
	if got := string(l10n.AppendDecimal(nil, l10n.EN, ".5")); got != "0.5" {
		t.Errorf(".5: %q", got)
	}
}
