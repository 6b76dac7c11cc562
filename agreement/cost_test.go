package agreement_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
)

// hostileShapes are inputs built to find super-linear paths in the
// readers: one long sentence of stance verbs, runs of capitals joined by
// hyphens or apostrophes, initials, list markers, parentheses, offices,
// datelines, subjects and separators repeated without end.
var hostileShapes = map[string]string{
	"stance verbs":      "The two sides agreed welcomed supported noted opposed ",
	"A-":                "A-",
	"A'":                "A'",
	"A's ":              "A's ",
	"capital words":     "Alpha Beta Gamma ",
	"initials":          "U.S. ",
	"markers":           "1.\n",
	"open parens":       "(",
	"commas":            ", ",
	"offices":           "Prime Minister of ",
	"unnamed states":    "President of the Republic, ",
	"appositives":       "Ana Ruiz, the first female president of ",
	"adverbs":           "Chile formally firmly expressed ",
	"quoted đồng thời":  "nhấn mạnh “hai nước,” đồng thời ",
	"subjects and":      "the two sides and ",
	"datelines":         "WASHINGTON — ",
	"honorifics":        "Mr. Dr. H.E. ",
	"that":              "revealed that ",
	"bullets":           "- item\n",
	"wrapped lines":     "the two sides agreed to cooperate in many areas of trade and\n",
	"while":             "India welcomed it, while Japan noted it, ",
	"long word":         "a",
	"dates":             "from the 22nd to the 25th of ",
	"figures":           "more than $4.4 billion and ",
	"citations":         "the 1982 UNCLOS and the DOC ",
	"lead-in list":      "The two sides agreed to:\n- expand trade;\n",
	"party names":       "People's Republic of Korea and ",
	"words after that":  "that the Republic of ",
	"kind phrases":      "signed a joint statement and ",
	"relative days":     "yesterday on Monday today ",
	"publication":       "Published : 07 Mar 2022, 19:30\n",
	"speakers":          "A.B: Dear friends! Dear friends.\n",
	"listed days":       "12, 13 and 14, 15, ",
	"dotted dates":      "05.07.2023 1.2.",
	"paren datelines":   "( February 11, X, Y) On the ",
	"holders met":       "Prime Minister Ali Khan and President Omar Ghani met ",
	"counterparts":      "President Ali Khan said after talks with his Hungarian counterpart ",
	"same stance":       "met with the king of the isles and ",
	"open quote":        "“they met with the king and ",
	"held meetings":     "held the annual joint ",
	"bare names":        "Ivan Petrov said ",
	"bare offices":      "President Ali Khan met. The Russian President said. ",
	"quoted sentences":  "“Our ties are old. We trade. ",
	"closed quotations": "“Our ties are old. We trade a lot,” the President of Kenya said. ",
	"courtesy names":    "Ms Ardern and Ms Tu’ilagi ",
	"joined states":     "Estonia and Sweden and ",
	"quoted openers":    "Calling it “a landmark,” Xi said “a step,” Li said ",
	"series and":        "discussed trade, transit and energy, and discussed ",
	"office classes":    "President Ali Khan of Kenya and the Head of State ",
	"subject openers":   "Then he met Kenya. Later they agreed. ",
	"subsections":       "1.1. The Sides agree.\n2.3 The Sides note.\n",
	"said they":         "Mr. Clarke said they agreed and ",
	"coordinated verbs": "Barbados appreciates and supports and ",
	"destinations":      "Visit to Yaoundé and to Libreville ",
	"opening adjuncts":  "Speaking of the ties that have lasted for decades and ",
	"deeds and verbs":   "arrived in Lima and met X and said he looked forward and ",
	// Vietnamese and Russian shapes: the text's script and diacritics
	// choose its lexicon, so these run the vi and ru readers.
	"vi stance verbs":    "Hai bên nhất trí hoan nghênh ủng hộ khẳng định ",
	"vi offices":         "Thủ tướng Chính phủ nước Cộng hòa xã hội chủ nghĩa ",
	"vi parties":         "Việt Nam và Liên bang Nga và ",
	"vi dates":           "ngày 14-15/1/",
	"vi bullets":         "- Hai bên nhất trí:\n- tăng cường;\n",
	"vi openers":         "Sau đó ông hội đàm. Ngoài ra hai bên nhất trí. ",
	"ru stance verbs":    "Стороны договорились приветствовали поддержали ",
	"ru offices":         "Председатель Правительства Российской Федерации ",
	"ru parties":         "Россия и Вьетнам и ",
	"ru quotes":          "«",
	"ru closed quotes":   "«Мы дружим. Мы торгуем», — отметил министр Армении. ",
	"ru figures":         "более 4,4 млрд долларов и ",
	"ru inverted":        "Вопросы обсудили министры Казахстана и ",
	"vi number words":    "hai mươi hai tỷ hai ",
	"ru number words":    "двух миллиардов пять ",
	"ru unquoted speech": "Наши страны дружат, - отметил он. Мы торгуем. ",
	"ru passives":        "Большое внимание было уделено вопросам, обсуждены ",
	"ru office cases":    "с президентом Перу Хуаном Торресом. Президент подчеркнул. ",
	"topic states":       "talks on Syria and on Ukraine, ",
	"ru our state":       "В начале беседы глава нашего государства и ",
	"portfolios":         "Minister of Foreign and European Affairs and Trade and Development ",
	"compound demonyms":  "The Antiguan and Barbudan and Trinidadian and Tobagonian Prime Minister ",
	"asides":             "Fiji and Nauru, as neighbours, ",
	"name particles":     "Bin Al bin Al-Ali ",
	"joined offices":     "Ali Khan, Deputy Emir and Prime Minister and ",
	"US":                 "The US and US LET US ",
	"speaker lines":      "Ivan Petrov, President of Kazakhstan:\nМы торгуем. Ali, Minister: ",
	"appositions":        "Ambassador Ali Khan, permanent representative of Kenya to the UN, and ",
	"verb aliases":       "voiced his country’s interest and conveyed ",
	"vi agents of":       "các quan chức ngoại giao của Hàn Quốc và nhà lãnh đạo ",
	"generic offices":    "President Ali Khan met a New Zealand prime minister and any Fiji ",
	"former offices":     "the first prime minister of Fiji, the late Ali Khan, and the former Fijian prime minister and ",
	"ru source events":   "По словам Шармы, Армения прошла через испытания, и ",
	"state counterparts": "President Ali Khan told his Fiji counterpart Josefa Naivalu and his counterpart from Fiji, ",
	"portfolio lists":    "Fiji's Minister of Foreign Affairs, Trade, Culture, and ",
	"said that and he":   "said that growth was rising and he said that ",
	"ru openers alone":   "Кроме того, обсуждали. Затем, ",
	"capitals joined":    "Cairo and Amman and Moscow and ",
	"body acronyms":      "the Joint Commission (JC) The JC noted (",
	"quoted both sides":  "“Minister Ali Khan noted it.\n“Both sides noted it.\n",
	"ru dated meetings":  "11 марта состоялся обмен мнениями. 12 марта ",
}

// costPerByte returns the least time per byte of five runs of f on s.
func costPerByte(s string, f func(string)) float64 {
	best := time.Duration(1 << 62)
	for range 5 {
		start := time.Now()
		f(s)
		best = min(best, time.Since(start))
	}
	return float64(best) / float64(len(s))
}

// repeatTo repeats unit to about n bytes, cut at a rune boundary so that
// the text stays valid UTF-8 (a cut rune would be refused at once and
// measure nothing).
func repeatTo(unit string, n int) string {
	s := strings.Repeat(unit, n/len(unit)+1)
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// TestReadersCostLinear times every reader on every hostile shape at 16
// KiB and 128 KiB in one run, and fails when the larger costs more than
// three times as much per byte: a ratio, never an absolute time. A shape
// over the line is measured again (up to three times) before it fails, for
// a shared machine's noise.
func TestReadersCostLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	readers := map[string]func(string){
		"ParseCommunique": func(s string) {
			_, _ = agreement.ParseCommuniqueString(s, agreement.ParseOptions{})
		},
		"ExtractDates": func(s string) {
			for range timeline.ExtractDates(s) {
			}
		},
		"ExtractFigures": func(s string) {
			for range trade.ExtractFigures(s) {
			}
		},
		"Citations": func(s string) {
			for range agreement.Builtin().Citations(s) {
			}
		},
	}
	// A text the parser refuses measures nothing: every shape must be read.
	for sname, unit := range hostileShapes {
		for _, n := range []int{16 << 10, 128 << 10} {
			if _, err := agreement.ParseCommuniqueString(repeatTo(unit, n), agreement.ParseOptions{}); err != nil {
				t.Fatalf("shape %q at %d bytes is refused: %v", sname, n, err)
			}
		}
	}
	for rname, read := range readers {
		for sname, unit := range hostileShapes {
			small, large := repeatTo(unit, 16<<10), repeatTo(unit, 128<<10)
			var ratio float64
			for try := 0; try < 3; try++ {
				ratio = costPerByte(large, read) / costPerByte(small, read)
				if ratio <= 3 {
					break
				}
			}
			if ratio > 3 {
				t.Errorf("%s on %q: 128 KiB costs %.1f× per byte what 16 KiB does", rname, sname, ratio)
			}
		}
	}
}
