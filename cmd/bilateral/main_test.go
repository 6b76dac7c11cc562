package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/internal/corpus"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// runCmd runs the command in process and returns its exit status, standard
// output and standard error.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// texts are the source texts of the repository the tests feed the command.
func texts(t testing.TB) []string {
	var paths []string
	for _, g := range []string{"../../testdata/sources/*.txt", "../../testdata/communiques/*.txt"} {
		m, err := filepath.Glob(g)
		require.NoError(t, err)
		paths = append(paths, m...)
	}
	require.GreaterOrEqual(t, len(paths), 7)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out = append(out, string(b))
	}
	return out
}

// corpusDir writes n documents cycling through texts into a new directory,
// big and small ones mixed so that with several workers later documents
// finish before earlier ones, and returns it with the file paths in lexical
// order.
func corpusDir(t *testing.T, n int) (string, []string) {
	dir := t.TempDir()
	src := texts(t)
	var paths []string
	for i := range n {
		sub := ""
		if i%5 == 4 {
			sub = "sub"
		}
		p := filepath.Join(dir, sub, fmt.Sprintf("doc%03d.txt", i))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(src[i%len(src)]), 0o644))
		paths = append(paths, p)
	}
	sort.Strings(paths) // "doc…" < "sub", and WalkDir walks in lexical order
	return dir, paths
}

// TestOrder checks that every command writes the same bytes whatever -j is,
// and that those bytes are the outputs of the documents run one at a time,
// concatenated in the order the directory is walked.
func TestOrder(t *testing.T) {
	dir, paths := corpusDir(t, 40)
	for _, args := range [][]string{
		{"parse"}, {"parse", "-format", "json"}, {"parse", "-format", "text"},
		{"dates"}, {"figures"}, {"citations"}, {"check"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var want strings.Builder
			for _, p := range paths {
				code, out, errs := runCmd(t, "", append(args, "-j", "1", p)...)
				require.Equal(t, 0, code, errs)
				want.WriteString(out)
			}
			require.NotEmpty(t, want.String())
			for _, j := range []string{"1", "4"} {
				code, out, errs := runCmd(t, "", append(args, "-j", j, dir)...)
				require.Equal(t, 0, code, errs)
				require.Empty(t, errs)
				if diff := cmp.Diff(want.String(), out); diff != "" {
					t.Errorf("-j %s: (-want +got)\n%s", j, diff)
				}
			}
		})
	}
}

// TestRepositoryTexts runs parse over the two directories of source texts
// the task names, at -j 1 and -j 4.
func TestRepositoryTexts(t *testing.T) {
	args := []string{"parse", "-glob", "*.txt", "../../testdata/sources", "../../testdata/communiques"}
	code1, out1, errs1 := runCmd(t, "", append([]string{"parse", "-j", "1"}, args[1:]...)...)
	code4, out4, errs4 := runCmd(t, "", append([]string{"parse", "-j", "4"}, args[1:]...)...)
	require.Equal(t, 0, code1, errs1)
	require.Equal(t, 0, code4, errs4)
	require.Equal(t, out1, out4)
	// Documents come in the order given, each file's clauses together.
	var docs []string
	for _, line := range strings.Split(strings.TrimSpace(out1), "\n") {
		var l corpus.ClauseLine
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		if len(docs) == 0 || docs[len(docs)-1] != l.Doc {
			docs = append(docs, l.Doc)
		}
	}
	want := []string{
		"../../testdata/sources/000_0a5656f814c64368.txt",
		"../../testdata/sources/002_a303d40a4328e215.txt",
		"../../testdata/communiques/br-za-2026.txt",
		"../../testdata/communiques/in-id-2026.txt",
		"../../testdata/communiques/kz-kr-2026.txt",
		"../../testdata/communiques/vn-au-2026.txt",
		"../../testdata/communiques/vn-jp-2026.txt",
	}
	require.Equal(t, want, docs)
}

func TestBadDocuments(t *testing.T) {
	dir := t.TempDir()
	good1 := filepath.Join(dir, "a.txt")
	bad := filepath.Join(dir, "b.txt")
	good2 := filepath.Join(dir, "c.txt")
	require.NoError(t, os.WriteFile(good1, []byte("The talks were held on January 30, 1950."), 0o644))
	// "Hà" in Latin-1: the byte 0xE0 starts a three-byte UTF-8 sequence
	// that does not follow; "Talks in H" is 10 bytes.
	require.NoError(t, os.WriteFile(bad, []byte("Talks in H\xe0 Noi on May 9, 2025."), 0o644))
	require.NoError(t, os.WriteFile(good2, []byte("Trade rose in 2024."), 0o644))

	for _, j := range []string{"1", "4"} {
		code, out, errs := runCmd(t, "", "dates", "-j", j, dir, filepath.Join(dir, "missing.txt"))
		require.Equal(t, 1, code)
		require.Equal(t, "bilateral: "+bad+": invalid UTF-8 at byte 10\n"+
			"bilateral: "+filepath.Join(dir, "missing.txt")+": no such file or directory\n", errs)
		want := `{"doc":"` + good1 + `","start":23,"end":39,"text":"January 30, 1950","value":"1950-01-30","precision":"day"}` + "\n" +
			`{"doc":"` + good2 + `","start":14,"end":18,"text":"2024","value":"2024","precision":"year"}` + "\n"
		require.Equal(t, want, out)
	}

	// parse refuses the bad one and goes on too.
	code, out, errs := runCmd(t, "", "parse", dir)
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: "+bad+": invalid UTF-8 at byte 10\n", errs)
	require.Contains(t, out, good1)
	require.Contains(t, out, good2)

	// Over -max-bytes: "Trade rose in 2024." is 19 bytes, "In 1999." 8.
	short := filepath.Join(dir, "short.txt")
	require.NoError(t, os.WriteFile(short, []byte("In 1999."), 0o644))
	code, out, errs = runCmd(t, "", "dates", "-max-bytes", "18", good2, short)
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: "+good2+": larger than -max-bytes (18 bytes)\n", errs)
	require.Equal(t, `{"doc":"`+short+`","start":3,"end":7,"text":"1999","value":"1999","precision":"year"}`+"\n", out)
	code, _, errs = runCmd(t, "", "dates", "-max-bytes", "19", good2)
	require.Equal(t, 0, code, errs)

	// An empty document is no communiqué.
	empty := filepath.Join(dir, "empty.md")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	code, _, errs = runCmd(t, "", "check", empty)
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: "+empty+`: agreement: parsing "" as communiqué: empty input`+"\n", errs)
}

func TestUsage(t *testing.T) {
	tests := []struct {
		args   []string
		stderr string // a line the usage error must print
	}{
		{nil, "Usage:"},
		{[]string{"frob"}, `bilateral: unknown command "frob"`},
		{[]string{"cards"}, `bilateral: unknown command "cards"`},
		{[]string{"card", "-lang", "fr"}, `bilateral card: -lang "fr": want en, vi or ru`},
		{[]string{"card", "-format", "pdf"}, `bilateral card: -format "pdf": want text, json or ics`},
		{[]string{"card", "-year", "0"}, `bilateral card: -year 0: want a year from 1 to 9999`},
		{[]string{"card", "2025"}, `bilateral card: unexpected argument "2025"`},
		{[]string{"parse"}, "bilateral parse: no input: give PATH..., or - for standard input"},
		{[]string{"parse", "-frob", "x"}, "flag provided but not defined: -frob"},
		{[]string{"parse", "-j", "0", "x"}, "bilateral parse: -j 0: want at least 1"},
		{[]string{"dates", "-max-bytes", "0", "x"}, "bilateral dates: -max-bytes 0: want at least 1"},
		{[]string{"parse", "-format", "xml", "x"}, `bilateral parse: -format "xml": want jsonl, json or text`},
		{[]string{"parse", "-lang", "not a tag", "x"}, `bilateral parse: -lang "not a tag": language: tag is not well-formed`},
		{[]string{"figures", "-glob", "[", "x"}, `bilateral figures: -glob "[": syntax error in pattern`},
		{[]string{"figures", "-jsonl-field", "", "x"}, "bilateral figures: -jsonl-field is empty"},
		{[]string{"ics"}, "bilateral ics: want one FILE, or - for standard input"},
		{[]string{"ics", "-stamp", "yesterday", "x"}, `bilateral ics: -stamp "yesterday": want an RFC 3339 time such as 2025-01-01T00:00:00Z`},
		{[]string{"ics", "-year", "2025", "-window", "2025", "x"}, "bilateral ics: -year and -window: give one"},
	}
	for _, tt := range tests {
		code, out, errs := runCmd(t, "", tt.args...)
		require.Equal(t, 2, code, "%q", tt.args)
		require.Empty(t, out, "%q", tt.args)
		require.Contains(t, errs, tt.stderr+"\n", "%q", tt.args)
	}
}

func TestHelpAndVersion(t *testing.T) {
	for _, args := range [][]string{{"-h"}, {"--help"}, {"parse", "-h"}, {"dates", "-help"}, {"ics", "-h"}} {
		code, out, errs := runCmd(t, "", args...)
		require.Equal(t, 0, code, "%q", args)
		require.Empty(t, out)
		require.Contains(t, errs, "Usage:")
		require.Contains(t, errs, "Examples:")
	}
	for _, arg := range []string{"-version", "--version"} {
		code, out, _ := runCmd(t, "", arg)
		require.Equal(t, 0, code)
		require.Regexp(t, `^bilateral (\(devel\)|v\S+)\n$`, out)
	}
}

func TestStdin(t *testing.T) {
	// "Trade rose " is 11 bytes; "24%" 3; " to " 4; "$4.4 billion" 12:
	// 4.4 billion dollars, to the nearest 0.1 billion.
	code, out, errs := runCmd(t, "Trade rose 24% to $4.4 billion.", "figures", "-")
	require.Equal(t, 0, code, errs)
	want := `{"doc":"-","start":11,"end":14,"text":"24%","value":"24% step 1","kind":"percent"}` + "\n" +
		`{"doc":"-","start":18,"end":30,"text":"$4.4 billion","value":"4400000000 USD step 100000000","kind":"money"}` + "\n"
	require.Equal(t, want, out)
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	require.Contains(t, string(readme), "echo 'Trade rose 24% to $4.4 billion.' | bilateral figures -\n")
	require.Contains(t, string(readme), "```json\n"+want+"```\n", "README shows this output")

	// "They reaffirmed the " is 20 bytes; UNCLOS was signed in 1982.
	code, out, errs = runCmd(t, "They reaffirmed the 1982 UNCLOS.", "citations", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, `{"doc":"-","start":20,"end":31,"text":"1982 UNCLOS","value":"unclos","year":1982}`+"\n", out)

	// The DOC was signed in Phnom Penh on 4 November 2002, not in 2022.
	text := "The two sides committed to implementing the 2022 Declaration on the Conduct of Parties in the East Sea (DOC)."
	code, out, errs = runCmd(t, text, "check", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, `{"doc":"-","start":44,"end":108,"text":"2022 Declaration on the Conduct of Parties in the East Sea (DOC)",`+
		`"value":"instrument-year","severity":"warning","message":"the DOC is cited as 2022; it was signed on November 4, 2002","clause":0}`+"\n", out)

	// Texts are written as they are, "&" included.
	code, out, errs = runCmd(t, "R&D <b>grew</b> 5%.", "figures", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, `{"doc":"-","start":16,"end":18,"text":"5%","value":"5% step 1","kind":"percent"}`+"\n", out)
	code, out, errs = runCmd(t, "R&D cooperation was agreed.", "parse", "-")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, `"text":"R&D cooperation was agreed."`)

	code, _, errs = runCmd(t, "Talks in H\xe0 Noi.", "dates", "-")
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: -: invalid UTF-8 at byte 10\n", errs)
}

func TestParseFormats(t *testing.T) {
	// CAMEO 120 is "reject, not specified below"; PLOVER codes it REJECT.
	text := "The two sides opposed protectionism. Vietnam did not support the sanctions."
	code, out, errs := runCmd(t, text, "parse", "-")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	// The keys, in the documented order.
	require.True(t, strings.HasPrefix(lines[0], `{"doc":"-","start":0,"end":36,"text":"The two sides opposed protectionism.","stance":"oppose","negated":false,"cameo":"120","plover":"REJECT","actors":[`), lines[0])
	var second map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &second))
	require.Equal(t, "-", second["doc"])
	require.Equal(t, 37.0, second["start"])
	require.Equal(t, float64(len(text)), second["end"])
	require.Equal(t, true, second["negated"])
	require.Equal(t, "support", second["stance"])
	require.Equal(t, []any{"VN"}, second["actors"])
	// Negated support is a rejection (Clause.CAMEO), not 032 support.
	require.Equal(t, "120", second["cameo"])
	require.Equal(t, "REJECT", second["plover"])
	for _, k := range []string{"topics", "mentions", "cameo", "plover"} {
		require.Contains(t, second, k)
	}

	code, out, errs = runCmd(t, text, "parse", "-format", "json", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, 1, strings.Count(out, "\n"))
	var doc struct {
		Doc        string `json:"doc"`
		Communique struct {
			Version  int `json:"version"`
			Sections []struct {
				Clauses []json.RawMessage `json:"clauses"`
			} `json:"sections"`
		} `json:"communique"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	require.Equal(t, "-", doc.Doc)
	require.Equal(t, 1, doc.Communique.Version)
	n := 0
	for _, s := range doc.Communique.Sections {
		n += len(s.Clauses)
	}
	require.Equal(t, 2, n)

	code, out, errs = runCmd(t, text, "parse", "-format", "text", "-lang", "en-GB", "-")
	require.Equal(t, 0, code, errs)
	require.True(t, strings.HasPrefix(out, "== -\n"), out)
	require.Contains(t, out, "\n1. [")
	require.Contains(t, out, "· CAMEO 120")
	require.Contains(t, out, "   The two sides opposed protectionism.\n")
	require.Contains(t, out, "(negated)")
}

func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "docs.jsonl")
	lines := []string{
		`{"id":"first","text":"Talks on January 30, 1950."}`,
		`{"id":7,"text":"Signed in 2001."}`,
		`{"text":"Visited in May 2025."}`,
		``,
		`{"id":"no-text","body":"x"}`,
		`not json`,
		`{"id":"bad","text":"H\u00e0 N\u1ed9i in 2024, H` + "\xe0" + `"}`,
		`{"id":"last","text":"Met in 1999.\r\n"}`,
	}
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	for _, j := range []string{"1", "3"} {
		code, out, errs := runCmd(t, "", "dates", "-j", j, path)
		require.Equal(t, 1, code)
		// Offsets: "Talks on " 9; "Signed in " 10; "Visited in " 11; "Met in " 7.
		want := `{"doc":"first","start":9,"end":25,"text":"January 30, 1950","value":"1950-01-30","precision":"day"}` + "\n" +
			`{"doc":"7","start":10,"end":14,"text":"2001","value":"2001","precision":"year"}` + "\n" +
			`{"doc":"` + path + `:3","start":11,"end":19,"text":"May 2025","value":"2025-05","precision":"month"}` + "\n" +
			`{"doc":"last","start":7,"end":11,"text":"1999","value":"1999","precision":"year"}` + "\n"
		require.Equal(t, want, out)
		// Line 7 is bad at byte 47: `{"id":"bad","text":"` is 20 bytes,
		// `H\u00e0 N\u1ed9i` 16 and " in 2024, H" 11.
		require.Equal(t, "bilateral: "+path+`:5: no field "text"`+"\n"+
			"bilateral: "+path+":6: not a JSON object: invalid character 'o' in literal null (expecting 'u')\n"+
			"bilateral: "+path+":7: invalid UTF-8 at byte 47\n", errs)
	}

	// Other field names, and JSONL on standard input.
	in := `{"url":"https://example.org/a","body":"Signed in 2001."}` + "\n"
	code, out, errs := runCmd(t, in, "dates", "-jsonl", "-jsonl-field", "body", "-id-field", "url", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, `{"doc":"https://example.org/a","start":10,"end":14,"text":"2001","value":"2001","precision":"year"}`+"\n", out)

	// A line longer than a -max-bytes document could be, once escaped, is
	// skipped; so is a document over -max-bytes; the next lines are read.
	tooLong := `{"id":"long","text":"` + strings.Repeat("a", 6*10+4096) + `"}`
	over := `{"id":"over","text":"in 2001 ..."}`
	short := `{"id":"short","text":"in 2001"}`
	require.NoError(t, os.WriteFile(path, []byte(tooLong+"\n"+over+"\n"+short), 0o644))
	code, out, errs = runCmd(t, "", "dates", "-max-bytes", "10", path)
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: "+path+":1: larger than -max-bytes (10 bytes)\n"+
		"bilateral: "+path+":2: larger than -max-bytes (10 bytes)\n", errs)
	require.Equal(t, `{"doc":"short","start":3,"end":7,"text":"2001","value":"2001","precision":"year"}`+"\n", out)
}

func TestWalk(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "b.md", "c.json", ".hidden.txt", "sub/d.txt", ".git/e.txt", "z.jsonl"} {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		content := "Signed in 2001."
		if strings.HasSuffix(name, ".jsonl") {
			content = `{"id":"in-jsonl","text":"Signed in 2001."}`
		}
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	docs := func(args ...string) []string {
		code, out, errs := runCmd(t, "", append([]string{"dates"}, args...)...)
		require.Equal(t, 0, code, errs)
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var l mentionLine
			require.NoError(t, json.Unmarshal([]byte(line), &l))
			got = append(got, strings.TrimPrefix(l.Doc, dir+string(filepath.Separator)))
		}
		return got
	}
	require.Equal(t, []string{"a.txt", "b.md", filepath.Join("sub", "d.txt")}, docs(dir))
	require.Equal(t, []string{"c.json"}, docs("-glob", "*.json", dir))
	require.Equal(t, []string{"a.txt", filepath.Join("sub", "d.txt"), "in-jsonl"}, docs("-glob", "*.txt, *.jsonl", dir))
	// A file named on the command line is read whatever -glob says.
	require.Equal(t, []string{".hidden.txt"}, docs(filepath.Join(dir, ".hidden.txt")))
}

func TestICS(t *testing.T) {
	const events = "../../testdata/vietnam-russia/events.json"
	b, err := os.ReadFile(events)
	require.NoError(t, err)
	var list []json.RawMessage
	require.NoError(t, json.Unmarshal(b, &list))

	code, out, errs := runCmd(t, "", "ics", "-stamp", "2025-01-01T00:00:00Z", events)
	require.Equal(t, 0, code, errs)
	require.True(t, strings.HasPrefix(out, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), out[:40])
	require.True(t, strings.HasSuffix(out, "END:VCALENDAR\r\n"))
	require.Equal(t, len(list), strings.Count(out, "BEGIN:VEVENT\r\n"))
	require.Equal(t, len(list), strings.Count(out, "DTSTAMP:20250101T000000Z\r\n"))
	// Diplomatic relations: 1950-01-30, all day, DTEND the day after.
	require.Contains(t, out, "DTSTART;VALUE=DATE:19500130\r\nDTEND;VALUE=DATE:19500131\r\n")

	// The same from standard input; -year adds the anniversaries.
	code, out2, errs := runCmd(t, string(b), "ics", "-stamp", "2025-01-01T00:00:00Z", "-")
	require.Equal(t, 0, code, errs)
	require.Equal(t, out, out2)
	code, out3, errs := runCmd(t, string(b), "ics", "-stamp", "2025-01-01T00:00:00Z", "-year", "2025", "-")
	require.Equal(t, 0, code, errs)
	require.Greater(t, strings.Count(out3, "BEGIN:VEVENT"), len(list))
	// 75 years of diplomatic relations on 2025-01-30.
	require.Contains(t, out3, "DTSTART;VALUE=DATE:20250130\r\n")

	code, _, errs = runCmd(t, "", "ics", "no-such.json")
	require.Equal(t, 1, code)
	require.Equal(t, "bilateral: no-such.json: no such file or directory\n", errs)
	code, _, errs = runCmd(t, "[{]", "ics", "-")
	require.Equal(t, 1, code)
	require.True(t, strings.HasPrefix(errs, "bilateral: -: "), errs)
}

// TestBoundedWindow holds the first document back and checks that the
// documents after it do not pile up: at most four per worker are between
// being read and being written.
func TestBoundedWindow(t *testing.T) {
	dir, paths := corpusDir(t, 60)
	o := inputOptions{glob: "*.txt", jsonlField: "text", idField: "id", maxBytes: 1 << 20, jobs: 2, quiet: true}
	require.Empty(t, o.check())
	var started atomic.Int32
	var seenWhileHeld int32
	proc := func(out *bytes.Buffer, d *document) error {
		started.Add(1)
		if d.name == paths[0] {
			time.Sleep(300 * time.Millisecond)
			seenWhileHeld = started.Load()
		}
		fmt.Fprintln(out, d.name)
		return nil
	}
	var out, errb bytes.Buffer
	require.Equal(t, 0, process([]string{dir}, &o, nil, &out, &errb, proc))
	require.Equal(t, strings.Join(paths, "\n")+"\n", out.String())
	require.LessOrEqual(t, seenWhileHeld, int32(4*o.jobs))
	require.Greater(t, seenWhileHeld, int32(1), "the other worker went on meanwhile")
	require.Equal(t, int32(len(paths)), started.Load())
}

// TestMaxBytesAboveDefault checks that -max-bytes reaches the parser: a
// document over agreement's default limit parses when -max-bytes allows it.
func TestMaxBytesAboveDefault(t *testing.T) {
	sentence := "The two sides agreed to expand trade. "
	text := strings.Repeat(sentence, agreement.DefaultMaxBytes/len(sentence)+1)
	require.Greater(t, len(text), agreement.DefaultMaxBytes)
	code, _, errs := runCmd(t, text, "check", "-")
	require.Equal(t, 1, code)
	require.Equal(t, fmt.Sprintf("bilateral: -: larger than -max-bytes (%d bytes)\n", agreement.DefaultMaxBytes), errs)
	for _, cmd := range []string{"parse", "check"} {
		code, out, errs := runCmd(t, text, cmd, "-max-bytes", "2000000", "-")
		require.Equal(t, 0, code, errs)
		if cmd == "parse" {
			require.Equal(t, len(text)/len(sentence), strings.Count(out, "\n"))
		}
	}
}

// TestCard checks that "bilateral card" prints the bytes of the
// vietnam-russia example's reviewed goldens, in every format.
func TestCard(t *testing.T) {
	for _, format := range []string{"text", "json", "ics"} {
		code, out, errs := runCmd(t, "", "card", "-year", "2025", "-lang", "vi", "-format", format)
		require.Equal(t, 0, code, errs)
		require.Empty(t, errs)
		want, err := os.ReadFile(filepath.Join("..", "..", "examples", "vietnam-russia", "testdata", "card.vi."+format))
		require.NoError(t, err)
		require.Equal(t, string(want), out, format)
	}
	// text is the default format.
	code, out, errs := runCmd(t, "", "card", "-year", "2025", "-lang", "vi")
	require.Equal(t, 0, code, errs)
	want, err := os.ReadFile(filepath.Join("..", "..", "examples", "vietnam-russia", "testdata", "card.vi.text"))
	require.NoError(t, err)
	require.Equal(t, string(want), out)

	code, _, errs = runCmd(t, "", "card", "-source", "no-such-file.txt")
	require.Equal(t, 1, code)
	require.Contains(t, errs, "bilateral card: open no-such-file.txt: no such file or directory\n")
}

// TestLanguages: documents in Vietnamese and Russian are read in their
// language, detected or given with -lang.
func TestLanguages(t *testing.T) {
	code, out, errs := runCmd(t, "Hai bên nhất trí tăng cường hợp tác thương mại.", "parse", "-")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, `"stance":"agree"`)
	code, out, errs = runCmd(t, "Стороны договорились 30 января 1950 года.", "dates", "-lang", "ru", "-")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, `"text":"30 января 1950 года","value":"1950-01-30"`)
	code, out, errs = runCmd(t, "Товарооборот достиг 4,4 млрд долларов.", "figures", "-")
	require.Equal(t, 0, code, errs)
	require.Contains(t, out, `"value":"4400000000 USD step 100000000"`)
}
