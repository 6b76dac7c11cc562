package bench

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
	"golang.org/x/text/language"
)

// Each benchmark pairs the bilateral path (sub-benchmark "bilateral") with
// its baseline in the same run.

func BenchmarkParseDate(b *testing.B) {
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := timeline.ParseDate("2025-01-14"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("time.Parse", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := time.Parse(time.DateOnly, "2025-01-14"); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkAnniversary(b *testing.B) {
	d := timeline.MustParseDate("1950-01-30")
	tm := time.Date(1950, 1, 30, 0, 0, 0, 0, time.UTC)
	var sd timeline.Date
	var st time.Time
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sd = timeline.Anniversary(d, 75)
		}
	})
	b.Run("time.AddDate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			st = tm.AddDate(75, 0, 0)
		}
	})
	_, _ = sd, st
}

func BenchmarkAddYears(b *testing.B) {
	d := timeline.MustParseDate("2012-07-27")
	tm := time.Date(2012, 7, 27, 0, 0, 0, 0, time.UTC)
	var sd timeline.Date
	var st time.Time
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sd = d.AddYears(13)
		}
	})
	b.Run("time.AddDate", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			st = tm.AddDate(13, 0, 0)
		}
	})
	_, _ = sd, st
}

func BenchmarkImpliedBase(b *testing.B) {
	cur, g := trade.MustParseFigure("$4.4 billion"), trade.MustParseRate("24%")
	var sink float64
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := trade.ImpliedBase(cur, g); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("float64", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			v, _ := strconv.ParseFloat("4.4", 64)
			r, _ := strconv.ParseFloat("24", 64)
			sink += v * 1e9 / (1 + r/100)
			sink += (v - 0.05) * 1e9 / (1 + (r+0.5)/100)
			sink += (v + 0.05) * 1e9 / (1 + (r-0.5)/100)
		}
	})
}

func BenchmarkGrowth(b *testing.B) {
	prev, cur := trade.MustParseFigure("$3.5 billion"), trade.MustParseFigure("$4.4 billion")
	var sink float64
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := trade.Growth(prev, cur); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("float64", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p, _ := strconv.ParseFloat("3.5", 64)
			c, _ := strconv.ParseFloat("4.4", 64)
			sink += (c/p - 1) * 100
			sink += ((c-0.05)/(p+0.05) - 1) * 100
			sink += ((c+0.05)/(p-0.05) - 1) * 100
		}
	})
}

func BenchmarkParseFigure(b *testing.B) {
	var sink float64
	b.Run("bilateral", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := trade.ParseFigure("$4.4 billion"); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("float64", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := strings.TrimPrefix("$4.4 billion", "$")
			num, _, _ := strings.Cut(s, " ")
			f, err := strconv.ParseFloat(num, 64)
			if err != nil {
				b.Fatal(err)
			}
			sink += f * 1e9
		}
	})
}

func BenchmarkParseCommunique(b *testing.B) {
	text := readSource(b, "002_a303d40a4328e215.txt")
	big := []byte(strings.Repeat(text+"\n", (1<<20)/len(text)))
	b.SetBytes(int64(len(big)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := agreement.ParseCommunique(bytes.NewReader(big), agreement.ParseOptions{MaxBytes: 2 << 20}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLabel(b *testing.B) {
	d := timeline.MustParseDate("1950-01-30")
	f := trade.MustParseFigure("$4.4 billion")
	vi := language.Vietnamese
	b.Run("date", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = d.Label(vi)
		}
	})
	b.Run("figure", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = f.Label(vi)
		}
	})
	b.Run("enum", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = agreement.Welcome.Label(vi)
		}
	})
}
