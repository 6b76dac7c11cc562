package bilateral_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// TestSourceProvenance checks every source text against the SHA-256 written
// in testdata/sources/PROVENANCE.md, and that every text in the folder is
// listed there, so that a fixture can never drift from its source silently.
func TestSourceProvenance(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "sources", "PROVENANCE.md"))
	require.NoError(t, err)
	defer f.Close()

	want := map[string]string{} // file name → hex SHA-256
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		require.GreaterOrEqual(t, len(cells), 2, "malformed row %q", line)
		name := strings.Trim(strings.TrimSpace(cells[0]), "`")
		sum := strings.Trim(strings.TrimSpace(cells[len(cells)-1]), "`")
		require.Len(t, sum, 64, "row for %s has no SHA-256 in its last cell", name)
		want[name] = sum
	}
	require.NoError(t, sc.Err())
	require.NotEmpty(t, want, "PROVENANCE.md lists no source")

	got := map[string]string{}
	files, err := filepath.Glob(filepath.Join("testdata", "sources", "*.txt"))
	require.NoError(t, err)
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		sum := sha256.Sum256(b)
		got[filepath.Base(p)] = hex.EncodeToString(sum[:])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("source texts differ from PROVENANCE.md (-want +got):\n%s", diff)
	}
}
