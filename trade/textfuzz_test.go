package trade_test

import (
	"errors"
	"testing"

	"github.com/bilateral-go/bilateral/internal/texttest"
	"github.com/bilateral-go/bilateral/trade"
)

// isParseError reports whether err is this package's *ParseError.
func isParseError(err error) bool {
	var pe *trade.ParseError
	return errors.As(err, &pe)
}

// FuzzUnmarshalText: every text form of the package reads back what it
// writes, and bad text is a *ParseError.
func FuzzUnmarshalText(f *testing.F) {
	for _, s := range append([]string{
		"$4.4 billion", "4400000000 USD step 100000000", "24%", "8.3%", "-12.5%",
		"2024", "2024-Q3", "2024-M09", "2024-M01/2024-M09", "USD", "VND", "visitors", "export", "total", "warning", "info"}, texttest.Hostile...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		texttest.RoundTrip[trade.Figure](t, "Figure", b, trade.ErrSyntax, isParseError)
		texttest.RoundTrip[trade.Rate](t, "Rate", b, trade.ErrSyntax, isParseError)
		texttest.RoundTrip[trade.Period](t, "Period", b, trade.ErrSyntax, isParseError)
		texttest.RoundTrip[trade.Unit](t, "Unit", b, trade.ErrSyntax, isParseError)
		texttest.RoundTrip[trade.Flow](t, "Flow", b, trade.ErrSyntax, isParseError)
		texttest.RoundTrip[trade.Severity](t, "Severity", b, trade.ErrSyntax, isParseError)
	})
}
