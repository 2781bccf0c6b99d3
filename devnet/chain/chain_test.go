package chain_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/salus-health/salus/devnet/chain"
	"github.com/salus-health/salus/devnet/genesis"
)

func TestChainSealsTransactionsAndSurvivesRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	signer, _ := crypto.GenerateKey()
	user, _ := crypto.GenerateKey()
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	dir := t.TempDir()

	start := func() *chain.Chain {
		c, err := chain.New(chain.Config{DataDir: dir, Signer: signer, Alloc: map[common.Address]*big.Int{userAddr: genesis.Ether(10)}, HTTPHost: "127.0.0.1"})
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Start(ctx); err != nil {
			t.Fatal(err)
		}
		return c
	}
	c := start()
	if c.RPCURL() == "" {
		t.Fatal("no HTTP endpoint")
	}
	client := c.Client()
	to := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	var last *types.Receipt
	for i := uint64(0); i < 3; i++ {
		tx := types.MustSignNewTx(user, types.LatestSignerForChainID(c.ChainID()), &types.DynamicFeeTx{
			ChainID: c.ChainID(), Nonce: i, GasTipCap: big.NewInt(2e9), GasFeeCap: big.NewInt(50e9), Gas: 21000, To: &to, Value: big.NewInt(1),
		})
		if err := client.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("send: %v", err)
		}
		r, err := bind.WaitMined(ctx, client, tx)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("mined: %v %v", r, err)
		}
		last = r
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head.Number.Cmp(last.BlockNumber) != 0 {
		t.Fatalf("period 0 chain sealed empty blocks: head %v, last tx block %v", head.Number, last.BlockNumber)
	}
	if err := c.Stop(ctx); err != nil {
		t.Fatal(err)
	}

	c2 := start()
	defer c2.Stop(ctx)
	head2, err := c2.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if head2.Hash() != head.Hash() {
		t.Fatalf("after restart head %v %s, want %v %s", head2.Number, head2.Hash(), head.Number, head.Hash())
	}
	bal, err := c2.Client().BalanceAt(ctx, to, big.NewInt(1))
	if err != nil {
		t.Fatalf("archive state at block 1: %v", err)
	}
	if bal.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("balance at block 1 = %v, want 1", bal)
	}
}
