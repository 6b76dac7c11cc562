package bilateral_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bilateral-go/bilateral/agreement"
	"github.com/bilateral-go/bilateral/timeline"
	"github.com/bilateral-go/bilateral/trade"
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

// decls indexes a package's exported funcs, methods ("T.M") and types.
func decls(files []*ast.File) (funcs map[string]bool, types map[string]*ast.TypeSpec) {
	funcs, types = map[string]bool{}, map[string]*ast.TypeSpec{}
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				name := d.Name.Name
				if d.Recv != nil {
					rt := d.Recv.List[0].Type
					if st, ok := rt.(*ast.StarExpr); ok {
						rt = st.X
					}
					if id, ok := rt.(*ast.Ident); ok {
						name = id.Name + "." + name
					}
				}
				funcs[name] = true
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						types[ts.Name.Name] = ts
					}
				}
			}
		}
	}
	return funcs, types
}

// TestEnumAccessors: every enum has ParseX, MustParseX and the text
// methods, so that each reads back what it writes.
func TestEnumAccessors(t *testing.T) {
	for _, pkg := range apiPackages {
		files := pkgDecls(t, pkg)
		funcs, _ := decls(files)
		for typ := range enumTypes(files) {
			for _, f := range []string{"Parse" + typ, "MustParse" + typ, typ + ".String", typ + ".MarshalText", typ + ".UnmarshalText"} {
				if !funcs[f] {
					t.Errorf("%s: enum %s has no %s", pkg, typ, f)
				}
			}
		}
	}
}

// TestErrorsUnwrap: an error type that holds another error unwraps to it.
func TestErrorsUnwrap(t *testing.T) {
	for _, pkg := range apiPackages {
		funcs, types := decls(pkgDecls(t, pkg))
		for name, ts := range types {
			st, ok := ts.Type.(*ast.StructType)
			if !ok || !funcs[name+".Error"] {
				continue
			}
			for _, fld := range st.Fields.List {
				if id, ok := fld.Type.(*ast.Ident); ok && id.Name == "error" && !funcs[name+".Unwrap"] {
					t.Errorf("%s.%s holds an error but has no Unwrap", pkg, name)
				}
			}
		}
	}
}

// TestNoExportedMutableCollections: no exported package-level variable is
// a slice or a map, which any caller could change for every other; tables
// are functions returning copies, or arrays.
func TestNoExportedMutableCollections(t *testing.T) {
	for _, pkg := range apiPackages {
		for _, f := range pkgDecls(t, pkg) {
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					typ := vs.Type
					if typ == nil && len(vs.Values) > 0 {
						if cl, ok := vs.Values[0].(*ast.CompositeLit); ok {
							typ = cl.Type
						}
					}
					mutable := false
					switch tt := typ.(type) {
					case *ast.MapType:
						mutable = true
					case *ast.ArrayType:
						mutable = tt.Len == nil
					}
					for _, n := range vs.Names {
						if n.IsExported() && mutable {
							t.Errorf("%s.%s is an exported slice or map", pkg, n.Name)
						}
					}
				}
			}
		}
	}
}

// TestMustParsePanicsWithInput: each MustParseX panics with a message that
// quotes its input.
func TestMustParsePanicsWithInput(t *testing.T) {
	const bad = "no such value!"
	for name, f := range map[string]func(string){
		"timeline.MustParseDate":            func(s string) { timeline.MustParseDate(s) },
		"timeline.MustParseSpan":            func(s string) { timeline.MustParseSpan(s) },
		"timeline.MustParseKind":            func(s string) { timeline.MustParseKind(s) },
		"timeline.MustParseLeapPolicy":      func(s string) { timeline.MustParseLeapPolicy(s) },
		"timeline.MustParsePrecision":       func(s string) { timeline.MustParsePrecision(s) },
		"trade.MustParseFigure":             func(s string) { trade.MustParseFigure(s) },
		"trade.MustParseRate":               func(s string) { trade.MustParseRate(s) },
		"trade.MustParsePeriod":             func(s string) { trade.MustParsePeriod(s) },
		"trade.MustParseFlow":               func(s string) { trade.MustParseFlow(s) },
		"trade.MustParseSeverity":           func(s string) { trade.MustParseSeverity(s) },
		"trade.MustParseMentionKind":        func(s string) { trade.MustParseMentionKind(s) },
		"trade.MustParseQualifier":          func(s string) { trade.MustParseQualifier(s) },
		"agreement.MustParseParty":          func(s string) { agreement.MustParseParty(s) },
		"agreement.MustParseCommuniqueKind": func(s string) { agreement.MustParseCommuniqueKind(s) },
		"agreement.MustParseInstrumentKind": func(s string) { agreement.MustParseInstrumentKind(s) },
		"agreement.MustParseMentionKind":    func(s string) { agreement.MustParseMentionKind(s) },
		"agreement.MustParseMilestoneKind":  func(s string) { agreement.MustParseMilestoneKind(s) },
		"agreement.MustParsePartyKind":      func(s string) { agreement.MustParsePartyKind(s) },
		"agreement.MustParseStance":         func(s string) { agreement.MustParseStance(s) },
		"agreement.MustParseTopic":          func(s string) { agreement.MustParseTopic(s) },
	} {
		msg := func() (msg string) {
			defer func() { msg = fmt.Sprint(recover()) }()
			f(bad)
			return ""
		}()
		if !strings.Contains(msg, fmt.Sprintf("%q", bad)) {
			t.Errorf("%s(%q) panics with %q, which does not quote the input", name, bad, msg)
		}
	}
}
