package api

import (
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Response bodies. Addresses are EIP-55 checksummed, hashes and bytes are 0x-hex
// (lower case), times are RFC 3339 in UTC.

type statusResponse struct {
	Status string `json:"status"`
}

type chainResponse struct {
	ChainID         uint64            `json:"chainId"`
	HeadNumber      uint64            `json:"headNumber"`
	HeadHash        string            `json:"headHash"`
	HeadTime        string            `json:"headTime,omitempty"`
	Signers         []string          `json:"signers"`
	Contracts       map[string]string `json:"contracts"`
	DeploymentBlock uint64            `json:"deploymentBlock"`
}

type participantResponse struct {
	Address          string `json:"address"`
	Role             string `json:"role"`
	Name             string `json:"name"`
	Active           bool   `json:"active"`
	Suspended        bool   `json:"suspended"`
	SuspensionReason string `json:"suspensionReason,omitempty"`
	LicensedAt       string `json:"licensedAt,omitempty"`
	ValidUntil       string `json:"validUntil,omitempty"`
	LicenseRef       string `json:"licenseRef"`
	EncryptionKey    string `json:"encryptionKey,omitempty"`
}

// txResponse reports a mined write.
type txResponse struct {
	TxHash      string `json:"txHash"`
	BlockNumber uint64 `json:"blockNumber"`
	BlockHash   string `json:"blockHash"`
	Status      string `json:"status"`
}

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func formatAddresses(as []common.Address) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Hex()
	}
	return out
}

func newChainResponse(info ChainInfo) chainResponse {
	contracts := make(map[string]string, len(info.Contracts))
	for name, a := range info.Contracts {
		contracts[name] = a.Hex()
	}
	return chainResponse{
		ChainID:         info.ChainID,
		HeadNumber:      info.HeadNumber,
		HeadHash:        info.HeadHash.Hex(),
		HeadTime:        formatTime(info.HeadTime),
		Signers:         formatAddresses(info.Signers),
		Contracts:       contracts,
		DeploymentBlock: info.DeploymentBlock,
	}
}

func newParticipantResponse(p Participant) participantResponse {
	r := participantResponse{
		Address:    p.Account.Hex(),
		Role:       p.Role.String(),
		Name:       p.Name,
		Active:     p.Active,
		Suspended:  p.Suspended,
		LicensedAt: formatTime(p.LicensedAt),
		ValidUntil: formatTime(p.ValidUntil),
		LicenseRef: hexutil.Encode(p.LicenseRef[:]),
	}
	if p.SuspensionReason != ([32]byte{}) {
		r.SuspensionReason = hexutil.Encode(p.SuspensionReason[:])
	}
	if len(p.EncryptionKey) > 0 {
		r.EncryptionKey = hexutil.Encode(p.EncryptionKey)
	}
	return r
}

func newTxResponse(tx TxResult) txResponse {
	return txResponse{
		TxHash:      tx.TxHash.Hex(),
		BlockNumber: tx.BlockNumber,
		BlockHash:   tx.BlockHash.Hex(),
		Status:      "success",
	}
}
