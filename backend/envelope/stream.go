package envelope

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Stream format constants; see the package documentation.
const (
	magic      = "SALUSENC"
	version1   = 1
	saltSize   = 16
	headerSize = 8 + 1 + 1 + saltSize // magic | version | log2 chunk size | salt

	tagSize         = 16
	nonceSize       = 12
	noncePrefixSize = 7

	minChunkLog2     = 12 // 4 KiB
	maxChunkLog2     = 22 // 4 MiB
	defaultChunkLog2 = 16 // 64 KiB

	// maxChunks bounds a stream by its 32-bit chunk counter.
	maxChunks = 1 << 32

	payloadInfo = "salus envelope v1 payload"
)

var (
	errTooLarge = errors.New("envelope: plaintext exceeds the maximum stream length")
	errClosed   = errors.New("envelope: write to closed writer")
)

// CiphertextSize returns the exact size of the stream NewWriter produces for
// plaintextSize bytes of plaintext: the header, the plaintext and one tag per
// chunk (at least one chunk). It returns -1 for a negative size or one beyond
// the maximum stream length (2^32 chunks of 64 KiB).
func CiphertextSize(plaintextSize int64) int64 {
	return ciphertextSize(plaintextSize, defaultChunkLog2)
}

func ciphertextSize(n int64, chunkLog2 uint8) int64 {
	if n < 0 {
		return -1
	}
	chunks := n >> chunkLog2
	if n&(1<<chunkLog2-1) != 0 {
		chunks++
	}
	if chunks == 0 {
		chunks = 1
	}
	if chunks > maxChunks {
		return -1
	}
	return int64(headerSize) + n + chunks*tagSize
}

// stream is the state shared by writer and reader: the chunk AEAD, the
// additional data of every chunk and the nonce of the next one.
type stream struct {
	aead    cipher.AEAD
	ad      []byte // header ‖ caller's associated data
	nonce   [nonceSize]byte
	counter uint64 // index of the next chunk
}

// init derives the payload key and nonce prefix from key and header and
// fixes the chunks' additional data.
func (s *stream) init(key []byte, header *[headerSize]byte, associatedData []byte) error {
	if err := checkDataKey(key); err != nil {
		return err
	}
	okm, err := hkdf.Key(sha256.New, key, header[headerSize-saltSize:], payloadInfo, KeySize+noncePrefixSize)
	if err != nil {
		return fmt.Errorf("envelope: derive payload key: %w", err)
	}
	defer clear(okm)
	block, err := aes.NewCipher(okm[:KeySize])
	if err != nil {
		return fmt.Errorf("envelope: payload cipher: %w", err)
	}
	s.aead, err = cipher.NewGCM(block)
	if err != nil {
		return fmt.Errorf("envelope: payload cipher: %w", err)
	}
	copy(s.nonce[:noncePrefixSize], okm[KeySize:])
	s.ad = make([]byte, 0, headerSize+len(associatedData))
	s.ad = append(append(s.ad, header[:]...), associatedData...)
	return nil
}

// nextNonce sets the nonce of the chunk at s.counter, marked final or not.
// It reports false when the counter is exhausted.
func (s *stream) nextNonce(final bool) bool {
	if s.counter >= maxChunks {
		return false
	}
	binary.BigEndian.PutUint32(s.nonce[noncePrefixSize:], uint32(s.counter))
	s.nonce[nonceSize-1] = 0
	if final {
		s.nonce[nonceSize-1] = 1
	}
	return true
}

// writer encrypts a stream. It buffers at most one chunk of plaintext: a
// full chunk is sealed once more data shows it is not the final one.
type writer struct {
	stream
	dst       io.Writer
	chunkSize int
	buf       []byte // plaintext in buf[:n], then the sealed chunk in place
	n         int
	err       error // sticky; errClosed after Close
}

// NewWriter returns a writer that encrypts what is written to it with the
// data key (KeySize bytes) and writes the stream to dst, in 64 KiB chunks.
// associatedData is authenticated with every chunk but not encrypted or
// stored; keep it short, and give NewReader the same bytes.
//
// NewWriter writes the header to dst at once. Close writes the final chunk
// and must be called for the stream to be valid; it does not close dst.
// After an error from dst every later call returns that error. The writer
// holds one chunk buffer for its lifetime and is not safe for concurrent
// use.
func NewWriter(dst io.Writer, key, associatedData []byte) (io.WriteCloser, error) {
	return newWriter(dst, key, associatedData, defaultChunkLog2, rand.Reader)
}

// newWriter is NewWriter with a chosen chunk size and salt source.
func newWriter(dst io.Writer, key, associatedData []byte, chunkLog2 uint8, salt io.Reader) (*writer, error) {
	if chunkLog2 < minChunkLog2 || chunkLog2 > maxChunkLog2 {
		return nil, fmt.Errorf("envelope: chunk size 2^%d out of bounds", chunkLog2)
	}
	var header [headerSize]byte
	copy(header[:], magic)
	header[len(magic)] = version1
	header[len(magic)+1] = chunkLog2
	if _, err := io.ReadFull(salt, header[headerSize-saltSize:]); err != nil {
		return nil, fmt.Errorf("envelope: draw salt: %w", err)
	}
	w := &writer{dst: dst, chunkSize: 1 << chunkLog2}
	if err := w.init(key, &header, associatedData); err != nil {
		return nil, err
	}
	if err := writeAll(dst, header[:]); err != nil {
		return nil, fmt.Errorf("envelope: write header: %w", err)
	}
	w.buf = make([]byte, w.chunkSize+tagSize)
	return w, nil
}

// Write encrypts p. It returns an error only if writing to dst failed or
// the stream would exceed 2^32 chunks.
func (w *writer) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	written := 0
	for len(p) > 0 {
		if w.n == w.chunkSize {
			// More data follows, so the buffered chunk is not the final one.
			if err := w.seal(w.buf[:w.n], false); err != nil {
				return written, err
			}
		}
		if w.n == 0 && len(p) > w.chunkSize {
			// A whole non-final chunk of p: seal it without copying it first.
			if err := w.seal(p[:w.chunkSize], false); err != nil {
				return written, err
			}
			p = p[w.chunkSize:]
			written += w.chunkSize
			continue
		}
		k := copy(w.buf[w.n:w.chunkSize], p)
		w.n += k
		p = p[k:]
		written += k
	}
	return written, nil
}

// Close encrypts the buffered plaintext as the final chunk and writes it. It
// does not close dst. Closing again returns nil; writing after Close fails.
func (w *writer) Close() error {
	if w.err != nil {
		if errors.Is(w.err, errClosed) {
			return nil
		}
		return w.err
	}
	err := w.seal(w.buf[:w.n], true)
	clear(w.buf)
	if err != nil {
		return err
	}
	w.err = errClosed
	return nil
}

// seal encrypts plaintext (w.buf[:w.n] in place, or a chunk of the caller's
// slice) into w.buf as the next chunk and writes it to dst.
func (w *writer) seal(plaintext []byte, final bool) error {
	if !w.nextNonce(final) {
		w.err = errTooLarge
		return w.err
	}
	chunk := w.aead.Seal(w.buf[:0], w.nonce[:], plaintext, w.ad)
	w.counter++
	w.n = 0
	if err := writeAll(w.dst, chunk); err != nil {
		w.err = fmt.Errorf("envelope: write chunk: %w", err)
		return w.err
	}
	return nil
}

// writeAll writes b to dst, turning a short write into an error.
func writeAll(dst io.Writer, b []byte) error {
	n, err := dst.Write(b)
	if err == nil && n < len(b) {
		err = io.ErrShortWrite
	}
	return err
}

// reader decrypts a stream one chunk at a time into a single buffer.
type reader struct {
	stream
	src      io.Reader
	buf      []byte // one sealed chunk and one byte beyond it
	peek     byte   // first byte of the next chunk, read beyond the last one
	havePeek bool
	out      []byte // authenticated plaintext not yet returned, within buf
	done     bool   // the final chunk has been authenticated
	err      error  // sticky
}

// NewReader reads the header of a stream from src and returns a reader of
// its plaintext, decrypted with the data key and checked against
// associatedData. It fails with an error wrapping ErrFormat if the header is
// malformed, unsupported or declares a chunk size out of bounds, and with
// ErrInvalidKey if key is not KeySize bytes.
//
// The reader returns only authenticated plaintext, one chunk at a time; at
// the first chunk that fails authentication, and at a stream truncated
// before its final chunk or extended after it, Read returns an error
// wrapping ErrAuth, and keeps returning it. Read returns io.EOF only after
// the final chunk has been authenticated; only then is the plaintext
// known to be complete. Errors from src are returned wrapped. The reader
// holds one chunk buffer (at most 4 MiB) and is not safe for concurrent use.
func NewReader(src io.Reader, key, associatedData []byte) (io.Reader, error) {
	var header [headerSize]byte
	if _, err := io.ReadFull(src, header[:]); err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: stream shorter than its %d-byte header", ErrFormat, headerSize)
		}
		return nil, fmt.Errorf("envelope: read header: %w", err)
	}
	if string(header[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: not an envelope stream (bad magic)", ErrFormat)
	}
	if v := header[len(magic)]; v != version1 {
		return nil, fmt.Errorf("%w: unsupported version %d", ErrFormat, v)
	}
	chunkLog2 := header[len(magic)+1]
	if chunkLog2 < minChunkLog2 || chunkLog2 > maxChunkLog2 {
		return nil, fmt.Errorf("%w: chunk size 2^%d outside 2^%d..2^%d", ErrFormat, chunkLog2, minChunkLog2, maxChunkLog2)
	}
	r := &reader{src: src}
	if err := r.init(key, &header, associatedData); err != nil {
		return nil, err
	}
	r.buf = make([]byte, 1<<chunkLog2+tagSize+1)
	return r, nil
}

// Read returns authenticated plaintext; see NewReader.
func (r *reader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for len(r.out) == 0 {
		if r.done {
			return 0, io.EOF
		}
		if r.err != nil {
			return 0, r.err
		}
		r.next()
	}
	n := copy(p, r.out)
	r.out = r.out[n:]
	return n, nil
}

// WriteTo writes the remaining plaintext to w chunk by chunk, without an
// intermediate copy, until the final chunk (nil error) or the first failure.
// io.Copy uses it.
func (r *reader) WriteTo(w io.Writer) (int64, error) {
	var total int64
	for {
		if len(r.out) > 0 {
			n, err := w.Write(r.out)
			total += int64(n)
			r.out = r.out[n:]
			if err == nil && len(r.out) > 0 {
				err = io.ErrShortWrite
			}
			if err != nil {
				return total, err
			}
		}
		if r.done {
			return total, nil
		}
		if r.err != nil {
			return total, r.err
		}
		r.next()
	}
}

// next reads, authenticates and decrypts the next chunk into r.out, or sets
// r.err. A chunk is final exactly when the stream ends with it, so next
// reads one byte beyond a full chunk to tell.
func (r *reader) next() {
	start := 0
	if r.havePeek {
		r.buf[0] = r.peek
		start = 1
	}
	n, err := io.ReadFull(r.src, r.buf[start:])
	n += start
	final := false
	switch {
	case err == nil:
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		final = true
	default:
		r.err = fmt.Errorf("envelope: read chunk %d: %w", r.counter, err)
		return
	}
	encChunk := len(r.buf) - 1
	chunk := r.buf[:min(n, encChunk)]
	if final && n < tagSize {
		r.err = fmt.Errorf("%w: stream truncated in or before chunk %d", ErrAuth, r.counter)
		return
	}
	if !r.nextNonce(final) {
		r.err = fmt.Errorf("%w: stream longer than %d chunks", ErrFormat, uint64(maxChunks))
		return
	}
	plaintext, err := r.aead.Open(chunk[:0], r.nonce[:], chunk, r.ad)
	if err != nil {
		r.err = fmt.Errorf("%w: chunk %d", ErrAuth, r.counter)
		return
	}
	if final && len(plaintext) == 0 && r.counter > 0 {
		// Only a key holder can make this, but NewWriter never does: an
		// empty final chunk is allowed only as the sole chunk.
		r.err = fmt.Errorf("%w: empty final chunk after chunk %d", ErrFormat, r.counter-1)
		return
	}
	if final {
		r.done = true
		r.havePeek = false
	} else {
		r.peek = r.buf[encChunk]
		r.havePeek = true
	}
	r.counter++
	r.out = plaintext
}
