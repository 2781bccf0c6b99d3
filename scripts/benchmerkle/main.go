// Command benchmerkle measures what registering a batch of a million packs
// costs the backend in Merkle work, against the floor of that work: hashing
// the same leaves alone (keccak256(keccak256(abi.encode(batchId, serial)))
// for every serial, nothing kept).
//
//	hash   the floor: every leaf hashed, nothing kept
//	root   the serial tree built (merkle.BuildFunc: leaves hashed into the
//	       node array, sorted, inner nodes hashed): the root registered on chain
//	proofs the proof of every serial (its leaf hashed again, found by binary
//	       search, siblings collected): what proof serving costs
//	list   the serial list published in IPFS written (format salus-serials-v1)
//	       and read back into a tree, checked against its root: what a node
//	       that does not hold the tree in memory does before serving proofs
//
// Each phase is timed and its peak memory measured: the process's peak
// resident set (VmHWM, reset through /proc/self/clear_refs) and the Go heap's
// peak sampled every 2 ms, above the serials themselves. With the default
// serials ("%012d") and batch the root must be the one OpenZeppelin's
// StandardMerkleTree computes (backend/merkle/testdata/million.js).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/merkle"
)

var (
	// batch and wantRoot are those of backend/merkle's TestMillionSerials,
	// whose root the pinned @openzeppelin/merkle-tree computed.
	batch    = common.HexToHash("0x1abb97cbaf493d1e4f6cac538f10feb38ccd8370a7c6c6cd234926aa4721a859")
	wantRoot = common.HexToHash("0x613c2bb9f010e3923b2894f28a4767c487cff5ef553ceea204f9672ab7c8dc62")
)

func main() {
	n := flag.Int("n", 1_000_000, "serials in the batch")
	rounds := flag.Int("rounds", 3, "rounds")
	flag.Parse()
	if err := run(*n, *rounds); err != nil {
		fmt.Fprintln(os.Stderr, "benchmerkle:", err)
		os.Exit(1)
	}
}

type measured struct {
	elapsed  time.Duration
	cpu      time.Duration
	peakRSS  int64
	peakHeap uint64 // above the heap in use when the phase started
}

// measure runs f, timing it and sampling its memory.
func measure(f func() error) (measured, error) {
	runtime.GC()
	debug.FreeOSMemory()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	base := ms.HeapInuse
	resetPeakRSS()
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(2 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
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
	err := f()
	m := measured{elapsed: time.Since(start), cpu: cpuTime() - cpu0}
	close(stop)
	wg.Wait()
	runtime.ReadMemStats(&ms)
	p := max(peak.Load(), ms.HeapInuse)
	if p > base {
		m.peakHeap = p - base
	}
	m.peakRSS = peakRSS()
	return m, err
}

func run(n, rounds int) error {
	serials := make([]string, n)
	for i := range serials {
		serials[i] = fmt.Sprintf("%012d", i)
	}
	fmt.Printf("Merkle benchmark: %d serials of 12 characters, batch %s, %d rounds, GOMAXPROCS %d\n", n, batch.Hex()[:10]+"…", rounds, runtime.GOMAXPROCS(0))
	fmt.Printf("  hash   = every leaf keccak256(keccak256(abi.encode(batchId, serial))), nothing kept (the floor)\n")
	fmt.Printf("  root   = merkle.BuildFunc: leaves into the node array (%d MB), sorted, inner nodes hashed\n", (2*n-1)*32>>20)
	fmt.Printf("  proofs = the proof of every serial: leaf hashed again, binary search, siblings\n")
	fmt.Printf("  list   = serial list written (salus-serials-v1) and read back into a checked tree\n\n")
	fmt.Printf("ratio = time / the hash phase's, wall clock and CPU (user + system, all threads: the GC's included; on a\n")
	fmt.Printf("shared machine the CPU ratio is the steadier). Peak heap includes garbage not yet collected.\n\n")
	fmt.Printf("%-6s %-7s %10s %10s %8s %8s %12s %12s\n", "round", "phase", "seconds", "CPU s", "ratio", "CPU rat.", "peak RSS MB", "peak heap MB")

	totals, cpus := map[string]time.Duration{}, map[string]time.Duration{}
	worst := map[string]measured{}
	var root merkle.Hash
	var proofLen int
	var listBytes int
	for r := 1; r <= rounds; r++ {
		var sink merkle.Hash
		hash, err := measure(func() error {
			for _, s := range serials {
				h := merkle.SerialLeaf(batch, s)
				sink[0] ^= h[0]
			}
			return nil
		})
		if err != nil {
			return err
		}
		var tree *merkle.Tree
		build, err := measure(func() error {
			var err error
			tree, err = merkle.BuildFunc(n, func(i int) (merkle.Hash, error) { return merkle.SerialLeaf(batch, serials[i]), nil })
			return err
		})
		if err != nil {
			return err
		}
		root = tree.Root()
		proofs, err := measure(func() error {
			for _, s := range serials {
				p, err := tree.Proof(merkle.SerialLeaf(batch, s))
				if err != nil {
					return err
				}
				proofLen = max(proofLen, len(p))
			}
			return nil
		})
		if err != nil {
			return err
		}
		// Spot-check proofs against the root (not timed).
		for _, i := range []int{0, n / 2, n - 1} {
			leaf := merkle.SerialLeaf(batch, serials[i])
			p, _ := tree.Proof(leaf)
			if !merkle.Verify(root, leaf, p) {
				return fmt.Errorf("the proof of serial %d does not verify", i)
			}
		}
		tree = nil
		list, err := measure(func() error {
			var buf bytes.Buffer
			if err := chainsvc.WriteSerialList(&buf, batch, root, serials); err != nil {
				return err
			}
			listBytes = buf.Len()
			t, err := chainsvc.ReadSerialList(&buf, batch, n)
			if err == nil && t.Root() != root {
				err = fmt.Errorf("the list reads back to root %x", t.Root())
			}
			return err
		})
		if err != nil {
			return err
		}
		_ = sink
		for _, ph := range []struct {
			name string
			m    measured
		}{{"hash", hash}, {"root", build}, {"proofs", proofs}, {"list", list}} {
			totals[ph.name] += ph.m.elapsed
			cpus[ph.name] += ph.m.cpu
			w := worst[ph.name]
			w.peakRSS, w.peakHeap = max(w.peakRSS, ph.m.peakRSS), max(w.peakHeap, ph.m.peakHeap)
			worst[ph.name] = w
			fmt.Printf("%-6d %-7s %10.3f %10.3f %8.2f %8.2f %12.1f %12.1f\n", r, ph.name, ph.m.elapsed.Seconds(), ph.m.cpu.Seconds(),
				ph.m.elapsed.Seconds()/hash.elapsed.Seconds(), ratio(ph.m.cpu, hash.cpu), float64(ph.m.peakRSS)/1e6, float64(ph.m.peakHeap)/1e6)
		}
	}
	h := totals["hash"].Seconds()
	fmt.Printf("\nmean over %d rounds (ratio = time / hashing the same leaves alone):\n", rounds)
	for _, name := range []string{"hash", "root", "proofs", "list"} {
		fmt.Printf("  %-7s %8.3f s  ratio %5.2f (CPU %5.2f)  peak RSS %6.1f MB  peak heap %6.1f MB\n", name, totals[name].Seconds()/float64(rounds),
			totals[name].Seconds()/h, ratio(cpus[name], cpus["hash"]), float64(worst[name].peakRSS)/1e6, float64(worst[name].peakHeap)/1e6)
	}
	fmt.Printf("  root + all %d proofs: %.3f s, ratio %.2f (CPU %.2f); %.2f µs per proof (%d siblings at most)\n", n,
		(totals["root"]+totals["proofs"]).Seconds()/float64(rounds), (totals["root"]+totals["proofs"]).Seconds()/h,
		ratio(cpus["root"]+cpus["proofs"], cpus["hash"]),
		totals["proofs"].Seconds()/float64(rounds)/float64(n)*1e6, proofLen)
	fmt.Printf("  serial list in IPFS: %.1f MB (%d bytes per serial)\n", float64(listBytes)/1e6, listBytes/n)
	if n == 1_000_000 {
		ok := common.Hash(root) == wantRoot
		fmt.Printf("  root %x: %s OpenZeppelin StandardMerkleTree's (million.js)\n", root, map[bool]string{true: "equal to", false: "NOT equal to"}[ok])
		if !ok {
			return fmt.Errorf("root %x, want %x", root, wantRoot)
		}
	}
	return nil
}

// ratio is a/b, 0 when b is not measured.
func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
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
