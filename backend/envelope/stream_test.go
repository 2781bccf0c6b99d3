package envelope

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	mathrand "math/rand/v2"
	"runtime"
	"testing"
	"testing/iotest"
)

// smallLog2 is the chunk size most tests use (4 KiB) so that streams of
// many chunks stay small; the default size is tested separately.
const smallLog2 = minChunkLog2

var testAD = []byte("patient=0x1111|category=imaging|version=3")

func testKey(t testing.TB) []byte {
	t.Helper()
	key, err := NewDataKey()
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func testPlaintext(n int) []byte {
	b := make([]byte, n)
	r := mathrand.NewChaCha8([32]byte{'s', 'a', 'l', 'u', 's'})
	_, _ = r.Read(b)
	return b
}

// encrypt encrypts pt with chunk size 2^log2, handing it to the writer in
// writes of at most step bytes (all at once if step is 0).
func encrypt(t testing.TB, key, ad, pt []byte, log2 uint8, step int) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := newWriter(&buf, key, ad, log2, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	if step == 0 {
		step = max(len(pt), 1)
	}
	for rest := pt; len(rest) > 0; {
		k := min(step, len(rest))
		n, err := w.Write(rest[:k])
		if err != nil || n != k {
			t.Fatalf("Write(%d bytes) = %d, %v", k, n, err)
		}
		rest = rest[k:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// decrypt reads the whole plaintext of ct, returning what was released
// before any error.
func decrypt(key, ad, ct []byte) ([]byte, error) {
	r, err := NewReader(bytes.NewReader(ct), key, ad)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func TestRoundTrip(t *testing.T) {
	const cs = 1 << smallLog2
	rng := mathrand.New(mathrand.NewPCG(1, 2))
	sizes := []int{0, 1, cs - 1, cs, cs + 1, 2 * cs, 3*cs + 7, 10 * cs}
	for range 5 {
		sizes = append(sizes, rng.IntN(20*cs))
	}
	steps := []int{0, 1, 1000, cs, cs + 1, 3*cs + 5}
	key := testKey(t)
	for _, size := range sizes {
		pt := testPlaintext(size)
		for _, step := range steps {
			if step == 1 && size > 3*cs {
				continue // one-byte writes are covered by the smaller sizes
			}
			t.Run(fmt.Sprintf("%d bytes in writes of %d", size, step), func(t *testing.T) {
				ct := encrypt(t, key, testAD, pt, smallLog2, step)
				if got, want := int64(len(ct)), ciphertextSize(int64(size), smallLog2); got != want {
					t.Errorf("ciphertext is %d bytes, want %d", got, want)
				}
				got, err := decrypt(key, testAD, ct)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, pt) {
					t.Fatalf("decrypted %d bytes differ from the %d-byte plaintext", len(got), len(pt))
				}
			})
		}
	}
}

func TestRoundTripDefaultChunkSize(t *testing.T) {
	const cs = 1 << defaultChunkLog2
	key := testKey(t)
	for _, size := range []int{0, 1, cs - 1, cs, cs + 1, 3*cs + 11} {
		t.Run(fmt.Sprintf("%d bytes", size), func(t *testing.T) {
			pt := testPlaintext(size)
			var buf bytes.Buffer
			w, err := NewWriter(&buf, key, testAD)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.Write(pt); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got, want := int64(buf.Len()), CiphertextSize(int64(size)); got != want {
				t.Errorf("ciphertext is %d bytes, CiphertextSize says %d", got, want)
			}
			got, err := decrypt(key, testAD, buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, pt) {
				t.Fatal("decrypted plaintext differs")
			}
		})
	}
}

func TestReaderWithOddReads(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	sources := map[string]func(io.Reader) io.Reader{
		"one byte per read":    iotest.OneByteReader,
		"half of each read":    iotest.HalfReader,
		"data with EOF":        iotest.DataErrReader,
		"one byte and EOF":     func(r io.Reader) io.Reader { return iotest.DataErrReader(iotest.OneByteReader(r)) },
		"whole reads (no-op)":  func(r io.Reader) io.Reader { return r },
		"no WriterTo in front": func(r io.Reader) io.Reader { return struct{ io.Reader }{r} },
	}
	for _, size := range []int{0, 1, cs - 1, cs, cs + 1, 3*cs + 5} {
		pt := testPlaintext(size)
		ct := encrypt(t, key, testAD, pt, smallLog2, 0)
		for name, wrap := range sources {
			t.Run(fmt.Sprintf("%d bytes, ciphertext read %s", size, name), func(t *testing.T) {
				r, err := NewReader(wrap(bytes.NewReader(ct)), key, testAD)
				if err != nil {
					t.Fatal(err)
				}
				got, err := io.ReadAll(r)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, pt) {
					t.Fatal("decrypted plaintext differs")
				}
			})
			t.Run(fmt.Sprintf("%d bytes, ciphertext read %s, plaintext checked by iotest.TestReader", size, name), func(t *testing.T) {
				r, err := NewReader(wrap(bytes.NewReader(ct)), key, testAD)
				if err != nil {
					t.Fatal(err)
				}
				if err := iotest.TestReader(r, pt); err != nil {
					t.Fatal(err)
				}
			})
		}
		t.Run(fmt.Sprintf("%d bytes, plaintext read one byte at a time", size), func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(ct), key, testAD)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(iotest.OneByteReader(r))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, pt) {
				t.Fatal("decrypted plaintext differs")
			}
		})
	}
}

func TestHeaderLayout(t *testing.T) {
	if got := len(magic) + 1 + 1 + saltSize; got != headerSize {
		t.Fatalf("header fields add up to %d bytes, headerSize is %d", got, headerSize)
	}
}

func TestCiphertextSize(t *testing.T) {
	const cs = 1 << defaultChunkLog2
	tests := []struct {
		in, want int64
	}{
		{0, headerSize + tagSize},
		{1, headerSize + 1 + tagSize},
		{cs - 1, headerSize + cs - 1 + tagSize},
		{cs, headerSize + cs + tagSize},
		{cs + 1, headerSize + cs + 1 + 2*tagSize},
		{1 << 30, headerSize + 1<<30 + (1<<30/cs)*tagSize},
		{maxChunks * cs, headerSize + maxChunks*cs + maxChunks*tagSize},
		{maxChunks*cs + 1, -1},
		{1<<63 - 1, -1},
		{-1, -1},
	}
	for _, tt := range tests {
		if got := CiphertextSize(tt.in); got != tt.want {
			t.Errorf("CiphertextSize(%d) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

// chunkSpan returns the byte range of chunk i in a stream with chunk size
// 2^log2 whose ciphertext is total bytes long.
func chunkSpan(i int, log2 uint8, total int) (start, end int) {
	enc := 1<<log2 + tagSize
	start = headerSize + i*enc
	return start, min(start+enc, total)
}

func TestTamperedStreamsAreRejected(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	pt := testPlaintext(3*cs + cs/2) // chunks 0..2 full, chunk 3 short and final
	ct := encrypt(t, key, testAD, pt, smallLog2, 0)
	other := encrypt(t, key, testAD, pt, smallLog2, 0) // same key, plaintext and AD; other salt
	const nChunks = 4

	span := func(i int) []byte { s, e := chunkSpan(i, smallLog2, len(ct)); return ct[s:e] }
	join := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	flip := func(off int, bit byte) []byte {
		b := bytes.Clone(ct)
		b[off] ^= bit
		return b
	}

	type tc struct {
		name    string
		ct      []byte
		key, ad []byte
		want    error
		// maxOut bounds the plaintext released before the error.
		maxOut int
	}
	var tests []tc
	for off := range headerSize {
		want := ErrAuth // chunk size 2^13 (valid, so the tags fail) or salt (another payload key)
		if off <= len(magic) {
			want = ErrFormat // magic or version
		}
		tests = append(tests, tc{name: fmt.Sprintf("a bit flipped in header byte %d", off), ct: flip(off, 0x01), want: want})
	}
	for i := range nChunks {
		s, e := chunkSpan(i, smallLog2, len(ct))
		for _, off := range []int{s, (s + e) / 2, e - tagSize - 1, e - tagSize, e - 1} {
			tests = append(tests, tc{
				name: fmt.Sprintf("a bit flipped in chunk %d at offset %d", i, off-s),
				ct:   flip(off, 0x80), want: ErrAuth, maxOut: i * cs,
			})
		}
	}
	for i := range nChunks {
		s, e := chunkSpan(i, smallLog2, len(ct))
		tests = append(tests,
			tc{name: fmt.Sprintf("truncated before chunk %d", i), ct: ct[:s], want: ErrAuth, maxOut: i * cs},
			tc{name: fmt.Sprintf("truncated in the middle of chunk %d", i), ct: ct[:(s+e)/2], want: ErrAuth, maxOut: i * cs},
			tc{name: fmt.Sprintf("truncated one byte before the end of chunk %d", i), ct: ct[:e-1], want: ErrAuth, maxOut: i * cs},
		)
	}
	tests = append(tests,
		tc{name: "truncated inside the header", ct: ct[:headerSize-1], want: ErrFormat},
		tc{name: "empty", ct: nil, want: ErrFormat},
		tc{name: "chunks 0 and 1 swapped", ct: join(ct[:headerSize], span(1), span(0), span(2), span(3)), want: ErrAuth},
		tc{name: "chunks 1 and 2 swapped", ct: join(ct[:headerSize], span(0), span(2), span(1), span(3)), want: ErrAuth, maxOut: cs},
		tc{name: "the final chunk moved first", ct: join(ct[:headerSize], span(3), span(0), span(1), span(2)), want: ErrAuth},
		tc{name: "the last chunk dropped", ct: join(ct[:headerSize], span(0), span(1), span(2)), want: ErrAuth, maxOut: 2 * cs},
		tc{name: "a middle chunk dropped", ct: join(ct[:headerSize], span(0), span(2), span(3)), want: ErrAuth, maxOut: cs},
		tc{name: "a chunk repeated", ct: join(ct[:headerSize], span(0), span(0), span(1), span(2), span(3)), want: ErrAuth, maxOut: cs},
		tc{name: "the final chunk repeated", ct: join(ct, span(3)), want: ErrAuth, maxOut: 3 * cs},
		tc{name: "one byte appended", ct: join(ct, []byte{0}), want: ErrAuth, maxOut: 3 * cs},
		tc{name: "a tag's worth of bytes appended", ct: join(ct, make([]byte, tagSize)), want: ErrAuth, maxOut: 3 * cs},
		tc{name: "a whole chunk's worth of bytes appended", ct: join(ct, make([]byte, cs+tagSize+1)), want: ErrAuth, maxOut: 3 * cs},
		tc{name: "another file's header spliced on", ct: join(other[:headerSize], ct[headerSize:]), want: ErrAuth},
		tc{name: "a chunk of another file with the same key spliced in", ct: join(ct[:headerSize], span(0), other[headerSize+cs+tagSize:headerSize+2*(cs+tagSize)], span(2), span(3)), want: ErrAuth, maxOut: cs},
		tc{name: "another valid chunk size in the header", ct: func() []byte { b := bytes.Clone(ct); b[len(magic)+1] = smallLog2 + 1; return b }(), want: ErrAuth},
		tc{name: "the wrong key", ct: ct, key: testKey(t), want: ErrAuth},
		tc{name: "other associated data", ct: ct, ad: []byte("patient=0x1111|category=imaging|version=4"), want: ErrAuth},
		tc{name: "no associated data", ct: ct, ad: []byte{}, want: ErrAuth},
	)

	for _, tt := range tests {
		t.Run(tt.name+" is rejected", func(t *testing.T) {
			k, ad := key, testAD
			if tt.key != nil {
				k = tt.key
			}
			if tt.ad != nil {
				ad = tt.ad
			}
			checkRejected(t, k, ad, tt.ct, pt, tt.want, tt.maxOut)
		})
	}
}

// checkRejected decrypts ct and checks it fails with want, having released
// no more than maxOut bytes, all of them a prefix of pt, and that the
// error is sticky.
func checkRejected(t *testing.T, key, ad, ct, pt []byte, want error, maxOut int) {
	t.Helper()
	r, err := NewReader(bytes.NewReader(ct), key, ad)
	if err != nil {
		if !errors.Is(err, want) {
			t.Fatalf("NewReader: got %v, want %v", err, want)
		}
		return
	}
	got, err := io.ReadAll(r)
	if !errors.Is(err, want) {
		t.Fatalf("got %v after %d bytes, want %v", err, len(got), want)
	}
	if len(got) > maxOut || !bytes.Equal(got, pt[:len(got)]) {
		t.Errorf("released %d bytes before the error (want at most %d, all authentic)", len(got), maxOut)
	}
	if n, err2 := r.Read(make([]byte, 10)); n != 0 || !errors.Is(err2, want) {
		t.Errorf("Read after the error = %d, %v, want 0, %v", n, err2, want)
	}
}

func TestEveryTruncationIsRejected(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	for _, size := range []int{0, 1, cs, 2*cs + 3} {
		pt := testPlaintext(size)
		ct := encrypt(t, key, testAD, pt, smallLog2, 0)
		t.Run(fmt.Sprintf("%d-byte plaintext", size), func(t *testing.T) {
			for n := range len(ct) {
				got, err := decrypt(key, testAD, ct[:n])
				if n < headerSize {
					if !errors.Is(err, ErrFormat) {
						t.Fatalf("truncated to %d bytes: got %v, want ErrFormat", n, err)
					}
					continue
				}
				if !errors.Is(err, ErrAuth) {
					t.Fatalf("truncated to %d bytes: got %v, want ErrAuth", n, err)
				}
				if !bytes.Equal(got, pt[:len(got)]) || len(got) > n-headerSize {
					t.Fatalf("truncated to %d bytes: released %d unauthentic bytes", n, len(got))
				}
			}
		})
	}
}

func TestEveryBitFlipIsRejected(t *testing.T) {
	key := testKey(t)
	pt := testPlaintext(2*(1<<smallLog2) + 100)
	ct := encrypt(t, key, testAD, pt, smallLog2, 0)
	// Every byte of a small stream, one bit each (a rotating position).
	for off := range len(ct) {
		b := bytes.Clone(ct)
		b[off] ^= 1 << (off % 8)
		if _, err := decrypt(key, testAD, b); !errors.Is(err, ErrAuth) && !errors.Is(err, ErrFormat) {
			t.Fatalf("bit %d of byte %d flipped: got %v, want ErrAuth or ErrFormat", off%8, off, err)
		}
	}
}

func TestHostileHeader(t *testing.T) {
	key := testKey(t)
	valid := encrypt(t, key, testAD, []byte("x"), smallLog2, 0)
	header := func(edit func(h []byte)) []byte {
		h := bytes.Clone(valid)
		edit(h)
		return h
	}
	tests := []struct {
		name string
		ct   []byte
	}{
		{"a chunk size of 2^255", header(func(h []byte) { h[len(magic)+1] = 255 })},
		{"a chunk size of 2^63", header(func(h []byte) { h[len(magic)+1] = 63 })},
		{"a chunk size of 2^23", header(func(h []byte) { h[len(magic)+1] = maxChunkLog2 + 1 })},
		{"a chunk size of 2^11", header(func(h []byte) { h[len(magic)+1] = minChunkLog2 - 1 })},
		{"a chunk size of 1", header(func(h []byte) { h[len(magic)+1] = 0 })},
		{"version 0", header(func(h []byte) { h[len(magic)] = 0 })},
		{"version 2", header(func(h []byte) { h[len(magic)] = 2 })},
		{"another magic", header(func(h []byte) { copy(h, "SALUSEND") })},
		{"a lowercase magic", header(func(h []byte) { copy(h, "salusenc") })},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is a format error", func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := NewReader(bytes.NewReader(tt.ct), key, testAD)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("got %v, want ErrFormat", err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<10 {
				t.Errorf("rejecting the header allocated %d bytes", alloc)
			}
		})
	}
	t.Run("the largest chunk size allocates one chunk", func(t *testing.T) {
		h := header(func(h []byte) { h[len(magic)+1] = maxChunkLog2 })
		r, err := NewReader(bytes.NewReader(h), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		if got := cap(r.(*reader).buf); got > 1<<maxChunkLog2+tagSize+1 {
			t.Errorf("buffer of %d bytes", got)
		}
		if _, err := io.ReadAll(r); !errors.Is(err, ErrAuth) {
			t.Errorf("got %v, want ErrAuth", err)
		}
	})
}

func TestEmptyFinalChunkAfterDataIsRejected(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	var buf bytes.Buffer
	w, err := newWriter(&buf, key, testAD, smallLog2, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pt := testPlaintext(cs)
	// A writer never does this: a full chunk not marked final, then an empty final one.
	if err := w.seal(pt, false); err != nil {
		t.Fatal(err)
	}
	if err := w.seal(nil, true); err != nil {
		t.Fatal(err)
	}
	got, err := decrypt(key, testAD, buf.Bytes())
	if !errors.Is(err, ErrFormat) {
		t.Fatalf("got %v, want ErrFormat", err)
	}
	if !bytes.Equal(got, pt) {
		t.Errorf("released %d bytes, want the authentic first chunk", len(got))
	}
}

func TestChunkCounterLimit(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	t.Run("the writer refuses a chunk beyond 2^32", func(t *testing.T) {
		w, err := newWriter(io.Discard, key, testAD, smallLog2, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		w.counter = maxChunks - 1
		if _, err := w.Write(make([]byte, cs+1)); err != nil {
			t.Fatalf("chunk 2^32-1: %v", err)
		}
		if err := w.Close(); !errors.Is(err, errTooLarge) {
			t.Fatalf("Close: got %v, want %v", err, errTooLarge)
		}
		if _, err := w.Write([]byte{1}); !errors.Is(err, errTooLarge) {
			t.Fatalf("Write after the failure: got %v, want %v", err, errTooLarge)
		}
	})
	t.Run("the reader refuses a chunk beyond 2^32", func(t *testing.T) {
		ct := encrypt(t, key, testAD, []byte("x"), smallLog2, 0)
		r, err := NewReader(bytes.NewReader(ct), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		r.(*reader).counter = maxChunks
		if _, err := io.ReadAll(r); !errors.Is(err, ErrFormat) {
			t.Fatalf("got %v, want ErrFormat", err)
		}
	})
}

func TestInvalidDataKey(t *testing.T) {
	for _, n := range []int{0, 16, 31, 33, 64} {
		if _, err := NewWriter(io.Discard, make([]byte, n), nil); !errors.Is(err, ErrInvalidKey) {
			t.Errorf("NewWriter with a %d-byte key: got %v, want ErrInvalidKey", n, err)
		}
	}
	ct := encrypt(t, testKey(t), nil, nil, smallLog2, 0)
	if _, err := NewReader(bytes.NewReader(ct), make([]byte, 16), nil); !errors.Is(err, ErrInvalidKey) {
		t.Errorf("NewReader with a 16-byte key: got %v, want ErrInvalidKey", err)
	}
}

func TestNewDataKey(t *testing.T) {
	a, err := NewDataKey()
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewDataKey()
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != KeySize || len(b) != KeySize {
		t.Fatalf("keys of %d and %d bytes, want %d", len(a), len(b), KeySize)
	}
	if bytes.Equal(a, b) {
		t.Fatal("two data keys are equal")
	}
}

func TestEncryptionIsRandomized(t *testing.T) {
	key := testKey(t)
	pt := []byte("same plaintext, same key")
	a := encrypt(t, key, testAD, pt, smallLog2, 0)
	b := encrypt(t, key, testAD, pt, smallLog2, 0)
	if bytes.Equal(a[headerSize:], b[headerSize:]) {
		t.Fatal("two encryptions under the same data key share their payload")
	}
}

// failingWriter accepts limit bytes, then fails.
type failingWriter struct {
	limit  int
	closed bool
}

var errSink = errors.New("sink failed")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.limit {
		n := w.limit
		w.limit = 0
		return n, errSink
	}
	w.limit -= len(p)
	return len(p), nil
}

func (w *failingWriter) Close() error { w.closed = true; return nil }

func TestWriterErrors(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	t.Run("a failing destination fails NewWriter at the header", func(t *testing.T) {
		if _, err := newWriter(&failingWriter{}, key, nil, smallLog2, rand.Reader); !errors.Is(err, errSink) {
			t.Fatalf("got %v, want %v", err, errSink)
		}
	})
	t.Run("a failing destination fails Write and stays failed", func(t *testing.T) {
		w, err := newWriter(&failingWriter{limit: headerSize}, key, nil, smallLog2, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(make([]byte, 3*cs)); !errors.Is(err, errSink) {
			t.Fatalf("Write: got %v, want %v", err, errSink)
		}
		if _, err := w.Write([]byte{1}); !errors.Is(err, errSink) {
			t.Fatalf("second Write: got %v, want %v", err, errSink)
		}
		if err := w.Close(); !errors.Is(err, errSink) {
			t.Fatalf("Close: got %v, want %v", err, errSink)
		}
	})
	t.Run("a failing destination fails Close", func(t *testing.T) {
		w, err := newWriter(&failingWriter{limit: headerSize}, key, nil, smallLog2, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte("buffered")); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); !errors.Is(err, errSink) {
			t.Fatalf("Close: got %v, want %v", err, errSink)
		}
	})
	t.Run("a short write without error is an error", func(t *testing.T) {
		w, err := newWriter(shortWriter{}, key, nil, smallLog2, zeroReader{})
		if err == nil {
			err = w.Close()
		}
		if !errors.Is(err, io.ErrShortWrite) {
			t.Fatalf("got %v, want io.ErrShortWrite", err)
		}
	})
	t.Run("Close does not close the destination; Write after Close fails; Close twice is fine", func(t *testing.T) {
		dst := &failingWriter{limit: 1 << 20}
		w, err := NewWriter(dst, key, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if dst.closed {
			t.Error("Close closed the destination")
		}
		if _, err := w.Write([]byte{1}); err == nil {
			t.Error("Write after Close succeeded")
		}
		if err := w.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
	})
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) { clear(p); return len(p), nil }

func TestReaderPassesSourceErrors(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	ct := encrypt(t, key, testAD, testPlaintext(3*cs), smallLog2, 0)
	errSource := errors.New("disk on fire")
	for _, at := range []int{headerSize - 1, headerSize + 10, headerSize + cs + tagSize + 1} {
		t.Run(fmt.Sprintf("failing at byte %d", at), func(t *testing.T) {
			src := io.MultiReader(bytes.NewReader(ct[:at]), iotest.ErrReader(errSource))
			r, err := NewReader(src, key, testAD)
			if err == nil {
				_, err = io.ReadAll(r)
			}
			if !errors.Is(err, errSource) {
				t.Fatalf("got %v, want %v", err, errSource)
			}
			if errors.Is(err, ErrAuth) || errors.Is(err, ErrFormat) {
				t.Fatalf("a source error reported as %v", err)
			}
		})
	}
}

func TestWriteTo(t *testing.T) {
	const cs = 1 << smallLog2
	key := testKey(t)
	pt := testPlaintext(5*cs + 3)
	ct := encrypt(t, key, testAD, pt, smallLog2, 0)
	t.Run("copies the whole plaintext", func(t *testing.T) {
		r, err := NewReader(bytes.NewReader(ct), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		n, err := io.Copy(&out, r)
		if err != nil || n != int64(len(pt)) || !bytes.Equal(out.Bytes(), pt) {
			t.Fatalf("io.Copy = %d, %v; plaintext equal: %v", n, err, bytes.Equal(out.Bytes(), pt))
		}
	})
	t.Run("stops at a tampered chunk", func(t *testing.T) {
		b := bytes.Clone(ct)
		b[headerSize+2*(cs+tagSize)+5] ^= 1
		r, err := NewReader(bytes.NewReader(b), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		n, err := io.Copy(&out, r)
		if !errors.Is(err, ErrAuth) || n != 2*cs || !bytes.Equal(out.Bytes(), pt[:2*cs]) {
			t.Fatalf("io.Copy = %d, %v, want %d, ErrAuth", n, err, 2*cs)
		}
	})
	t.Run("continues after a partial Read", func(t *testing.T) {
		r, err := NewReader(bytes.NewReader(ct), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		head := make([]byte, 100)
		if _, err := io.ReadFull(r, head); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if _, err := r.(io.WriterTo).WriteTo(&out); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(append(head, out.Bytes()...), pt) {
			t.Fatal("plaintext differs")
		}
	})
	t.Run("reports a failing destination", func(t *testing.T) {
		r, err := NewReader(bytes.NewReader(ct), key, testAD)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.(io.WriterTo).WriteTo(&failingWriter{limit: cs + 1}); !errors.Is(err, errSink) {
			t.Fatalf("got %v, want %v", err, errSink)
		}
	})
}

// TestMemoryIsBoundedByChunkSize streams 64 MiB through a writer and a
// reader connected by a pipe and checks that the total allocated while
// doing so stays far below the size of the data.
func TestMemoryIsBoundedByChunkSize(t *testing.T) {
	const size = 64 << 20
	const bound = 1 << 20 // the bound asserted: total bytes allocated
	key := testKey(t)

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)

	pr, pw := io.Pipe()
	defer pr.Close() // unblocks the writer if the test fails early
	wantSum := make(chan [sha256.Size]byte, 1)
	go func() {
		h := sha256.New()
		w, err := NewWriter(pw, key, testAD)
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		src := io.TeeReader(io.LimitReader(mathrand.NewChaCha8([32]byte{1}), size), h)
		if _, err := io.Copy(w, src); err != nil {
			pw.CloseWithError(err)
			return
		}
		pw.CloseWithError(w.Close())
		var sum [sha256.Size]byte
		wantSum <- [sha256.Size]byte(h.Sum(sum[:0]))
	}()
	r, err := NewReader(pr, key, testAD)
	if err != nil {
		t.Fatal(err)
	}
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		t.Fatal(err)
	}
	var sum [sha256.Size]byte
	got := [sha256.Size]byte(h.Sum(sum[:0]))

	runtime.ReadMemStats(&after)
	if n != size {
		t.Fatalf("decrypted %d bytes, want %d", n, size)
	}
	if got != <-wantSum {
		t.Fatal("decrypted plaintext differs")
	}
	alloc := after.TotalAlloc - before.TotalAlloc
	t.Logf("streamed %d MiB with %d bytes allocated in %d allocations", size>>20, alloc, after.Mallocs-before.Mallocs)
	if alloc > bound {
		t.Errorf("allocated %d bytes to stream %d MiB, want at most %d", alloc, size>>20, bound)
	}
}

func TestNoAllocationPerChunk(t *testing.T) {
	const cs = 1 << defaultChunkLog2
	key := testKey(t)
	chunk := testPlaintext(cs)

	w, err := NewWriter(io.Discard, key, testAD)
	if err != nil {
		t.Fatal(err)
	}
	if allocs := testing.AllocsPerRun(100, func() {
		if _, err := w.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}); allocs != 0 {
		t.Errorf("Write allocates %v times per chunk, want 0", allocs)
	}

	const chunks = 120 // AllocsPerRun reads 101
	ct := encrypt(t, key, testAD, testPlaintext(chunks*cs), defaultChunkLog2, 0)
	r, err := NewReader(bytes.NewReader(ct), key, testAD)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]byte, cs)
	if allocs := testing.AllocsPerRun(100, func() {
		if _, err := io.ReadFull(r, out); err != nil {
			t.Fatal(err)
		}
	}); allocs != 0 {
		t.Errorf("Read allocates %v times per chunk, want 0", allocs)
	}
}
