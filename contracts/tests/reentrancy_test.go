package tests

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/bindings"
)

// Re-entrancy. Claims and ServiceContracts call foreign code only through the token
// (transfer, transferFrom, permit); Registry and AccessGrants are read through view functions,
// which Solidity calls with STATICCALL. The settlement token is a plain OpenZeppelin ERC-20: a
// transfer runs no code of its receiver, so with it nothing can re-enter (the first test shows a
// contract provider receiving no call). To check that the contracts would still be safe with a
// token that has receive hooks (ERC-777 / ERC-1363 style), these tests deploy them with
// HookToken (testdata/mocks) and pay a provider that is a contract, ReentrantProvider, whose
// hook calls back into the paying contract in the middle of the payment:
//
//   - a second settle, submit, release or terminate hits ReentrancyGuard
//     (ReentrancyGuardReentrantCall);
//   - an unguarded function (appealClaim) sees the claim already Paid: every state change is
//     made before the transfer (checks-effects-interactions);
//
// and in every case the claim or report is paid exactly once and the pools balance.

// mockContract is a deployed test-only contract from testdata/mocks.
type mockContract struct {
	addr common.Address
	abi  abi.ABI
	c    *bind.BoundContract
}

// mockArtifact is testdata/mocks/<Name>.json.
type mockArtifact struct {
	ABI json.RawMessage `json:"abi"`
	Bin string          `json:"bin"`
}

func deployMock(t testing.TB, b Backend, name string) *mockContract {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "mocks", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var art mockArtifact
	if err := json.Unmarshal(raw, &art); err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(art.ABI))
	if err != nil {
		t.Fatal(err)
	}
	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, c, err := bind.DeployContract(opts, parsed, common.FromHex(art.Bin), b.Client())
	if err != nil {
		t.Fatalf("deploy %s: %v", name, err)
	}
	if r := b.Mine(t, tx); r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("deploy %s: status %d", name, r.Status)
	}
	return &mockContract{addr: addr, abi: parsed, c: c}
}

func (m *mockContract) tx(method string, args ...any) txFunc {
	return func(o *bind.TransactOpts) (*types.Transaction, error) { return m.c.Transact(o, method, args...) }
}

func (m *mockContract) read(t testing.TB, method string, args ...any) any {
	t.Helper()
	var out []any
	if err := m.c.Call(&bind.CallOpts{}, &out, method, args...); err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	return out[0]
}

// reentrantCall is a ReentrantProvider call of target with data (packed from contractABI).
func (m *mockContract) exec(target common.Address, data []byte) txFunc {
	return m.tx("exec", target, data)
}

// hookedEnv is the finance base plus Claims and ServiceContracts deployed with HookToken, and a
// licensed ReentrantProvider that the token calls on every credit.
type hookedEnv struct {
	*financeEnv
	hook         *mockContract
	attacker     *mockContract
	claimsH      *bindings.Claims
	claimsHAddr  common.Address
	servicesH    *bindings.ServiceContracts
	servicesHAdr common.Address
}

func deployHooked(t testing.TB, b Backend) *hookedEnv {
	t.Helper()
	f := deployFinanceBase(t, b)
	h := &hookedEnv{financeEnv: f, hook: deployMock(t, b, "HookToken"), attacker: deployMock(t, b, "ReentrantProvider")}
	opts := transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, claims, err := bindings.DeployClaims(opts, b.Client(), f.addr, f.grantsAddr, h.hook.addr)
	if err != nil {
		t.Fatal(err)
	}
	b.Mine(t, tx)
	h.claimsH, h.claimsHAddr = claims, addr
	opts = transactOpts(t, b, regulator)
	opts.GasLimit = deployGasLimit
	addr, tx, services, err := bindings.DeployServiceContracts(opts, b.Client(), f.addr, h.hook.addr)
	if err != nil {
		t.Fatal(err)
	}
	b.Mine(t, tx)
	h.servicesH, h.servicesHAdr = services, addr

	f.license(t, h.attacker.addr, roleProvider)
	f.send(t, regulator, h.hook.tx("setHooked", h.attacker.addr))
	for _, who := range []account{insurer, payer} {
		f.send(t, regulator, h.hook.tx("mint", who.addr, tokens(100_000)))
		f.send(t, who, h.hook.tx("approve", h.claimsHAddr, tokens(100_000)))
		f.send(t, who, h.hook.tx("approve", h.servicesHAdr, tokens(100_000)))
	}
	// Plan 1 and policy 1 of patient (who granted insurer payment consent in the base).
	f.send(t, insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.CreatePlan(o, baseTerms, [][32]byte{codeConsult}, []uint64{tariffConsult})
	})
	f.send(t, insurer, func(o *bind.TransactOpts) (*types.Transaction, error) {
		return claims.Enrol(o, 1, patient.addr, memberRef("patient"), f.validFrom, farFuture)
	})
	return h
}

// submitAsAttacker has the attacker contract submit a one-consult claim under key.
func (h *hookedEnv) submitAsAttacker(t testing.TB, key string) [32]byte {
	t.Helper()
	s := h.submission(t, key, line(codeConsult, 1, tariffConsult))
	data, err := h.claimsABI.Pack("submitClaim", s)
	if err != nil {
		t.Fatal(err)
	}
	h.sendGas(t, stranger, 3_000_000, h.attacker.exec(h.claimsHAddr, data))
	return claimID(h.attacker.addr, s.ClaimKey)
}

// arm makes the attacker re-enter target with data on its next payment.
func (h *hookedEnv) arm(t testing.TB, target common.Address, data []byte) {
	t.Helper()
	h.send(t, stranger, h.attacker.tx("arm", target, data))
}

// wantRefused fails unless the attacker made exactly attempts re-entrant calls, the last of
// which reverted with the error named want (of Claims or ServiceContracts).
func (h *hookedEnv) wantRefused(t testing.TB, attempts int64, want string, args ...any) {
	t.Helper()
	if got := h.attacker.read(t, "attempts").(*big.Int); got.Int64() != attempts {
		t.Fatalf("re-entrant attempts = %v, want %d", got, attempts)
	}
	if h.attacker.read(t, "lastSucceeded").(bool) {
		t.Fatal("the re-entrant call succeeded")
	}
	data := h.attacker.read(t, "lastResult").([]byte)
	abiErr, ok := h.env.abi.Errors[want]
	if !ok {
		t.Fatalf("no error %s in the ABIs", want)
	}
	packed, err := abiErr.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	if wantData := append(append([]byte{}, abiErr.ID[:4]...), packed...); !bytes.Equal(data, wantData) {
		t.Fatalf("re-entrant call reverted with %s, want %s%v", hexutil.Encode(data), want, args)
	}
}

func (h *hookedEnv) hookBalance(t testing.TB, who common.Address) *big.Int {
	t.Helper()
	return h.hook.read(t, "balanceOf", who).(*big.Int)
}

// checkClaimsPool checks the pool identity and that the token balance of the hooked Claims is
// the insurer's pool balance.
func (h *hookedEnv) checkClaimsPool(t testing.TB) {
	t.Helper()
	p := must(h.claimsH.Pool(h.opts(), insurer.addr))
	if new(big.Int).Add(p.Balance, p.Paid).Cmp(new(big.Int).Sub(p.Deposited, p.Withdrawn)) != 0 {
		t.Fatalf("pool %+v breaks balance + paid == deposited - withdrawn", p)
	}
	if got := h.hookBalance(t, h.claimsHAddr); got.Cmp(p.Balance) != 0 {
		t.Fatalf("Claims holds %v tokens, the pool says %v", got, p.Balance)
	}
}

// TestReentrancy runs the re-entrancy attempts on every backend.
func TestReentrancy(t *testing.T) {
	for _, bf := range backends {
		t.Run(bf.name, func(t *testing.T) {
			b := bf.start(t, financeFunded()...)
			t.Run("settlementToken_paysAContractProviderWithoutCallingIt", func(t *testing.T) {
				h := deployHooked(t, b)
				// The attacker submits to the real Claims (SettlementToken) and is paid: no hook.
				s := h.submission(t, "plain token", line(codeConsult, 1, tariffConsult))
				data, err := h.claimsABI.Pack("submitClaim", s)
				if err != nil {
					t.Fatal(err)
				}
				h.sendGas(t, stranger, 3_000_000, h.attacker.exec(h.claimsAddr, data))
				if got := h.balance(h.attacker.addr); !eqBig(got, 40_000_000) {
					t.Fatalf("attacker balance %v, want 40 tokens", got)
				}
				if n := h.attacker.read(t, "hookCalls").(*big.Int); n.Sign() != 0 {
					t.Fatalf("SettlementToken called the receiver %v times", n)
				}
			})
			t.Run("submitClaim_reenteredFromPayment_hitsReentrancyGuard", func(t *testing.T) {
				h := deployHooked(t, b)
				h.send(t, insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.claimsH.Deposit(o, tokens(1_000)) })
				second := h.submission(t, "second", line(codeConsult, 1, tariffConsult))
				data, err := h.claimsABI.Pack("submitClaim", second)
				if err != nil {
					t.Fatal(err)
				}
				h.arm(t, h.claimsHAddr, data)
				id := h.submitAsAttacker(t, "first")
				h.wantRefused(t, 1, "ReentrancyGuardReentrantCall")
				if c := must(h.claimsH.Claim(h.opts(), id)); c.Status != claimPaid {
					t.Fatalf("claim status %d", c.Status)
				}
				if c := must(h.claimsH.Claim(h.opts(), claimID(h.attacker.addr, second.ClaimKey))); c.Status != claimNone {
					t.Fatal("the re-entrant submission was stored")
				}
				if got := h.hookBalance(t, h.attacker.addr); !eqBig(got, 40_000_000) {
					t.Fatalf("attacker balance %v, want one payment of 40 tokens", got)
				}
				h.checkClaimsPool(t)
			})
			t.Run("settle_reenteredFromPayment_hitsReentrancyGuardAndPaysOnce", func(t *testing.T) {
				h := deployHooked(t, b)
				id := h.submitAsAttacker(t, "queued") // empty pool: queued
				if c := must(h.claimsH.Claim(h.opts(), id)); c.Status != claimAwaitingFunds {
					t.Fatalf("claim status %d, want AwaitingFunds", c.Status)
				}
				h.send(t, insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.claimsH.Deposit(o, tokens(1_000)) })
				data, err := h.claimsABI.Pack("settle", insurer.addr, big.NewInt(32))
				if err != nil {
					t.Fatal(err)
				}
				h.arm(t, h.claimsHAddr, data)
				h.send(t, stranger, func(o *bind.TransactOpts) (*types.Transaction, error) {
					return h.claimsH.Settle(o, insurer.addr, big.NewInt(32))
				})
				h.wantRefused(t, 1, "ReentrancyGuardReentrantCall")
				p := must(h.claimsH.Pool(h.opts(), insurer.addr))
				if !eqBig(p.Paid, 40_000_000) || p.Owed.Sign() != 0 || p.Queued != 0 {
					t.Fatalf("pool = %+v, want one payment of 40 tokens", p)
				}
				if got := h.hookBalance(t, h.attacker.addr); !eqBig(got, 40_000_000) {
					t.Fatalf("attacker balance %v", got)
				}
				h.checkClaimsPool(t)
			})
			t.Run("appealClaim_reenteredFromPayment_seesTheClaimPaid", func(t *testing.T) {
				h := deployHooked(t, b)
				h.send(t, insurer, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.claimsH.Deposit(o, tokens(1_000)) })
				id := claimID(h.attacker.addr, claimKey("appeal during payment"))
				data, err := h.claimsABI.Pack("appealClaim", id, [32]byte{}, [][]byte{})
				if err != nil {
					t.Fatal(err)
				}
				h.arm(t, h.claimsHAddr, data)
				h.submitAsAttacker(t, "appeal during payment")
				h.wantRefused(t, 1, "ClaimsInvalidStatus", id, claimPaid)
				h.checkClaimsPool(t)
			})
			t.Run("release_reenteredFromPayment_hitsReentrancyGuardAndPaysOnce", func(t *testing.T) {
				h := deployHooked(t, b)
				p := h.proposal(t, true)
				p.Provider = h.attacker.addr
				r := h.send(t, payer, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.servicesH.Propose(o, p) })
				id := oneEvent(t, r, h.servicesHAdr, h.servicesH.ParseServiceContractProposed).ContractId
				h.send(t, stranger, h.attacker.exec(h.servicesHAdr, must(h.servicesABI.Pack("accept", id))))
				// Reported without escrow: the automatic approval waits for funds.
				h.send(t, stranger, h.attacker.exec(h.servicesHAdr,
					must(h.servicesABI.Pack("report", id, uint16(0), consultAndLab, [][]byte{}))))
				if rp := must(h.servicesH.ReportOf(h.opts(), id, 0)); rp.Status != reportAwaitingFunds {
					t.Fatalf("report = %+v", rp)
				}
				h.send(t, payer, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.servicesH.Fund(o, id, tokens(500)) })
				h.arm(t, h.servicesHAdr, must(h.servicesABI.Pack("release", id, uint16(0))))
				h.send(t, stranger, func(o *bind.TransactOpts) (*types.Transaction, error) { return h.servicesH.Release(o, id, 0) })
				h.wantRefused(t, 1, "ReentrancyGuardReentrantCall")
				c := must(h.servicesH.ServiceContract(h.opts(), id))
				if c.Released.Cmp(tokens(190)) != 0 || c.Escrow.Cmp(tokens(310)) != 0 || c.Reserved.Sign() != 0 {
					t.Fatalf("contract = %+v", c)
				}
				if got := h.hookBalance(t, h.attacker.addr); got.Cmp(tokens(190)) != 0 {
					t.Fatalf("attacker balance %v, want one payment of 190 tokens", got)
				}
				// Terminating from the next payment's hook is refused as well: the automatic
				// payment of the period 1 report calls the hook inside the guarded report.
				h.arm(t, h.servicesHAdr, must(h.servicesABI.Pack("terminate", id, [32]byte{})))
				h.send(t, stranger, h.attacker.exec(h.servicesHAdr,
					must(h.servicesABI.Pack("report", id, uint16(1), []bindings.IServiceContractsReportLine{reportLine(codeLab, 1)}, [][]byte{}))))
				h.wantRefused(t, 2, "ReentrancyGuardReentrantCall")
				if c := must(h.servicesH.ServiceContract(h.opts(), id)); c.Status != contractActive || c.Released.Cmp(tokens(210)) != 0 {
					t.Fatalf("contract = %+v", c)
				}
				if got := h.hookBalance(t, h.servicesHAdr); got.Cmp(tokens(290)) != 0 {
					t.Fatalf("ServiceContracts holds %v, want the escrow of 290 tokens", got)
				}
			})
		})
	}
}

// TestMockArtifactsUpToDate recompiles testdata/mocks with node and compares the committed JSON.
// It skips (fails under CI) without node or contracts/node_modules.
func TestMockArtifactsUpToDate(t *testing.T) {
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("node not found in PATH")
		}
		t.Skip("node not found in PATH")
	}
	if _, err := os.Stat(filepath.Join("..", "node_modules", "solc")); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("contracts/node_modules/solc is absent: run make contracts first")
		}
		t.Skip("contracts/node_modules/solc is absent")
	}
	dir := t.TempDir()
	cmd := exec.Command("node", filepath.Join("testdata", "compile_mocks.js"), dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("compile_mocks.js: %v\n%s", err, out)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		fresh, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		committed, err := os.ReadFile(filepath.Join("testdata", "mocks", e.Name()))
		if err != nil || !bytes.Equal(fresh, committed) {
			t.Errorf("testdata/mocks/%s is stale: run node contracts/tests/testdata/compile_mocks.js", e.Name())
		}
	}
	if len(entries) == 0 || !strings.HasSuffix(entries[0].Name(), ".json") {
		t.Fatalf("compile_mocks.js wrote %v", entries)
	}
}
