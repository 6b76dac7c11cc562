// Package trade models reported quantities exactly, with the interval their
// rounding allows.
//
// # Figures and rates
//
// A [Figure] is an exact decimal (never a float64) with a [Unit] — an ISO
// 4217 currency or a count unit — and the step it was reported with:
// [ParseFigure] reads "$4.4 billion" as 4.4e9 USD rounded to 0.1e9, so the
// true value lies between 4.35e9 and 4.45e9. "over $1 billion" is a lower
// bound. A [Rate] is a percentage with its step: "24%" is 23.5 to 24.5.
// Every Figure and Rate, whether read or computed, prints a canonical text
// that [ParseFigure] and [ParseRate] read back equal; a result that would
// not fit the representation (18 significant digits, exponents within
// ±40) is an [ErrOverflow] instead. [Figure.Float64] and [Rate.Float64]
// give the nearest float64, for plotting, not for arithmetic.
//
// # Growth with bounds
//
// [Growth], [ImpliedBase], [ImpliedCurrent], [Share] and [CAGR] carry the
// bounds of their inputs through interval arithmetic, rounding outward:
//
//	cur, _ := trade.ParseFigure("$4.4 billion")
//	g, _ := trade.ParseRate("24%")
//	base, _ := trade.ImpliedBase(cur, g) // 3.548e9 USD, between 3.494e9 and 3.603e9
//
// # Periods and series
//
// A [Period] is a range of months with an SDMX-style code ("2024",
// "2024-Q3", "2024-M09", "2024-M01/2024-M09"). A [Series] holds the
// observations of one indicator between two economies; [ReadCSV] and
// [WriteCSV] use the header [CSVHeader], and [ReadCSVWith] reads with a size
// limit of one's own ([CSVOptions]). [Check] reports stated changes that the
// stated levels rule out, given their rounding.
//
// # Mentions
//
// [ExtractFigures] finds money amounts, counts of any noun ("329 lives",
// "100 British companies"), percentages and percentage points in English
// text, with byte offsets: scale words ("4.4bn", "₹2 lakh crore"),
// currencies by symbol, code or name, numbers in words ("thirty-three
// (33) agreements"), qualifiers and ranges. A bare "$" is USD;
// [ExtractFiguresWith] and [FigureOptions] make it another dollar.
//
// It reads Vietnamese ("hơn 4,4 tỷ USD", "204.000 lượt khách", "giảm
// 3,2%") and Russian ("более 4,4 млрд долларов", "204 000 туристов",
// "снизился на 3,2%") too, in the language [FigureOptions] names or that
// of the text, detected once per text. The words of figures in each
// language — scale words, currency names, qualifiers, words of falling,
// count nouns in every case with their English lemma, number words before
// a scale word ("hai tỷ USD", "двух миллиардов") — are data, in the
// embedded files words/en.txt, words/vi.txt and words/ru.txt.
//
// # Labels
//
// [Figure.Label], [Rate.Label], [GrowthLabel] and [Period.Label] write
// CLDR 48 numbers and dates in Vietnamese, Russian or English: "4,4 T US$",
// "4,4 млрд $", "$4.4B", "8,3 %", "Quý 3 năm 2024". This form is stable:
// machines and tests compare it.
//
// A tag whose BCP 47 private-use extension holds the subtag "news"
// ("vi-x-news", "ru-RU-x-news", "en-x-news") asks the same methods for the
// form newsrooms print — AP and Reuters, VnExpress and TTXVN, TASS:
//
//	en  "$4.4 billion"       "about $3.55 billion (between $3.49 billion and $3.60 billion)"  "Q3 2024"        "24%"
//	vi  "4,4 tỷ USD"         "1,2 triệu tỷ đồng"  "tăng 24% lên 4,4 tỷ USD"                 "quý III/2024"   "9 tháng đầu năm 2024"
//	ru  "4,4 млрд долларов"  "рост на 24% до 4,4 млрд долларов"                              "III квартал 2024 года"  "январь – сентябрь 2024 года"
//
// Vietnamese news never writes CLDR's short "T" for tỷ, which its readers
// take for triệu. See [Figure.Label] and [Period.Label] for every form.
package trade
