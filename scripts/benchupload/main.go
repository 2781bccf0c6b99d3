// Command benchupload measures the upload of a large record the way the
// record service stores it — envelope encryption (chunked AES-256-GCM with a
// fresh data key) streamed through an io.Pipe into the embedded IPFS node's
// UnixFS importer and its on-disk block store, durable and pinned when Add
// returns — against the floor of that work done raw in the same process:
// AES-256-GCM over the same bytes in the same chunks plus SHA-256 over the
// ciphertext (what content addressing must hash). Each upload opens a fresh
// node in its own directory and closes it; both are timed.
//
// Both sides read the same deterministic pseudo-random input, generated on
// the fly (AES-CTR keystream), so neither ever holds the file in memory.
// Rounds alternate the order of the two sides; the ratio is computed per
// round and over the totals. The upload's CPU time (user + system, whole
// process) shows how much of the machine it used: more than its wall time
// means it ran on several cores at once. Peak memory of the upload is the
// process's peak resident set (VmHWM, reset through /proc/self/clear_refs
// before the upload) and the Go heap's peak sampled every 5 ms.
//
// Targets (issue #3): upload throughput >= 0.5 x raw; upload peak memory < 200 MB.
package main

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/salus-health/salus/backend/envelope"
	"github.com/salus-health/salus/backend/ipfs"
)

func main() {
	size := flag.Int64("size", 256<<20, "bytes to upload per round")
	rounds := flag.Int("rounds", 3, "rounds (the order of the two sides alternates)")
	dir := flag.String("dir", "", "directory for the blockstores (default: a temporary directory)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the run to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchupload:", err)
			os.Exit(1)
		}
		_ = pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if err := run(*size, *rounds, *dir); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "benchupload:", err)
		os.Exit(1)
	}
}

// source is a deterministic stream of n pseudo-random bytes.
func source(n int64) io.Reader {
	block, _ := aes.NewCipher(make([]byte, 32))
	stream := cipher.NewCTR(block, make([]byte, aes.BlockSize))
	return io.LimitReader(&keystream{stream}, n)
}

type keystream struct{ s cipher.Stream }

func (k *keystream) Read(p []byte) (int, error) {
	clear(p)
	k.s.XORKeyStream(p, p)
	return len(p), nil
}

// raw is the floor: AES-256-GCM over 64 KiB chunks plus SHA-256 of the output.
func raw(n int64) (time.Duration, error) {
	key, _ := envelope.NewDataKey()
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	h := sha256.New()
	in := make([]byte, 64<<10)
	out := make([]byte, 0, len(in)+gcm.Overhead())
	src := source(n)
	start := time.Now()
	for ctr := uint64(0); ; ctr++ {
		m, err := io.ReadFull(src, in)
		if m > 0 {
			nonce[0], nonce[1], nonce[2], nonce[3] = byte(ctr), byte(ctr>>8), byte(ctr>>16), byte(ctr>>24)
			out = gcm.Seal(out[:0], nonce, in[:m], nil)
			h.Write(out)
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return 0, err
		}
	}
	_ = h.Sum(nil)
	return time.Since(start), nil
}

type uploadResult struct {
	elapsed  time.Duration
	cpu      time.Duration // user + system CPU time of the process during the upload
	peakRSS  int64         // bytes, VmHWM after reset
	peakHeap uint64
	cid      string
}

// upload encrypts and imports n bytes into a fresh on-disk node, then closes
// it (flushing the blockstore).
func upload(ctx context.Context, n int64, dir string) (uploadResult, error) {
	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS()
	var peakHeap atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // heap sampler
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peakHeap.Load() {
				peakHeap.Store(ms.HeapInuse)
			}
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	cpu0 := cpuTime()
	start := time.Now()
	node, err := ipfs.Open(ctx, ipfs.Config{Dir: dir, Offline: true})
	if err != nil {
		return uploadResult{}, err
	}
	key, _ := envelope.NewDataKey()
	pr, pw := io.Pipe()
	go func() {
		w, err := envelope.NewWriter(pw, key, []byte("bench"))
		if err == nil {
			_, err = io.Copy(w, source(n))
			if cerr := w.Close(); err == nil {
				err = cerr
			}
		}
		pw.CloseWithError(err)
	}()
	root, err := node.Add(ctx, pr)
	if cerr := node.Close(); err == nil {
		err = cerr
	}
	elapsed := time.Since(start)
	cpu := cpuTime() - cpu0
	close(stop)
	wg.Wait()
	if err != nil {
		return uploadResult{}, err
	}
	return uploadResult{elapsed: elapsed, cpu: cpu, peakRSS: peakRSS(), peakHeap: peakHeap.Load(), cid: root.String()}, nil
}

// resetPeakRSS resets VmHWM (Linux: writing 5 to clear_refs).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS reads VmHWM from /proc/self/status; -1 when unavailable.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			f := strings.Fields(line)
			kb, _ := strconv.ParseInt(f[1], 10, 64)
			return kb << 10
		}
	}
	return -1
}

func mbps(n int64, d time.Duration) float64 { return float64(n) / d.Seconds() / (1 << 20) }

func run(size int64, rounds int, dir string) error {
	ctx := context.Background()
	if dir == "" {
		d, err := os.MkdirTemp("", "salus-benchupload-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dir = d
	}
	fmt.Printf("upload benchmark: %d MiB per round, %d rounds, GOMAXPROCS %d\n", size>>20, rounds, runtime.GOMAXPROCS(0))
	fmt.Printf("  raw    = AES-256-GCM (64 KiB chunks) + SHA-256 over the same bytes, nothing stored\n")
	fmt.Printf("  upload = open node -> envelope encryption -> io.Pipe -> UnixFS import (256 KiB raw leaves, 174 links)\n")
	fmt.Printf("           -> blocks appended to pack files, indexed in leveldb -> pinned -> node closed\n")
	fmt.Printf("  durability: Add returns once the packs written are fsynced and the block index and the pin are written\n")
	fmt.Printf("           to leveldb synchronously (one sync at the end, none per block; %s)\n\n", writebackNote())
	fmt.Printf("%-6s %-14s %12s %12s %8s %12s %12s %12s\n", "round", "order", "raw MiB/s", "upload MiB/s", "ratio", "upload CPU s", "peak RSS MB", "peak heap MB")
	var rawTotal, upTotal time.Duration
	var worstRSS int64
	var worstHeap uint64
	var lastCID string
	for r := 0; r < rounds; r++ {
		var rd time.Duration
		var up uploadResult
		var err error
		roundDir := fmt.Sprintf("%s/round-%d", dir, r)
		order := "raw, upload"
		if r%2 == 1 {
			order = "upload, raw"
			if up, err = upload(ctx, size, roundDir); err != nil {
				return err
			}
			if rd, err = raw(size); err != nil {
				return err
			}
		} else {
			if rd, err = raw(size); err != nil {
				return err
			}
			if up, err = upload(ctx, size, roundDir); err != nil {
				return err
			}
		}
		os.RemoveAll(roundDir)
		rawTotal += rd
		upTotal += up.elapsed
		worstRSS = max(worstRSS, up.peakRSS)
		worstHeap = max(worstHeap, up.peakHeap)
		lastCID = up.cid
		fmt.Printf("%-6d %-14s %12.1f %12.1f %8.2f %12.2f %12.1f %12.1f\n", r+1, order, mbps(size, rd), mbps(size, up.elapsed),
			rd.Seconds()/up.elapsed.Seconds(), up.cpu.Seconds(), float64(up.peakRSS)/1e6, float64(up.peakHeap)/1e6)
	}
	ratio := rawTotal.Seconds() / upTotal.Seconds()
	fmt.Printf("\ntotal: raw %.1f MiB/s, upload %.1f MiB/s, ratio %.2f (target >= 0.5: %s)\n",
		mbps(size*int64(rounds), rawTotal), mbps(size*int64(rounds), upTotal), ratio, verdict(ratio >= 0.5))
	fmt.Printf("upload peak memory: RSS %.1f MB, Go heap %.1f MB (target RSS < 200 MB: %s)\n",
		float64(worstRSS)/1e6, float64(worstHeap)/1e6, verdict(worstRSS > 0 && worstRSS < 200e6))
	fmt.Printf("last root CID: %s\n", lastCID)
	return nil
}

// writebackNote says how the packs reach the disk before the final fsync.
func writebackNote() string {
	if runtime.GOOS == "linux" {
		return "writeback of each block is started as it is written, with sync_file_range"
	}
	return "the final fsync writes everything back"
}

func verdict(ok bool) string {
	if ok {
		return "met"
	}
	return "NOT met"
}
