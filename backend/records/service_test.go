package records

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"testing"
	"testing/iotest"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
	"gorm.io/gorm"

	"github.com/salus-health/salus/backend/api"
	"github.com/salus-health/salus/backend/chainsvc"
	"github.com/salus-health/salus/backend/db/dbtest"
	"github.com/salus-health/salus/backend/envelope"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/devnet/chaintest"
	"github.com/salus-health/salus/devnet/deploy"
)

// memBlocks is an in-memory Blocks: one raw block per file.
type memBlocks struct {
	mu    sync.Mutex
	files map[string][]byte
}

func (m *memBlocks) Add(_ context.Context, r io.Reader) (cid.Cid, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return cid.Cid{}, err
	}
	h, _ := multihash.Sum(b, multihash.SHA2_256, -1)
	c := cid.NewCidV1(cid.Raw, h)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[c.String()] = b
	return c, nil
}

func (m *memBlocks) Open(_ context.Context, c cid.Cid) (io.ReadCloser, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	b, ok := m.files[c.String()]
	if !ok {
		return nil, errors.New("not found")
	}
	return io.NopCloser(bytes.NewReader(append([]byte(nil), b...))), nil
}

func (m *memBlocks) Unpin(context.Context, cid.Cid) error { return nil }

// tamper flips one byte of the stored ciphertext of c.
func (m *memBlocks) tamper(c string, at int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[c][at] ^= 1
}

type party struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newParty() party {
	k, _ := crypto.GenerateKey()
	return party{key: k, addr: crypto.PubkeyToAddress(k.PublicKey)}
}

type sendWaiter struct{ s *txsender.Sender }

func (w sendWaiter) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	p, err := w.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return w.s.Wait(ctx, p)
}

type env struct {
	ctx                          context.Context
	chain                        *chaintest.Chain
	sender                       *txsender.Sender
	manifest                     *deploy.Manifest
	regulator, provider, patient party
	stranger                     party
	registry                     *bindings.Registry
	grants                       *bindings.AccessGrants
	blocks                       *memBlocks
	db                           *gorm.DB
	svc                          *Service
	rc                           *chainsvc.RecordChain
}

func newEnv(t *testing.T, driver string) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	e := &env{ctx: ctx, regulator: newParty(), provider: newParty(), patient: newParty(), stranger: newParty()}
	e.chain = chaintest.Start(t, e.regulator.addr, e.provider.addr, e.patient.addr, e.stranger.addr)
	errABIs, err := chainsvc.ErrorABIs()
	if err != nil {
		t.Fatal(err)
	}
	e.sender, err = txsender.New(e.chain.Client(), txsender.Config{ChainID: e.chain.ChainID(), ErrorABIs: errABIs})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []party{e.regulator, e.provider, e.patient, e.stranger} {
		e.sender.AddKey(p.key)
	}
	roles := deploy.Roles{Deployer: e.regulator.addr, Regulator: e.regulator.addr}
	if e.manifest, err = deploy.Run(ctx, e.chain.Client(), sendWaiter{e.sender}, roles, nil, nil); err != nil {
		t.Fatal(err)
	}
	e.registry, _ = bindings.NewRegistry(e.manifest.Address("Registry"), e.chain.Client())
	e.grants, _ = bindings.NewAccessGrants(e.manifest.Address("AccessGrants"), e.chain.Client())
	e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.License(o, e.provider.addr, uint8(api.RoleProvider), "St Mary", [32]byte{1}, uint64(time.Now().Add(24*time.Hour).Unix()))
	})
	e.rc, err = chainsvc.NewRecordChain(e.chain.Client(), e.sender, e.manifest, e.regulator.addr)
	if err != nil {
		t.Fatal(err)
	}
	e.db = dbtest.Open(t, driver)
	e.blocks = &memBlocks{files: map[string][]byte{}}
	serviceKey, _ := crypto.GenerateKey()
	if e.svc, err = New(ctx, Config{DB: e.db, Chain: e.rc, Blocks: e.blocks, ServiceKey: serviceKey}); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *env) send(t *testing.T, from party, build func(*bind.TransactOpts) (*types.Transaction, error)) {
	t.Helper()
	p, err := e.sender.Transact(e.ctx, from.addr, build)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.sender.Wait(e.ctx, p); err != nil {
		t.Fatal(err)
	}
}

func (e *env) grant(t *testing.T, categories api.CategoryMask, purpose api.Purpose) {
	e.send(t, e.patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.grants.Grant(o, e.provider.addr, uint32(categories), uint8(purpose), uint64(time.Now().Add(time.Hour).Unix()))
	})
}

func (e *env) revoke(t *testing.T, purpose api.Purpose) {
	e.send(t, e.patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.grants.Revoke(o, e.provider.addr, uint8(purpose))
	})
}

func (e *env) registerKey(t *testing.T, owner party) *ecdsa.PrivateKey {
	encKey, _ := crypto.GenerateKey()
	pub := crypto.FromECDSAPub(&encKey.PublicKey)[1:]
	digest, err := e.registry.EncryptionKeyDigest(&bind.CallOpts{}, owner.addr, crypto.Keccak256Hash(pub))
	if err != nil {
		t.Fatal(err)
	}
	sig, _ := crypto.Sign(digest[:], encKey)
	sig[64] += 27
	e.send(t, owner, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return e.registry.RegisterEncryptionKey(o, pub, sig)
	})
	return encKey
}

func (e *env) create(t *testing.T, author party, category api.Category, body []byte, previous uint64) api.RecordVersion {
	t.Helper()
	v, tx, err := e.svc.Create(e.ctx, author.addr, api.NewRecord{Patient: e.patient.addr, Category: category,
		MediaType: "application/fhir+json", Previous: previous, Body: bytes.NewReader(body)})
	if err != nil {
		t.Fatal(err)
	}
	if tx.Status != 1 || v.ID == 0 {
		t.Fatalf("create: tx %+v version %+v", tx, v)
	}
	return v
}

func readAll(t *testing.T, c api.RecordContent) []byte {
	t.Helper()
	defer c.Body.Close()
	b, err := io.ReadAll(c.Body)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func labResult(marker string) []byte {
	return []byte(fmt.Sprintf(`{"resourceType":"Observation","status":"final","code":{"text":"HbA1c"},"note":[{"text":"%s"}]}`, marker))
}

func TestRecordLifecycleOnClique(t *testing.T) {
	for _, driver := range dbtest.Drivers {
		t.Run(driver, func(t *testing.T) { testRecordLifecycle(t, driver) })
	}
}

func testRecordLifecycle(t *testing.T, driver string) {
	e := newEnv(t, driver)
	body := labResult("lifecycle-marker")

	t.Run("a provider without a grant may not write", func(t *testing.T) {
		_, _, err := e.svc.Create(e.ctx, e.provider.addr, api.NewRecord{Patient: e.patient.addr, Category: api.CategoryLabResults,
			MediaType: "application/fhir+json", Body: bytes.NewReader(body)})
		if !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("got %v, want ErrForbidden", err)
		}
	})

	e.grant(t, api.MaskOf(api.CategoryLabResults, api.CategoryDiagnoses), api.PurposeTreatment)
	v := e.create(t, e.provider, api.CategoryLabResults, body, 0)

	t.Run("the ciphertext in IPFS is not the plaintext and the anchor carries its CID", func(t *testing.T) {
		stored := e.blocks.files[v.CID]
		if bytes.Contains(stored, []byte("lifecycle-marker")) || int64(len(stored)) != envelope.CiphertextSize(int64(len(body))) {
			t.Fatalf("stored %d bytes (want %d), plaintext visible: %v", len(stored), envelope.CiphertextSize(int64(len(body))), bytes.Contains(stored, []byte("lifecycle-marker")))
		}
		if v.Patient != e.patient.addr || v.Author != e.provider.addr || v.Category != api.CategoryLabResults || v.Size != int64(len(body)) {
			t.Fatalf("version %+v", v)
		}
	})

	t.Run("the patient and the grantee read the plaintext; each read is audited", func(t *testing.T) {
		for _, reader := range []party{e.patient, e.provider} {
			c, err := e.svc.Content(e.ctx, reader.addr, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got := readAll(t, c); !bytes.Equal(got, body) {
				t.Fatalf("read %q, want %q", got, body)
			}
		}
		page, err := e.svc.Audit(e.ctx, e.patient.addr, api.AuditQuery{Patient: e.patient.addr})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Entries) != 2 || page.Entries[1].Actor != e.provider.addr || page.Entries[1].Purpose != api.PurposeTreatment ||
			page.Entries[1].Action != "read" || page.Entries[1].RecordID != v.ID {
			t.Fatalf("audit %+v", page.Entries)
		}
	})

	t.Run("a stranger may neither list, read nor get the key, and nobody else lists the audit", func(t *testing.T) {
		if _, err := e.svc.Content(e.ctx, e.stranger.addr, v.ID); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("content: %v", err)
		}
		if _, err := e.svc.ReleaseKey(e.ctx, e.stranger.addr, v.ID); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("key: %v", err)
		}
		if _, err := e.svc.List(e.ctx, e.stranger.addr, e.patient.addr); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("list: %v", err)
		}
		if _, err := e.svc.Audit(e.ctx, e.provider.addr, api.AuditQuery{Patient: e.patient.addr}); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("audit: %v", err)
		}
		if _, err := e.svc.Erase(e.ctx, e.provider.addr, e.patient.addr); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("erase: %v", err)
		}
	})

	t.Run("a body that fails midway stores and anchors nothing", func(t *testing.T) {
		before, _ := e.svc.List(e.ctx, e.patient.addr, e.patient.addr)
		cut := io.MultiReader(bytes.NewReader(body[:10]), iotest.ErrReader(io.ErrUnexpectedEOF))
		_, _, err := e.svc.Create(e.ctx, e.provider.addr, api.NewRecord{Patient: e.patient.addr, Category: api.CategoryLabResults,
			MediaType: "application/fhir+json", Body: cut})
		if err == nil {
			t.Fatal("a cut-off body was stored")
		}
		after, _ := e.svc.List(e.ctx, e.patient.addr, e.patient.addr)
		var n int64
		e.db.Model(&content{}).Count(&n)
		if len(after) != len(before) || n != int64(len(before)) {
			t.Fatalf("versions %d -> %d, stored contents %d", len(before), len(after), n)
		}
	})

	t.Run("an unknown record is not found", func(t *testing.T) {
		for _, id := range []uint64{0, v.ID + 100} {
			if _, err := e.svc.Get(e.ctx, e.patient.addr, id); !errors.Is(err, api.ErrNotFound) {
				t.Fatalf("id %d: %v", id, err)
			}
		}
	})

	var amended api.RecordVersion
	t.Run("an amendment is a new version with a new data key; both stay", func(t *testing.T) {
		amended = e.create(t, e.provider, api.CategoryLabResults, labResult("amended"), v.ID)
		vs, err := e.svc.Versions(e.ctx, e.patient.addr, amended.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(vs) != 2 || vs[0].ID != v.ID || vs[0].Next != amended.ID || vs[1].Previous != v.ID {
			t.Fatalf("versions %+v", vs)
		}
		k1, _ := e.svc.custodyKey(e.ctx, v.CID)
		k2, _ := e.svc.custodyKey(e.ctx, amended.CID)
		if bytes.Equal(k1, k2) {
			t.Fatal("two versions share a data key")
		}
	})

	t.Run("the grantee lists only the categories it may read", func(t *testing.T) {
		e.grant(t, api.MaskOf(api.CategoryDiagnoses), api.PurposeTreatment) // replaces: lab results no longer granted
		list, err := e.svc.List(e.ctx, e.provider.addr, e.patient.addr)
		if err != nil || len(list) != 0 {
			t.Fatalf("provider sees %d versions (%v), want 0", len(list), err)
		}
		all, err := e.svc.List(e.ctx, e.patient.addr, e.patient.addr)
		if err != nil || len(all) != 2 {
			t.Fatalf("patient sees %d versions (%v), want 2", len(all), err)
		}
		e.grant(t, api.MaskOf(api.CategoryLabResults, api.CategoryDiagnoses), api.PurposeTreatment)
	})

	t.Run("a key released to the grantee's registered key decrypts the IPFS ciphertext", func(t *testing.T) {
		encKey := e.registerKey(t, e.provider)
		rel, err := e.svc.ReleaseKey(e.ctx, e.provider.addr, v.ID)
		if err != nil {
			t.Fatal(err)
		}
		dataKey, err := envelope.Unwrap(encKey, rel.WrappedKey, keyAAD(v.CID, addrID(e.provider.addr)))
		if err != nil {
			t.Fatal(err)
		}
		r, err := envelope.NewReader(bytes.NewReader(e.blocks.files[v.CID]), dataKey, contentAAD(e.patient.addr, api.CategoryLabResults))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := io.ReadAll(r); err != nil || !bytes.Equal(got, body) {
			t.Fatalf("client-side decryption: %q %v", got, err)
		}
	})

	t.Run("after revocation reads and key requests are refused", func(t *testing.T) {
		e.revoke(t, api.PurposeTreatment)
		if _, err := e.svc.Content(e.ctx, e.provider.addr, v.ID); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("content after revoke: %v", err)
		}
		if _, err := e.svc.ReleaseKey(e.ctx, e.provider.addr, v.ID); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("key after revoke: %v", err)
		}
	})

	t.Run("a tampered ciphertext is rejected, never returned", func(t *testing.T) {
		e.blocks.tamper(amended.CID, 40)
		c, err := e.svc.Content(e.ctx, e.patient.addr, amended.ID)
		if err == nil {
			defer c.Body.Close()
			_, err = io.ReadAll(c.Body)
		}
		if !errors.Is(err, envelope.ErrAuth) && !errors.Is(err, envelope.ErrFormat) {
			t.Fatalf("got %v, want an authentication failure", err)
		}
		e.blocks.tamper(amended.CID, 40)
	})

	t.Run("the audit log is anchored on chain and each entry has a proof", func(t *testing.T) {
		res, err := e.svc.AnchorOnce(e.ctx)
		if err != nil || res == nil {
			t.Fatalf("anchor: %+v %v", res, err)
		}
		records, _ := bindings.NewRecords(e.manifest.Address("Records"), e.chain.Client())
		b, err := records.AuditBatch(&bind.CallOpts{}, res.Index)
		if err != nil || b.MerkleRoot != res.Root || b.FromSeq != res.FromSeq || b.ToSeq != res.ToSeq {
			t.Fatalf("on-chain batch %+v (%v), want %+v", b, err, res)
		}
		for seq := res.FromSeq; seq <= res.ToSeq; seq++ {
			p, err := e.svc.Proof(e.ctx, seq)
			if err != nil {
				t.Fatal(err)
			}
			if p.Root != b.MerkleRoot || !verifyProof(p.Proof, p.Root, p.Leaf) {
				t.Fatalf("proof of %d does not verify", seq)
			}
		}
		if again, err := e.svc.AnchorOnce(e.ctx); err != nil || again != nil {
			t.Fatalf("second anchor with nothing new: %+v %v", again, err)
		}
		// New entries go into the next batch, contiguous with the first.
		if _, err := e.svc.Content(e.ctx, e.patient.addr, v.ID); err != nil {
			t.Fatal(err)
		}
		next, err := e.svc.AnchorOnce(e.ctx)
		if err != nil || next == nil || next.FromSeq != res.ToSeq+1 || next.Index != res.Index+1 {
			t.Fatalf("second batch %+v %v", next, err)
		}
		page, _ := e.svc.Audit(e.ctx, e.patient.addr, api.AuditQuery{Patient: e.patient.addr})
		for _, en := range page.Entries {
			if en.Batch == nil {
				t.Fatalf("entry %d not marked anchored", en.Seq)
			}
		}
	})

	t.Run("erasure destroys every key: content and keys are gone", func(t *testing.T) {
		er, err := e.svc.Erase(e.ctx, e.patient.addr, e.patient.addr)
		if err != nil || er.Versions != 2 || er.KeysDestroyed < 2 {
			t.Fatalf("erase %+v %v", er, err)
		}
		if _, err := e.svc.Content(e.ctx, e.patient.addr, v.ID); !errors.Is(err, api.ErrGone) {
			t.Fatalf("content after erasure: %v", err)
		}
		var n int64
		e.db.Model(&wrappedKey{}).Count(&n)
		if n != 0 {
			t.Fatalf("%d wrapped keys left", n)
		}
		got, err := e.svc.Get(e.ctx, e.patient.addr, v.ID)
		if err != nil || !got.Erased {
			t.Fatalf("metadata after erasure %+v %v", got, err)
		}
	})
}

func TestMerkleProofsOfEveryShape(t *testing.T) {
	for n := 1; n <= 17; n++ {
		leaves := make([][32]byte, n)
		for i := range leaves {
			leaves[i] = sha256.Sum256([]byte{byte(i), byte(n)})
		}
		root, _, _ := merkleRoot(leaves, -1)
		for i := range leaves {
			r, proof, err := merkleRoot(leaves, i)
			if err != nil || r != root || !verifyProof(proof, root, leaves[i]) {
				t.Fatalf("n=%d leaf %d: proof does not verify", n, i)
			}
			other := leaves[(i+1)%n]
			if n > 1 && verifyProof(proof, root, other) && other != leaves[i] {
				t.Fatalf("n=%d: proof of leaf %d verifies another leaf", n, i)
			}
		}
	}
}

// TestPharmacyDispenseRecordsOnClique: a pharmacy writes its MedicationDispense
// as a prescriptions record of the patient only with the patient's treatment
// grant of prescriptions, and nothing else; the patient reads it, a pharmacy
// without a grant does not.
func TestPharmacyDispenseRecordsOnClique(t *testing.T) {
	e := newEnv(t, dbtest.Drivers[0])
	pharmacy, other := newParty(), newParty()
	for _, p := range []party{pharmacy, other} {
		e.sender.AddKey(p.key)
		fund, err := e.sender.Send(e.ctx, e.regulator.addr, &p.addr, nil, big.NewInt(1e18), 21_000)
		if err == nil {
			_, err = e.sender.Wait(e.ctx, fund)
		}
		if err != nil {
			t.Fatalf("fund pharmacy: %v", err)
		}
		e.send(t, e.regulator, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.registry.License(o, p.addr, uint8(api.RolePharmacy), "Corner Pharmacy", [32]byte{2}, uint64(time.Now().Add(24*time.Hour).Unix()))
		})
	}
	dispense := []byte(`{"resourceType":"MedicationDispense","status":"completed","medicationCodeableConcept":{"text":"dispense-marker"}}`)
	create := func(author party, category api.Category) (api.RecordVersion, error) {
		v, _, err := e.svc.Create(e.ctx, author.addr, api.NewRecord{Patient: e.patient.addr, Category: category,
			MediaType: "application/fhir+json", Body: bytes.NewReader(dispense)})
		return v, err
	}
	grantTo := func(grantee party, categories api.CategoryMask, purpose api.Purpose) {
		e.send(t, e.patient, func(o *bind.TransactOpts) (*types.Transaction, error) {
			return e.grants.Grant(o, grantee.addr, uint32(categories), uint8(purpose), uint64(time.Now().Add(time.Hour).Unix()))
		})
	}

	t.Run("without the patient's treatment grant the pharmacy may not write, and nothing is stored", func(t *testing.T) {
		if _, err := create(pharmacy, api.CategoryPrescriptions); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("no grant: got %v, want ErrForbidden", err)
		}
		grantTo(pharmacy, api.MaskOf(api.CategoryPrescriptions), api.PurposePayment)
		if _, err := create(pharmacy, api.CategoryPrescriptions); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("payment grant: got %v, want ErrForbidden", err)
		}
		var n int64
		e.db.Model(&content{}).Count(&n)
		if n != 0 {
			t.Fatalf("%d contents stored by refused writes", n)
		}
	})

	grantTo(pharmacy, api.MaskOf(api.CategoryPrescriptions, api.CategoryDiagnoses), api.PurposeTreatment)
	var v api.RecordVersion
	t.Run("with it the pharmacy writes prescriptions records only", func(t *testing.T) {
		if _, err := create(pharmacy, api.CategoryDiagnoses); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("diagnoses: got %v, want ErrForbidden", err)
		}
		var err error
		if v, err = create(pharmacy, api.CategoryPrescriptions); err != nil {
			t.Fatal(err)
		}
		if v.Author != pharmacy.addr || v.Patient != e.patient.addr || v.Category != api.CategoryPrescriptions {
			t.Fatalf("version %+v", v)
		}
		if stored := e.blocks.files[v.CID]; bytes.Contains(stored, []byte("dispense-marker")) {
			t.Fatal("the ciphertext in IPFS holds the plaintext")
		}
	})

	t.Run("the patient and the pharmacy read it; a pharmacy without a grant does not", func(t *testing.T) {
		for _, reader := range []party{e.patient, pharmacy} {
			c, err := e.svc.Content(e.ctx, reader.addr, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got := readAll(t, c); !bytes.Equal(got, dispense) {
				t.Fatalf("read %q", got)
			}
		}
		if _, err := e.svc.Content(e.ctx, other.addr, v.ID); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("other pharmacy: got %v, want ErrForbidden", err)
		}
		if _, err := create(other, api.CategoryPrescriptions); !errors.Is(err, api.ErrForbidden) {
			t.Fatalf("other pharmacy writing: got %v, want ErrForbidden", err)
		}
	})
}
