package schemagen

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/doc"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// source is what the package's Go files say about its types.
type source struct {
	typeDocs  map[string]string    // type name → doc
	fieldDocs map[[2]string]string // {type name, field name} → doc
	enums     map[string][]enumValue
}

type enumValue struct {
	name, value, doc string
	pos              token.Pos
}

// parseSource reads the package at pkgPath from dir: its files whose
// package clause names the last element of pkgPath (so an external test
// package reads only its _test.go files, and a package never reads them).
func parseSource(pkgPath, dir string) (*source, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("schemagen: reading the source of %s: %w", pkgPath, err)
	}
	pkgName := path.Base(pkgPath)
	testPkg := strings.HasSuffix(pkgName, "_test")
	fset := token.NewFileSet()
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") != testPkg {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments)
		if err != nil {
			return nil, fmt.Errorf("schemagen: %w", err)
		}
		if f.Name.Name == pkgName {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("schemagen: no Go files of package %s in %s", pkgName, dir)
	}

	// The doc package's parser resolves [Name] links to this package.
	dp, err := doc.NewFromFiles(fset, files, pkgPath, doc.AllDecls|doc.PreserveAST)
	if err != nil {
		return nil, fmt.Errorf("schemagen: %w", err)
	}
	text := func(raw string) string {
		p := dp.Printer()
		p.TextWidth = -1 // one line per paragraph: editors wrap
		return strings.TrimSpace(string(p.Text(dp.Parser().Parse(raw))))
	}
	src := &source{typeDocs: map[string]string{}, fieldDocs: map[[2]string]string{}, enums: map[string][]enumValue{}}
	constDocs := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok {
				continue
			}
			for _, spec := range gd.Specs {
				switch spec := spec.(type) {
				case *ast.TypeSpec:
					src.typeDocs[spec.Name.Name] = text(specDoc(gd, spec.Doc).Text())
					if st, ok := spec.Type.(*ast.StructType); ok {
						src.structDocs(spec.Name.Name, st, text)
					}
				case *ast.ValueSpec:
					for _, n := range spec.Names {
						constDocs[n.Name] = text(specDoc(gd, spec.Doc).Text())
					}
				}
			}
		}
	}

	// Type-check for the constants' values; imports are not loaded, and
	// the errors that causes elsewhere do not matter here.
	conf := types.Config{Importer: noImports{}, Error: func(error) {}}
	pkg, _ := conf.Check(pkgPath, fset, files, nil)
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		named, ok := c.Type().(*types.Named)
		if !ok || named.Obj().Pkg() != pkg || c.Val().Kind() != constant.String {
			continue
		}
		t := named.Obj().Name()
		src.enums[t] = append(src.enums[t], enumValue{name: name, value: constant.StringVal(c.Val()), doc: constDocs[name], pos: c.Pos()})
	}
	for _, vs := range src.enums {
		slices.SortFunc(vs, func(a, b enumValue) int { return cmp.Compare(a.pos, b.pos) })
	}
	return src, nil
}

// structDocs records the doc of each field of struct typ. A field without
// one shares its predecessor's when that names it, as in "MinPort and
// MaxPort bound the range".
func (s *source) structDocs(typ string, st *ast.StructType, text func(string) string) {
	prev := ""
	for _, f := range st.Fields.List {
		doc := text(f.Doc.Text())
		if doc == "" {
			doc = text(f.Comment.Text())
		}
		for _, n := range f.Names {
			d := doc
			if d == "" && slices.Contains(strings.FieldsFunc(prev, notIdent), n.Name) {
				d = prev
			}
			s.fieldDocs[[2]string{typ, n.Name}] = d
		}
		prev = doc
	}
}

// specDoc is a spec's doc: its own in a group, else its declaration's.
func specDoc(gd *ast.GenDecl, doc *ast.CommentGroup) *ast.CommentGroup {
	if doc == nil && !gd.Lparen.IsValid() {
		return gd.Doc
	}
	return doc
}

func notIdent(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' }

type noImports struct{}

func (noImports) Import(path string) (*types.Package, error) {
	return nil, fmt.Errorf("%s: imports are not loaded", path)
}
