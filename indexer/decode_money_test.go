package indexer

import (
	"fmt"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/salus-health/salus/bindings"
	"github.com/salus-health/salus/indexer/store"
)

// TestDecodesMoneyEvents decodes one log of every Claims, ServiceContracts
// and SettlementToken event and compares the row field by field; amounts
// above 2^64 must come out digit for digit.
func TestDecodesMoneyEvents(t *testing.T) {
	fams, err := families()
	if err != nil {
		t.Fatal(err)
	}
	byContract := map[string]*family{}
	for _, f := range fams {
		byContract[f.contract] = f
	}
	at := store.Event{BlockHash: "0xb1", LogIndex: 3, BlockNumber: 12, BlockTime: 1_700_000_000, TxHash: "0xt1", Contract: "0xc"}
	huge, _ := new(big.Int).SetString("79228162514264337593543950335", 10) // 2^96 - 1
	a1, a2, a3 := common.HexToAddress("0xa1"), common.HexToAddress("0xa2"), common.HexToAddress("0xa3")
	s1, s2, s3 := store.Addr(a1), store.Addr(a2), store.Addr(a3)
	id := [32]byte{0xc1}
	code := [32]byte{0xcc}
	zeroClaim := func(kind string) store.ClaimEvent {
		return store.ClaimEvent{Event: at, Kind: kind, ClaimID: store.Hash(id), Amount: "0", Approved: "0", Deductible: "0",
			Copay: "0", OverLimit: "0", Payout: "0"}
	}
	step := func(kind string, period int) store.ServiceContractEvent {
		return store.ServiceContractEvent{Event: at, Kind: kind, ContractID: 4, Period: period, Amount: "0", Offered: "0", Escrow: "0"}
	}
	cases := []struct {
		contract string
		abi      *abi.ABI
		event    string
		args     []any
		want     func() any
	}{
		{"Claims", claimsABI, "PlanCreated", []any{uint64(2), a1, bindings.IClaimsPlanTerms{CopayBps: 2000, ConsentCategories: 129, Deductible: 100, AnnualLimit: ^uint64(0), ReviewThreshold: 5000}},
			func() any {
				return store.PlanEvent{Event: at, Kind: store.KindCreated, PlanID: 2, Insurer: s1, CopayBps: 2000, ConsentCategories: 129,
					Deductible: "100", AnnualLimit: "18446744073709551615", ReviewThreshold: "5000"}
			}},
		{"Claims", claimsABI, "PlanClosed", []any{uint64(2)}, func() any {
			return store.PlanEvent{Event: at, Kind: store.KindClosed, PlanID: 2, Deductible: "0", AnnualLimit: "0", ReviewThreshold: "0"}
		}},
		{"Claims", claimsABI, "TariffsSet", []any{uint64(2), [][32]byte{code, {0xcd}}, []uint64{700, 0}}, func() any {
			return store.PlanTariffSet{Event: at, PlanID: 2, Codes: 2}
		}},
		{"Claims", claimsABI, "PolicyIssued", []any{uint64(5), uint64(2), a2, [32]byte{0xee}, uint64(10), uint64(20)}, func() any {
			return store.PolicyEvent{Event: at, Kind: store.KindIssued, PolicyID: 5, PlanID: 2, Patient: s2, MemberRef: store.Hash([32]byte{0xee}), ValidFrom: 10, ValidUntil: 20}
		}},
		{"Claims", claimsABI, "PolicyTerminated", []any{uint64(5), uint64(15)}, func() any {
			return store.PolicyEvent{Event: at, Kind: store.KindTerminated, PolicyID: 5, ValidUntil: 15}
		}},
		{"Claims", claimsABI, "PoolDeposited", []any{a1, huge}, func() any {
			return store.PoolEvent{Event: at, Kind: store.KindDeposited, Insurer: s1, Amount: "79228162514264337593543950335"}
		}},
		{"Claims", claimsABI, "PoolWithdrawn", []any{a1, big.NewInt(9)}, func() any {
			return store.PoolEvent{Event: at, Kind: store.KindWithdrawn, Insurer: s1, Amount: "9"}
		}},
		{"Claims", claimsABI, "ClaimSubmitted", []any{id, a3, a2, a1, uint64(5), [32]byte{0x11}, uint64(1_690_000_000),
			[]bindings.IClaimsLineOutcome{{Code: code, Quantity: 2, UnitAmount: 500, Allowed: huge}, {Code: [32]byte{0xcd}, Quantity: 1, UnitAmount: 7, Allowed: big.NewInt(1), Reason: 2}},
			[][]byte{{1, 2, 3}}}, func() any {
			return store.ClaimSubmission{Event: at, ClaimID: store.Hash(id), Provider: s3, Patient: s2, Insurer: s1, PolicyID: 5,
				ClaimKey: store.Hash([32]byte{0x11}), ServiceDate: 1_690_000_000, Lines: 2, Allowed: "79228162514264337593543950336", Evidence: "0x010203"}
		}},
		{"Claims", claimsABI, "ClaimPended", []any{id, uint16(6)}, func() any { r := zeroClaim(store.KindPended); r.Reasons = 6; return r }},
		{"Claims", claimsABI, "ClaimApproved", []any{id, a1, []*big.Int{big.NewInt(3), huge}, true}, func() any {
			r := zeroClaim(store.KindApproved)
			r.Insurer, r.Partial, r.Amount, r.Amounts = s1, true, "79228162514264337593543950338", "3,79228162514264337593543950335"
			return r
		}},
		{"Claims", claimsABI, "ClaimDecided", []any{id, uint64(5), uint32(1), bindings.IClaimsDecision{Approved: big.NewInt(100), Deductible: big.NewInt(20),
			Copay: big.NewInt(16), OverLimit: big.NewInt(4), Payout: big.NewInt(60)}}, func() any {
			r := zeroClaim(store.KindDecided)
			r.PolicyID, r.BenefitYear, r.Approved, r.Deductible, r.Copay, r.OverLimit, r.Payout, r.Amount = 5, 1, "100", "20", "16", "4", "60", "60"
			return r
		}},
		{"Claims", claimsABI, "ClaimQueued", []any{id, a1, big.NewInt(60), uint64(7)}, func() any {
			r := zeroClaim(store.KindQueued)
			r.Insurer, r.Amount, r.QueuePosition = s1, "60", 7
			return r
		}},
		{"Claims", claimsABI, "ClaimPaid", []any{id, a1, a3, huge}, func() any {
			r := zeroClaim(store.KindPaid)
			r.Insurer, r.Provider, r.Amount = s1, s3, "79228162514264337593543950335"
			return r
		}},
		{"Claims", claimsABI, "ClaimDenied", []any{id, a1, [32]byte{0xde}, true}, func() any {
			r := zeroClaim(store.KindDenied)
			r.Insurer, r.ReasonCode, r.Final = s1, store.Hash([32]byte{0xde}), true
			return r
		}},
		{"Claims", claimsABI, "ClaimAppealed", []any{id, a3, [32]byte{0xa9}, [][]byte{{1}, {2}}}, nil},
		{"ServiceContracts", servicesABI, "ServiceContractProposed", []any{uint64(4), a1, a3, bindings.IServiceContractsProposal{Provider: a3, Budget: huge,
			Start: 100, PeriodLength: 30, PeriodCount: 12, AutoRelease: true, TermsCid: []byte{9}, Codes: [][32]byte{code}, Tariffs: []uint64{250}}}, func() any {
			return store.ServiceContractProposal{Event: at, ContractID: 4, Payer: s1, Provider: s3, Budget: "79228162514264337593543950335",
				Start: 100, PeriodLength: 30, PeriodCount: 12, AutoRelease: true, TermsCID: "0x09", Codes: 1}
		}},
		{"ServiceContracts", servicesABI, "ServiceContractAccepted", []any{uint64(4), a3}, func() any { r := step(store.KindAccepted, -1); r.Account = s3; return r }},
		{"ServiceContracts", servicesABI, "ServiceContractFunded", []any{uint64(4), a1, big.NewInt(500), huge}, func() any {
			r := step(store.KindFunded, -1)
			r.Account, r.Amount, r.Escrow = s1, "500", "79228162514264337593543950335"
			return r
		}},
		{"ServiceContracts", servicesABI, "ServicesReported", []any{uint64(4), uint16(2), a3, big.NewInt(750),
			[]bindings.IServiceContractsReportLine{{Code: code, Quantity: 3}}, [][]byte{}}, func() any {
			return store.ServiceReport{Event: at, ContractID: 4, Period: 2, Provider: s3, Amount: "750", Lines: 1}
		}},
		{"ServiceContracts", servicesABI, "ServiceReportApproved", []any{uint64(4), uint16(2), big.NewInt(750), true}, func() any {
			r := step(store.KindApproved, 2)
			r.Amount, r.Automatic = "750", true
			return r
		}},
		{"ServiceContracts", servicesABI, "ServiceReportDisputed", []any{uint64(4), uint16(2), [32]byte{0xd1}, big.NewInt(500)}, func() any {
			r := step(store.KindDisputed, 2)
			r.ReasonCode, r.Offered = store.Hash([32]byte{0xd1}), "500"
			return r
		}},
		{"ServiceContracts", servicesABI, "ServiceDisputeResolved", []any{uint64(4), uint16(2), a2, big.NewInt(600)}, func() any {
			r := step(store.KindResolved, 2)
			r.Account, r.Amount = s2, "600"
			return r
		}},
		{"ServiceContracts", servicesABI, "ServicePaymentDeferred", []any{uint64(4), uint16(2), big.NewInt(600), big.NewInt(10)}, func() any {
			r := step(store.KindDeferred, 2)
			r.Amount, r.Escrow = "600", "10"
			return r
		}},
		{"ServiceContracts", servicesABI, "ServicePaymentReleased", []any{uint64(4), uint16(2), a3, big.NewInt(600)}, func() any {
			r := step(store.KindReleasedPay, 2)
			r.Account, r.Amount = s3, "600"
			return r
		}},
		{"ServiceContracts", servicesABI, "ServiceContractTerminated", []any{uint64(4), a1, [32]byte{0x7e}}, func() any {
			r := step(store.KindTerminated, -1)
			r.Account, r.ReasonCode = s1, store.Hash([32]byte{0x7e})
			return r
		}},
		{"ServiceContracts", servicesABI, "EscrowRefunded", []any{uint64(4), a1, big.NewInt(40)}, func() any {
			r := step(store.KindRefunded, -1)
			r.Account, r.Amount = s1, "40"
			return r
		}},
		{"SettlementToken", tokenABI, "Transfer", []any{a1, a2, huge}, func() any {
			return store.TokenTransfer{Event: at, Sender: s1, Receiver: s2, Value: "79228162514264337593543950335"}
		}},
		{"SettlementToken", tokenABI, "Approval", []any{a1, a2, big.NewInt(5)}, func() any {
			return store.TokenApproval{Event: at, Owner: s1, Spender: s2, Value: "5"}
		}},
		{"SettlementToken", tokenABI, "Minted", []any{a1, a2, big.NewInt(5), [32]byte{0x99}}, func() any {
			return store.TokenSupplyEvent{Event: at, Kind: store.KindMinted, Treasury: s1, To: s2, Amount: "5", PaymentRef: store.Hash([32]byte{0x99})}
		}},
		{"SettlementToken", tokenABI, "Burned", []any{a1, big.NewInt(5), [32]byte{0x99}}, func() any {
			return store.TokenSupplyEvent{Event: at, Kind: store.KindBurned, Treasury: s1, Amount: "5", PaymentRef: store.Hash([32]byte{0x99})}
		}},
	}
	seen := map[string]bool{}
	for _, c := range cases {
		t.Run(c.contract+"."+c.event, func(t *testing.T) {
			seen[c.contract+"."+c.event] = true
			l := mkLog(common.Address{}, c.abi, c.event, c.args...)
			d, ok := byContract[c.contract].events[l.Topics[0]]
			if !ok {
				t.Fatalf("no decoder")
			}
			row, err := d.decode(l, at)
			if err != nil {
				t.Fatal(err)
			}
			if c.want == nil {
				r := row.(*store.ClaimEvent)
				if r.Kind != store.KindAppealed || r.Provider != s3 || r.Evidence != "0x01 0x02" {
					t.Fatalf("got %+v", *r)
				}
				return
			}
			got := fmt.Sprintf("%+v", deref(row))
			if want := fmt.Sprintf("%+v", c.want()); got != want {
				t.Errorf("got  %s\nwant %s", got, want)
			}
		})
	}
	for _, name := range []string{"Claims", "ServiceContracts", "SettlementToken"} {
		for ev := range byContract[name].abi.Events {
			if shared := map[string]bool{"RoleGranted": true, "RoleRevoked": true, "RoleAdminChanged": true, "EIP712DomainChanged": true}; !shared[ev] && !seen[name+"."+ev] {
				t.Errorf("%s.%s: no decode case", name, ev)
			}
		}
	}
}

// deref returns the value a row pointer points to, unexported fields
// (derived rows) dropped by formatting only exported ones.
func deref(r store.Row) any {
	switch v := r.(type) {
	case *store.PlanTariffSet:
		return store.PlanTariffSet{Event: v.Event, PlanID: v.PlanID, Codes: v.Codes}
	case *store.ClaimSubmission:
		return store.ClaimSubmission{Event: v.Event, ClaimID: v.ClaimID, Provider: v.Provider, Patient: v.Patient, Insurer: v.Insurer,
			PolicyID: v.PolicyID, ClaimKey: v.ClaimKey, ServiceDate: v.ServiceDate, Lines: v.Lines, Allowed: v.Allowed, Evidence: v.Evidence}
	case *store.ServiceContractProposal:
		c := *v
		return store.ServiceContractProposal{Event: c.Event, ContractID: c.ContractID, Payer: c.Payer, Provider: c.Provider, Budget: c.Budget,
			Start: c.Start, PeriodLength: c.PeriodLength, PeriodCount: c.PeriodCount, AutoRelease: c.AutoRelease, TermsCID: c.TermsCID, Codes: c.Codes}
	case *store.ServiceReport:
		return store.ServiceReport{Event: v.Event, ContractID: v.ContractID, Period: v.Period, Provider: v.Provider, Amount: v.Amount,
			Lines: v.Lines, Evidence: v.Evidence}
	}
	return reflectElem(r)
}

func reflectElem(r store.Row) any { return reflect.ValueOf(r).Elem().Interface() }
