package trade_test

import (
	"strconv"
	"strings"
	"testing"
)

// The float64 baselines for the trade benchmarks: what a program without
// this package would do, losing the reporting precision.

func BenchmarkFloatParseFigure(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s := strings.TrimPrefix("$4.4 billion", "$")
		num, _, _ := strings.Cut(s, " ")
		f, err := strconv.ParseFloat(num, 64)
		if err != nil {
			b.Fatal(err)
		}
		_ = f * 1e9
	}
}

var sinkFloat float64

func BenchmarkFloatGrowth(b *testing.B) {
	prev, cur := 3.5e9, 4.4e9
	b.ReportAllocs()
	for b.Loop() {
		g := (cur/prev - 1) * 100
		lo := ((cur-0.05e9)/(prev+0.05e9) - 1) * 100
		hi := ((cur+0.05e9)/(prev-0.05e9) - 1) * 100
		sinkFloat += g + lo + hi
	}
}
