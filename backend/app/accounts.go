package app

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/keys"
	"github.com/salus-health/salus/backend/txsender"
	"github.com/salus-health/salus/devnet/genesis"
)

// gasStation makes every keystore account usable by the sender on first use
// and keeps institutional accounts supplied with gas from the treasury
// account. On a permissioned chain institutions do not buy ether: the
// operator pays for gas, and this is where it does so.
//
// It is safe for concurrent use.
type gasStation struct {
	sender   *txsender.Sender
	keys     *keys.Store
	chainID  *big.Int
	treasury common.Address
	balances interface {
		PendingBalanceAt(ctx context.Context, account common.Address) (*big.Int, error)
	}

	min, topUp *big.Int      // top up to min+topUp when below min
	recheck    time.Duration // how long a sufficient balance is trusted

	mu      sync.Mutex
	added   map[common.Address]bool
	checked map[common.Address]time.Time
}

func newGasStation(sender *txsender.Sender, ks *keys.Store, chainID *big.Int, treasury common.Address, balances interface {
	PendingBalanceAt(ctx context.Context, account common.Address) (*big.Int, error)
}) *gasStation {
	return &gasStation{
		sender: sender, keys: ks, chainID: chainID, treasury: treasury, balances: balances,
		min: genesis.Ether(1), topUp: genesis.Ether(10), recheck: 30 * time.Second,
		added: map[common.Address]bool{}, checked: map[common.Address]time.Time{},
	}
}

// ensure registers addr with the sender (if the keystore holds its key) and
// tops up its balance when low.
func (g *gasStation) ensure(ctx context.Context, addr common.Address) error {
	g.mu.Lock()
	added := g.added[addr]
	fresh := time.Since(g.checked[addr]) < g.recheck
	g.mu.Unlock()
	if !added {
		if !g.keys.Has(addr) {
			return nil // the sender reports ErrUnknownAccount
		}
		sign, err := g.keys.SignerFn(addr, g.chainID)
		if err != nil {
			return err
		}
		g.sender.AddAccount(addr, sign)
		g.mu.Lock()
		g.added[addr] = true
		g.mu.Unlock()
	}
	if fresh || addr == g.treasury {
		return nil
	}
	bal, err := g.balances.PendingBalanceAt(ctx, addr)
	if err != nil {
		return fmt.Errorf("balance of %s: %w", addr, err)
	}
	if bal.Cmp(g.min) < 0 {
		if err := g.ensure(ctx, g.treasury); err != nil {
			return err
		}
		p, err := g.sender.Send(ctx, g.treasury, &addr, nil, g.topUp, 21_000)
		if err != nil {
			return fmt.Errorf("gas top-up for %s: %w", addr, err)
		}
		if _, err := g.sender.Wait(ctx, p); err != nil {
			return fmt.Errorf("gas top-up for %s: %w", addr, err)
		}
	}
	g.mu.Lock()
	g.checked[addr] = time.Now()
	g.mu.Unlock()
	return nil
}

// Transact implements chainsvc.Sender.
func (g *gasStation) Transact(ctx context.Context, from common.Address, build func(*bind.TransactOpts) (*types.Transaction, error)) (*txsender.Pending, error) {
	if err := g.ensure(ctx, from); err != nil {
		return nil, err
	}
	return g.sender.Transact(ctx, from, build)
}

// Wait implements chainsvc.Sender.
func (g *gasStation) Wait(ctx context.Context, p *txsender.Pending) (*types.Receipt, error) {
	return g.sender.Wait(ctx, p)
}

// SendAndWait implements deploy.Sender.
func (g *gasStation) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	if err := g.ensure(ctx, from); err != nil {
		return nil, err
	}
	p, err := g.sender.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return g.sender.Wait(ctx, p)
}
