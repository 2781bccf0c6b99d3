package envelope

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"fmt"
	"io"
	"testing"
)

var benchSizes = []int{64 << 10, 1 << 20, 16 << 20}

func benchName(size int) string {
	if size >= 1<<20 {
		return fmt.Sprintf("%dMiB", size>>20)
	}
	return fmt.Sprintf("%dKiB", size>>10)
}

// BenchmarkEncrypt encrypts whole streams to io.Discard: per stream, a
// header, key derivation and chunk buffer, then 64 KiB chunks.
func BenchmarkEncrypt(b *testing.B) {
	key := testKey(b)
	block := testPlaintext(1 << 20)
	for _, size := range benchSizes {
		b.Run(benchName(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				w, err := NewWriter(io.Discard, key, testAD)
				if err != nil {
					b.Fatal(err)
				}
				for rest := size; rest > 0; rest -= len(block) {
					if _, err := w.Write(block[:min(rest, len(block))]); err != nil {
						b.Fatal(err)
					}
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecrypt decrypts whole streams from memory with io.Copy to
// io.Discard.
func BenchmarkDecrypt(b *testing.B) {
	key := testKey(b)
	for _, size := range benchSizes {
		ct := encrypt(b, key, testAD, testPlaintext(size), defaultChunkLog2, 0)
		b.Run(benchName(size), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				r, err := NewReader(bytes.NewReader(ct), key, testAD)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.Copy(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRawGCMSHA256 is the baseline: one-shot AES-256-GCM Seal of one
// 64 KiB chunk into a reused buffer, plus SHA-256 over the same bytes.
func BenchmarkRawGCMSHA256(b *testing.B) {
	const cs = 1 << defaultChunkLog2
	block, err := aes.NewCipher(testKey(b))
	if err != nil {
		b.Fatal(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		b.Fatal(err)
	}
	pt := testPlaintext(cs)
	dst := make([]byte, 0, cs+tagSize)
	nonce := make([]byte, nonceSize)
	b.SetBytes(cs)
	b.ReportAllocs()
	for b.Loop() {
		dst = aead.Seal(dst[:0], nonce, pt, testAD)
		_ = sha256.Sum256(pt)
	}
}
