package timeline_test

import (
	"strings"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/timeline"
	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"
)

// formMention is an expected mention: its text, which must occur in the
// sentence after the previous mention (its byte offsets are found with
// strings.Index, independently of the extractor), its EDTF value, and
// whether its year is inferred.
type formMention struct {
	text     string
	value    string
	inferred bool
}

// wantMentions turns the expected mentions of sentence into
// timeline.Mentions, each found with strings.Index after the last.
func wantMentions(t *testing.T, sentence string, ws []formMention) []timeline.Mention {
	t.Helper()
	var want []timeline.Mention
	from := 0
	for _, w := range ws {
		i := strings.Index(sentence[from:], w.text)
		if i < 0 {
			t.Fatalf("%q: %q not in the sentence after byte %d", sentence, w.text, from)
		}
		v := timeline.MustParseSpan(w.value)
		prec := max(v.Start.Precision(), v.End.Precision())
		want = append(want, timeline.Mention{Start: from + i, End: from + i + len(w.text), Text: w.text, Value: v,
			Precision: prec, Inferred: w.inferred})
		from += i + len(w.text)
	}
	return want
}

// TestExtractDatesForms checks, sentence by sentence, the forms statements
// write: ordinal days, day ranges within and across months, qualified
// periods, halves and quarters, split and fiscal years, years inside names,
// and months and days without a year. Every value was worked out by hand
// from the calendar, not taken from the extractor.
func TestExtractDatesForms(t *testing.T) {
	tests := []struct {
		sentence string
		year     int // ExtractOptions.Year; 0 uses ExtractDates
		want     []formMention
	}{
		// A comma before the year of a range or a month, and a date of
		// another calendar's era, which is no Gregorian date.
		{"The envoy stayed from 9th to 11th June, 2019 in Lusaka.", 0, []formMention{{"from 9th to 11th June, 2019", "2019-06-09/2019-06-11", false}}},
		{"Talks ran 3-4 October, 2017 at the lake.", 0, []formMention{{"3-4 October, 2017", "2017-10-03/2017-10-04", false}}},
		{"A working group reports by the end of March, 2009, to both capitals.", 0, []formMention{{"March, 2009", "2009-03", false}}},
		{"The visit on 14/9/1444 H, that is 5 April 2023, was short.", 0, []formMention{{"5 April 2023", "2023-04-05", false}}},
		{"The king arrived on Tuesday 12/8/1445 Hijri corresponding to February 22, 2024.", 0, []formMention{{"February 22, 2024", "2024-02-22", false}}},
		// Dotted dates with a year of two digits (POSIX rule); a dotted
		// number of four parts is no date.
		{"Ashgabat, 27.07.06. The presidents met.", 0, []formMention{{"27.07.06", "2006-07-27", false}}},
		// Year, month and day with spaces, and month, day and year with
		// dashes; a telephone number is no date.
		{"Vilnius, 2015 09 18. The prime ministers met.", 0, []formMention{{"2015 09 18", "2015-09-18", false}}},
		{"Call 2015 09 18 44 for details.", 0, nil},
		{"Seoul, 2018.11.21. The ministers met.", 0, []formMention{{"2018.11.21", "2018-11-21", false}}},
		{"Version 1.2018.11.21 and 2018.11.21.5 are builds.", 0, nil},
		{"With 2025 marking the 60th anniversary of ties, they agreed to meet.", 0, []formMention{{"2025", "2025", false}}},
		{"Baghdad, Saturday December-29- 2018 (INA)", 0, []formMention{{"Saturday December-29- 2018", "2018-12-29", false}}}, // a Saturday
		// A day glued to the byline by a copy that lost the space; a
		// capital before the digits keeps them a name.
		{"By Karen Ow-Yong07 October 2024", 0, []formMention{{"07 October 2024", "2024-10-07", false}}},
		{"Leaders met at the G20 October 2024 session.", 0, []formMention{{"October 2024", "2024-10", false}}},
		// Dots with a space after each, day first (Czech, Slovak); not
		// two numbers alone.
		{"Bratislava, 4. 7. 2023. The ministers met.", 0, []formMention{{"4. 7. 2023", "2023-07-04", false}}},
		{"See items 4. 7. and 8. of the plan.", 0, nil},
		{"Nairobi, February 3/ 2022 - The presidents met.", 0, []formMention{{"February 3/ 2022", "2022-02-03", false}}},
		{"Signed 03.11.98 in Tehran; see clause 1.27.07.06.", 0, []formMention{{"03.11.98", "1998-11-03", false}}},
		// Hyphens as slashes, when one order alone reads; not inside a
		// longer run or after a letter.
		{"15-4-2024 (SINGAPORE) Ministers met.", 0, []formMention{{"15-4-2024", "2024-04-15", false}}},
		{"On 4-5-2024 and at call 12-34-5678 or code A15-4-2024.", 0, nil},
		// A range whose two days carry their weekdays (22 May 2014 was a
		// Thursday, 21 April 2010 a Wednesday); a weekday that names
		// neither day leaves it out.
		{"The visit took place from Thursday, 22 May to Friday, 23 May 2014 in Yaoundé.", 0, []formMention{{"from Thursday, 22 May to Friday, 23 May 2014", "2014-05-22/2014-05-23", false}}},
		{"Talks ran from Wednesday, April 21 to Friday, April 23, 2010.", 0, []formMention{{"from Wednesday, April 21 to Friday, April 23, 2010", "2010-04-21/2010-04-23", false}}},
		{"Talks ran from Monday, April 21 to Friday, April 23, 2010.", 0, []formMention{{"April 21 to Friday, April 23, 2010", "2010-04-21/2010-04-23", false}}},
		// Halves of a month (2024 is a leap year), and a day written with a
		// period as German writes it.
		{"Work ran in the first half of August 2018 and the second half of February 2024.", 0, []formMention{{"the first half of August 2018", "2018-08-01/2018-08-15", false}, {"the second half of February 2024", "2024-02-16/2024-02-29", false}}},
		{"The chancellor spoke on Tuesday, 21. June 2011 in Berlin.", 0, []formMention{{"Tuesday, 21. June 2011", "2011-06-21", false}}},
		// Ordinal days.
		{"The accord was signed on 1st January 2024 in Geneva.", 0, []formMention{{"1st January 2024", "2024-01-01", false}}},
		{"Ministers met again on 4th February 2025.", 0, []formMention{{"4th February 2025", "2025-02-04", false}}},
		{"Deliveries resumed Jan 30th, 2025, after a pause.", 0, []formMention{{"Jan 30th, 2025", "2025-01-30", false}}},
		{"It entered into force on the 22nd of November 2021.", 0, []formMention{{"the 22nd of November 2021", "2021-11-22", false}}},
		{"By March 21st, 2024 both parliaments had ratified it.", 0, []formMention{{"March 21st, 2024", "2024-03-21", false}}},
		{"A 13th round opened on the 3rd of March 2023 and closed on 11th March 2023.", 0, []formMention{
			{"the 3rd of March 2023", "2023-03-03", false}, {"11th March 2023", "2023-03-11", false}}},
		// A wrong suffix or a number over 31 makes no day.
		{"the 22th of May 2025, the 32nd of May 2025", 0, []formMention{{"May 2025", "2025-05", false}, {"May 2025", "2025-05", false}}},
		{"the 75th anniversary falls in 2025", 0, []formMention{{"2025", "2025", false}}},
		{"February 30th, 2025 is no day", 0, nil},
		// Ranges of days.
		{"Consultations ran from the 22nd to the 25th of November 2021 in Seoul.", 0, []formMention{
			{"from the 22nd to the 25th of November 2021", "2021-11-22/2021-11-25", false}}},
		{"A trade fair takes place 3-5 February 2025 in Da Nang.", 0, []formMention{{"3-5 February 2025", "2025-02-03/2025-02-05", false}}},
		{"The working group sits 12-14 January 2026.", 0, []formMention{{"12-14 January 2026", "2026-01-12/2026-01-14", false}}},
		{"Naval exercises lasted from 8 to 11 May 2025.", 0, []formMention{{"from 8 to 11 May 2025", "2025-05-08/2025-05-11", false}}},
		{"Visa-free travel applies 3 to 5 February 2025 only.", 0, []formMention{{"3 to 5 February 2025", "2025-02-03/2025-02-05", false}}},
		{"They met between the 2nd and the 3rd of May 2025.", 0, []formMention{{"between the 2nd and the 3rd of May 2025", "2025-05-02/2025-05-03", false}}},
		{"Visits on 14th–16th July 2024 were cut short.", 0, []formMention{{"14th–16th July 2024", "2024-07-14/2024-07-16", false}}},
		// Ranges across months and years.
		{"Delegates stayed 30 January – 2 February 2025.", 0, []formMention{{"30 January – 2 February 2025", "2025-01-30/2025-02-02", false}}},
		{"Inspections ran January 30 to February 2, 2025.", 0, []formMention{{"January 30 to February 2, 2025", "2025-01-30/2025-02-02", false}}},
		{"The mandate runs 1 December 2024 – 31 January 2025.", 0, []formMention{{"1 December 2024 – 31 January 2025", "2024-12-01/2025-01-31", false}}},
		{"Data cover the months from November 2023 to February 2024.", 0, []formMention{{"from November 2023 to February 2024", "2023-11/2024-02", false}}},
		// Qualified periods: thirds of a month (days 1–10, 11–20, 21–end),
		// of a year (Jan–Apr, May–Aug, Sep–Dec) and of a decade.
		{"Survey work started in early April 2018.", 0, []formMention{{"early April 2018", "2018-04-01~/2018-04-10~", false}}},
		{"A second plant should open by mid-2025.", 0, []formMention{{"mid-2025", "2025-05~/2025-08~", false}}},
		{"Prices fell sharply in late 2024.", 0, []formMention{{"late 2024", "2024-09~/2024-12~", false}}},
		{"The line will be electrified before the end of 2025.", 0, []formMention{{"the end of 2025", "2025-09~/2025-12~", false}}},
		{"Late February 2024 was wet; mid-April 2018 was dry.", 0, []formMention{
			{"Late February 2024", "2024-02-21~/2024-02-29~", false}, {"mid-April 2018", "2018-04-11~/2018-04-20~", false}}},
		{"Output peaked in the late 1990s and again at the beginning of 2008.", 0, []formMention{
			{"the late 1990s", "1997~/1999~", false}, {"the beginning of 2008", "2008-01~/2008-04~", false}}},
		{"Rates will be cut by end-2025, or in early 2026.", 0, []formMention{
			{"end-2025", "2025-09~/2025-12~", false}, {"early 2026", "2026-01~/2026-04~", false}}},
		// Halves, quarters and months of a year.
		{"Exports grew 12% in the first half of 2025.", 0, []formMention{{"the first half of 2025", "2025-01/2025-06", false}}},
		{"Imports slowed in the second half of 2024.", 0, []formMention{{"the second half of 2024", "2024-07/2024-12", false}}},
		{"Orders rose in the third quarter of 2025 and the fourth quarter of 2025.", 0, []formMention{
			{"the third quarter of 2025", "2025-07/2025-09", false}, {"the fourth quarter of 2025", "2025-10/2025-12", false}}},
		{"Growth slowed over the last six months of 2024.", 0, []formMention{{"the last six months of 2024", "2024-07/2024-12", false}}},
		// Split and fiscal years, and year ranges.
		{"The budget for 2022-23 was approved.", 0, []formMention{{"2022-23", "2022/2023", false}}},
		{"Spending targets for FY2024-25 were raised, and FY 2025–26 too.", 0, []formMention{
			{"FY2024-25", "2024/2025", false}, {"FY 2025–26", "2025/2026", false}}},
		{"The 1999-00 season and the 2011–12 season were short.", 0, []formMention{
			{"1999-00", "1999/2000", false}, {"2011–12", "2011/2012", false}}},
		{"Monthly data for 2011-12 follow ISO 8601.", 0, []formMention{{"2011-12", "2011-12", false}}},
		{"FY2024 alone and ISO 2024-13 are not read.", 0, nil},
		{"The programme covered 2016-2020.", 0, []formMention{{"2016-2020", "2016/2020", false}}},
		{"A five-year plan (2016–2020) was completed.", 0, []formMention{{"2016–2020", "2016/2020", false}}},
		// Years in names are no dates; years of instruments and meetings are.
		{"Both sides back the 2030 Agenda.", 0, nil},
		{"The city adopted Vision 2045 last year.", 0, nil},
		{"Pavilions at Expo 2020 drew crowds.", 0, nil},
		{"Leaders met at the G20 and at COP29.", 0, nil},
		{"Agenda 2063 guides the union; its review is due in 2030.", 0, []formMention{{"2030", "2030", false}}},
		{"In 2030, emissions should halve.", 0, []formMention{{"2030", "2030", false}}},
		{"The Strategy 2021-2030 was launched after APEC 2017.", 0, []formMention{{"2017", "2017", false}}},
		{"They adopted the 2021–2030 Strategy after the 2016–2020 period.", 0, []formMention{{"2016–2020", "2016/2020", false}}},
		{"The 1982 Convention and UNCLOS 1982 bind both states.", 0, []formMention{{"1982", "1982", false}, {"1982", "1982", false}}},
		{"They recalled the 2005 Memorandum of Understanding and the Law of the Sea 1982.", 0, []formMention{
			{"2005", "2005", false}, {"1982", "1982", false}}},
		{"Exports rose in 2024. Vietnam 2045 is a slogan. It ended in Hanoi. 2024 was calm.", 0, []formMention{
			{"2024", "2024", false}, {"2024", "2024", false}}},
		// Weekdays go with the day they name, and only when it is that day
		// (4 December 2023 was a Monday, 6 November 2019 a Wednesday).
		{"The forum opened on Monday, 4 December 2023 in Perth.", 0, []formMention{{"Monday, 4 December 2023", "2023-12-04", false}}},
		{"Talks closed Wednesday, November 6, 2019, without a deal.", 0, []formMention{{"Wednesday, November 6, 2019", "2019-11-06", false}}},
		{"Tuesday 19 October 2021 was a holiday.", 0, []formMention{{"Tuesday 19 October 2021", "2021-10-19", false}}},
		// Dotted dates are day first; consecutive days listed are a range.
		{"The declaration was signed in Vilnius on 05.07.2023 by both presidents.", 0, []formMention{{"05.07.2023", "2023-07-05", false}}},
		{"Signed on 26.03.2015; growth was 5.07 percent in 2016.", 0, []formMention{{"26.03.2015", "2015-03-26", false}, {"2016", "2016", false}}},
		{"The visit took place on 12, 13 and 14 January 2025 in Dakar.", 0, []formMention{{"12, 13 and 14 January 2025", "2025-01-12/2025-01-14", false}}},
		{"The visit took place on August 4, 5 and 6, 2022 in Mexico.", 0, []formMention{{"August 4, 5 and 6, 2022", "2022-08-04/2022-08-06", false}}},
		// Days not in a row are no range: only the year is a date.
		{"They met on August 4, 6 and 7, 2022.", 0, []formMention{{"2022", "2022", false}}},
		// Two days in a row across a month's end, joined by "and", are one
		// span (30 November is the last day of November; 2024 was a leap
		// year, 2023 not); two days not in a row are not.
		{"The premier visited Tunis on November 30 and December 1, 2022, and met the president.", 0, []formMention{{"November 30 and December 1, 2022", "2022-11-30/2022-12-01", false}}},
		{"Talks ran on 28 February and 1 March 2023 in Doha.", 0, []formMention{{"28 February and 1 March 2023", "2023-02-28/2023-03-01", false}}},
		{"Talks ran on 28 February and 1 March 2024 in Doha.", 0, []formMention{{"1 March 2024", "2024-03-01", false}}},
		{"Talks ran on 29 February and 1 March 2024 in Doha.", 0, []formMention{{"29 February and 1 March 2024", "2024-02-29/2024-03-01", false}}},
		// December 31 is followed by a day of another year: one year for
		// both is no span.
		{"Talks ran on 31 December and 1 January 2023 in Doha.", 0, []formMention{{"1 January 2023", "2023-01-01", false}}},
		{"They met on November 30 and December 2, 2022.", 0, []formMention{{"December 2, 2022", "2022-12-02", false}}},
		// "of" before the year, as after a month alone ("October of 2004").
		{"Russia invaded on 24 February of 2022, after 19 February of 2014.", 0, []formMention{{"24 February of 2022", "2022-02-24", false}, {"19 February of 2014", "2014-02-19", false}}},
		// A capitalised word joined to a year by a hyphen names an event;
		// "mid-" and a month keep the year a date.
		{"Pavilions at Expo-2020 drew crowds in mid-2021.", 0, []formMention{{"mid-2021", "2021-05~/2021-08~", false}}},
		// A year glued to the next word by a copy of a PDF, after a day and
		// a month; alone it stays no date.
		{"The committee met on 10 October 2017in Brdo and on March 4, 2007and later.", 0, []formMention{
			{"10 October 2017", "2017-10-10", false}, {"March 4, 2007", "2007-03-04", false}}},
		{"The 2017in word and 10 October 2017s are no dates.", 0, nil},
		{"Talks were held on 12, 14 and 15 January 2025.", 0, []formMention{{"14 and 15 January 2025", "2025-01-14/2025-01-15", false}}},
		// Two digits of a year after an apostrophe, by the POSIX rule.
		{"The protocol was signed on 5 Nov.'15 in Baku.", 0, []formMention{{"5 Nov.'15", "2015-11-05", false}}},
		{"The accord of 12 March ’98 still holds.", 0, []formMention{{"12 March ’98", "1998-03-12", false}}},
		{"Friday, 4 December 2023 is no Friday.", 0, []formMention{{"4 December 2023", "2023-12-04", false}}},
		{"They spoke on Wednesday, November 21.", 2018, []formMention{{"Wednesday, November 21", "2018-11-21", true}}},
		// Two days in a row joined by "and"; "of" before the month of a
		// range; a month "of" its year.
		{"The summit is on November 13 and 14, 2010 in Yokohama.", 0, []formMention{{"November 13 and 14, 2010", "2010-11-13/2010-11-14", false}}},
		{"Votes fell on 3 and 4 May 2024, and on May 3 and 7, 2024.", 0, []formMention{{"3 and 4 May 2024", "2024-05-03/2024-05-04", false}, {"2024", "2024", false}}},
		{"Hearings took 6-9 of September 2009.", 0, []formMention{{"6-9 of September 2009", "2009-09-06/2009-09-09", false}}},
		{"The office opened in October of 2004.", 0, []formMention{{"October of 2004", "2004-10", false}}},
		// Numbers with slashes: only a date one order alone reads.
		{"Signed 21 / 12 / 2023 and filed 12/21/2023; 5/6/2024 is unclear.", 0, []formMention{
			{"21 / 12 / 2023", "2023-12-21", false}, {"12/21/2023", "2023-12-21", false}}},
		// Quarters and halves as codes, and the twelve months to a month.
		{"Sales rose in Q1 2025, Q3 of 2024 and H2 2024; Q5 2024 is none.", 0, []formMention{
			{"Q1 2025", "2025-01/2025-03", false}, {"Q3 of 2024", "2024-07/2024-09", false}, {"H2 2024", "2024-07/2024-12", false}, {"2024", "2024", false}}},
		{"Imports fell in the year ending June 2022 and the year to December 2023.", 0, []formMention{
			{"the year ending June 2022", "2021-07/2022-06", false}, {"the year to December 2023", "2023-01/2023-12", false}}},
		// Fiscal years are no calendar years; identifiers and amounts hold
		// no year.
		{"Profits rose in fiscal 2022 and in financial 2023; fiscal 2022-23 too.", 0, []formMention{{"fiscal 2022-23", "2022/2023", false}}},
		{"See PR#99–2010, Ext. 2314, and Rs. 1400 cr. of loans, not 2016–2020.", 0, []formMention{{"2016–2020", "2016/2020", false}}},
		{"Athletes met at the Winter Olympic Games 2022 and under the 1951 U.S.-Philippines Mutual Defense Treaty.", 0, []formMention{
			{"2022", "2022", false}, {"1951", "1951", false}}},
		// Telephone numbers, page ranges and addresses hold no year; a day
		// or a year before a year still lets it be one.
		{"Ring the desk on +84 24 3825 2024 or 0243 825 2024 before 2025.", 0, []formMention{{"2025", "2025", false}}},
		{"Tables are on pp. 1998-2001 and p. 2010 of the 2019 edition.", 0, []formMention{{"2019", "2019", false}}},
		{"Office: 1450 Harbour Road, 2190 Lakeside City; opened in 2012.", 0, []formMention{{"2012", "2012", false}}},
		{"Trade grew in 2023 2024 and on Jan 3 2024.", 0, []formMention{{"2023", "2023", false}, {"2024", "2024", false}, {"Jan 3 2024", "2024-01-03", false}}},
		{"In 2019 Ho Chi Minh City grew; 1,500 2024 is no year.", 0, []formMention{{"2019", "2019", false}, {"2024", "2024", false}}},
		// Day, month and year with an abbreviation's period, a comma or
		// hyphens; a full month name keeps a sentence's full stop out.
		{"Cargo cleared customs on 8 Aug. 2024 and on 9th of September, 2024.", 0, []formMention{
			{"8 Aug. 2024", "2024-08-08", false}, {"9th of September, 2024", "2024-09-09", false}}},
		{"The invoice is dated 17-Mar-2023; the bill 2-Dec-2022.", 0, []formMention{
			{"17-Mar-2023", "2023-03-17", false}, {"2-Dec-2022", "2022-12-02", false}}},
		{"Inspectors came on 4 June. 2023 was otherwise quiet.", 0, []formMention{{"2023", "2023", false}}},
		{"Inspectors came on 4 Sept. 2023, then left.", 0, []formMention{{"4 Sept. 2023", "2023-09-04", false}}},
		// Parts of a year: a numbered ordinal, "of" left out, quarters and
		// days counted from the start or the end, months to a month.
		{"Imports rose in the 2nd quarter of 2023 and the fourth quarter 2023.", 0, []formMention{
			{"the 2nd quarter of 2023", "2023-04/2023-06", false}, {"the fourth quarter 2023", "2023-10/2023-12", false}}},
		{"Output fell over the first three quarters of 2023 and the last two quarters of 2022.", 0, []formMention{
			{"the first three quarters of 2023", "2023-01/2023-09", false}, {"the last two quarters of 2022", "2022-07/2022-12", false}}},
		{"Rice sales in the first 15 days of March 2024 and the last ten days of February 2024 doubled.", 0, []formMention{
			{"the first 15 days of March 2024", "2024-03-01/2024-03-15", false}, {"the last ten days of February 2024", "2024-02-20/2024-02-29", false}}},
		{"The first 30 days of February 2023 do not exist.", 0, []formMention{{"February 2023", "2023-02", false}}},
		{"It rained in June. 2023 was dry.", 0, []formMention{{"2023", "2023", false}}},
		{"Prices rose in the three months to November 2023 and the 12 months ending March 2024.", 0, []formMention{
			{"the three months to November 2023", "2023-09/2023-11", false}, {"the 12 months ending March 2024", "2023-04/2024-03", false}}},
		{"Over the two months to January 2024 stocks fell.", 0, []formMention{{"the two months to January 2024", "2023-12/2024-01", false}}},
		// Ranges of quarter codes and of decades.
		{"Shipments in Q2-Q4 2023 and H1–H2 2022 grew; Q3-Q1 2024 is no range.", 0, []formMention{
			{"Q2-Q4 2023", "2023-04/2023-12", false}, {"H1–H2 2022", "2022-01/2022-12", false}, {"Q1 2024", "2024-01/2024-03", false}}},
		{"Reforms of the 1970s and 80s, the 1990s and 00s, and the 1950s to the 1960s", 0, []formMention{
			{"1970s and 80s", "1970/1989", false}, {"1990s and 00s", "1990/2009", false}, {"1950s to the 1960s", "1950/1969", false}}},
		{"Both the 1970s and the 1980s, and the 1990s and 2000s, were two decades each.", 0, []formMention{
			{"1970s", "1970/1979", false}, {"1980s", "1980/1989", false}, {"1990s", "1990/1999", false}, {"2000s", "2000/2009", false}}},
		// Year first with slashes; an ISO day before a time or after a
		// capitalised word.
		{"Lodged 2023/11/05 and amended 2023/1/9; 2023/13/01, 2023/24 and 2023/11 are none.", 0, []formMention{
			{"2023/11/05", "2023-11-05", false}, {"2023/1/9", "2023-01-09", false}}},
		{"Logged 2023-11-05T14:30Z, and 2023-11T14 is none.", 0, []formMention{{"2023-11-05", "2023-11-05", false}}},
		// Months and days without a year: only with a reference year.
		{"The deadline is on October 31.", 0, nil},
		{"The deadline is on October 31.", 2024, []formMention{{"October 31", "2024-10-31", true}}},
		{"Talks resume March 21st and end on 3-5 June.", 2024, []formMention{
			{"March 21st", "2024-03-21", true}, {"3-5 June", "2024-06-03/2024-06-05", true}}},
		{"It opened on the 22nd of November, and on 5 May 2025 it closed.", 2024, []formMention{
			{"the 22nd of November", "2024-11-22", true}, {"5 May 2025", "2025-05-05", false}}},
		{"Voting ran from 30 January to 2 February.", 2026, []formMention{{"from 30 January to 2 February", "2026-01-30/2026-02-02", true}}},
		{"On February 29 nothing happened.", 2025, nil},
	}
	for _, tt := range tests {
		var got []timeline.Mention
		seq := timeline.ExtractDates(tt.sentence)
		if tt.year != 0 {
			seq = timeline.ExtractDatesWith(tt.sentence, timeline.ExtractOptions{Year: tt.year})
		}
		for m := range seq {
			got = append(got, m)
		}
		want := wantMentions(t, tt.sentence, tt.want)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ExtractDatesWith(%q, Year %d) (-want +got):\n%s", tt.sentence, tt.year, diff)
		}
	}
}

// TestExtractDatesWithBadYear checks that a reference year outside 1–9999
// infers nothing.
func TestExtractDatesWithBadYear(t *testing.T) {
	for _, y := range []int{-1, 10000} {
		for m := range timeline.ExtractDatesWith("on October 31", timeline.ExtractOptions{Year: y}) {
			t.Errorf("Year %d: got %+v", y, m)
		}
	}
}

// TestExtractDatesLinear checks that ExtractDates costs time in proportion
// to the text on hostile repetitions of the shapes it looks ahead over: per
// byte, 128 KiB may cost at most three times what 16 KiB costs (a quadratic
// cost would make it eight times). Each time is the least of three runs,
// each over about 256 KiB of text, small and large interleaved so that a
// burst of load on the machine falls on both; only the ratio is compared,
// never an absolute time. A shape over the bound is measured again, up to
// three times, before the test fails, since a busy machine can slow any
// one run but not every one.
func TestExtractDatesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	shapes := []string{"1st ", "the 22nd of ", "early ", "2022-", "1-2-3-", "from the 22nd to ", "January 1st – ",
		"mid-", "first half of ", "Vision 2045 ", "FY2024-", "12 - 14 ", "2024 – 2025 – ", "the end of the ",
		"1 January – ", "9", "Treaty of the ", "the 2030 Agenda of the ", "Monday, ", "Monday 4 ", "Q1 ", "21 / 12 / ",
		"the year ending ", "3 and 4 ", "U.S.-", "the 2030 U.S.-", "99–", "Q1-", "1980s and ", "8-Aug-", "the first 2 days of ",
		"the 3 months to ", "825 ", "2627 Main "}
	// Shapes of Vietnamese and Russian dates, read with their language.
	langShapes := map[string]language.Tag{"ngày 1-1/": language.Vietnamese, "từ ngày 30/1/1950 - ": language.Vietnamese,
		"tháng 1-": language.Vietnamese, "quý III/": language.Vietnamese, "9 tháng đầu ": language.Vietnamese,
		"từ từ ": language.Vietnamese, "đến ngày 1 ": language.Vietnamese, "năm 2021-": language.Vietnamese,
		"30/1/": language.Vietnamese, "с 1 по ": language.Russian, "в в 2024 ": language.Russian,
		"1 января – ": language.Russian, "III квартале ": language.Russian, "в 2021–": language.Russian,
		"первые девять месяцев ": language.Russian, "30.01.": language.Russian, "январь–": language.Russian,
		"1950 года ": language.Russian, "30 ноября и ": language.Russian, "ЭКСПО-": language.Russian, "ngày 30/11 và ": language.Vietnamese}
	for sh := range langShapes {
		shapes = append(shapes, sh)
	}
	run := func(s string, tag language.Tag) time.Duration {
		opts := timeline.ExtractOptions{Language: tag}
		start := time.Now()
		for range (256 << 10) / len(s) {
			for range timeline.ExtractDatesWith(s, opts) {
			}
		}
		return time.Since(start)
	}
	for _, shape := range shapes {
		small := strings.Repeat(shape, (16<<10)/len(shape)+1)[:16<<10]
		large := strings.Repeat(shape, (128<<10)/len(shape)+1)[:128<<10]
		var ratio float64
		for range 3 {
			a, b := time.Duration(1<<62), time.Duration(1<<62)
			for range 3 {
				a = min(a, run(small, langShapes[shape]))
				b = min(b, run(large, langShapes[shape]))
			}
			// Both runs read about 256 KiB, so the ratio of times is the
			// ratio of costs per byte.
			if ratio = float64(b) / float64(a); ratio <= 3 {
				break
			}
		}
		if ratio > 3 {
			t.Errorf("%q: 128 KiB costs %.1f times per byte what 16 KiB costs", shape, ratio)
		}
	}
}

// TestExtractDatesAllocs pins that extraction allocates nothing per
// mention.
func TestExtractDatesAllocs(t *testing.T) {
	text := strings.Repeat("On 1st January 2024, from the 22nd to the 25th of November 2021, in early April 2018, FY2024-25 and the second half of 2024 (2016–2020). ", 20)
	n := 0
	for range timeline.ExtractDates(text) {
		n++
	}
	if n != 20*6 {
		t.Fatalf("found %d mentions, want %d", n, 20*6)
	}
	allocs := testing.AllocsPerRun(20, func() {
		for range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Year: 2024}) {
		}
	})
	if allocs > 1 {
		t.Errorf("%v allocations per run of %d mentions", allocs, n)
	}
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"Ngày 30/1/1950, từ ngày 14 đến 15/1/2025, tháng 9 năm 2024, 9 tháng đầu năm 2024, quý III/2024 và giai đoạn 2021-2025. ", 6},
		{"30 января 1950 года, с 14 по 15 января 2025 г., в январе 2025 года, за девять месяцев 2024 года, в III квартале 2024 г. и 30.01.1950. ", 6},
	} {
		text := strings.Repeat(tc.text, 20)
		n := 0
		for range timeline.ExtractDates(text) {
			n++
		}
		if n != 20*tc.n {
			t.Fatalf("%q: found %d mentions, want %d", tc.text, n, 20*tc.n)
		}
		allocs := testing.AllocsPerRun(20, func() {
			for range timeline.ExtractDatesWith(text, timeline.ExtractOptions{Year: 2024}) {
			}
		})
		if allocs > 1 {
			t.Errorf("%q: %v allocations per run of %d mentions", tc.text, allocs, n)
		}
	}
}
