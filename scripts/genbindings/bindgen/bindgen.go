// Package bindgen generates the Go bindings of the compiled Salus contracts.
//
// It reads every <Name>.abi and <Name>.bin pair that contracts/compile.js
// writes and renders each with go-ethereum's abigen code generator
// (accounts/abi/bind.Bind, the code behind `abigen --abi --bin --pkg --type`),
// one file per contract named <lower name>.go. The output depends only on the
// artifacts, so regenerating unchanged artifacts yields identical files.
package bindgen

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
)

// GeneratedHeader is the first line of every generated binding file; files
// carrying it are owned by the generator.
const GeneratedHeader = "// Code generated - DO NOT EDIT."

// ErrNoArtifacts is returned when the build directory holds no ABI file.
var ErrNoArtifacts = errors.New("no .abi artifacts found")

// File is one generated Go source file.
type File struct {
	// Name is the base file name, <lower contract name>.go.
	Name string
	// Contract is the contract type name the file binds.
	Contract string
	// Source is the gofmt-formatted Go source.
	Source []byte
}

// Generate renders the bindings of every contract in buildDir into package
// pkg. Files are returned sorted by name. Struct types that several contracts
// share (same Solidity struct, hence same Go name and fields) are declared
// once, in the first file by name.
func Generate(buildDir, pkg string) ([]File, error) {
	abiPaths, err := filepath.Glob(filepath.Join(buildDir, "*.abi"))
	if err != nil {
		return nil, fmt.Errorf("list artifacts: %w", err)
	}
	if len(abiPaths) == 0 {
		return nil, fmt.Errorf("%s: %w", buildDir, ErrNoArtifacts)
	}
	sort.Strings(abiPaths)

	files := make([]File, 0, len(abiPaths))
	names := make(map[string]string)
	for _, abiPath := range abiPaths {
		contract := strings.TrimSuffix(filepath.Base(abiPath), ".abi")
		file := strings.ToLower(contract) + ".go"
		if other, ok := names[file]; ok {
			return nil, fmt.Errorf("contracts %s and %s both map to %s", other, contract, file)
		}
		names[file] = contract

		src, err := bindContract(buildDir, contract, pkg)
		if err != nil {
			return nil, fmt.Errorf("bind %s: %w", contract, err)
		}
		files = append(files, File{Name: file, Contract: contract, Source: src})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	if err := dedupeStructs(files); err != nil {
		return nil, err
	}
	return files, nil
}

// bindContract renders one contract exactly as
// `abigen --abi <C>.abi --bin <C>.bin --pkg pkg --type C` does.
func bindContract(buildDir, contract, pkg string) ([]byte, error) {
	abiJSON, err := os.ReadFile(filepath.Join(buildDir, contract+".abi"))
	if err != nil {
		return nil, err
	}
	bin, err := os.ReadFile(filepath.Join(buildDir, contract+".bin"))
	if err != nil {
		return nil, err
	}
	if bytes.Contains(bin, []byte("__$")) {
		return nil, errors.New("bytecode needs library linking, which is not supported")
	}
	code, err := bind.Bind(
		[]string{contract}, []string{string(abiJSON)}, []string{string(bin)},
		nil, pkg, bind.LangGo, map[string]string{}, map[string]string{},
	)
	if err != nil {
		return nil, err
	}
	return []byte(code), nil
}

// dedupeStructs removes from later files the struct declarations that an
// earlier file already has, so that all files compile in one package. A
// struct declared differently under the same name is an error.
func dedupeStructs(files []File) error {
	type decl struct {
		file string
		text string
	}
	seen := make(map[string]decl)
	for i := range files {
		f := &files[i]
		fset := token.NewFileSet()
		parsed, err := parser.ParseFile(fset, f.Name, f.Source, parser.ParseComments)
		if err != nil {
			return fmt.Errorf("parse generated %s: %w", f.Name, err)
		}
		type cut struct{ start, end int }
		var cuts []cut
		for _, d := range parsed.Decls {
			gen, ok := d.(*ast.GenDecl)
			if !ok || gen.Tok != token.TYPE || len(gen.Specs) != 1 {
				continue
			}
			spec := gen.Specs[0].(*ast.TypeSpec)
			if _, isStruct := spec.Type.(*ast.StructType); !isStruct {
				continue
			}
			start := fset.Position(gen.Pos()).Offset
			if gen.Doc != nil {
				start = fset.Position(gen.Doc.Pos()).Offset
			}
			end := fset.Position(gen.End()).Offset
			text := string(f.Source[start:end])
			prev, ok := seen[spec.Name.Name]
			if !ok {
				seen[spec.Name.Name] = decl{file: f.Name, text: text}
				continue
			}
			if prev.text != text {
				return fmt.Errorf("struct %s is declared differently in %s and %s", spec.Name.Name, prev.file, f.Name)
			}
			cuts = append(cuts, cut{start, end})
		}
		if len(cuts) == 0 {
			continue
		}
		var out bytes.Buffer
		last := 0
		for _, c := range cuts {
			out.Write(f.Source[last:c.start])
			last = c.end
		}
		out.Write(f.Source[last:])
		src, err := format.Source(out.Bytes())
		if err != nil {
			return fmt.Errorf("format %s: %w", f.Name, err)
		}
		f.Source = src
	}
	return nil
}

// IsGenerated reports whether src is a file this generator owns.
func IsGenerated(src []byte) bool {
	return bytes.HasPrefix(src, []byte(GeneratedHeader+"\n"))
}
