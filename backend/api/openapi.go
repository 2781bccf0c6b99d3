package api

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"

	"github.com/gin-gonic/gin"
	"go.yaml.in/yaml/v3"
)

// The OpenAPI document is written by hand in openapi.yaml, next to the code it
// describes; tests check that it and the route table agree and validate every
// request and response of the handler tests against it.
//
//go:embed openapi.yaml
var openapiYAML []byte

// The browsable documentation, built by docs/build.mjs from the pinned
// swagger-ui-dist package (see docs/package-lock.json).
//
//go:embed docs/dist
var docsDist embed.FS

// OpenAPIYAML returns the API description as kept in the repository.
func OpenAPIYAML() []byte { return bytes.Clone(openapiYAML) }

// OpenAPIJSON returns the API description converted to JSON, keys in document order.
func OpenAPIJSON() ([]byte, error) { return yamlToJSON(openapiYAML) }

// asset is a file served with a strong ETag.
type asset struct {
	data        []byte
	contentType string
	etag        string
	csp         string
}

func newAsset(data []byte, contentType, csp string) asset {
	sum := sha256.Sum256(data)
	return asset{data: data, contentType: contentType, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, csp: csp}
}

// initDocs prepares the description in both forms and the documentation files.
func (s *Server) initDocs() error {
	js, err := OpenAPIJSON()
	if err != nil {
		return fmt.Errorf("convert openapi.yaml to JSON: %w", err)
	}
	s.openapiJSON = newAsset(js, "application/json; charset=utf-8", cspAPI)
	s.openapiYAML = newAsset(openapiYAML, "application/yaml; charset=utf-8", cspAPI)
	s.docs = map[string]asset{}
	dist, err := fs.Sub(docsDist, "docs/dist")
	if err != nil {
		return err
	}
	entries, err := fs.ReadDir(dist, ".")
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := fs.ReadFile(dist, e.Name())
		if err != nil {
			return err
		}
		s.docs[e.Name()] = newAsset(data, docsContentType(e.Name()), cspDocs)
	}
	if _, ok := s.docs["index.html"]; !ok {
		return errors.New("docs/dist has no index.html: run npm run build in backend/api/docs")
	}
	return nil
}

// docsContentType returns the media type of a documentation file by its name.
func docsContentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js", ".mjs":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".json":
		return "application/json; charset=utf-8"
	case ".png":
		return "image/png"
	case ".jpg", ".jpeg":
		return "image/jpeg"
	case ".svg":
		return "image/svg+xml"
	}
	return "text/plain; charset=utf-8" // LICENSE, NOTICE, *.txt
}

// serveAsset writes a, or 304 when the client has it already. Assets are
// revalidated on every use (no-cache) rather than not stored.
func serveAsset(c *gin.Context, a asset) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", a.csp)
	h.Set("Cache-Control", "no-cache")
	h.Set("ETag", a.etag)
	if inm := c.GetHeader("If-None-Match"); inm != "" && etagMatches(inm, a.etag) {
		c.Status(http.StatusNotModified)
		c.Writer.WriteHeaderNow()
		return
	}
	c.Data(http.StatusOK, a.contentType, a.data)
}

// etagMatches implements the weak comparison of If-None-Match (RFC 9110 13.1.2).
func etagMatches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == "*" || t == etag {
			return true
		}
	}
	return false
}

func (s *Server) getOpenAPIJSON(c *gin.Context) (any, error) {
	serveAsset(c, s.openapiJSON)
	return nil, nil
}

func (s *Server) getOpenAPIYAML(c *gin.Context) (any, error) {
	serveAsset(c, s.openapiYAML)
	return nil, nil
}

func (s *Server) getDocs(c *gin.Context) (any, error) {
	serveAsset(c, s.docs["index.html"])
	return nil, nil
}

func (s *Server) getDocsAsset(c *gin.Context) (any, error) {
	a, ok := s.docs[c.Param("file")]
	if !ok {
		return nil, newError(http.StatusNotFound, CodeNotFound, "the documentation has no such file; start at /docs")
	}
	serveAsset(c, a)
	return nil, nil
}

// yamlToJSON converts a YAML document to JSON, keeping the order of mapping keys.
func yamlToJSON(src []byte) ([]byte, error) {
	dec := yaml.NewDecoder(bytes.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var more yaml.Node
	if err := dec.Decode(&more); !errors.Is(err, io.EOF) {
		return nil, errors.New("yaml: want exactly one document")
	}
	var buf bytes.Buffer
	if err := writeJSONNode(&buf, &doc, 0); err != nil {
		return nil, err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, buf.Bytes(), "", "  "); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// maxYAMLDepth bounds nesting, which also stops alias cycles.
const maxYAMLDepth = 100

func writeJSONNode(buf *bytes.Buffer, n *yaml.Node, depth int) error {
	if depth > maxYAMLDepth {
		return errors.New("yaml: nested too deeply")
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) != 1 {
			return errors.New("yaml: want exactly one document")
		}
		return writeJSONNode(buf, n.Content[0], depth+1)
	case yaml.AliasNode:
		return writeJSONNode(buf, n.Alias, depth+1)
	case yaml.MappingNode:
		buf.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || k.Tag == "!!merge" {
				return fmt.Errorf("yaml line %d: only scalar keys are supported", k.Line)
			}
			if i > 0 {
				buf.WriteByte(',')
			}
			key, _ := json.Marshal(k.Value)
			buf.Write(key)
			buf.WriteByte(':')
			if err := writeJSONNode(buf, v, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte('}')
		return nil
	case yaml.SequenceNode:
		buf.WriteByte('[')
		for i, v := range n.Content {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := writeJSONNode(buf, v, depth+1); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
		return nil
	case yaml.ScalarNode:
		var v any
		if err := n.Decode(&v); err != nil {
			return fmt.Errorf("yaml line %d: %w", n.Line, err)
		}
		data, err := json.Marshal(v)
		if err != nil {
			return fmt.Errorf("yaml line %d: %w", n.Line, err)
		}
		buf.Write(data)
		return nil
	}
	return fmt.Errorf("yaml line %d: unsupported node kind %d", n.Line, n.Kind)
}
