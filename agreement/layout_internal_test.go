package agreement

import (
	"os"

	"github.com/bilateral-go/bilateral/internal/textlang"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// TestNoByteLost proves on every fixture that each byte of the input that
// is not white space lies in a clause, the title, a heading, a dateline, a
// list marker or a skipped caption — or, between two clauses of one
// sentence, is punctuation or a separator word of the lexicon ("and",
// "while"): nothing is dropped silently.
func TestNoByteLost(t *testing.T) {
	var files []string
	for _, pat := range []string{"../testdata/sources/*.txt", "../testdata/communiques/*.txt", "../testdata/reader/*.txt", "../testdata/reader/*.md"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 10 {
		t.Fatalf("only %d fixtures", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		lx, err := lexiconFor(textlang.Detect(text).String())
		if err != nil {
			t.Fatal(err)
		}
		c, err := ParseCommuniqueString(text, ParseOptions{})
		if err != nil {
			t.Fatal(err)
		}
		covered := make([]bool, len(text))
		mark := func(s, e int) {
			for i := s; i < e; i++ {
				covered[i] = true
			}
		}
		for _, bl := range layout(text, lowerKeepOffsets(text), lx) {
			if bl.kind != blockBody {
				mark(bl.start, bl.end)
			}
		}
		var spans [][2]int
		for _, cl := range c.Clauses() {
			mark(cl.Start, cl.End)
			spans = append(spans, [2]int{cl.Start, cl.End})
		}
		sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
		for i := 0; i < len(text); {
			if covered[i] || isSpaceASCII(text[i]) {
				i++
				continue
			}
			j := i
			for j < len(text) && !covered[j] {
				j++
			}
			gap := strings.Trim(text[i:j], " \t\r\n,;:")
			for _, w := range strings.Fields(gap) {
				if !isSeparator(lx, w) {
					t.Errorf("%s: bytes %d–%d belong to nothing: %q", filepath.Base(f), i, j, text[i:j])
					break
				}
			}
			i = j
		}
	}
}

func isSeparator(lx *lexicon, w string) bool {
	w = strings.Trim(strings.ToLower(w), ",;")
	for _, s := range lx.separators {
		if s == w {
			return true
		}
	}
	return w == ""
}

// TestCaptionEndsWithCredit: a line on its own whose last sentence is a
// photo credit is a caption, skipped whole, with a credit of up to
// creditBytes; a paragraph that goes on, or a longer last sentence, is not.
func TestCaptionEndsWithCredit(t *testing.T) {
	lx, err := lexiconFor("en")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The two leaders met in Oslo on Monday. Photo: NTB\n\nNext.", true},
		{"The two leaders met in Tallinn on Monday. Photo: Estonian Prime Minister´s Office.\n\nNext.", true},
		{"The two leaders met in Oslo on Monday. Photo: NTB\nThey agreed to meet again.", false},
		{"The two leaders met in Oslo. Photo: the leaders and their delegations at the palace gates after the talks, courtesy of the office.\n\nNext.", false},
	} {
		var lines []line
		for s := 0; s < len(tt.text); {
			e := strings.IndexByte(tt.text[s:], '\n')
			if e < 0 {
				e = len(tt.text)
			} else {
				e += s
			}
			lines = append(lines, line{s, e})
			s = e + 1
		}
		low := strings.ToLower(tt.text)
		if got := endsWithCredit(low[lines[0].s:lines[0].e], lines, 0, lx); got != tt.want {
			t.Errorf("endsWithCredit(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestListMarker reads the markers that open list items and numbered
// paragraphs, and leaves initials and words alone.
func TestListMarker(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"1. The two sides", 3}, {"12) The sides", 4}, {"1.At the invitation", 2}, {"1- Nhận lời mời", 3}, {"1/ The two sides", 3},
		{"(3) Both", 4}, {"(iv) Both", 5}, {"b) Both", 3}, {"- The sides", 2}, {"• Trade", len("• ")},
		{"II. Economic cooperation", 4}, {"VI. Культурная область", 4}, {"I. Introduction", 3},
		{"V. Putin said", 0}, {"X. Li met", 0}, {"IV.Trade", 0}, {"In 2024 trade grew.", 0}, {"2024 was calm.", 0},
		{"🇨🇿🇷🇺По итогам", len("🇨🇿🇷🇺")}, {"✅ The two sides", len("✅ ")}, {"❤️ Trade", len("❤️ ")}, {"№ 5 of the list", 0}, {"© Reuters", 0}, {"✅ ", 0},
		{"1.1. Стороны", 5}, {"2.3 The Sides", 4}, {"2.3.1. The Sides", 7}, {"1.2) Both", 5},
		{"1.5 million people", 0}, {"14.01.2025 Visit", 0}, {"1.1.", 0}, {"123.4 The", 0},
	} {
		if got := listMarker(tt.s); got != tt.want {
			t.Errorf("listMarker(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestContinuesNotIntoMarks: a wrapped paragraph does not go on into a line
// of marks alone (a stray "."), which is skipped as a caption.
func TestContinuesNotIntoMarks(t *testing.T) {
	lx, err := lexiconFor("vi")
	if err != nil {
		t.Fatal(err)
	}
	s := "tại Phủ Chủ tịch, Chủ tịch nước đã chủ trì lễ đón trọng thể Tổng thống theo nghi thức."
	if continues(s, ".", ".", true, 80, lx) {
		t.Errorf("continues(%q, %q) = true, want false", s, ".")
	}
	if !continues("tại Phủ Chủ tịch, Chủ tịch nước đã chủ trì lễ đón trọng thể Tổng", "thống theo nghi thức.", "thống theo nghi thức.", true, 80, lx) {
		t.Errorf("a wrapped line does not go on")
	}
}

// TestNameLineOpensWithDate: a line of capitalised words and titles that
// ends with a period is a photo caption, unless it opens with a date — also
// after a place and a dash, as a lead does ("Vatican – Sáng hôm nay …").
func TestNameLineOpensWithDate(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin.", true},
		{"Vatican – Sáng hôm nay 12/3/2026, Đức Thánh Cha đã tiếp Thủ tướng Hà Lan.", false},
		{"Ngày 10/3/2015, Chủ tịch Quốc hội Nguyễn Sinh Hùng tiếp Đại sứ Gana.", false},
		{"Bộ trưởng Lê Hoài Trung và Đại sứ Ahmed Ali Mohamed Bin Yahya, Hà Nội 12/3.", true},
	} {
		if got := isNameLine(c.line); got != c.want {
			t.Errorf("isNameLine(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}
