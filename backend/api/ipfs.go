package api

import (
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strings"
	"unicode"

	"github.com/gin-gonic/gin"
)

func (s *Server) needStorage() (Storage, error) {
	if s.storage == nil {
		return nil, notConfigured("IPFS storage")
	}
	return s.storage, nil
}

// addPublicDocument imports an unencrypted public document into IPFS. The body
// is streamed to the node.
func (s *Server) addPublicDocument(c *gin.Context) (any, error) {
	storage, err := s.needStorage()
	if err != nil {
		return nil, err
	}
	if _, err := decodeQuery(c.Request.URL.RawQuery); err != nil {
		return nil, err
	}
	if ct := c.GetHeader("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		if err != nil {
			return nil, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
				"the Content-Type header is malformed; send the document's own media type, e.g. application/pdf, or none")
		}
		if strings.HasPrefix(mt, "multipart/") || mt == "application/x-www-form-urlencoded" {
			return nil, newError(http.StatusUnsupportedMediaType, CodeUnsupportedMediaType,
				"send the document's bytes as the request body, not as a form")
		}
	}
	limit := s.cfg.MaxPublicBytes
	up, body, err := openUpload(c, limit, "the document's bytes")
	if err != nil {
		return nil, err
	}
	cid, err := storage.AddPublic(c.Request.Context(), body)
	if err != nil {
		if up.err != nil {
			return nil, uploadError(c, up.err, limit)
		}
		return nil, fmt.Errorf("add public document: %w", err)
	}
	if cid == "" {
		return nil, errors.New("add public document: the node returned no CID")
	}
	c.Header("Location", gatewayPath(cid))
	return cidResponse{CID: cid}, nil
}

// serveGateway hands /ipfs/ requests to the trustless gateway, rewriting its
// error answers into the error model.
func (s *Server) serveGateway(c *gin.Context) (any, error) {
	if s.gateway == nil {
		return nil, notConfigured("IPFS storage")
	}
	w := &gatewayWriter{ResponseWriter: c.Writer}
	s.gateway.ServeHTTP(w, c.Request)
	if w.errStatus == 0 {
		if !c.Writer.Written() {
			c.Writer.WriteHeaderNow()
		}
		return nil, nil
	}
	h := c.Writer.Header()
	for _, k := range []string{"Content-Length", "Content-Encoding", "Content-Disposition", "ETag", "Last-Modified", "X-Ipfs-Path", "X-Ipfs-Roots"} {
		h.Del(k)
	}
	h.Set("Cache-Control", "no-store")
	return nil, s.gatewayError(c, w.errStatus, w.errText())
}

// gatewayError maps an error status of the gateway, with its plain-text
// message, to the error model. Client errors show the message (it is about
// the path the client sent); server errors log it.
func (s *Server) gatewayError(c *gin.Context, status int, text string) error {
	var e *Error
	switch {
	case status == http.StatusNotFound || status == http.StatusGone:
		e = newError(http.StatusNotFound, CodeNotFound, "the IPFS node has no such content")
	case status == http.StatusNotAcceptable:
		e = newError(http.StatusNotAcceptable, CodeNotAcceptable,
			"this is a trustless gateway: ask for application/vnd.ipld.raw (one block) or application/vnd.ipld.car (a CAR) with Accept or ?format=raw|car")
	case status == http.StatusPreconditionFailed:
		e = newError(http.StatusPreconditionFailed, CodePreconditionFailed, "a precondition of the request does not hold")
	case status == http.StatusTooManyRequests:
		if c.Writer.Header().Get("Retry-After") == "" {
			c.Header("Retry-After", "1")
		}
		e = newError(http.StatusTooManyRequests, CodeRateLimited, "the IPFS node is busy; retry after Retry-After seconds")
		e.Details = map[string]any{"scope": "gateway"}
	case status < http.StatusInternalServerError:
		e = newError(http.StatusBadRequest, CodeInvalidCID, "the /ipfs/ path is not valid: it must be /ipfs/<CID> or /ipfs/<CID>/<path>")
	case status == http.StatusGatewayTimeout:
		e = newError(http.StatusGatewayTimeout, CodeTimeout, "the content could not be retrieved in time; try again later")
	case status == http.StatusBadGateway || status == http.StatusServiceUnavailable:
		e = newError(http.StatusServiceUnavailable, CodeUnavailable, "the content cannot be retrieved right now; try again later")
	default:
		ie := errInternal
		e = &ie
	}
	if status < http.StatusInternalServerError && text != "" {
		e.Details = mergeDetails(e.Details, "reason", text)
	}
	if status >= http.StatusInternalServerError || status == http.StatusTooManyRequests {
		s.log.LogAttrs(c.Request.Context(), slog.LevelWarn, "gateway error",
			slog.String("request_id", requestIDOf(c)), slog.Int("status", status), slog.String("error", text))
	}
	return e
}

func mergeDetails(d map[string]any, k string, v any) map[string]any {
	if d == nil {
		d = map[string]any{}
	}
	d[k] = v
	return d
}

// gatewayWriter passes the gateway's successful responses through and holds
// back its error responses (status 400 and above) for serveGateway to rewrite.
type gatewayWriter struct {
	http.ResponseWriter
	errStatus int
	errBody   []byte
}

// maxGatewayErrorText bounds the part of a gateway error message kept.
const maxGatewayErrorText = 300

func (w *gatewayWriter) WriteHeader(status int) {
	if w.errStatus != 0 {
		return
	}
	if status >= http.StatusBadRequest {
		w.errStatus = status
		return
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *gatewayWriter) Write(p []byte) (int, error) {
	if w.errStatus != 0 {
		if room := maxGatewayErrorText - len(w.errBody); room > 0 {
			w.errBody = append(w.errBody, p[:min(room, len(p))]...)
		}
		return len(p), nil
	}
	return w.ResponseWriter.Write(p)
}

// Flush lets CAR responses stream.
func (w *gatewayWriter) Flush() {
	if w.errStatus != 0 {
		return
	}
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Unwrap lets http.ResponseController reach the connection.
func (w *gatewayWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// errText is the first line of the held-back error message, printable only.
func (w *gatewayWriter) errText() string {
	line, _, _ := strings.Cut(string(w.errBody), "\n")
	line = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, strings.ToValidUTF8(line, ""))
	line = strings.TrimSpace(line)
	if r := []rune(line); len(r) > 200 {
		line = string(r[:200]) + "…"
	}
	return line
}
