package cli

import (
	"context"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/salus-health/salus/backend/txsender"
)

// senderAdapter lets deploy.Run send through a txsender.Sender.
type senderAdapter struct{ s *txsender.Sender }

func (a senderAdapter) SendAndWait(ctx context.Context, from common.Address, to *common.Address, data []byte) (*types.Receipt, error) {
	p, err := a.s.Send(ctx, from, to, data, nil, 0)
	if err != nil {
		return nil, err
	}
	return a.s.Wait(ctx, p)
}
