package chainsvc

import (
	"bufio"
	"bytes"
	"container/list"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/salus-health/salus/backend/merkle"
)

// The serial list of a batch, as published in IPFS: the data its serial tree
// is built from, compact enough for a million packs (about 13 MB for serials
// of 12 characters, where the StandardMerkleTree "standard-v1" JSON dump of
// the same tree takes 250 MB). Format "salus-serials-v1":
//
//	{"format":"salus-serials-v1","leafEncoding":["bytes32","string"],"batchId":"0x…","root":"0x…","count":N}\n
//	serial 1\n
//	…
//	serial N\n
//
// The serials are GS1 serials (character set 82, no line breaks), in the
// order the manufacturer uploaded them. Anyone rebuilds the tree with
// OpenZeppelin's StandardMerkleTree.of(serials.map(s => [batchId, s]),
// ["bytes32", "string"]) (or merkle.BuildFunc and merkle.SerialLeaf) and gets
// root, which the chain holds.

// SerialListFormat names the format of published serial lists.
const SerialListFormat = "salus-serials-v1"

// maxSerialListHeader bounds the header line of a serial list.
const maxSerialListHeader = 1024

// ErrSerialList means a published serial list is malformed or does not match
// its batch.
var ErrSerialList = errors.New("chainsvc: invalid serial list")

type serialListHeader struct {
	Format       string   `json:"format"`
	LeafEncoding []string `json:"leafEncoding"`
	BatchID      string   `json:"batchId"`
	Root         string   `json:"root"`
	Count        int      `json:"count"`
}

// WriteSerialList writes the serial list of batch batchID with tree root root.
func WriteSerialList(w io.Writer, batchID, root merkle.Hash, serials []string) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	hdr, err := json.Marshal(serialListHeader{Format: SerialListFormat, LeafEncoding: merkle.SerialEncoding,
		BatchID: hexutil.Encode(batchID[:]), Root: hexutil.Encode(root[:]), Count: len(serials)})
	if err != nil {
		return err
	}
	bw.Write(hdr)
	bw.WriteByte('\n')
	for _, s := range serials {
		bw.WriteString(s)
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// ReadSerialList reads a serial list, checks that it is batchID's and builds
// its tree, whose root it checks against the header's. Serials must be 1 to
// 20 bytes without line breaks; count at most maxCount.
func ReadSerialList(r io.Reader, batchID merkle.Hash, maxCount int) (*merkle.Tree, error) {
	br := bufio.NewReaderSize(r, 256<<10)
	line, err := br.ReadSlice('\n')
	if err != nil || len(line) > maxSerialListHeader {
		return nil, fmt.Errorf("%w: no header line", ErrSerialList)
	}
	var hdr serialListHeader
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&hdr); err != nil {
		return nil, fmt.Errorf("%w: header: %v", ErrSerialList, err)
	}
	switch {
	case hdr.Format != SerialListFormat:
		return nil, fmt.Errorf("%w: format %q, want %q", ErrSerialList, hdr.Format, SerialListFormat)
	case strings.Join(hdr.LeafEncoding, ",") != strings.Join(merkle.SerialEncoding, ","):
		return nil, fmt.Errorf("%w: leaf encoding %v", ErrSerialList, hdr.LeafEncoding)
	case !strings.EqualFold(hdr.BatchID, hexutil.Encode(batchID[:])):
		return nil, fmt.Errorf("%w: the list is of batch %s", ErrSerialList, hdr.BatchID)
	case hdr.Count < 1 || hdr.Count > maxCount:
		return nil, fmt.Errorf("%w: %d serials", ErrSerialList, hdr.Count)
	}
	root, err := hexutil.Decode(hdr.Root)
	if err != nil || len(root) != 32 {
		return nil, fmt.Errorf("%w: root %q", ErrSerialList, hdr.Root)
	}
	n := 0
	tree, err := merkle.BuildFunc(hdr.Count, func(i int) (merkle.Hash, error) {
		line, err := br.ReadSlice('\n')
		if err != nil {
			return merkle.Hash{}, fmt.Errorf("%w: serial %d: %v", ErrSerialList, i+1, err)
		}
		s := line[:len(line)-1]
		if len(s) == 0 || len(s) > 20 {
			return merkle.Hash{}, fmt.Errorf("%w: serial %d is %d bytes", ErrSerialList, i+1, len(s))
		}
		n++
		return merkle.SerialLeaf(batchID, string(s)), nil
	})
	if err != nil {
		return nil, err
	}
	if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: data after %d serials", ErrSerialList, n)
	}
	if tree.Root() != common.BytesToHash(root) {
		return nil, fmt.Errorf("%w: the serials give root %x, the header says %s", ErrSerialList, tree.Root(), hdr.Root)
	}
	return tree, nil
}

// batchCertificate is the public batch certificate a registration publishes
// in IPFS and registers as certificateCid: what the batch is, and where its
// serial list is.
type batchCertificate struct {
	Format         string          `json:"format"`
	BatchID        string          `json:"batchId"`
	Manufacturer   string          `json:"manufacturer"`
	GTIN           string          `json:"gtin"`
	Lot            string          `json:"lot"`
	Manufactured   string          `json:"manufactured"`
	Expiry         string          `json:"expiry"`
	PackCount      int             `json:"packCount"`
	Temperature    certTemperature `json:"temperature"`
	SerialRoot     string          `json:"serialRoot"`
	SerialTree     string          `json:"serialTree"`
	SerialTreeForm string          `json:"serialTreeFormat"`
	Document       string          `json:"document,omitempty"`
}

type certTemperature struct {
	Min  int16  `json:"min"`
	Max  int16  `json:"max"`
	Unit string `json:"unit"`
}

// CertificateFormat names the format of batch certificates.
const CertificateFormat = "salus-batch-certificate-v1"

// maxCertificate bounds a batch certificate read from IPFS.
const maxCertificate = 16 << 10

// treeCache keeps serial trees in memory, least recently used out first,
// within a budget of leaves (a tree costs 64 bytes per leaf). It is safe for
// concurrent use.
type treeCache struct {
	budget int

	mu     sync.Mutex
	leaves int
	order  *list.List // of *treeEntry, most recently used first
	byID   map[merkle.Hash]*list.Element
}

// treeEntry is a batch's tree with what verification needs beside it.
type treeEntry struct {
	id        merkle.Hash
	tree      *merkle.Tree
	listCID   string
	expiresAt uint64
}

func newTreeCache(budget int) *treeCache {
	return &treeCache{budget: budget, order: list.New(), byID: map[merkle.Hash]*list.Element{}}
}

func (c *treeCache) get(id merkle.Hash) *treeEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.byID[id]
	if !ok {
		return nil
	}
	c.order.MoveToFront(el)
	return el.Value.(*treeEntry)
}

// put adds e, evicting the least recently used trees beyond the budget (a
// tree larger than the whole budget is still kept, alone).
func (c *treeCache) put(e *treeEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.byID[e.id]; ok {
		c.leaves -= el.Value.(*treeEntry).tree.Len()
		c.order.Remove(el)
	}
	c.byID[e.id] = c.order.PushFront(e)
	c.leaves += e.tree.Len()
	for c.leaves > c.budget && c.order.Len() > 1 {
		last := c.order.Back()
		old := last.Value.(*treeEntry)
		c.order.Remove(last)
		delete(c.byID, old.id)
		c.leaves -= old.tree.Len()
	}
}
