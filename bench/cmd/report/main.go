// Command report runs the comparative benchmarks and writes their ratios
// into bench/README.md, between the markers <!-- table --> and
// <!-- /table -->. Run it from the bench directory:
//
//	go run ./cmd/report [-benchtime 1s]
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"time"
)

type result struct {
	nsPerOp  float64
	mbPerS   float64
	allocsOp float64
}

// pairs are the comparisons of issue 10: our benchmark, its baseline, and
// the target ratio (baseline time / ours; 0 for an absolute target).
var pairs = []struct {
	name, ours, base, target string
}{
	{"timeline.ParseDate vs time.Parse", "BenchmarkParseDate/bilateral", "BenchmarkParseDate/time.Parse", "≥ 3×, 0 allocs"},
	{"timeline.Date.AddYears vs time.AddDate", "BenchmarkAddYears/bilateral", "BenchmarkAddYears/time.AddDate", "≥ 2×, 0 allocs"},
	{"timeline.Anniversary vs time.AddDate", "BenchmarkAnniversary/bilateral", "BenchmarkAnniversary/time.AddDate", "≥ 2×, 0 allocs"},
	{"Timeline.Anniversaries (1M events, one month) vs linear scan", "BenchmarkAnniversaries", "BenchmarkAnniversariesLinearScan", "≥ 50×"},
	{"timeline.ExtractDates vs go-dateparser Search", "BenchmarkExtractDates/bilateral", "BenchmarkExtractDates/go-dateparser", "≥ 100×"},
	{"trade.ParseFigure vs strconv.ParseFloat", "BenchmarkParseFigure/bilateral", "BenchmarkParseFigure/float64", "within 2× (≥ 0.5×)"},
	{"trade.Growth vs float64 math", "BenchmarkGrowth/bilateral", "BenchmarkGrowth/float64", "within 2× (≥ 0.5×)"},
	{"trade.ImpliedBase vs float64 math", "BenchmarkImpliedBase/bilateral", "BenchmarkImpliedBase/float64", "within 2× (≥ 0.5×)"},
}

func main() {
	benchtime := flag.String("benchtime", "1s", "go test -benchtime")
	flag.Parse()
	res := map[string]result{}
	for _, run := range [][]string{
		{".", "."},
		{"..", "./timeline"},
	} {
		cmd := exec.Command("go", "test", "-run", "^$", "-bench", ".", "-benchmem", "-benchtime", *benchtime, run[1])
		cmd.Dir = run[0]
		cmd.Stderr = os.Stderr
		out, err := cmd.Output()
		if err != nil {
			fmt.Fprintln(os.Stderr, "report:", err)
			os.Exit(1)
		}
		parse(out, res)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Measured %s on %s/%s, %d CPUs, %s, -benchtime %s.\n\n", time.Now().UTC().Format("2006-01-02"), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version(), *benchtime)
	b.WriteString("| path | ours ns/op | baseline ns/op | ratio (baseline/ours) | our allocs/op | target |\n|---|---|---|---|---|---|\n")
	for _, p := range pairs {
		o, ok1 := res[p.ours]
		base, ok2 := res[p.base]
		if !ok1 || !ok2 {
			fmt.Fprintf(&b, "| %s | – | – | – | – | %s |\n", p.name, p.target)
			continue
		}
		fmt.Fprintf(&b, "| %s | %.0f | %.0f | %.2f× | %.0f | %s |\n", p.name, o.nsPerOp, base.nsPerOp, base.nsPerOp/o.nsPerOp, o.allocsOp, p.target)
	}
	if c, ok := res["BenchmarkParseCommunique"]; ok {
		fmt.Fprintf(&b, "| agreement.ParseCommunique, ~1 MB | %.0f | – | %.2f MB/s | %.0f | ≥ 20 MB/s |\n", c.nsPerOp, c.mbPerS, c.allocsOp)
	}
	for _, l := range []string{"date", "figure", "enum"} {
		if r, ok := res["BenchmarkLabel/"+l]; ok {
			fmt.Fprintf(&b, "| Label (%s) | %.0f | – | %.1fM ops/s | %.0f | ≤ 1 alloc, ≥ 2M ops/s |\n", l, r.nsPerOp, 1e3/r.nsPerOp, r.allocsOp)
		}
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	s := string(readme)
	i, j := strings.Index(s, "<!-- table -->"), strings.Index(s, "<!-- /table -->")
	if i < 0 || j < i {
		fmt.Fprintln(os.Stderr, "report: README.md has no <!-- table --> markers")
		os.Exit(1)
	}
	s = s[:i+len("<!-- table -->")] + "\n" + b.String() + s[j:]
	if err := os.WriteFile("README.md", []byte(s), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
	fmt.Print(b.String())
}

// parse reads "BenchmarkName-2  N  123 ns/op  4.5 MB/s  0 B/op  0 allocs/op".
func parse(out []byte, res map[string]result) {
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndexByte(name, '-'); i > 0 {
			name = name[:i]
		}
		var r result
		for k := 2; k+1 < len(f); k++ {
			v, err := strconv.ParseFloat(f[k], 64)
			if err != nil {
				continue
			}
			switch f[k+1] {
			case "ns/op":
				r.nsPerOp = v
			case "MB/s":
				r.mbPerS = v
			case "allocs/op":
				r.allocsOp = v
			}
		}
		res[name] = r
	}
}
