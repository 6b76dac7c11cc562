package bilateral_test

import (
	"fmt"
	"strings"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// The first five minutes with the module: dates with precision and
// anniversaries, a reported figure and the base its growth implies, and a
// communiqué parsed into clauses and checked. The README shows this program.
func Example() {
	// Dates keep their precision; anniversaries too.
	relations := timeline.MustParseDate("1950-01-30")
	fmt.Println(timeline.Anniversary(relations, 75), relations.Label(language.Vietnamese))

	// "$4.4 billion, up 24%": the base a year earlier, with the interval
	// the rounding of both figures allows.
	cur, _ := trade.ParseFigure("$4.4 billion")
	g, _ := trade.ParseRate("24%")
	base, _ := trade.ImpliedBase(cur, g)
	fmt.Println(base.Label(language.English))

	// A communiqué: clauses with stance, CAMEO code and topics, and checks.
	text := "The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC), " +
		"and welcomed efforts toward a Code of Conduct."
	c, _ := agreement.ParseCommunique(strings.NewReader(text), agreement.ParseOptions{
		Parties: []agreement.Party{agreement.MustParseParty("VN"), agreement.MustParseParty("RU")},
	})
	for _, cl := range c.Clauses() {
		fmt.Println(cl.Stance, cl.Stance.CAMEO(), cl.Topics)
	}
	for _, f := range agreement.Check(c, agreement.Builtin()) {
		fmt.Println(f.Label(language.English))
	}
	// Output:
	// 2025-01-30 30 tháng 1, 1950
	// $3.548B (between $3.494B and $3.603B)
	// commit 030 [maritime]
	// welcome 051 [maritime]
	// the DOC is cited as 2022; it was signed on November 4, 2002
}
