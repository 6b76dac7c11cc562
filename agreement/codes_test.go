package agreement_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestFindingCodesReported: every exported finding code is set in a
// Finding somewhere in the package, so that no code is documented that
// Check never reports.
func TestFindingCodesReported(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
	require.NoError(t, err)
	declared := map[string]bool{}
	used := map[string]bool{}
	for _, f := range pkgs["agreement"].Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i >= len(n.Values) {
						break
					}
					if lit, ok := n.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING && strings.HasPrefix(id.Name, "Code") && id.IsExported() {
						declared[id.Name] = true
					}
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "Code" {
					if v, ok := n.Value.(*ast.Ident); ok {
						used[v.Name] = true
					}
				}
			}
			return true
		})
	}
	require.NotEmpty(t, declared)
	for c := range declared {
		require.True(t, used[c], "%s is declared but never reported", c)
	}
}
