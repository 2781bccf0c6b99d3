// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// IServiceContractsProposal is an auto generated low-level Go binding around an user-defined struct.
type IServiceContractsProposal struct {
	Provider     common.Address
	Budget       *big.Int
	Start        uint64
	PeriodLength uint32
	PeriodCount  uint16
	AutoRelease  bool
	TermsCid     []byte
	Codes        [][32]byte
	Tariffs      []uint64
}

// IServiceContractsReport is an auto generated low-level Go binding around an user-defined struct.
type IServiceContractsReport struct {
	Status     uint8
	ReportedAt uint64
	Amount     *big.Int
	Offered    *big.Int
}

// IServiceContractsReportLine is an auto generated low-level Go binding around an user-defined struct.
type IServiceContractsReportLine struct {
	Code     [32]byte
	Quantity uint32
}

// IServiceContractsServiceContract is an auto generated low-level Go binding around an user-defined struct.
type IServiceContractsServiceContract struct {
	Payer        common.Address
	Provider     common.Address
	Status       uint8
	AutoRelease  bool
	Start        uint64
	PeriodLength uint32
	PeriodCount  uint16
	TerminatedAt uint64
	Budget       *big.Int
	Escrow       *big.Int
	Released     *big.Int
	Reserved     *big.Int
	TermsCid     []byte
}

// ServiceContractsMetaData contains all meta data concerning the ServiceContracts contract.
var ServiceContractsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"}],\"name\":\"ServiceContractsCodeNotInTariff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"}],\"name\":\"ServiceContractsDuplicateReport\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"ServiceContractsExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"}],\"name\":\"ServiceContractsInsufficientEscrow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"ServiceContractsInvalidCid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsInvalidLineCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"ServiceContractsInvalidOffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"}],\"name\":\"ServiceContractsInvalidPeriod\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ServiceContractsInvalidProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsInvalidQuantity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"internalType\":\"enumIServiceContracts.ReportStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ServiceContractsInvalidReportStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"ServiceContractsInvalidResolution\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"enumIServiceContracts.ContractStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ServiceContractsInvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"}],\"name\":\"ServiceContractsInvalidTariff\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"codes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tariffs\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsInvalidTariffs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"periodLength\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"periodCount\",\"type\":\"uint16\"}],\"name\":\"ServiceContractsInvalidTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotActivePayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotActiveProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotParty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ServiceContractsNotResolver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"remaining\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsOverBudget\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"room\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsOverfunded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ServiceContractsTooMuchEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"}],\"name\":\"ServiceContractsUnknownContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ServiceContractsZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ServiceContractsZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"EscrowRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ServiceContractAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"}],\"name\":\"ServiceContractFunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"periodLength\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"periodCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"autoRelease\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"termsCid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"codes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"tariffs\",\"type\":\"uint64[]\"}],\"indexed\":false,\"internalType\":\"structIServiceContracts.Proposal\",\"name\":\"proposal\",\"type\":\"tuple\"}],\"name\":\"ServiceContractProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"ServiceContractTerminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"resolver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"ServiceDisputeResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"}],\"name\":\"ServicePaymentDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"ServicePaymentReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"automatic\",\"type\":\"bool\"}],\"name\":\"ServiceReportApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"ServiceReportDisputed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"indexed\":false,\"internalType\":\"structIServiceContracts.ReportLine[]\",\"name\":\"lines\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"name\":\"ServicesReported\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_CODES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EVIDENCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LINES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"}],\"name\":\"accept\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"}],\"name\":\"approveReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"contractCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"name\":\"disputeReport\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"fundWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"periodLength\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"periodCount\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"autoRelease\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"termsCid\",\"type\":\"bytes\"},{\"internalType\":\"bytes32[]\",\"name\":\"codes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"tariffs\",\"type\":\"uint64[]\"}],\"internalType\":\"structIServiceContracts.Proposal\",\"name\":\"proposal\",\"type\":\"tuple\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"}],\"name\":\"release\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"internalType\":\"structIServiceContracts.ReportLine[]\",\"name\":\"lines\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"name\":\"report\",\"outputs\":[{\"internalType\":\"enumIServiceContracts.ReportStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"}],\"name\":\"reportOf\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIServiceContracts.ReportStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"reportedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"offered\",\"type\":\"uint96\"}],\"internalType\":\"structIServiceContracts.Report\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"period\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"resolveDispute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"}],\"name\":\"serviceContract\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"enumIServiceContracts.ContractStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"autoRelease\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"periodLength\",\"type\":\"uint32\"},{\"internalType\":\"uint16\",\"name\":\"periodCount\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"terminatedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"budget\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"escrow\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"released\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"reserved\",\"type\":\"uint96\"},{\"internalType\":\"bytes\",\"name\":\"termsCid\",\"type\":\"bytes\"}],\"internalType\":\"structIServiceContracts.ServiceContract\",\"name\":\"out\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"}],\"name\":\"tariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"contractId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"terminate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561001057600080fd5b5060405161307538038061307583398101604081905261002f9161009e565b60016000556001600160a01b038216158061005157506001600160a01b038116155b1561006f57604051631f9e2d8360e31b815260040160405180910390fd5b6001600160a01b039182166080521660a0526100d8565b6001600160a01b038116811461009b57600080fd5b50565b600080604083850312156100b157600080fd5b82516100bc81610086565b60208401519092506100cd81610086565b809150509250929050565b60805160a051612f40610135600039600081816102f1015281816112f801528181611a6701528181611c650152611e970152600081816101dc0152818161052401528181610c0a01528181610ea401526114630152612f406000f3fe608060405234801561001057600080fd5b50600436106101215760003560e01c806385c21b1e116100ad578063bfd8fe4d11610071578063bfd8fe4d14610286578063c2e17e8a146102a6578063d025d3aa14610214578063dcc4c67d146102dc578063fc0c546a146102ef57600080fd5b806385c21b1e1461021c5780638736381a1461023c578063874298c51461024d5780638b60e85a14610260578063938daf461461027357600080fd5b80633a0d9710116100f45780633a0d97101461019e5780635c53ba26146101b45780637a37cc3a146101c75780637b103999146101da578063803ce39c1461021457600080fd5b806315028286146101265780632645cd5a1461013b5780632d1db8161461014e5780633919b2ed1461017e575b600080fd5b6101396101343660046122b5565b610315565b005b6101396101493660046122f1565b61046c565b61016161015c366004612324565b61050a565b6040516001600160401b0390911681526020015b60405180910390f35b61019161018c3660046122f1565b610afe565b6040516101759190612389565b6101a6600881565b604051908152602001610175565b6101396101c23660046122b5565b610bab565b6101396101d53660046123f2565b610bc7565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610175565b6101a6602081565b61022f61022a366004612480565b610e44565b6040516101759190612548565b6005546001600160401b0316610161565b61013961025b366004612556565b6112b0565b61013961026e3660046122f1565b611372565b6101396102813660046125b6565b61140d565b6102996102943660046125b6565b6115dd565b6040516101759190612627565b6101616102b43660046122b5565b6001600160401b03918216600090815260036020908152604080832093835292905220541690565b6101396102ea366004612743565b6117f9565b7f00000000000000000000000000000000000000000000000000000000000000006101fc565b61031d611909565b600061032883611933565b80549091506001600160a01b03163314801590610352575060018101546001600160a01b03163314155b1561037d578233604051630fac4fb360e41b8152600401610374929190612790565b60405180910390fd5b8054600160a01b900460ff16600181600381111561039d5761039d61235f565b141580156103bd575060028160038111156103ba576103ba61235f565b14155b156103df5783816040516360bcba0760e01b81526004016103749291906127b2565b815460ff60a01b1916600360a01b17825560018201805464ffffffffff60c01b1916600160c01b4264ffffffffff160217905560408051848152905133916001600160401b038716917f0bfb652dffa003ac868493ccc47970e21009accb3eb1052499e55505a93469e59181900360200190a361045c8483611997565b50506104686001600055565b5050565b610474611909565b600061047f83611933565b9050600061048f84846003611a97565b805460038401549192506001600160601b03600160301b90910481169116808211156104f05760405163aa992dd360e01b81526001600160401b03871660048201526001600160601b03808416602483015282166044820152606401610374565b6104fc86858786611b15565b505050506104686001600055565b6040516304390ea760e41b81526000906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea709061055c9033906008906004016127cf565b602060405180830381865afa158015610579573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061059d919061280d565b6105bc57604051631489333360e11b8152336004820152602401610374565b60006105cb6020840184612841565b90506001600160a01b03811615806105eb57506001600160a01b03811633145b156106145760405163522ce39f60e01b81526001600160a01b0382166004820152602401610374565b600061062660a085016080860161285c565b61ffff1661063a608086016060870161288b565b63ffffffff1661064a91906128bc565b61065a60608601604087016125b6565b6001600160401b031661066d91906128d3565b905061067f60408501602086016128e6565b6001600160601b031615806106a7575061069f608085016060860161288b565b63ffffffff16155b806106c357506106bd60a085016080860161285c565b61ffff16155b806106ce5750428111155b806106dd575064ffffffffff81115b1561076b576106f260408501602086016128e6565b61070260608601604087016125b6565b610712608087016060880161288b565b61072260a088016080890161285c565b6040516318ebafe360e01b81526001600160601b0390941660048501526001600160401b03909216602484015263ffffffff16604483015261ffff166064820152608401610374565b61078061077b60c0860186612901565b611c95565b600554610797906001600160401b03166001612947565b6005805467ffffffffffffffff19166001600160401b038316179055925060006107c460e0860186612966565b9150508015806107e357506107dd610100860186612966565b90508114155b806107ee5750602081115b156108255780610802610100870187612966565b60405163ead469e560e01b81526004810193909352602483015250604401610374565b6001600160401b0384166000908152600360205260408120905b8281101561092b57600061085660e0890189612966565b83818110610866576108666129af565b9050602002013590506000888061010001906108829190612966565b84818110610892576108926129af565b90506020020160208101906108a791906125b6565b90506001600160401b03811615806108d557506000828152602085905260409020546001600160401b031615155b156108f6576040516302631cf560e31b815260048101839052602401610374565b600091825260208490526040909120805467ffffffffffffffff19166001600160401b0390921691909117905560010161083f565b506001600160401b038516600090815260016020526040902080546001600160a81b0319163360ff60a01b191617600160a01b17815561097160c0880160a089016129d0565b8154901515600160a81b0260ff60a81b1990911617815561099860608801604089016125b6565b815464ffffffffff91909116600160b01b0264ffffffffff60b01b199091161781556109ca60a088016080890161285c565b815461ffff60d81b1916600160d81b61ffff92909216919091021781556001810180546001600160a01b0319166001600160a01b038716179055610a14608088016060890161288b565b60018201805463ffffffff92909216600160a01b0263ffffffff60a01b19909216919091179055610a4b60408801602089016128e6565b6002820180546001600160601b0319166001600160601b0392909216919091179055610a7a60c0880188612901565b6001600160401b038816600090815260026020526040902091610a9e919083612a8b565b50846001600160a01b0316336001600160a01b0316876001600160401b03167f3595a2d550300381a7714ef4485c86fcf36fd9f8e58947a6b72029a8e85c639d8a604051610aec9190612c7a565b60405180910390a45050505050919050565b604080516080808201835260008083526020808401829052838501829052606084018290526001600160401b03871682526004815284822061ffff87168352905283902083519182019093528254919291819060ff166005811115610b6557610b6561235f565b8152915464ffffffffff61010082041660208401526001600160601b03600160301b820481166040850152600160901b9091041660609092019190915290505b92915050565b610bb3611909565b610bbd8282611cfb565b6104686001600055565b610bcf611909565b6000610bda84611933565b60018101549091506001600160a01b03163314801581610c7f57506040516354fc916960e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906354fc916990602401602060405180830381865afa158015610c59573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610c7d919061280d565b155b15610ca1578433604051635658532160e11b8152600401610374929190612790565b6000610caf86866002611a97565b8054909150600160301b90046001600160601b031682610ce357806001600160601b0316856001600160601b031611610cfc565b81546001600160601b03868116600160901b9092041614155b15610d3e5760405163449ce75760e11b81526001600160401b038816600482015261ffff871660248201526001600160601b0386166044820152606401610374565b610d488582612d90565b600385018054600c90610d6c908490600160601b90046001600160601b0316612d90565b82546101009290920a6001600160601b03818102199093169183160217909155835471ffffffffffffffffffffffff0000000000001916600160301b91881691820217845560405190815233915061ffff8816906001600160401b038a16907f3b05fcedb6840d1b99383835603fdce8b96eb5910614f0863f7d3bb992bd9f559060200160405180910390a4846001600160601b0316600003610e1957815460ff19166005178255610e27565b610e2587858885611ebf565b505b610e318785611997565b50505050610e3f6001600055565b505050565b6000610e4e611909565b6000610e5988611933565b60018101549091506001600160a01b03163314610e8d5787336040516350df45f160e11b8152600401610374929190612790565b6040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090610edc9033906001906004016127cf565b602060405180830381865afa158015610ef9573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610f1d919061280d565b610f3c576040516329a56c7560e11b8152336004820152602401610374565b60028154600160a01b900460ff166003811115610f5b57610f5b61235f565b14610f895780546040516360bcba0760e01b8152610374918a91600160a01b90910460ff16906004016127b2565b805461ffff600160d81b9091048116908816101580610fe1575060018101544290610fc590600160a01b900463ffffffff1661ffff8a166128bc565b8254610fdf9190600160b01b900464ffffffffff166128d3565b115b1561101457604051633b6ebf9b60e01b81526001600160401b038916600482015261ffff88166024820152604401610374565b6001600160401b038816600090815260046020908152604080832061ffff8b168452909152812090815460ff1660058111156110525761105261235f565b146110855760405163e8ea7fff60e01b81526001600160401b038a16600482015261ffff89166024820152604401610374565b60006110928a8989611f69565b905061109e86866120ac565b600383015460028401546000916001600160601b03600160601b918290048116926110ce92810482169116612daf565b6110d89190612daf565b90508082111561111457604051631322f1cf60e21b81526001600160401b038c1660048201526024810183905260448101829052606401610374565b60038401805483918291600c9061113c908490600160601b90046001600160601b0316612dc2565b82546001600160601b039182166101009390930a9283029190920219909116179055508354600190859060ff191682800217905550428460000160016101000a81548164ffffffffff021916908364ffffffffff160217905550808460000160066101000a8154816001600160601b0302191690836001600160601b03160217905550336001600160a01b03168b61ffff168d6001600160401b03167feb79b1d6adaf0ecb6897bd2bf09f8319252f278e65b358dccddb428eab92b8e2848e8e8e8e60405161120f959493929190612de1565b60405180910390a48454600160a81b900460ff166112355760019550505050505061129c565b604080516001600160601b03831681526001602082015261ffff8d16916001600160401b038f16917fb32f6987d47191ed7fbe9e2527b68cbe35ec0a86817e3b9e175e0baf5b61c008910160405180910390a36112948c868d87611ebf565b955050505050505b6112a66001600055565b9695505050505050565b6112b8611909565b60405163d505accf60e01b8152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e401600060405180830381600087803b15801561134457600080fd5b505af1925050508015611355575060015b506113608686611cfb565b61136a6001600055565b505050505050565b61137a611909565b600061138583612112565b9050600061139584846001611a97565b805460408051600160301b9092046001600160601b031682526000602083015291925061ffff8516916001600160401b038716917fb32f6987d47191ed7fbe9e2527b68cbe35ec0a86817e3b9e175e0baf5b61c008910160405180910390a361140084838584611ebf565b5050506104686001600055565b600061141882611933565b60018101549091506001600160a01b0316331461144c5781336040516350df45f160e11b8152600401610374929190612790565b6040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea709061149b9033906001906004016127cf565b602060405180830381865afa1580156114b8573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906114dc919061280d565b6114fb576040516329a56c7560e11b8152336004820152602401610374565b60018154600160a01b900460ff16600381111561151a5761151a61235f565b146115485780546040516360bcba0760e01b8152610374918491600160a01b90910460ff16906004016127b2565b60006115538261214e565b905042816001600160401b031611611591576040516323eb43a160e11b81526001600160401b03808516600483015282166024820152604401610374565b815460ff60a01b1916600160a11b17825560405133906001600160401b038516907f1f0ad807b1e7060b556829a341c82fe844fabd98bbbec8613bd3aee501ea60fa90600090a3505050565b604080516101a0810182526000808252602080830182815283850183815260608086018590526080860185905260a0860185905260c0860185905260e0860185905261010086018590526101208601859052610140860185905261016086018590526101808601526001600160401b03871684526001928390529490922080546001600160a01b0380821686529282015490921690925291929091600160a01b900460ff1660038111156116935761169361235f565b908160038111156116a6576116a661235f565b9052508054600160a81b810460ff1615156060840152600160b01b810464ffffffffff90811660808501526001830154600160a01b810463ffffffff1660a0860152600160d81b90920461ffff1660c0850152600160c01b9091041660e08301526002808201546001600160601b038082166101008601526003840154808216610120870152600160601b92839004821661014087015291909104166101608401526001600160401b038416600090815260209190915260409020805461176c90612a03565b80601f016020809104026020016040519081016040528092919081815260200182805461179890612a03565b80156117e55780601f106117ba576101008083540402835291602001916117e5565b820191906000526020600020905b8154815290600101906020018083116117c857829003601f168201915b505050505082610180018190525050919050565b61180284612112565b50600061181185856001611a97565b80549091506001600160601b03600160301b9091048116908316811161187657604051634b5ebc6b60e01b81526001600160401b038716600482015261ffff861660248201526001600160601b03808516604483015282166064820152608401610374565b81546001600160601b038416600160901b81027fffff000000000000000000000000ffffffffffffffffffffffffffffffffff0090921691909117600217835560408051868152602081019290925261ffff8716916001600160401b038916917f117ecb0ad144dfef191e08c4ec6a65a8a787968d3fa8f63cfb65b57c9fb343a9910160405180910390a3505050505050565b60026000540361192c57604051633ee5aeb560e01b815260040160405180910390fd5b6002600055565b6001600160401b0381166000908152600160205260408120908154600160a01b900460ff1660038111156119695761196961235f565b036119925760405163d6e9065360e01b81526001600160401b0383166004820152602401610374565b919050565b60038154600160a01b900460ff1660038111156119b6576119b661235f565b146119bf575050565b60038101546001600160601b0380821691600160601b9004168082116119e55750505050565b6003830180546001600160601b0319166001600160601b0383811691909117909155835460405183850392831681526001600160a01b039091169081906001600160401b038816907fdce14ef6b115a8150524b2035915aba0a87942127e182691615aa132cd3be7739060200160405180910390a361136a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016826001600160601b038516612195565b6001600160401b038316600090815260046020908152604080832061ffff861684529091529020816005811115611ad057611ad061235f565b815460ff166005811115611ae657611ae661235f565b14611b0e5780546040516323285c4960e11b8152610374918691869160ff1690600401612ea6565b9392505050565b8054600460ff1982161782556003840180546001600160601b03600160301b909304831692839291600091611b4c91859116612d90565b92506101000a8154816001600160601b0302191690836001600160601b031602179055508084600301600c8282829054906101000a90046001600160601b0316611b969190612d90565b92506101000a8154816001600160601b0302191690836001600160601b031602179055508084600201600c8282829054906101000a90046001600160601b0316611be09190612dc2565b82546101009290920a6001600160601b03818102199093169183160217909155600186015460405191841682526001600160a01b03169150819061ffff8616906001600160401b038916907f94842301a85a9dd52f88b532e3bb0af086680d2dc6b44bb88409b3a5c5c7492d9060200160405180910390a461136a6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016826001600160601b038516612195565b6004811080611ca45750608081115b80611cd9575081816000818110611cbd57611cbd6129af565b9050013560f81c60f81b6001600160f81b031916600160f81b14155b1561046857818160405163f5cad35360e01b8152600401610374929190612ecd565b80600003611d1c57604051637b94f50160e01b815260040160405180910390fd5b6000611d2783612112565b6003808201549192506001600160601b03909116906000908354600160a01b900460ff166003811115611d5c57611d5c61235f565b03611daa576003830154600160601b90046001600160601b03168210611d83576000611da3565b6003830154611da3908390600160601b90046001600160601b0316612daf565b9050611dda565b60028301548290611dcd906001600160601b03600160601b820481169116612daf565b611dd79190612daf565b90505b80841115611e1457604051639535209560e01b81526001600160401b03861660048201526024810185905260448101829052606401610374565b6000611e2085846128d3565b6003850180546001600160601b0319166001600160601b03831690811790915560408051888152602081019290925291925033916001600160401b038916917f653e47a83588a5e4bac88d9ddff39d175ca9c3f3404eb80f3447e44fdad2d979910160405180910390a361136a6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163330886121f4565b805460038401546000916001600160601b03600160301b90910481169116808211611efb57611ef087878787611b15565b600492505050611f61565b835460ff19166003178455604080516001600160601b0384811682528316602082015261ffff8716916001600160401b038a16917f1f7fd05aa1631b261146a5a1f862b4d77557047b0db480c83562294855cfa8dd910160405180910390a36003925050505b949350505050565b600081801580611f795750602081115b15611f9a5760405163304bb40160e11b815260048101829052602401610374565b6001600160401b0385166000908152600360205260408120905b828110156120a25736868683818110611fcf57611fcf6129af565b9050604002019050806020016020810190611fea919061288b565b63ffffffff166000036120135760405163758b6fc560e11b815260048101839052602401610374565b80356000908152602084905260408120546001600160401b03169081900361206057604051631e5d191d60e31b81526001600160401b038a16600482015282356024820152604401610374565b612070604083016020840161288b565b6120899063ffffffff166001600160401b0383166128bc565b61209390876128d3565b95505050806001019050611fb4565b5050509392505050565b8060088111156120d257604051633520358560e11b815260048101829052602401610374565b60005b8181101561210c576121048484838181106120f2576120f26129af565b905060200281019061077b9190612901565b6001016120d5565b50505050565b600061211d82611933565b80549091506001600160a01b03163314611992578133604051632fefce7d60e21b8152600401610374929190612790565b8054600182015460009161217b91600160d81b90910461ffff1690600160a01b900463ffffffff16612ee1565b8254610ba59190600160b01b900464ffffffffff16612947565b6040516001600160a01b03838116602483015260448201839052610e3f91859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b03838183161783525050505061222d565b6040516001600160a01b03848116602483015283811660448301526064820183905261210c9186918216906323b872dd906084016121c2565b600080602060008451602086016000885af180612250576040513d6000823e3d81fd5b50506000513d91508115612268578060011415612275565b6001600160a01b0384163b155b1561210c57604051635274afe760e01b81526001600160a01b0385166004820152602401610374565b80356001600160401b038116811461199257600080fd5b600080604083850312156122c857600080fd5b6122d18361229e565b946020939093013593505050565b803561ffff8116811461199257600080fd5b6000806040838503121561230457600080fd5b61230d8361229e565b915061231b602084016122df565b90509250929050565b60006020828403121561233657600080fd5b81356001600160401b0381111561234c57600080fd5b82016101208185031215611b0e57600080fd5b634e487b7160e01b600052602160045260246000fd5b600681106123855761238561235f565b9052565b600060808201905061239c828451612375565b6001600160401b0360208401511660208301526001600160601b0360408401511660408301526001600160601b03606084015116606083015292915050565b80356001600160601b038116811461199257600080fd5b60008060006060848603121561240757600080fd5b6124108461229e565b925061241e602085016122df565b915061242c604085016123db565b90509250925092565b60008083601f84011261244757600080fd5b5081356001600160401b0381111561245e57600080fd5b6020830191508360208260051b850101111561247957600080fd5b9250929050565b6000806000806000806080878903121561249957600080fd5b6124a28761229e565b95506124b0602088016122df565b945060408701356001600160401b038111156124cb57600080fd5b8701601f810189136124dc57600080fd5b80356001600160401b038111156124f257600080fd5b8960208260061b840101111561250757600080fd5b6020919091019450925060608701356001600160401b0381111561252a57600080fd5b61253689828a01612435565b979a9699509497509295939492505050565b60208101610ba58284612375565b60008060008060008060c0878903121561256f57600080fd5b6125788761229e565b95506020870135945060408701359350606087013560ff8116811461259c57600080fd5b9598949750929560808101359460a0909101359350915050565b6000602082840312156125c857600080fd5b611b0e8261229e565b600481106123855761238561235f565b6000815180845260005b81811015612607576020818501810151868301820152016125eb565b506000602082860101526020601f19601f83011685010191505092915050565b602081526126416020820183516001600160a01b03169052565b6000602083015161265d60408401826001600160a01b03169052565b50604083015161267060608401826125d1565b50606083015180151560808401525060808301516001600160401b03811660a08401525060a083015163ffffffff811660c08401525060c083015161ffff811660e08401525060e08301516001600160401b038116610100840152506101008301516001600160601b038116610120840152506101208301516001600160601b038116610140840152506101408301516001600160601b038116610160840152506101608301516001600160601b038116610180840152506101808301516101a080840152611f616101c08401826125e1565b6000806000806080858703121561275957600080fd5b6127628561229e565b9350612770602086016122df565b925060408501359150612785606086016123db565b905092959194509250565b6001600160401b039290921682526001600160a01b0316602082015260400190565b6001600160401b038316815260408101611b0e60208301846125d1565b6001600160a01b038316815260408101600983106127ef576127ef61235f565b8260208301529392505050565b801515811461280a57600080fd5b50565b60006020828403121561281f57600080fd5b8151611b0e816127fc565b80356001600160a01b038116811461199257600080fd5b60006020828403121561285357600080fd5b611b0e8261282a565b60006020828403121561286e57600080fd5b611b0e826122df565b803563ffffffff8116811461199257600080fd5b60006020828403121561289d57600080fd5b611b0e82612877565b634e487b7160e01b600052601160045260246000fd5b8082028115828204841417610ba557610ba56128a6565b80820180821115610ba557610ba56128a6565b6000602082840312156128f857600080fd5b611b0e826123db565b6000808335601e1984360301811261291857600080fd5b8301803591506001600160401b0382111561293257600080fd5b60200191503681900382131561247957600080fd5b6001600160401b038181168382160190811115610ba557610ba56128a6565b6000808335601e1984360301811261297d57600080fd5b8301803591506001600160401b0382111561299757600080fd5b6020019150600581901b360382131561247957600080fd5b634e487b7160e01b600052603260045260246000fd5b8035611992816127fc565b6000602082840312156129e257600080fd5b8135611b0e816127fc565b634e487b7160e01b600052604160045260246000fd5b600181811c90821680612a1757607f821691505b602082108103612a3757634e487b7160e01b600052602260045260246000fd5b50919050565b601f821115610e3f57806000526020600020601f840160051c81016020851015612a645750805b601f840160051c820191505b81811015612a845760008155600101612a70565b5050505050565b6001600160401b03831115612aa257612aa26129ed565b612ab683612ab08354612a03565b83612a3d565b6000601f841160018114612aea5760008515612ad25750838201355b600019600387901b1c1916600186901b178355612a84565b600083815260209020601f19861690835b82811015612b1b5786850135825560209485019460019092019101612afb565b5086821015612b385760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b6000808335601e19843603018112612b6157600080fd5b83016020810192503590506001600160401b03811115612b8057600080fd5b80360382131561247957600080fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b6000808335601e19843603018112612bcf57600080fd5b83016020810192503590506001600160401b03811115612bee57600080fd5b8060051b360382131561247957600080fd5b81835260006001600160fb1b03831115612c1957600080fd5b8260051b80836020870137939093016020019392505050565b81835260208301925060008160005b84811015612c70576001600160401b03612c5a8361229e565b1686526020958601959190910190600101612c41565b5093949350505050565b60208152612c9b60208201612c8e8461282a565b6001600160a01b03169052565b6000612ca9602084016123db565b6001600160601b038116604084015250612cc56040840161229e565b6001600160401b038116606084015250612ce160608401612877565b63ffffffff8116608084015250612cfa608084016122df565b61ffff811660a084015250612d1160a084016129c5565b80151560c084015250612d2760c0840184612b4a565b61012060e0850152612d3e61014085018284612b8f565b915050612d4e60e0850185612bb8565b848303601f1901610100860152612d66838284612c00565b92505050612d78610100850185612bb8565b848303601f19016101208601526112a6838284612c32565b6001600160601b038281168282160390811115610ba557610ba56128a6565b81810381811115610ba557610ba56128a6565b6001600160601b038181168382160190811115610ba557610ba56128a6565b6001600160601b0386168152606060208201819052810184905260008560808301825b87811015612e39578235825263ffffffff612e2160208501612877565b16602083015260409283019290910190600101612e04565b50838103604085015284815260208082019250600586901b8201018660005b87811015612e9657838303601f19018552612e73828a612b4a565b612e7e858284612b8f565b60209788019790955093909301925050600101612e58565b50909a9950505050505050505050565b6001600160401b038416815261ffff8316602082015260608101611f616040830184612375565b602081526000611f61602083018486612b8f565b6001600160401b038181168382160290811690818114612f0357612f036128a6565b509291505056fea264697066735822122073374b1ebdd07c396a437a064aab3949d4ee00499fa2f8b53c6526a5f37c978764736f6c634300081c0033",
}

// ServiceContractsABI is the input ABI used to generate the binding from.
// Deprecated: Use ServiceContractsMetaData.ABI instead.
var ServiceContractsABI = ServiceContractsMetaData.ABI

// ServiceContractsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ServiceContractsMetaData.Bin instead.
var ServiceContractsBin = ServiceContractsMetaData.Bin

// DeployServiceContracts deploys a new Ethereum contract, binding an instance of ServiceContracts to it.
func DeployServiceContracts(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, token_ common.Address) (common.Address, *types.Transaction, *ServiceContracts, error) {
	parsed, err := ServiceContractsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ServiceContractsBin), backend, registry_, token_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ServiceContracts{ServiceContractsCaller: ServiceContractsCaller{contract: contract}, ServiceContractsTransactor: ServiceContractsTransactor{contract: contract}, ServiceContractsFilterer: ServiceContractsFilterer{contract: contract}}, nil
}

// ServiceContracts is an auto generated Go binding around an Ethereum contract.
type ServiceContracts struct {
	ServiceContractsCaller     // Read-only binding to the contract
	ServiceContractsTransactor // Write-only binding to the contract
	ServiceContractsFilterer   // Log filterer for contract events
}

// ServiceContractsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ServiceContractsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceContractsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ServiceContractsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceContractsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ServiceContractsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ServiceContractsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ServiceContractsSession struct {
	Contract     *ServiceContracts // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ServiceContractsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ServiceContractsCallerSession struct {
	Contract *ServiceContractsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts           // Call options to use throughout this session
}

// ServiceContractsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ServiceContractsTransactorSession struct {
	Contract     *ServiceContractsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts           // Transaction auth options to use throughout this session
}

// ServiceContractsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ServiceContractsRaw struct {
	Contract *ServiceContracts // Generic contract binding to access the raw methods on
}

// ServiceContractsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ServiceContractsCallerRaw struct {
	Contract *ServiceContractsCaller // Generic read-only contract binding to access the raw methods on
}

// ServiceContractsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ServiceContractsTransactorRaw struct {
	Contract *ServiceContractsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewServiceContracts creates a new instance of ServiceContracts, bound to a specific deployed contract.
func NewServiceContracts(address common.Address, backend bind.ContractBackend) (*ServiceContracts, error) {
	contract, err := bindServiceContracts(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ServiceContracts{ServiceContractsCaller: ServiceContractsCaller{contract: contract}, ServiceContractsTransactor: ServiceContractsTransactor{contract: contract}, ServiceContractsFilterer: ServiceContractsFilterer{contract: contract}}, nil
}

// NewServiceContractsCaller creates a new read-only instance of ServiceContracts, bound to a specific deployed contract.
func NewServiceContractsCaller(address common.Address, caller bind.ContractCaller) (*ServiceContractsCaller, error) {
	contract, err := bindServiceContracts(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsCaller{contract: contract}, nil
}

// NewServiceContractsTransactor creates a new write-only instance of ServiceContracts, bound to a specific deployed contract.
func NewServiceContractsTransactor(address common.Address, transactor bind.ContractTransactor) (*ServiceContractsTransactor, error) {
	contract, err := bindServiceContracts(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsTransactor{contract: contract}, nil
}

// NewServiceContractsFilterer creates a new log filterer instance of ServiceContracts, bound to a specific deployed contract.
func NewServiceContractsFilterer(address common.Address, filterer bind.ContractFilterer) (*ServiceContractsFilterer, error) {
	contract, err := bindServiceContracts(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsFilterer{contract: contract}, nil
}

// bindServiceContracts binds a generic wrapper to an already deployed contract.
func bindServiceContracts(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ServiceContractsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceContracts *ServiceContractsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceContracts.Contract.ServiceContractsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceContracts *ServiceContractsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ServiceContractsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceContracts *ServiceContractsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ServiceContractsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ServiceContracts *ServiceContractsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ServiceContracts.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ServiceContracts *ServiceContractsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ServiceContracts.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ServiceContracts *ServiceContractsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ServiceContracts.Contract.contract.Transact(opts, method, params...)
}

// MAXCODES is a free data retrieval call binding the contract method 0x803ce39c.
//
// Solidity: function MAX_CODES() view returns(uint256)
func (_ServiceContracts *ServiceContractsCaller) MAXCODES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "MAX_CODES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXCODES is a free data retrieval call binding the contract method 0x803ce39c.
//
// Solidity: function MAX_CODES() view returns(uint256)
func (_ServiceContracts *ServiceContractsSession) MAXCODES() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXCODES(&_ServiceContracts.CallOpts)
}

// MAXCODES is a free data retrieval call binding the contract method 0x803ce39c.
//
// Solidity: function MAX_CODES() view returns(uint256)
func (_ServiceContracts *ServiceContractsCallerSession) MAXCODES() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXCODES(&_ServiceContracts.CallOpts)
}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_ServiceContracts *ServiceContractsCaller) MAXEVIDENCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "MAX_EVIDENCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_ServiceContracts *ServiceContractsSession) MAXEVIDENCE() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXEVIDENCE(&_ServiceContracts.CallOpts)
}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_ServiceContracts *ServiceContractsCallerSession) MAXEVIDENCE() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXEVIDENCE(&_ServiceContracts.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_ServiceContracts *ServiceContractsCaller) MAXLINES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "MAX_LINES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_ServiceContracts *ServiceContractsSession) MAXLINES() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXLINES(&_ServiceContracts.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_ServiceContracts *ServiceContractsCallerSession) MAXLINES() (*big.Int, error) {
	return _ServiceContracts.Contract.MAXLINES(&_ServiceContracts.CallOpts)
}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint64)
func (_ServiceContracts *ServiceContractsCaller) ContractCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "contractCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint64)
func (_ServiceContracts *ServiceContractsSession) ContractCount() (uint64, error) {
	return _ServiceContracts.Contract.ContractCount(&_ServiceContracts.CallOpts)
}

// ContractCount is a free data retrieval call binding the contract method 0x8736381a.
//
// Solidity: function contractCount() view returns(uint64)
func (_ServiceContracts *ServiceContractsCallerSession) ContractCount() (uint64, error) {
	return _ServiceContracts.Contract.ContractCount(&_ServiceContracts.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ServiceContracts *ServiceContractsCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ServiceContracts *ServiceContractsSession) Registry() (common.Address, error) {
	return _ServiceContracts.Contract.Registry(&_ServiceContracts.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_ServiceContracts *ServiceContractsCallerSession) Registry() (common.Address, error) {
	return _ServiceContracts.Contract.Registry(&_ServiceContracts.CallOpts)
}

// ReportOf is a free data retrieval call binding the contract method 0x3919b2ed.
//
// Solidity: function reportOf(uint64 contractId, uint16 period) view returns((uint8,uint64,uint96,uint96))
func (_ServiceContracts *ServiceContractsCaller) ReportOf(opts *bind.CallOpts, contractId uint64, period uint16) (IServiceContractsReport, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "reportOf", contractId, period)

	if err != nil {
		return *new(IServiceContractsReport), err
	}

	out0 := *abi.ConvertType(out[0], new(IServiceContractsReport)).(*IServiceContractsReport)

	return out0, err

}

// ReportOf is a free data retrieval call binding the contract method 0x3919b2ed.
//
// Solidity: function reportOf(uint64 contractId, uint16 period) view returns((uint8,uint64,uint96,uint96))
func (_ServiceContracts *ServiceContractsSession) ReportOf(contractId uint64, period uint16) (IServiceContractsReport, error) {
	return _ServiceContracts.Contract.ReportOf(&_ServiceContracts.CallOpts, contractId, period)
}

// ReportOf is a free data retrieval call binding the contract method 0x3919b2ed.
//
// Solidity: function reportOf(uint64 contractId, uint16 period) view returns((uint8,uint64,uint96,uint96))
func (_ServiceContracts *ServiceContractsCallerSession) ReportOf(contractId uint64, period uint16) (IServiceContractsReport, error) {
	return _ServiceContracts.Contract.ReportOf(&_ServiceContracts.CallOpts, contractId, period)
}

// ServiceContract is a free data retrieval call binding the contract method 0xbfd8fe4d.
//
// Solidity: function serviceContract(uint64 contractId) view returns((address,address,uint8,bool,uint64,uint32,uint16,uint64,uint96,uint96,uint96,uint96,bytes) out)
func (_ServiceContracts *ServiceContractsCaller) ServiceContract(opts *bind.CallOpts, contractId uint64) (IServiceContractsServiceContract, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "serviceContract", contractId)

	if err != nil {
		return *new(IServiceContractsServiceContract), err
	}

	out0 := *abi.ConvertType(out[0], new(IServiceContractsServiceContract)).(*IServiceContractsServiceContract)

	return out0, err

}

// ServiceContract is a free data retrieval call binding the contract method 0xbfd8fe4d.
//
// Solidity: function serviceContract(uint64 contractId) view returns((address,address,uint8,bool,uint64,uint32,uint16,uint64,uint96,uint96,uint96,uint96,bytes) out)
func (_ServiceContracts *ServiceContractsSession) ServiceContract(contractId uint64) (IServiceContractsServiceContract, error) {
	return _ServiceContracts.Contract.ServiceContract(&_ServiceContracts.CallOpts, contractId)
}

// ServiceContract is a free data retrieval call binding the contract method 0xbfd8fe4d.
//
// Solidity: function serviceContract(uint64 contractId) view returns((address,address,uint8,bool,uint64,uint32,uint16,uint64,uint96,uint96,uint96,uint96,bytes) out)
func (_ServiceContracts *ServiceContractsCallerSession) ServiceContract(contractId uint64) (IServiceContractsServiceContract, error) {
	return _ServiceContracts.Contract.ServiceContract(&_ServiceContracts.CallOpts, contractId)
}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 contractId, bytes32 code) view returns(uint64)
func (_ServiceContracts *ServiceContractsCaller) Tariff(opts *bind.CallOpts, contractId uint64, code [32]byte) (uint64, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "tariff", contractId, code)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 contractId, bytes32 code) view returns(uint64)
func (_ServiceContracts *ServiceContractsSession) Tariff(contractId uint64, code [32]byte) (uint64, error) {
	return _ServiceContracts.Contract.Tariff(&_ServiceContracts.CallOpts, contractId, code)
}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 contractId, bytes32 code) view returns(uint64)
func (_ServiceContracts *ServiceContractsCallerSession) Tariff(contractId uint64, code [32]byte) (uint64, error) {
	return _ServiceContracts.Contract.Tariff(&_ServiceContracts.CallOpts, contractId, code)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceContracts *ServiceContractsCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ServiceContracts.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceContracts *ServiceContractsSession) Token() (common.Address, error) {
	return _ServiceContracts.Contract.Token(&_ServiceContracts.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ServiceContracts *ServiceContractsCallerSession) Token() (common.Address, error) {
	return _ServiceContracts.Contract.Token(&_ServiceContracts.CallOpts)
}

// Accept is a paid mutator transaction binding the contract method 0x938daf46.
//
// Solidity: function accept(uint64 contractId) returns()
func (_ServiceContracts *ServiceContractsTransactor) Accept(opts *bind.TransactOpts, contractId uint64) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "accept", contractId)
}

// Accept is a paid mutator transaction binding the contract method 0x938daf46.
//
// Solidity: function accept(uint64 contractId) returns()
func (_ServiceContracts *ServiceContractsSession) Accept(contractId uint64) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Accept(&_ServiceContracts.TransactOpts, contractId)
}

// Accept is a paid mutator transaction binding the contract method 0x938daf46.
//
// Solidity: function accept(uint64 contractId) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) Accept(contractId uint64) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Accept(&_ServiceContracts.TransactOpts, contractId)
}

// ApproveReport is a paid mutator transaction binding the contract method 0x8b60e85a.
//
// Solidity: function approveReport(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsTransactor) ApproveReport(opts *bind.TransactOpts, contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "approveReport", contractId, period)
}

// ApproveReport is a paid mutator transaction binding the contract method 0x8b60e85a.
//
// Solidity: function approveReport(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsSession) ApproveReport(contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ApproveReport(&_ServiceContracts.TransactOpts, contractId, period)
}

// ApproveReport is a paid mutator transaction binding the contract method 0x8b60e85a.
//
// Solidity: function approveReport(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) ApproveReport(contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ApproveReport(&_ServiceContracts.TransactOpts, contractId, period)
}

// DisputeReport is a paid mutator transaction binding the contract method 0xdcc4c67d.
//
// Solidity: function disputeReport(uint64 contractId, uint16 period, bytes32 reasonCode, uint96 offered) returns()
func (_ServiceContracts *ServiceContractsTransactor) DisputeReport(opts *bind.TransactOpts, contractId uint64, period uint16, reasonCode [32]byte, offered *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "disputeReport", contractId, period, reasonCode, offered)
}

// DisputeReport is a paid mutator transaction binding the contract method 0xdcc4c67d.
//
// Solidity: function disputeReport(uint64 contractId, uint16 period, bytes32 reasonCode, uint96 offered) returns()
func (_ServiceContracts *ServiceContractsSession) DisputeReport(contractId uint64, period uint16, reasonCode [32]byte, offered *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.DisputeReport(&_ServiceContracts.TransactOpts, contractId, period, reasonCode, offered)
}

// DisputeReport is a paid mutator transaction binding the contract method 0xdcc4c67d.
//
// Solidity: function disputeReport(uint64 contractId, uint16 period, bytes32 reasonCode, uint96 offered) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) DisputeReport(contractId uint64, period uint16, reasonCode [32]byte, offered *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.DisputeReport(&_ServiceContracts.TransactOpts, contractId, period, reasonCode, offered)
}

// Fund is a paid mutator transaction binding the contract method 0x5c53ba26.
//
// Solidity: function fund(uint64 contractId, uint256 amount) returns()
func (_ServiceContracts *ServiceContractsTransactor) Fund(opts *bind.TransactOpts, contractId uint64, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "fund", contractId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0x5c53ba26.
//
// Solidity: function fund(uint64 contractId, uint256 amount) returns()
func (_ServiceContracts *ServiceContractsSession) Fund(contractId uint64, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Fund(&_ServiceContracts.TransactOpts, contractId, amount)
}

// Fund is a paid mutator transaction binding the contract method 0x5c53ba26.
//
// Solidity: function fund(uint64 contractId, uint256 amount) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) Fund(contractId uint64, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Fund(&_ServiceContracts.TransactOpts, contractId, amount)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x874298c5.
//
// Solidity: function fundWithPermit(uint64 contractId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_ServiceContracts *ServiceContractsTransactor) FundWithPermit(opts *bind.TransactOpts, contractId uint64, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "fundWithPermit", contractId, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x874298c5.
//
// Solidity: function fundWithPermit(uint64 contractId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_ServiceContracts *ServiceContractsSession) FundWithPermit(contractId uint64, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.FundWithPermit(&_ServiceContracts.TransactOpts, contractId, amount, deadline, v, r, s)
}

// FundWithPermit is a paid mutator transaction binding the contract method 0x874298c5.
//
// Solidity: function fundWithPermit(uint64 contractId, uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) FundWithPermit(contractId uint64, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.FundWithPermit(&_ServiceContracts.TransactOpts, contractId, amount, deadline, v, r, s)
}

// Propose is a paid mutator transaction binding the contract method 0x2d1db816.
//
// Solidity: function propose((address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal) returns(uint64 contractId)
func (_ServiceContracts *ServiceContractsTransactor) Propose(opts *bind.TransactOpts, proposal IServiceContractsProposal) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "propose", proposal)
}

// Propose is a paid mutator transaction binding the contract method 0x2d1db816.
//
// Solidity: function propose((address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal) returns(uint64 contractId)
func (_ServiceContracts *ServiceContractsSession) Propose(proposal IServiceContractsProposal) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Propose(&_ServiceContracts.TransactOpts, proposal)
}

// Propose is a paid mutator transaction binding the contract method 0x2d1db816.
//
// Solidity: function propose((address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal) returns(uint64 contractId)
func (_ServiceContracts *ServiceContractsTransactorSession) Propose(proposal IServiceContractsProposal) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Propose(&_ServiceContracts.TransactOpts, proposal)
}

// Release is a paid mutator transaction binding the contract method 0x2645cd5a.
//
// Solidity: function release(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsTransactor) Release(opts *bind.TransactOpts, contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "release", contractId, period)
}

// Release is a paid mutator transaction binding the contract method 0x2645cd5a.
//
// Solidity: function release(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsSession) Release(contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Release(&_ServiceContracts.TransactOpts, contractId, period)
}

// Release is a paid mutator transaction binding the contract method 0x2645cd5a.
//
// Solidity: function release(uint64 contractId, uint16 period) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) Release(contractId uint64, period uint16) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Release(&_ServiceContracts.TransactOpts, contractId, period)
}

// Report is a paid mutator transaction binding the contract method 0x85c21b1e.
//
// Solidity: function report(uint64 contractId, uint16 period, (bytes32,uint32)[] lines, bytes[] evidence) returns(uint8 status)
func (_ServiceContracts *ServiceContractsTransactor) Report(opts *bind.TransactOpts, contractId uint64, period uint16, lines []IServiceContractsReportLine, evidence [][]byte) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "report", contractId, period, lines, evidence)
}

// Report is a paid mutator transaction binding the contract method 0x85c21b1e.
//
// Solidity: function report(uint64 contractId, uint16 period, (bytes32,uint32)[] lines, bytes[] evidence) returns(uint8 status)
func (_ServiceContracts *ServiceContractsSession) Report(contractId uint64, period uint16, lines []IServiceContractsReportLine, evidence [][]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Report(&_ServiceContracts.TransactOpts, contractId, period, lines, evidence)
}

// Report is a paid mutator transaction binding the contract method 0x85c21b1e.
//
// Solidity: function report(uint64 contractId, uint16 period, (bytes32,uint32)[] lines, bytes[] evidence) returns(uint8 status)
func (_ServiceContracts *ServiceContractsTransactorSession) Report(contractId uint64, period uint16, lines []IServiceContractsReportLine, evidence [][]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Report(&_ServiceContracts.TransactOpts, contractId, period, lines, evidence)
}

// ResolveDispute is a paid mutator transaction binding the contract method 0x7a37cc3a.
//
// Solidity: function resolveDispute(uint64 contractId, uint16 period, uint96 amount) returns()
func (_ServiceContracts *ServiceContractsTransactor) ResolveDispute(opts *bind.TransactOpts, contractId uint64, period uint16, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "resolveDispute", contractId, period, amount)
}

// ResolveDispute is a paid mutator transaction binding the contract method 0x7a37cc3a.
//
// Solidity: function resolveDispute(uint64 contractId, uint16 period, uint96 amount) returns()
func (_ServiceContracts *ServiceContractsSession) ResolveDispute(contractId uint64, period uint16, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ResolveDispute(&_ServiceContracts.TransactOpts, contractId, period, amount)
}

// ResolveDispute is a paid mutator transaction binding the contract method 0x7a37cc3a.
//
// Solidity: function resolveDispute(uint64 contractId, uint16 period, uint96 amount) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) ResolveDispute(contractId uint64, period uint16, amount *big.Int) (*types.Transaction, error) {
	return _ServiceContracts.Contract.ResolveDispute(&_ServiceContracts.TransactOpts, contractId, period, amount)
}

// Terminate is a paid mutator transaction binding the contract method 0x15028286.
//
// Solidity: function terminate(uint64 contractId, bytes32 reasonCode) returns()
func (_ServiceContracts *ServiceContractsTransactor) Terminate(opts *bind.TransactOpts, contractId uint64, reasonCode [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.contract.Transact(opts, "terminate", contractId, reasonCode)
}

// Terminate is a paid mutator transaction binding the contract method 0x15028286.
//
// Solidity: function terminate(uint64 contractId, bytes32 reasonCode) returns()
func (_ServiceContracts *ServiceContractsSession) Terminate(contractId uint64, reasonCode [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Terminate(&_ServiceContracts.TransactOpts, contractId, reasonCode)
}

// Terminate is a paid mutator transaction binding the contract method 0x15028286.
//
// Solidity: function terminate(uint64 contractId, bytes32 reasonCode) returns()
func (_ServiceContracts *ServiceContractsTransactorSession) Terminate(contractId uint64, reasonCode [32]byte) (*types.Transaction, error) {
	return _ServiceContracts.Contract.Terminate(&_ServiceContracts.TransactOpts, contractId, reasonCode)
}

// ServiceContractsEscrowRefundedIterator is returned from FilterEscrowRefunded and is used to iterate over the raw logs and unpacked data for EscrowRefunded events raised by the ServiceContracts contract.
type ServiceContractsEscrowRefundedIterator struct {
	Event *ServiceContractsEscrowRefunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsEscrowRefundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsEscrowRefunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsEscrowRefunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsEscrowRefundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsEscrowRefundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsEscrowRefunded represents a EscrowRefunded event raised by the ServiceContracts contract.
type ServiceContractsEscrowRefunded struct {
	ContractId uint64
	Payer      common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEscrowRefunded is a free log retrieval operation binding the contract event 0xdce14ef6b115a8150524b2035915aba0a87942127e182691615aa132cd3be773.
//
// Solidity: event EscrowRefunded(uint64 indexed contractId, address indexed payer, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) FilterEscrowRefunded(opts *bind.FilterOpts, contractId []uint64, payer []common.Address) (*ServiceContractsEscrowRefundedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "EscrowRefunded", contractIdRule, payerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsEscrowRefundedIterator{contract: _ServiceContracts.contract, event: "EscrowRefunded", logs: logs, sub: sub}, nil
}

// WatchEscrowRefunded is a free log subscription operation binding the contract event 0xdce14ef6b115a8150524b2035915aba0a87942127e182691615aa132cd3be773.
//
// Solidity: event EscrowRefunded(uint64 indexed contractId, address indexed payer, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) WatchEscrowRefunded(opts *bind.WatchOpts, sink chan<- *ServiceContractsEscrowRefunded, contractId []uint64, payer []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "EscrowRefunded", contractIdRule, payerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsEscrowRefunded)
				if err := _ServiceContracts.contract.UnpackLog(event, "EscrowRefunded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEscrowRefunded is a log parse operation binding the contract event 0xdce14ef6b115a8150524b2035915aba0a87942127e182691615aa132cd3be773.
//
// Solidity: event EscrowRefunded(uint64 indexed contractId, address indexed payer, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) ParseEscrowRefunded(log types.Log) (*ServiceContractsEscrowRefunded, error) {
	event := new(ServiceContractsEscrowRefunded)
	if err := _ServiceContracts.contract.UnpackLog(event, "EscrowRefunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceContractAcceptedIterator is returned from FilterServiceContractAccepted and is used to iterate over the raw logs and unpacked data for ServiceContractAccepted events raised by the ServiceContracts contract.
type ServiceContractsServiceContractAcceptedIterator struct {
	Event *ServiceContractsServiceContractAccepted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceContractAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceContractAccepted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceContractAccepted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceContractAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceContractAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceContractAccepted represents a ServiceContractAccepted event raised by the ServiceContracts contract.
type ServiceContractsServiceContractAccepted struct {
	ContractId uint64
	Provider   common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceContractAccepted is a free log retrieval operation binding the contract event 0x1f0ad807b1e7060b556829a341c82fe844fabd98bbbec8613bd3aee501ea60fa.
//
// Solidity: event ServiceContractAccepted(uint64 indexed contractId, address indexed provider)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceContractAccepted(opts *bind.FilterOpts, contractId []uint64, provider []common.Address) (*ServiceContractsServiceContractAcceptedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceContractAccepted", contractIdRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceContractAcceptedIterator{contract: _ServiceContracts.contract, event: "ServiceContractAccepted", logs: logs, sub: sub}, nil
}

// WatchServiceContractAccepted is a free log subscription operation binding the contract event 0x1f0ad807b1e7060b556829a341c82fe844fabd98bbbec8613bd3aee501ea60fa.
//
// Solidity: event ServiceContractAccepted(uint64 indexed contractId, address indexed provider)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceContractAccepted(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceContractAccepted, contractId []uint64, provider []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceContractAccepted", contractIdRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceContractAccepted)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractAccepted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceContractAccepted is a log parse operation binding the contract event 0x1f0ad807b1e7060b556829a341c82fe844fabd98bbbec8613bd3aee501ea60fa.
//
// Solidity: event ServiceContractAccepted(uint64 indexed contractId, address indexed provider)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceContractAccepted(log types.Log) (*ServiceContractsServiceContractAccepted, error) {
	event := new(ServiceContractsServiceContractAccepted)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceContractFundedIterator is returned from FilterServiceContractFunded and is used to iterate over the raw logs and unpacked data for ServiceContractFunded events raised by the ServiceContracts contract.
type ServiceContractsServiceContractFundedIterator struct {
	Event *ServiceContractsServiceContractFunded // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceContractFundedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceContractFunded)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceContractFunded)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceContractFundedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceContractFundedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceContractFunded represents a ServiceContractFunded event raised by the ServiceContracts contract.
type ServiceContractsServiceContractFunded struct {
	ContractId uint64
	Payer      common.Address
	Amount     *big.Int
	Escrow     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceContractFunded is a free log retrieval operation binding the contract event 0x653e47a83588a5e4bac88d9ddff39d175ca9c3f3404eb80f3447e44fdad2d979.
//
// Solidity: event ServiceContractFunded(uint64 indexed contractId, address indexed payer, uint256 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceContractFunded(opts *bind.FilterOpts, contractId []uint64, payer []common.Address) (*ServiceContractsServiceContractFundedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceContractFunded", contractIdRule, payerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceContractFundedIterator{contract: _ServiceContracts.contract, event: "ServiceContractFunded", logs: logs, sub: sub}, nil
}

// WatchServiceContractFunded is a free log subscription operation binding the contract event 0x653e47a83588a5e4bac88d9ddff39d175ca9c3f3404eb80f3447e44fdad2d979.
//
// Solidity: event ServiceContractFunded(uint64 indexed contractId, address indexed payer, uint256 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceContractFunded(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceContractFunded, contractId []uint64, payer []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceContractFunded", contractIdRule, payerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceContractFunded)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractFunded", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceContractFunded is a log parse operation binding the contract event 0x653e47a83588a5e4bac88d9ddff39d175ca9c3f3404eb80f3447e44fdad2d979.
//
// Solidity: event ServiceContractFunded(uint64 indexed contractId, address indexed payer, uint256 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceContractFunded(log types.Log) (*ServiceContractsServiceContractFunded, error) {
	event := new(ServiceContractsServiceContractFunded)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractFunded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceContractProposedIterator is returned from FilterServiceContractProposed and is used to iterate over the raw logs and unpacked data for ServiceContractProposed events raised by the ServiceContracts contract.
type ServiceContractsServiceContractProposedIterator struct {
	Event *ServiceContractsServiceContractProposed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceContractProposedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceContractProposed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceContractProposed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceContractProposedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceContractProposedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceContractProposed represents a ServiceContractProposed event raised by the ServiceContracts contract.
type ServiceContractsServiceContractProposed struct {
	ContractId uint64
	Payer      common.Address
	Provider   common.Address
	Proposal   IServiceContractsProposal
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceContractProposed is a free log retrieval operation binding the contract event 0x3595a2d550300381a7714ef4485c86fcf36fd9f8e58947a6b72029a8e85c639d.
//
// Solidity: event ServiceContractProposed(uint64 indexed contractId, address indexed payer, address indexed provider, (address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceContractProposed(opts *bind.FilterOpts, contractId []uint64, payer []common.Address, provider []common.Address) (*ServiceContractsServiceContractProposedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceContractProposed", contractIdRule, payerRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceContractProposedIterator{contract: _ServiceContracts.contract, event: "ServiceContractProposed", logs: logs, sub: sub}, nil
}

// WatchServiceContractProposed is a free log subscription operation binding the contract event 0x3595a2d550300381a7714ef4485c86fcf36fd9f8e58947a6b72029a8e85c639d.
//
// Solidity: event ServiceContractProposed(uint64 indexed contractId, address indexed payer, address indexed provider, (address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceContractProposed(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceContractProposed, contractId []uint64, payer []common.Address, provider []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var payerRule []interface{}
	for _, payerItem := range payer {
		payerRule = append(payerRule, payerItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceContractProposed", contractIdRule, payerRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceContractProposed)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractProposed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceContractProposed is a log parse operation binding the contract event 0x3595a2d550300381a7714ef4485c86fcf36fd9f8e58947a6b72029a8e85c639d.
//
// Solidity: event ServiceContractProposed(uint64 indexed contractId, address indexed payer, address indexed provider, (address,uint96,uint64,uint32,uint16,bool,bytes,bytes32[],uint64[]) proposal)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceContractProposed(log types.Log) (*ServiceContractsServiceContractProposed, error) {
	event := new(ServiceContractsServiceContractProposed)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractProposed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceContractTerminatedIterator is returned from FilterServiceContractTerminated and is used to iterate over the raw logs and unpacked data for ServiceContractTerminated events raised by the ServiceContracts contract.
type ServiceContractsServiceContractTerminatedIterator struct {
	Event *ServiceContractsServiceContractTerminated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceContractTerminatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceContractTerminated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceContractTerminated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceContractTerminatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceContractTerminatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceContractTerminated represents a ServiceContractTerminated event raised by the ServiceContracts contract.
type ServiceContractsServiceContractTerminated struct {
	ContractId uint64
	By         common.Address
	ReasonCode [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceContractTerminated is a free log retrieval operation binding the contract event 0x0bfb652dffa003ac868493ccc47970e21009accb3eb1052499e55505a93469e5.
//
// Solidity: event ServiceContractTerminated(uint64 indexed contractId, address indexed by, bytes32 reasonCode)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceContractTerminated(opts *bind.FilterOpts, contractId []uint64, by []common.Address) (*ServiceContractsServiceContractTerminatedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceContractTerminated", contractIdRule, byRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceContractTerminatedIterator{contract: _ServiceContracts.contract, event: "ServiceContractTerminated", logs: logs, sub: sub}, nil
}

// WatchServiceContractTerminated is a free log subscription operation binding the contract event 0x0bfb652dffa003ac868493ccc47970e21009accb3eb1052499e55505a93469e5.
//
// Solidity: event ServiceContractTerminated(uint64 indexed contractId, address indexed by, bytes32 reasonCode)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceContractTerminated(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceContractTerminated, contractId []uint64, by []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var byRule []interface{}
	for _, byItem := range by {
		byRule = append(byRule, byItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceContractTerminated", contractIdRule, byRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceContractTerminated)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractTerminated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceContractTerminated is a log parse operation binding the contract event 0x0bfb652dffa003ac868493ccc47970e21009accb3eb1052499e55505a93469e5.
//
// Solidity: event ServiceContractTerminated(uint64 indexed contractId, address indexed by, bytes32 reasonCode)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceContractTerminated(log types.Log) (*ServiceContractsServiceContractTerminated, error) {
	event := new(ServiceContractsServiceContractTerminated)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceContractTerminated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceDisputeResolvedIterator is returned from FilterServiceDisputeResolved and is used to iterate over the raw logs and unpacked data for ServiceDisputeResolved events raised by the ServiceContracts contract.
type ServiceContractsServiceDisputeResolvedIterator struct {
	Event *ServiceContractsServiceDisputeResolved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceDisputeResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceDisputeResolved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceDisputeResolved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceDisputeResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceDisputeResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceDisputeResolved represents a ServiceDisputeResolved event raised by the ServiceContracts contract.
type ServiceContractsServiceDisputeResolved struct {
	ContractId uint64
	Period     uint16
	Resolver   common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceDisputeResolved is a free log retrieval operation binding the contract event 0x3b05fcedb6840d1b99383835603fdce8b96eb5910614f0863f7d3bb992bd9f55.
//
// Solidity: event ServiceDisputeResolved(uint64 indexed contractId, uint16 indexed period, address indexed resolver, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceDisputeResolved(opts *bind.FilterOpts, contractId []uint64, period []uint16, resolver []common.Address) (*ServiceContractsServiceDisputeResolvedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var resolverRule []interface{}
	for _, resolverItem := range resolver {
		resolverRule = append(resolverRule, resolverItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceDisputeResolved", contractIdRule, periodRule, resolverRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceDisputeResolvedIterator{contract: _ServiceContracts.contract, event: "ServiceDisputeResolved", logs: logs, sub: sub}, nil
}

// WatchServiceDisputeResolved is a free log subscription operation binding the contract event 0x3b05fcedb6840d1b99383835603fdce8b96eb5910614f0863f7d3bb992bd9f55.
//
// Solidity: event ServiceDisputeResolved(uint64 indexed contractId, uint16 indexed period, address indexed resolver, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceDisputeResolved(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceDisputeResolved, contractId []uint64, period []uint16, resolver []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var resolverRule []interface{}
	for _, resolverItem := range resolver {
		resolverRule = append(resolverRule, resolverItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceDisputeResolved", contractIdRule, periodRule, resolverRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceDisputeResolved)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceDisputeResolved", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceDisputeResolved is a log parse operation binding the contract event 0x3b05fcedb6840d1b99383835603fdce8b96eb5910614f0863f7d3bb992bd9f55.
//
// Solidity: event ServiceDisputeResolved(uint64 indexed contractId, uint16 indexed period, address indexed resolver, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceDisputeResolved(log types.Log) (*ServiceContractsServiceDisputeResolved, error) {
	event := new(ServiceContractsServiceDisputeResolved)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceDisputeResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServicePaymentDeferredIterator is returned from FilterServicePaymentDeferred and is used to iterate over the raw logs and unpacked data for ServicePaymentDeferred events raised by the ServiceContracts contract.
type ServiceContractsServicePaymentDeferredIterator struct {
	Event *ServiceContractsServicePaymentDeferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServicePaymentDeferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServicePaymentDeferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServicePaymentDeferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServicePaymentDeferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServicePaymentDeferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServicePaymentDeferred represents a ServicePaymentDeferred event raised by the ServiceContracts contract.
type ServiceContractsServicePaymentDeferred struct {
	ContractId uint64
	Period     uint16
	Amount     *big.Int
	Escrow     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServicePaymentDeferred is a free log retrieval operation binding the contract event 0x1f7fd05aa1631b261146a5a1f862b4d77557047b0db480c83562294855cfa8dd.
//
// Solidity: event ServicePaymentDeferred(uint64 indexed contractId, uint16 indexed period, uint96 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) FilterServicePaymentDeferred(opts *bind.FilterOpts, contractId []uint64, period []uint16) (*ServiceContractsServicePaymentDeferredIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServicePaymentDeferred", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServicePaymentDeferredIterator{contract: _ServiceContracts.contract, event: "ServicePaymentDeferred", logs: logs, sub: sub}, nil
}

// WatchServicePaymentDeferred is a free log subscription operation binding the contract event 0x1f7fd05aa1631b261146a5a1f862b4d77557047b0db480c83562294855cfa8dd.
//
// Solidity: event ServicePaymentDeferred(uint64 indexed contractId, uint16 indexed period, uint96 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) WatchServicePaymentDeferred(opts *bind.WatchOpts, sink chan<- *ServiceContractsServicePaymentDeferred, contractId []uint64, period []uint16) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServicePaymentDeferred", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServicePaymentDeferred)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServicePaymentDeferred", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServicePaymentDeferred is a log parse operation binding the contract event 0x1f7fd05aa1631b261146a5a1f862b4d77557047b0db480c83562294855cfa8dd.
//
// Solidity: event ServicePaymentDeferred(uint64 indexed contractId, uint16 indexed period, uint96 amount, uint96 escrow)
func (_ServiceContracts *ServiceContractsFilterer) ParseServicePaymentDeferred(log types.Log) (*ServiceContractsServicePaymentDeferred, error) {
	event := new(ServiceContractsServicePaymentDeferred)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServicePaymentDeferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServicePaymentReleasedIterator is returned from FilterServicePaymentReleased and is used to iterate over the raw logs and unpacked data for ServicePaymentReleased events raised by the ServiceContracts contract.
type ServiceContractsServicePaymentReleasedIterator struct {
	Event *ServiceContractsServicePaymentReleased // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServicePaymentReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServicePaymentReleased)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServicePaymentReleased)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServicePaymentReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServicePaymentReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServicePaymentReleased represents a ServicePaymentReleased event raised by the ServiceContracts contract.
type ServiceContractsServicePaymentReleased struct {
	ContractId uint64
	Period     uint16
	Provider   common.Address
	Amount     *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServicePaymentReleased is a free log retrieval operation binding the contract event 0x94842301a85a9dd52f88b532e3bb0af086680d2dc6b44bb88409b3a5c5c7492d.
//
// Solidity: event ServicePaymentReleased(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) FilterServicePaymentReleased(opts *bind.FilterOpts, contractId []uint64, period []uint16, provider []common.Address) (*ServiceContractsServicePaymentReleasedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServicePaymentReleased", contractIdRule, periodRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServicePaymentReleasedIterator{contract: _ServiceContracts.contract, event: "ServicePaymentReleased", logs: logs, sub: sub}, nil
}

// WatchServicePaymentReleased is a free log subscription operation binding the contract event 0x94842301a85a9dd52f88b532e3bb0af086680d2dc6b44bb88409b3a5c5c7492d.
//
// Solidity: event ServicePaymentReleased(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) WatchServicePaymentReleased(opts *bind.WatchOpts, sink chan<- *ServiceContractsServicePaymentReleased, contractId []uint64, period []uint16, provider []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServicePaymentReleased", contractIdRule, periodRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServicePaymentReleased)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServicePaymentReleased", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServicePaymentReleased is a log parse operation binding the contract event 0x94842301a85a9dd52f88b532e3bb0af086680d2dc6b44bb88409b3a5c5c7492d.
//
// Solidity: event ServicePaymentReleased(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount)
func (_ServiceContracts *ServiceContractsFilterer) ParseServicePaymentReleased(log types.Log) (*ServiceContractsServicePaymentReleased, error) {
	event := new(ServiceContractsServicePaymentReleased)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServicePaymentReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceReportApprovedIterator is returned from FilterServiceReportApproved and is used to iterate over the raw logs and unpacked data for ServiceReportApproved events raised by the ServiceContracts contract.
type ServiceContractsServiceReportApprovedIterator struct {
	Event *ServiceContractsServiceReportApproved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceReportApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceReportApproved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceReportApproved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceReportApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceReportApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceReportApproved represents a ServiceReportApproved event raised by the ServiceContracts contract.
type ServiceContractsServiceReportApproved struct {
	ContractId uint64
	Period     uint16
	Amount     *big.Int
	Automatic  bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceReportApproved is a free log retrieval operation binding the contract event 0xb32f6987d47191ed7fbe9e2527b68cbe35ec0a86817e3b9e175e0baf5b61c008.
//
// Solidity: event ServiceReportApproved(uint64 indexed contractId, uint16 indexed period, uint96 amount, bool automatic)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceReportApproved(opts *bind.FilterOpts, contractId []uint64, period []uint16) (*ServiceContractsServiceReportApprovedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceReportApproved", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceReportApprovedIterator{contract: _ServiceContracts.contract, event: "ServiceReportApproved", logs: logs, sub: sub}, nil
}

// WatchServiceReportApproved is a free log subscription operation binding the contract event 0xb32f6987d47191ed7fbe9e2527b68cbe35ec0a86817e3b9e175e0baf5b61c008.
//
// Solidity: event ServiceReportApproved(uint64 indexed contractId, uint16 indexed period, uint96 amount, bool automatic)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceReportApproved(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceReportApproved, contractId []uint64, period []uint16) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceReportApproved", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceReportApproved)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceReportApproved", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceReportApproved is a log parse operation binding the contract event 0xb32f6987d47191ed7fbe9e2527b68cbe35ec0a86817e3b9e175e0baf5b61c008.
//
// Solidity: event ServiceReportApproved(uint64 indexed contractId, uint16 indexed period, uint96 amount, bool automatic)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceReportApproved(log types.Log) (*ServiceContractsServiceReportApproved, error) {
	event := new(ServiceContractsServiceReportApproved)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceReportApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServiceReportDisputedIterator is returned from FilterServiceReportDisputed and is used to iterate over the raw logs and unpacked data for ServiceReportDisputed events raised by the ServiceContracts contract.
type ServiceContractsServiceReportDisputedIterator struct {
	Event *ServiceContractsServiceReportDisputed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServiceReportDisputedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServiceReportDisputed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServiceReportDisputed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServiceReportDisputedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServiceReportDisputedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServiceReportDisputed represents a ServiceReportDisputed event raised by the ServiceContracts contract.
type ServiceContractsServiceReportDisputed struct {
	ContractId uint64
	Period     uint16
	ReasonCode [32]byte
	Offered    *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServiceReportDisputed is a free log retrieval operation binding the contract event 0x117ecb0ad144dfef191e08c4ec6a65a8a787968d3fa8f63cfb65b57c9fb343a9.
//
// Solidity: event ServiceReportDisputed(uint64 indexed contractId, uint16 indexed period, bytes32 reasonCode, uint96 offered)
func (_ServiceContracts *ServiceContractsFilterer) FilterServiceReportDisputed(opts *bind.FilterOpts, contractId []uint64, period []uint16) (*ServiceContractsServiceReportDisputedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServiceReportDisputed", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServiceReportDisputedIterator{contract: _ServiceContracts.contract, event: "ServiceReportDisputed", logs: logs, sub: sub}, nil
}

// WatchServiceReportDisputed is a free log subscription operation binding the contract event 0x117ecb0ad144dfef191e08c4ec6a65a8a787968d3fa8f63cfb65b57c9fb343a9.
//
// Solidity: event ServiceReportDisputed(uint64 indexed contractId, uint16 indexed period, bytes32 reasonCode, uint96 offered)
func (_ServiceContracts *ServiceContractsFilterer) WatchServiceReportDisputed(opts *bind.WatchOpts, sink chan<- *ServiceContractsServiceReportDisputed, contractId []uint64, period []uint16) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServiceReportDisputed", contractIdRule, periodRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServiceReportDisputed)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServiceReportDisputed", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServiceReportDisputed is a log parse operation binding the contract event 0x117ecb0ad144dfef191e08c4ec6a65a8a787968d3fa8f63cfb65b57c9fb343a9.
//
// Solidity: event ServiceReportDisputed(uint64 indexed contractId, uint16 indexed period, bytes32 reasonCode, uint96 offered)
func (_ServiceContracts *ServiceContractsFilterer) ParseServiceReportDisputed(log types.Log) (*ServiceContractsServiceReportDisputed, error) {
	event := new(ServiceContractsServiceReportDisputed)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServiceReportDisputed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ServiceContractsServicesReportedIterator is returned from FilterServicesReported and is used to iterate over the raw logs and unpacked data for ServicesReported events raised by the ServiceContracts contract.
type ServiceContractsServicesReportedIterator struct {
	Event *ServiceContractsServicesReported // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ServiceContractsServicesReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ServiceContractsServicesReported)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ServiceContractsServicesReported)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ServiceContractsServicesReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ServiceContractsServicesReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ServiceContractsServicesReported represents a ServicesReported event raised by the ServiceContracts contract.
type ServiceContractsServicesReported struct {
	ContractId uint64
	Period     uint16
	Provider   common.Address
	Amount     *big.Int
	Lines      []IServiceContractsReportLine
	Evidence   [][]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterServicesReported is a free log retrieval operation binding the contract event 0xeb79b1d6adaf0ecb6897bd2bf09f8319252f278e65b358dccddb428eab92b8e2.
//
// Solidity: event ServicesReported(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount, (bytes32,uint32)[] lines, bytes[] evidence)
func (_ServiceContracts *ServiceContractsFilterer) FilterServicesReported(opts *bind.FilterOpts, contractId []uint64, period []uint16, provider []common.Address) (*ServiceContractsServicesReportedIterator, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.FilterLogs(opts, "ServicesReported", contractIdRule, periodRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ServiceContractsServicesReportedIterator{contract: _ServiceContracts.contract, event: "ServicesReported", logs: logs, sub: sub}, nil
}

// WatchServicesReported is a free log subscription operation binding the contract event 0xeb79b1d6adaf0ecb6897bd2bf09f8319252f278e65b358dccddb428eab92b8e2.
//
// Solidity: event ServicesReported(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount, (bytes32,uint32)[] lines, bytes[] evidence)
func (_ServiceContracts *ServiceContractsFilterer) WatchServicesReported(opts *bind.WatchOpts, sink chan<- *ServiceContractsServicesReported, contractId []uint64, period []uint16, provider []common.Address) (event.Subscription, error) {

	var contractIdRule []interface{}
	for _, contractIdItem := range contractId {
		contractIdRule = append(contractIdRule, contractIdItem)
	}
	var periodRule []interface{}
	for _, periodItem := range period {
		periodRule = append(periodRule, periodItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _ServiceContracts.contract.WatchLogs(opts, "ServicesReported", contractIdRule, periodRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ServiceContractsServicesReported)
				if err := _ServiceContracts.contract.UnpackLog(event, "ServicesReported", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseServicesReported is a log parse operation binding the contract event 0xeb79b1d6adaf0ecb6897bd2bf09f8319252f278e65b358dccddb428eab92b8e2.
//
// Solidity: event ServicesReported(uint64 indexed contractId, uint16 indexed period, address indexed provider, uint96 amount, (bytes32,uint32)[] lines, bytes[] evidence)
func (_ServiceContracts *ServiceContractsFilterer) ParseServicesReported(log types.Log) (*ServiceContractsServicesReported, error) {
	event := new(ServiceContractsServicesReported)
	if err := _ServiceContracts.contract.UnpackLog(event, "ServicesReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
