package bilateral_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// apiPackages are the public packages whose API shape is pinned here.
var apiPackages = []string{"timeline", "trade", "agreement"}

// pkgDecls parses the non-test Go files of dir.
func pkgDecls(t *testing.T, dir string) []*ast.File {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range ents {
		n := e.Name()
		if !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, n), nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func deprecated(docs ...*ast.CommentGroup) bool {
	for _, d := range docs {
		if d != nil && strings.Contains(d.Text(), "Deprecated:") {
			return true
		}
	}
	return false
}

// enumTypes returns the exported types declared as uint8: the enums.
func enumTypes(files []*ast.File) map[string]bool {
	enums := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				if id, ok := ts.Type.(*ast.Ident); ok && id.Name == "uint8" && ts.Name.IsExported() {
					enums[ts.Name.Name] = true
				}
			}
		}
	}
	return enums
}

// enumConsts returns the exported constants of each enum type, following
// the implicit repetition of a const block.
func enumConsts(files []*ast.File, enums map[string]bool, withDeprecated bool) map[string][]string {
	out := map[string][]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			typ := ""
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				switch {
				case vs.Type != nil:
					typ = ""
					if id, ok := vs.Type.(*ast.Ident); ok {
						typ = id.Name
					}
				case len(vs.Values) > 0:
					typ = ""
				}
				if !enums[typ] || (!withDeprecated && deprecated(g.Doc, vs.Doc, vs.Comment)) {
					continue
				}
				for _, n := range vs.Names {
					if n.IsExported() {
						out[typ] = append(out[typ], n.Name)
					}
				}
			}
		}
	}
	return out
}

// TestEnumNamesSayTheirType: an enum constant reads without its type, so
// its name begins with the type's name less a final "Kind"
// (trade.SeverityError, agreement.TopicTrade, agreement.PartyState,
// timeline.PrecisionDay). The one exception is Stance, whose constants are
// the verbs of a clause (agreement.Agree, agreement.CallOn): no other
// exported name of the package is a verb, so they cannot be misread.
func TestEnumNamesSayTheirType(t *testing.T) {
	for _, pkg := range apiPackages {
		files := pkgDecls(t, pkg)
		enums := enumTypes(files)
		for typ, names := range enumConsts(files, enums, false) {
			if pkg == "agreement" && typ == "Stance" {
				continue
			}
			prefix := strings.TrimSuffix(typ, "Kind")
			for _, n := range names {
				if !strings.HasPrefix(n, prefix) {
					t.Errorf("%s.%s (a %s) does not begin with %q", pkg, n, typ, prefix)
				}
			}
		}
	}
}

// typePair reports whether base and base+"Kind" are a type X and the type
// XKind of X's Kind, or their parsers (ParseX, ParseXKind).
func typePair(kinds map[string]string, base string) bool {
	for _, p := range []string{"", "Parse", "MustParse"} {
		x, ok := strings.CutPrefix(base, p)
		if ok && (p == "" || kinds[base] == "func" && kinds[base+"Kind"] == "func") &&
			kinds[x] == "type" && kinds[x+"Kind"] == "type" {
			return true
		}
	}
	return false
}

// TestNoNamesDifferingByKind: no two exported names differ only by a
// "Kind" suffix, except a type X and the type XKind of X's Kind (Party and
// PartyKind, as reflect.Kind is the kind of a reflect.Type) and their
// parsers.
func TestNoNamesDifferingByKind(t *testing.T) {
	for _, pkg := range apiPackages {
		files := pkgDecls(t, pkg)
		kinds := map[string]string{} // exported name → "type", "const", "var", "func"
		for _, f := range files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil && d.Name.IsExported() {
						kinds[d.Name.Name] = "func"
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							kinds[s.Name.Name] = "type"
						case *ast.ValueSpec:
							for _, n := range s.Names {
								kinds[n.Name] = d.Tok.String()
							}
						}
					}
				}
			}
		}
		var names []string
		for n := range kinds {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			base, ok := strings.CutSuffix(n, "Kind")
			if !ok || !token.IsExported(n) || kinds[base] == "" {
				continue
			}
			if typePair(kinds, base) {
				continue
			}
			t.Errorf("%s.%s (%s) and %s.%s (%s) differ only by Kind", pkg, base, kinds[base], pkg, n, kinds[n])
		}
	}
}
