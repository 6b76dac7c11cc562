package pipeline_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/beam/pipeline"
	"github.com/bilateral-go/bilateral/internal/corpus"
	"github.com/stretchr/testify/require"
)

// TestMain runs the pipelines of the tests on ptest's default runner,
// prism in process: the direct runner is deprecated in Beam 2.77.
func TestMain(m *testing.M) {
	ptest.Main(m)
}

// run builds the pipeline with o and runs it, and returns the lines of each
// output file by name.
func run(t *testing.T, o pipeline.Options) map[string][]string {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	require.NoError(t, pipeline.Build(s, o))
	require.NoError(t, ptest.Run(p))
	out := map[string][]string{}
	for _, name := range []string{pipeline.ClausesFile, pipeline.StancesFile, pipeline.FiguresFile, pipeline.DeadLetterFile} {
		b, err := os.ReadFile(filepath.Join(o.Output, name))
		require.NoError(t, err, name)
		var lines []string
		if len(b) > 0 {
			require.True(t, strings.HasSuffix(string(b), "\n"), name)
			lines = strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
		}
		slices.Sort(lines)
		out[name] = lines
	}
	return out
}

// bilateral runs the bilateral command of the parent module with args and
// returns its standard output, which is complete whatever the exit status
// (1 when a document was bad).
func bilateral(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", append([]string{"run", "github.com/bilateral-go/bilateral/cmd/bilateral"}, args...)...)
	out, err := cmd.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 1 {
		require.NoError(t, err)
	}
	return string(out)
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	slices.Sort(lines)
	return lines
}

// TestRepositoryTexts runs the pipeline over the repository's source texts
// and communiqués and a file that is not UTF-8, and checks its clause lines
// against those of the bilateral command and of corpus directly, its counts
// against the command's clauses and figures, and its dead letter.
func TestRepositoryTexts(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	// "Joint Statement" then a lone continuation byte at offset 16.
	require.NoError(t, os.WriteFile(bad, []byte("Joint Statement\n\x80 The sides agreed.\n"), 0o644))
	globs := []string{"../../testdata/sources/*.txt", "../../testdata/communiques/*.txt", filepath.Join(dir, "*.txt")}
	var good []string
	for _, g := range globs[:2] {
		m, err := filepath.Glob(g)
		require.NoError(t, err)
		good = append(good, m...)
	}
	require.GreaterOrEqual(t, len(good), 7)

	out := run(t, pipeline.Options{Inputs: globs, Output: filepath.Join(dir, "out")})

	// The command's lines for the same files, named as the globs name them.
	cmdClauses := bilateral(t, append([]string{"parse", "-j", "2", bad}, good...)...)
	require.Equal(t, sortedLines(cmdClauses), out[pipeline.ClausesFile])

	// corpus directly, the function both use.
	var want strings.Builder
	for _, path := range good {
		b, err := os.ReadFile(path)
		require.NoError(t, err)
		c, err := agreement.ParseCommuniqueString(string(b), corpus.ParseOptions(agreement.DefaultMaxBytes))
		require.NoError(t, err)
		require.NoError(t, corpus.WriteClauses(&want, path, c))
	}
	require.Equal(t, sortedLines(want.String()), out[pipeline.ClausesFile])

	require.Equal(t, []string{`{"doc":"` + bad + `","reason":"invalid UTF-8 at byte 16"}`}, out[pipeline.DeadLetterFile])

	// Clause counts: per stance, those of the command's lines; the
	// Kazakhstan–Korea communiqué of 12 June 2026 has 9 clauses, the only
	// one of that pair.
	byStance := map[string]int{}
	for _, line := range sortedLines(cmdClauses) {
		var l struct{ Stance string }
		require.NoError(t, json.Unmarshal([]byte(line), &l))
		byStance[l.Stance]++
	}
	gotStance := map[string]int{}
	kzkr := 0
	for _, line := range out[pipeline.StancesFile] {
		var c corpus.StanceCount
		require.NoError(t, json.Unmarshal([]byte(line), &c))
		gotStance[c.Stance] += c.Clauses
		if c.Parties == "KR-KZ" {
			require.Equal(t, 2026, c.Year)
			kzkr += c.Clauses
		}
	}
	require.Equal(t, byStance, gotStance)
	require.Equal(t, 9, kzkr)

	// Figure counts: as many as the command's figures finds.
	cmdFigures := sortedLines(bilateral(t, append([]string{"figures", "-j", "2"}, good...)...))
	total := 0
	for _, line := range out[pipeline.FiguresFile] {
		var c corpus.FigureCount
		require.NoError(t, json.Unmarshal([]byte(line), &c))
		require.NotEmpty(t, c.Unit)
		total += c.Figures
	}
	require.Equal(t, len(cmdFigures), total)
}

// TestJSONL reads documents from JSONL with other field names: ids from
// -id-field, PATH:LINE without one, and a bad line as a dead letter.
func TestJSONL(t *testing.T) {
	dir := t.TempDir()
	text := "Joint Statement between the Republic of Kazakhstan and the Republic of Korea\n\nAstana, 12 June 2026\n\n" +
		"The two sides agreed to increase trade to 10 billion USD.\n"
	b1, _ := json.Marshal(map[string]string{"url": "u1", "body": text})
	b2, _ := json.Marshal(map[string]string{"body": text})
	path := filepath.Join(dir, "docs.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(string(b1)+"\n\n"+string(b2)+"\n{\"url\":\"u4\"}\n"), 0o644))

	out := run(t, pipeline.Options{Inputs: []string{path}, Output: filepath.Join(dir, "out") + "/",
		JSONLField: "body", IDField: "url"})
	require.Len(t, out[pipeline.ClausesFile], 2)
	require.Contains(t, out[pipeline.ClausesFile][0], `"doc":"`+path+`:3"`)
	require.Contains(t, out[pipeline.ClausesFile][1], `"doc":"u1"`)
	require.Equal(t, []string{`{"doc":"` + path + `:4","reason":"no field \"body\""}`}, out[pipeline.DeadLetterFile])
	require.Equal(t, []string{`{"parties":"KR-KZ","stance":"agree","year":2026,"clauses":2}`}, out[pipeline.StancesFile])
	require.Equal(t, []string{`{"unit":"USD","year":2026,"figures":2}`}, out[pipeline.FiguresFile])
}

func TestBuildErrors(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	require.EqualError(t, pipeline.Build(s, pipeline.Options{Output: "x"}), "pipeline: no input")
	require.EqualError(t, pipeline.Build(s, pipeline.Options{Inputs: []string{"x"}}), "pipeline: no output")
}
