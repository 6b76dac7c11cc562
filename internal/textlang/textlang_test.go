package textlang

import (
	"strings"
	"testing"
)

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		text string
		want Lang
	}{
		{"The two sides agreed to expand trade.", English},
		{"", English},
		{"Hai bên nhất trí tăng cường hợp tác thương mại.", Vietnamese},
		{"Kim ngạch thương mại đạt 4,4 tỷ USD trong 9 tháng đầu năm 2024.", Vietnamese},
		{"Стороны договорились расширять торговлю.", Russian},
		{"Товарооборот вырос на 24% и достиг $4,4 млрд.", Russian},
		// A Vietnamese name in English text leaves it English.
		{"Prime Minister Phạm Minh Chính met the delegation in Hanoi on Tuesday and discussed the plans for trade, energy and education with the visiting ministers.", English},
		// A Russian name in English text leaves it English.
		{"Prime Minister Mikhail Mishustin (Михаил Мишустин) arrived in Hanoi on 14 January for talks with the leaders of Vietnam.", English},
		{"Ông Nguyễn Văn An phát biểu", Vietnamese},
		{"Café au lait in Paris, naïve résumé.", English},
		// Short phrases: the share of accented letters decides.
		{"tháng 9/2024", Vietnamese},
		{"ngày 30/1/1950", Vietnamese},
		{"4,4 tỷ USD", Vietnamese},
		{"khoảng 200 nghìn", Vietnamese},
		{"quý III/2024", Vietnamese},
		{"312,5 triệu USD", Vietnamese},
		{"Café de Paris, 3 May 2024", English},
		{"on 5 May 2024 PM Phạm Minh Chính met Putin", English},
	} {
		if got := Detect(c.text); got != c.want {
			t.Errorf("Detect(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestDetectReadsABoundedSample(t *testing.T) {
	// Russian after the first 64 KiB does not count.
	text := strings.Repeat("trade ", sample/6+1) + strings.Repeat("Стороны ", 100000)
	if got := Detect(text); got != English {
		t.Errorf("Detect = %v, want en", got)
	}
}

func TestParse(t *testing.T) {
	for code, want := range map[string]Lang{"en": English, "vi": Vietnamese, "vi-VN": Vietnamese, "ru_RU": Russian, "en-GB": English} {
		if got, ok := Parse(code); !ok || got != want {
			t.Errorf("Parse(%q) = %v, %v", code, got, ok)
		}
	}
	if _, ok := Parse("fr"); ok {
		t.Error("Parse(fr) ok")
	}
}

func BenchmarkDetect(b *testing.B) {
	text := strings.Repeat("Hai bên nhất trí tăng cường hợp tác thương mại. ", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(text)
	}
}
