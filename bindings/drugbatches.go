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

// IDrugBatchesBatch is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesBatch struct {
	Manufacturer   common.Address
	Gtin           uint64
	Status         uint8
	Number         uint64
	ManufacturedAt uint64
	ExpiresAt      uint64
	RegisteredAt   uint64
	PackCount      uint32
	MinTemperature int16
	MaxTemperature int16
	HolderCount    uint32
	SerialRoot     [32]byte
	Lot            string
	CertificateCid []byte
}

// IDrugBatchesBatchRegistration is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesBatchRegistration struct {
	Gtin           uint64
	Lot            string
	ManufacturedAt uint64
	ExpiresAt      uint64
	PackCount      uint32
	MinTemperature int16
	MaxTemperature int16
	SerialRoot     [32]byte
	CertificateCid []byte
}

// IDrugBatchesHandOver is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesHandOver struct {
	BatchId   [32]byte
	From      common.Address
	To        common.Address
	Quantity  uint32
	Status    uint8
	CreatedAt uint64
}

// IDrugBatchesHolding is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesHolding struct {
	OnHand        uint32
	PendingOut    uint32
	Received      uint64
	Sent          uint64
	Dispensed     uint32
	Quarantined   bool
	QuarantinedAt uint64
}

// IDrugBatchesReading is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesReading struct {
	BatchId     [32]byte
	Holder      common.Address
	Timestamp   uint64
	Temperature int16
	R           [32]byte
	Vs          [32]byte
}

// IDrugBatchesSerialRecord is an auto generated low-level Go binding around an user-defined struct.
type IDrugBatchesSerialRecord struct {
	Holder       common.Address
	DispensedAt  uint64
	CloneReports uint32
}

// DrugBatchesMetaData contains all meta data concerning the DrugBatches contract.
var DrugBatchesMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"DrugBatchesBatchExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"DrugBatchesBatchExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"DrugBatchesBatchRecalled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesDeviceNotBound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"enumIDrugBatches.HandOverStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"DrugBatchesHandOverNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"DrugBatchesInactiveDevice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"onHand\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"requested\",\"type\":\"uint32\"}],\"name\":\"DrugBatchesInsufficientStock\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"DrugBatchesInvalidCid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"DrugBatchesInvalidDates\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"DrugBatchesInvalidGtin\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"DrugBatchesInvalidLot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"DrugBatchesInvalidReadingSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"DrugBatchesInvalidReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"}],\"name\":\"DrugBatchesInvalidSerialProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int16\",\"name\":\"minTemperature\",\"type\":\"int16\"},{\"internalType\":\"int16\",\"name\":\"maxTemperature\",\"type\":\"int16\"}],\"name\":\"DrugBatchesInvalidTemperatureRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DrugBatchesNoReadings\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotActiveParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotDispensingHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotHolder\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotManufacturer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotQuarantined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotReceiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotRegulator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DrugBatchesNotSender\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesQuarantined\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"}],\"name\":\"DrugBatchesReadingFromFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"DrugBatchesSelfHandOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesSerialDecommissioned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"}],\"name\":\"DrugBatchesSerialNotDecommissioned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"DrugBatchesUnauthorisedDispenser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"DrugBatchesUnauthorisedRecall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"DrugBatchesUnknownBatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"DrugBatchesUnknownHandOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DrugBatchesZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DrugBatchesZeroQuantity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DrugBatchesZeroSerialRoot\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"recalledBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"holderCount\",\"type\":\"uint32\"}],\"name\":\"BatchRecalled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"packCount\",\"type\":\"uint32\"},{\"internalType\":\"int16\",\"name\":\"minTemperature\",\"type\":\"int16\"},{\"internalType\":\"int16\",\"name\":\"maxTemperature\",\"type\":\"int16\"},{\"internalType\":\"bytes32\",\"name\":\"serialRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"certificateCid\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structIDrugBatches.BatchRegistration\",\"name\":\"registration\",\"type\":\"tuple\"}],\"name\":\"BatchRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"name\":\"HandOverAccepted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"name\":\"HandOverCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"name\":\"HandOverInitiated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"serialLeaf\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"}],\"name\":\"PackDispensed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int16\",\"name\":\"temperature\",\"type\":\"int16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"total\",\"type\":\"uint32\"}],\"name\":\"PenaltyRecorded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"regulator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"QuarantineReleased\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"submitter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accepted\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"name\":\"ReadingsSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int16\",\"name\":\"temperature\",\"type\":\"int16\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"name\":\"StockQuarantined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"serialLeaf\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"reports\",\"type\":\"uint32\"}],\"name\":\"SuspectedCloneReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int16\",\"name\":\"temperature\",\"type\":\"int16\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"withinRange\",\"type\":\"bool\"}],\"name\":\"TemperatureRecorded\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DISPENSER_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_CLOCK_SKEW\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"acceptHandOver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"batch\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"manufacturer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"enumIDrugBatches.BatchStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"registeredAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"packCount\",\"type\":\"uint32\"},{\"internalType\":\"int16\",\"name\":\"minTemperature\",\"type\":\"int16\"},{\"internalType\":\"int16\",\"name\":\"maxTemperature\",\"type\":\"int16\"},{\"internalType\":\"uint32\",\"name\":\"holderCount\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"serialRoot\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"certificateCid\",\"type\":\"bytes\"}],\"internalType\":\"structIDrugBatches.Batch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"number\",\"type\":\"uint64\"}],\"name\":\"batchIdByNumber\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"}],\"name\":\"batchIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"cancelHandOver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"dispense\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"}],\"name\":\"handOver\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"handOverCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"handOverRecord\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"quantity\",\"type\":\"uint32\"},{\"internalType\":\"enumIDrugBatches.HandOverStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"}],\"internalType\":\"structIDrugBatches.HandOver\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"}],\"name\":\"holderAt\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"holderCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"holding\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"onHand\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"pendingOut\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"received\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"sent\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"dispensed\",\"type\":\"uint32\"},{\"internalType\":\"bool\",\"name\":\"quarantined\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"quarantinedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIDrugBatches.Holding\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"}],\"name\":\"isValidGtin\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"name\":\"lastReadingAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"packStatus\",\"outputs\":[{\"internalType\":\"enumIDrugBatches.PackStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"penalties\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"int16\",\"name\":\"temperature\",\"type\":\"int16\"}],\"name\":\"readingDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"recall\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"manufacturedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"packCount\",\"type\":\"uint32\"},{\"internalType\":\"int16\",\"name\":\"minTemperature\",\"type\":\"int16\"},{\"internalType\":\"int16\",\"name\":\"maxTemperature\",\"type\":\"int16\"},{\"internalType\":\"bytes32\",\"name\":\"serialRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"certificateCid\",\"type\":\"bytes\"}],\"internalType\":\"structIDrugBatches.BatchRegistration\",\"name\":\"registration\",\"type\":\"tuple\"}],\"name\":\"registerBatch\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"releaseQuarantine\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"reportSuspectedClone\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"}],\"name\":\"serialLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"}],\"name\":\"serialRecord\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"dispensedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"cloneReports\",\"type\":\"uint32\"}],\"internalType\":\"structIDrugBatches.SerialRecord\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"batchId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"int16\",\"name\":\"temperature\",\"type\":\"int16\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"vs\",\"type\":\"bytes32\"}],\"internalType\":\"structIDrugBatches.Reading[]\",\"name\":\"readings\",\"type\":\"tuple[]\"}],\"name\":\"submitReadings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"accepted\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"skipped\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"gtin\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"lot\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"serial\",\"type\":\"string\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"address\",\"name\":\"holder\",\"type\":\"address\"}],\"name\":\"verifyPack\",\"outputs\":[{\"internalType\":\"enumIDrugBatches.PackStatus\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x61018060405234801561001157600080fd5b50604051615111380380615111833981016040819052610030916102c5565b6040518060400160405280601181526020017053616c757320447275674261746368657360781b815250604051806040016040528060018152602001603160f81b81525061008860018361018960201b90919060201c565b61012052610097816002610189565b61014052815160208084019190912060e052815190820120610100524660a05261012460e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b038216158061014a57506001600160a01b038116155b1561016857604051630280998d60e41b815260040160405180910390fd5b6001600160a01b038216610160526101816000826101bc565b5050506104ce565b60006020835110156101a55761019e83610266565b90506101b6565b816101b0848261039e565b5060ff90505b92915050565b6000828152602081815260408083206001600160a01b038516845290915281205460ff1661025e576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556102163390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101b6565b5060006101b6565b600080829050601f8151111561029a578260405163305a27a960e01b8152600401610291919061045c565b60405180910390fd5b80516102a5826104aa565b179392505050565b6001600160a01b03811681146102c257600080fd5b50565b600080604083850312156102d857600080fd5b82516102e3816102ad565b60208401519092506102f4816102ad565b809150509250929050565b634e487b7160e01b600052604160045260246000fd5b600181811c9082168061032957607f821691505b60208210810361034957634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561039957806000526020600020601f840160051c810160208510156103765750805b601f840160051c820191505b818110156103965760008155600101610382565b50505b505050565b81516001600160401b038111156103b7576103b76102ff565b6103cb816103c58454610315565b8461034f565b6020601f8211600181146103ff57600083156103e75750848201515b600019600385901b1c1916600184901b178455610396565b600084815260208120601f198516915b8281101561042f578785015182556020948501946001909201910161040f565b508482101561044d5786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b8181101561048a576020818601810151604086840101520161046d565b506000604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156103495760001960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051614b8361058e600039600081816104d5015281816108bb01528181610ca6015281816110f901528181611252015281816114b3015281816118f701528181611fa70152818161206f015281816126da015281816127990152818161287f01528181612e1e0152612ec8015260006133b20152600061338501526000612bbc01526000612b9401526000612aef01526000612b1901526000612b430152614b836000f3fe608060405234801561001057600080fd5b50600436106102325760003560e01c806391d1485411610130578063cc08452d116100b8578063e7ff1c6a1161007c578063e7ff1c6a1461074b578063f628b9511461075e578063fa8631be1461079a578063fddaa065146107ca578063fe10649b146107ea57600080fd5b8063cc08452d146106cb578063d523cee0146106de578063d547741f14610705578063e56c666914610718578063e64b94031461073857600080fd5b8063a217fddf116100ff578063a217fddf14610635578063a398ab8d1461063d578063b7cc064814610650578063c2655f3e1461068f578063cac85202146106a257600080fd5b806391d148541461054e5780639612586d1461056157806396c3fe8f1461060f578063a172a9991461062257600080fd5b80633644e515116101be57806379211f1f1161018257806379211f1f146104ab5780637b103999146104d35780637c2243e51461050d57806384b0196e1461052057806388c3baac1461053b57600080fd5b80633644e5151461045257806336568abe1461045a57806340ab56ab1461046d57806352de38c01461048057806364b29bb81461049857600080fd5b8063235bb3f111610205578063235bb3f1146103a3578063248a9ca3146103b65780632e1658d8146103d95780632f2ff15d146103f957806331e8d9a61461040e57600080fd5b806301ffc9a71461023757806306f130561461025f5780631313351f146102845780631885ae4914610382575b600080fd5b61024a610245366004613ad5565b6107f3565b60405190151581526020015b60405180910390f35b600c546001600160401b03165b6040516001600160401b039091168152602001610256565b610375610292366004613b14565b6040805160e081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c08101919091525060008281526006602090815260408083206001600160a01b0385168452825291829020825160e081018452905463ffffffff80821683526401000000008204811693830193909352600160401b810465ffffffffffff90811694830194909452600160701b81049093166060820152600160a01b83049091166080820152600160c01b820460ff16151560a0820152600160c81b90910464ffffffffff1660c082015292915050565b6040516102569190613b44565b610395610390366004613c30565b61082a565b604051908152602001610256565b61026c6103b1366004613c96565b610841565b6103956103c4366004613cd4565b60009081526020819052604090206001015490565b6103ec6103e7366004613d31565b610bf8565b6040516102569190613e0e565b61040c610407366004613b14565b610c1f565b005b61043d61041c366004613e28565b6001600160a01b03166000908152600a602052604090205463ffffffff1690565b60405163ffffffff9091168152602001610256565b610395610c4a565b61040c610468366004613b14565b610c59565b61040c61047b366004613e45565b610c91565b600c54600160401b90046001600160401b031661026c565b61040c6104a6366004613e7d565b610df7565b6104be6104b9366004613e98565b610f30565b60408051928352602083019190915201610256565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610256565b61039561051b366004613f1f565b61101c565b610528611035565b6040516102569796959493929190613fb4565b6103ec61054936600461404c565b61107b565b61024a61055c366004613b14565b611098565b6105d561056f366004613cd4565b604080516060808201835260008083526020808401829052928401819052938452600982529282902082519384018352546001600160a01b0381168452600160a01b810464ffffffffff1691840191909152600160c81b900463ffffffff169082015290565b6040805182516001600160a01b031681526020808401516001600160401b0316908201529181015163ffffffff1690820152606001610256565b61040c61061d3660046140db565b6110c1565b61024a610630366004613e7d565b611232565b610395600081565b61040c61064b3660046140fd565b61123d565b61026c61065e36600461417a565b6001600160a01b03919091166000908152600b6020908152604080832093835292905220546001600160401b031690565b61039561069d3660046141a6565b6113f8565b6103956106b0366004613e7d565b6001600160401b031660009081526005602052604090205490565b61040c6106d9366004613e7d565b611405565b6103957fc0a3fdeb22f82e6e47cfde896ca67be016ebe09cd3356295369c06431c20853281565b61040c610713366004613b14565b61179f565b61072b610726366004613e7d565b6117c4565b60405161025691906141ec565b610395610746366004614256565b6118dd565b61026c610759366004614291565b611f14565b6104f561076c366004614320565b600091825260076020908152604080842063ffffffff9390931684529190529020546001600160a01b031690565b61043d6107a8366004613cd4565b600090815260036020526040902060010154600160d01b900463ffffffff1690565b6107dd6107d8366004613cd4565b61236f565b604051610256919061435c565b61026c61012c81565b60006001600160e01b03198216637965db0b60e01b148061082457506301ffc9a760e01b6001600160e01b03198316145b92915050565b600061083784848461260b565b90505b9392505050565b60008061084d85612641565b90508263ffffffff1660000361087657604051631f18cd0f60e31b815260040160405180910390fd5b336001600160a01b038516036108a657604051633463842d60e01b81523360048201526024015b60405180910390fd5b604051635a047c4d60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b408f89a90602401602060405180830381865afa15801561090a573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061092e91906144a0565b61094d5760405163cb86ea1f60e01b815233600482015260240161089d565b61095881868661267f565b600085815260066020908152604080832033845290915290208054600160c01b900460ff16156109a4576040516317feafdd60e21b81526004810187905233602482015260440161089d565b805463ffffffff9081169085168110156109ee57604051638042ebc360e01b81526004810188905233602482015263ffffffff80831660448301528616606482015260840161089d565b815464010000000063ffffffff878403811663ffffffff19841681178390048216890190911690910267ffffffffffffffff1990921617178255600c8054610a48906001600160401b03600160401b9091041660016144d8565b81546fffffffffffffffff00000000000000001916600160401b6001600160401b038316021782556040805160c08101825233815263ffffffff8916602082015291965081016001815264ffffffffff42166020808301919091526001600160a01b03808b1660408085019190915260018901546001600160401b03600160901b9091048116606090950194909452928916600090815260088352839020845181549386015163ffffffff16600160a01b026001600160c01b031990941692169190911791909117808255918301519091829060ff60c01b1916600160c01b836003811115610b3957610b39613df8565b02179055506060820151815464ffffffffff909116600160c81b0264ffffffffff60c81b1990911617815560808201516001909101805460a0909301516001600160401b03908116600160a01b026001600160e01b03199094166001600160a01b039384161793909317905560408051928816835263ffffffff891660208401529089169133918b917fabfa92761a7d0bb607639c94fb4e8f25728a410024dfa5ff7add5edf09e2de2a910160405180910390a4505050509392505050565b6000610c12610c088a8a8a61260b565b8787878787612915565b9998505050505050505050565b600082815260208190526040902060010154610c3a81612a43565b610c448383612a50565b50505050565b6000610c54612ae2565b905090565b6001600160a01b0381163314610c825760405163334bd91960e11b815260040160405180910390fd5b610c8c8282612c0d565b505050565b6040516354fc916960e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906354fc916990602401602060405180830381865afa158015610cf5573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610d1991906144a0565b610d3857604051630170aa4d60e71b815233600482015260240161089d565b610d4183612641565b5060008381526006602090815260408083206001600160a01b038616845290915290208054600160c01b900460ff16610d9f576040516309105c4960e21b8152600481018590526001600160a01b038416602482015260440161089d565b805465ffffffffffff60c01b1916815560405182815233906001600160a01b0385169086907ff96d81cd73392b8e92dbaf7ba631113682244bc824abe49bdc708806ad6e34389060200160405180910390a450505050565b6000610e0282612c78565b80549091506001600160a01b03163314610e4057604051636dde798360e11b81526001600160401b038316600482015233602482015260440161089d565b6001810180546001600160401b03600160a01b9182900481166000908152600560209081526040808320548084526006835281842033808652908452938290208854600360c01b60ff60c01b198216178a55815463ffffffff9890910488166401000000008083048a168290038a1602808a16838b1617820190991663ffffffff199990991667ffffffffffffffff199092169190911797909717815596548251958a1686529285018690529594936001600160a01b03909216929186917f927643abc28e86b37b42d1f39dbd992e86cb6269bc375ffeff86083f96971653910160405180910390a45050505050565b60008082808203610f5457604051630fd306e760e11b815260040160405180910390fd5b6000610f6261012c426144f7565b604080516060810182526000808252602082018190529181018290529192505b83811015610fd657610fad888883818110610f9f57610f9f61450a565b905060c00201828585612d10565b15610fc257610fbb86614520565b9550610fce565b610fcb85614520565b94505b600101610f82565b50604080518681526020810186905233917feed493c74bfbd494baf6a834cbfaea4c7be195aef4398e46ec8756076eb1777e910160405180910390a25050509250929050565b600061102a85858585613301565b90505b949350505050565b60006060806000806000606061104961337e565b6110516133ab565b60408051600080825260208201909252600f60f81b9b939a50919850469750309650945092509050565b600061108b878787878787612915565b90505b9695505050505050565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b60006110cc83612641565b80549091506001600160a01b0316331480159061116e57506040516354fc916960e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906354fc916990602401602060405180830381865afa158015611148573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061116c91906144a0565b155b1561118e5760405163c59871ed60e01b815233600482015260240161089d565b60028154600160d01b900460ff1660028111156111ad576111ad613df8565b036111ce576040516357bb686960e01b81526004810184905260240161089d565b805460ff60d01b1916600160d11b178155600181015460408051848152600160d01b90920463ffffffff1660208301528051339286927f74ff06a0ab759a2baa2cb361bb3263630798aa9a15ab274ebee0c6cf62907f9d92918290030190a3505050565b6000610824826133d8565b604051635a047c4d60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b408f89a90602401602060405180830381865afa1580156112a1573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906112c591906144a0565b6112e45760405163cb86ea1f60e01b815233600482015260240161089d565b60006112ef86612641565b905060006112fe878787613485565b905061131084848460020154846134be565b61133357868686604051639d8c2c3d60e01b815260040161089d93929190614578565b600081815260096020526040902080546001600160a01b031661136f57878787604051630aac688560e11b815260040161089d93929190614578565b805460009061138c90600160c81b900463ffffffff166001614592565b825463ffffffff60c81b1916600160c81b63ffffffff831602178355604051909150339084908b907f7cacbf48075dd880983522b36995604dd19f2c39f5c1ac7bfbc5964a4a607d83906113e5908d908d9088906145ae565b60405180910390a4505050505050505050565b6000610837848484613485565b600061141082612c78565b60018101549091506001600160a01b0316331461145157604051631ce075d160e31b81526001600160401b038316600482015233602482015260440161089d565b6001810154600160a01b90046001600160401b0316600090815260056020908152604080832054808452600390925290912080546001600160a01b0316331461149e5761149e81836134d6565b604051635a047c4d60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b408f89a90602401602060405180830381865afa158015611502573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061152691906144a0565b61154557604051631721d68560e21b815233600482015260240161089d565b825460008381526006602090815260408083206001600160a01b039094168084529390915290208054600160c01b900460ff16156115a8576040516317feafdd60e21b8152600481018590526001600160a01b038316602482015260440161089d565b845460ff60c01b198116600160c11b178655815467ffffffff0000000019811663ffffffff600160a01b90930483166401000000009283900484168190039093169091021780835581908390600e90611611908490600160701b900465ffffffffffff166145d8565b82546101009290920a65ffffffffffff818102199093169183160217909155600087815260066020908152604080832033845290915281208054909350600160401b900490911690036116ce576001858101546000888152600760209081526040808320600160d01b90940463ffffffff168084529390915290208054336001600160a01b0319909116179055906116aa908290614592565b86600101601a6101000a81548163ffffffff021916908363ffffffff160217905550505b805463ffffffff19811663ffffffff918216840182161780835590831690829060089061170b908490600160401b900465ffffffffffff166145d8565b92506101000a81548165ffffffffffff021916908365ffffffffffff160217905550336001600160a01b0316846001600160a01b0316877ff27d2f704f4556157c8e96f0de4417e235ca0dd3655e633ab0b9cdeed5b45bb48b8660405161178d9291906001600160401b0392909216825263ffffffff16602082015260400190565b60405180910390a45050505050505050565b6000828152602081905260409020600101546117ba81612a43565b610c448383612c0d565b6040805160c08101825260008082526020808301829052828401829052606083018290526080830182905260a083018290526001600160401b0385168252600890529190912080546001600160a01b031661183d57604051632a5121fb60e11b81526001600160401b038416600482015260240161089d565b6040805160c0810182526001830154600160a01b8082046001600160401b03166000908152600560209081529085902054845285546001600160a01b038082169286019290925292169383019390935291820463ffffffff166060820152906080820190600160c01b900460ff1660038111156118bc576118bc613df8565b81529154600160c81b900464ffffffffff1660209092019190915292915050565b6040516304390ea760e41b81526000906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea709061192e90339060049081016145f6565b602060405180830381865afa15801561194b573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061196f91906144a0565b61198e576040516324babb7360e21b815233600482015260240161089d565b61199782613557565b6119b96119a76020840184613e7d565b6119b46020850185614623565b61260b565b6000818152600360205260409020549091506001600160a01b0316156119f557604051630ba2953760e21b81526004810182905260240161089d565b600c8054600090611a10906001600160401b031660016144d8565b825467ffffffffffffffff19166001600160401b038216178355604080516101a08101909152338152909150602080820190611a4e90870187613e7d565b65ffffffffffff16815260200160018152602001611a726080870160608801613e7d565b64ffffffffff168152602001611a8e6060870160408801613e7d565b64ffffffffff908116825242166020820152604001611ab360a0870160808801614669565b63ffffffff168152602001611ace60c0870160a08801614684565b60010b8152602001611ae660e0870160c08801614684565b60010b8152602001826001600160401b03168152602001600163ffffffff1681526020018560e001358152602001858060200190611b249190614623565b8080601f016020809104026020016040519081016040528093929190818152602001838380828437600092018290525093909452505085815260036020908152604091829020845181549286015165ffffffffffff16600160a01b026001600160d01b03199093166001600160a01b0390911617919091178082559184015190925090829060ff60d01b1916600160d01b836002811115611bc757611bc7613df8565b0217905550606082015181546001600160d81b0316600160d81b64ffffffffff92831602178255608083015160018301805460a086015160c087015160e08801516101008901516101208a01516101408b015197891669ffffffffffffffffffff19909616959095176501000000000094909816939093029690961765ffffffffffff60501b1916600160501b63ffffffff9283160261ffff60701b191617600160701b61ffff978816021769ffffffffffffffffffff60801b1916600160801b969092169590950267ffffffffffffffff60901b191617600160901b6001600160401b03909216919091021763ffffffff60d01b1916600160d01b939092169290920217905561016082015160028201556101808201516003820190611cee9082614727565b50611d00915050610100850185614623565b600085815260046020526040902091611d1a9190836147e5565b506001600160401b0381166000908152600560209081526040808320869055858352600782528083208380529091529081902080546001600160a01b03191633179055805160e0810190915280611d7760a0870160808801614669565b63ffffffff16815260006020820152604001611d9960a0870160808801614669565b63ffffffff90811682526000602080840182905260408085018390526060808601849052608095860184905289845260068352818420338552835292819020865181548885015193890151958901519789015160a08a015160c0909a015192881667ffffffffffffffff1990921691909117640100000000948816949094029390931773ffffffffffffffffffffffff00000000000000001916600160401b65ffffffffffff9687160265ffffffffffff60701b191617600160701b95909716949094029590951764ffffffffff60a01b1916600160a01b919094160260ff60c01b191692909217600160c01b941515949094029390931764ffffffffff60c81b1916600160c81b64ffffffffff90941693909302929092179055611ec090850185613e7d565b6001600160401b0316336001600160a01b0316847f63fdcd31a8a172afd3ef030606fbe7a4e436ae3f374024acf1216e76f4a46b538488604051611f059291906148e9565b60405180910390a45050919050565b6000336001600160a01b03881614801590611f565750611f547fc0a3fdeb22f82e6e47cfde896ca67be016ebe09cd3356295369c06431c20853233611098565b155b15611f8557604051633d1d0ceb60e11b81523360048201526001600160a01b038816602482015260440161089d565b6040516352ebc13f60e11b81526001600160a01b0388811660048301526000917f00000000000000000000000000000000000000000000000000000000000000009091169063a5d7827e90602401602060405180830381865afa158015611ff0573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906120149190614a02565b9050600381600881111561202a5761202a613df8565b1415801561204a5750600181600881111561204757612047613df8565b14155b806120dc5750604051635a047c4d60e11b81526001600160a01b0389811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b408f89a90602401602060405180830381865afa1580156120b6573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906120da91906144a0565b155b156121055760405163387ca3a960e11b81526001600160a01b038916600482015260240161089d565b600061211088612641565b9050600061211f898989613485565b905061213186868460020154846134be565b61215457888888604051639d8c2c3d60e01b815260040161089d93929190614578565b600081815260096020526040902080546001600160a01b03161561219f57805460405163351b24ed60e11b815261089d918c918c918c916001600160a01b0390911690600401614a23565b6121a9838b6134d6565b60008a81526006602090815260408083206001600160a01b038f16845290915290208054600160c01b900460ff1615612207576040516317feafdd60e21b8152600481018c90526001600160a01b038d16602482015260440161089d565b805463ffffffff16600081900361225157604051638042ebc360e01b8152600481018d90526001600160a01b038e166024820152600060448201526001606482015260840161089d565b600181038260000160006101000a81548163ffffffff021916908363ffffffff16021790555060018260000160148282829054906101000a900463ffffffff160192506101000a81548163ffffffff021916908363ffffffff1602179055508c8360000160006101000a8154816001600160a01b0302191690836001600160a01b03160217905550428360000160146101000a81548164ffffffffff021916908364ffffffffff160217905550336001600160a01b03168d6001600160a01b03168d7f0822b3078b94042f55a3dac1c1c46ef71162e2be2a687b0156ac5c79b4adaca1878f8f60405161234693929190614578565b60405180910390a450509154600160a01b900465ffffffffffff169a9950505050505050505050565b604080516101c08101825260008082526020820181905291810182905260608082018390526080820183905260a0820183905260c0820183905260e08201839052610100820183905261012082018390526101408201839052610160820183905261018082018190526101a0820152906123e883612641565b604080516101c08101825282546001600160a01b0381168252600160a01b810465ffffffffffff1660208301529293509190820190600160d01b900460ff16600281111561243857612438613df8565b81526001808401546001600160401b03600160901b820416602084015264ffffffffff80821660408501528554600160d81b90048116606085015265010000000000820416608084015263ffffffff600160501b8204811660a0850152600160701b8204830b60c0850152600160801b820490920b60e0840152600160d01b9004166101008201526002830154610120820152600383018054610140909201916124e19061469f565b80601f016020809104026020016040519081016040528092919081815260200182805461250d9061469f565b801561255a5780601f1061252f5761010080835404028352916020019161255a565b820191906000526020600020905b81548152906001019060200180831161253d57829003601f168201915b505050505081526020016004600086815260200190815260200160002080546125829061469f565b80601f01602080910402602001604051908101604052809291908181526020018280546125ae9061469f565b80156125fb5780601f106125d0576101008083540402835291602001916125fb565b820191906000526020600020905b8154815290600101906020018083116125de57829003601f168201915b5050505050815250915050919050565b600083838360405160200161262293929190614a56565b6040516020818303038152906040528051906020012090509392505050565b600081815260036020526040902080546001600160a01b031661267a57604051633c442c9360e01b81526004810183905260240161089d565b919050565b6001600160a01b0381166126a657604051630280998d60e41b815260040160405180910390fd5b82546001600160a01b039081169082160361276d57604051635a047c4d60e11b81526001600160a01b0382811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b408f89a90602401602060405180830381865afa158015612721573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061274591906144a0565b610c8c57604051631721d68560e21b81526001600160a01b038216600482015260240161089d565b61277783836134d6565b6040516352ebc13f60e11b81526001600160a01b0382811660048301526000917f00000000000000000000000000000000000000000000000000000000000000009091169063a5d7827e90602401602060405180830381865afa1580156127e2573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906128069190614a02565b9050600581600881111561281c5761281c613df8565b1415801561283c5750600381600881111561283957612839613df8565b14155b801561285a5750600181600881111561285757612857613df8565b14155b806128ec5750604051635a047c4d60e11b81526001600160a01b0383811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b408f89a90602401602060405180830381865afa1580156128c6573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906128ea91906144a0565b155b15610c4457604051631721d68560e21b81526001600160a01b038316600482015260240161089d565b600086815260036020526040812080546001600160a01b031661293c57600091505061108e565b6000612949898989613485565b905061295b86868460020154846134be565b61296a5760009250505061108e565b6000818152600960205260409020546001600160a01b0316156129925760059250505061108e565b60028254600160d01b900460ff1660028111156129b1576129b1613df8565b036129c15760049250505061108e565b6001600160a01b03841615801590612a02575060008981526006602090815260408083206001600160a01b0388168452909152902054600160c01b900460ff165b15612a125760039250505061108e565b8154600160d81b900464ffffffffff16421115612a345760029250505061108e565b50600198975050505050505050565b612a4d81336137e9565b50565b6000612a5c8383611098565b612ada576000838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055612a923390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610824565b506000610824565b6000306001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016148015612b3b57507f000000000000000000000000000000000000000000000000000000000000000046145b15612b6557507f000000000000000000000000000000000000000000000000000000000000000090565b610c54604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b6000612c198383611098565b15612ada576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a4506001610824565b6001600160401b038116600090815260086020526040902080546001600160a01b0316612cc357604051632a5121fb60e11b81526001600160401b038316600482015260240161089d565b60018154600160c01b900460ff166003811115612ce257612ce2613df8565b1461267a578054604051632c0372c160e21b815261089d918491600160c01b90910460ff1690600401614a79565b6000843581612d256040880160208901613e28565b90506000612d396060890160408a01613e7d565b905085816001600160401b03161115612d775760405163f24eeb8360e01b8152600481018890526001600160401b038216602482015260440161089d565b600080612daa612d9b8686868e6060016020810190612d969190614684565b613301565b8b608001358c60a00135613826565b5090925090506000816003811115612dc457612dc4613df8565b14612de557604051630a3c004160e31b8152600481018a905260240161089d565b86516001600160a01b03838116911614612f3d576001600160a01b0382811680895260405163f693ba6960e01b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000009091169063f693ba6990602401602060405180830381865afa158015612e67573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612e8b9190614a96565b6001600160a01b03166020880181905215801590612f3557506020870151604051635a047c4d60e11b81526001600160a01b0391821660048201527f00000000000000000000000000000000000000000000000000000000000000009091169063b408f89a90602401602060405180830381865afa158015612f11573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612f3591906144a0565b151560408801525b836001600160a01b031687602001516001600160a01b031614612f8d57604051634513bef560e01b8152600481018a90526001600160a01b0380841660248301528516604482015260640161089d565b8660400151612fc157604051630d2bfad760e31b8152600481018a90526001600160a01b038316602482015260440161089d565b6000612fcc86612641565b60008781526006602090815260408083206001600160a01b038a1684529091528120805492935091600160401b900465ffffffffffff16900361303457604051631ebcd48f60e21b8152600481018890526001600160a01b038716602482015260440161089d565b6001600160a01b0384166000908152600b602090815260408083208a845291829052909120546001600160401b039081169087161161307e5760009850505050505050505061102d565b858160008a815260200190815260200160002060006101000a8154816001600160401b0302191690836001600160401b0316021790555060008d60600160208101906130ca9190614684565b600180860154919250600091600160701b9004810b9083900b128015906131025750600180860154600160801b9004810b9083900b13155b9050866001600160a01b0316896001600160a01b03168b7f975a213f4fb0bae54449137bd60ee1384363950623206aaba4aa7b45586160a88b868660405161316d939291906001600160401b0393909316835260019190910b60208301521515604082015260600190565b60405180910390a48015801561318c57508354600160c01b900460ff16155b156132ec57835464ffffffffff8916600160c81b0265ffffffffffff60c01b1990911617600160c01b1784556001600160a01b0389166000908152600a60205260408120546131e29063ffffffff166001614592565b6001600160a01b038b81166000818152600a60205260409020805463ffffffff191663ffffffff858116919091179091558854939450918b169290918e917fa6a7a9a069a6c92ab0178123be9ccc0e5e040419eb06a6071f2fb5c9effb8645918e91899161325b91640100000000810482169116614592565b604080516001600160401b03909416845260019290920b602084015263ffffffff169082015260600160405180910390a4604080516001600160401b038b168152600185900b602082015263ffffffff83168183015290518c916001600160a01b038d16917f3470d78148b6dce3f7fda37e0a6cce6a7b4628cdbb3deb989a46d070398b9a079181900360600190a3505b5060019e9d5050505050505050505050505050565b604080517fe8c18d6edaa007ea84331f45f9b1f92d422bae122173365fb09a8dfcc32d900b60208201529081018590526001600160a01b03841660608201526001600160401b0383166080820152600182900b60a082015260009061102a9060c00160405160208183030381529060405280519060200120613859565b6060610c547f00000000000000000000000000000000000000000000000000000000000000006001613886565b6060610c547f00000000000000000000000000000000000000000000000000000000000000006002613886565b60006001600160401b03821615806133ff5750655af3107a4000826001600160401b031610155b1561340c57506000919050565b6000613419600a84614ac9565b6001600160401b031690506000613431600a85614af7565b6001600160401b0316905060005b600d81101561347057600a8084049306600182161561345e5780613463565b806003025b909201915060010161343f565b5061347c600a82614b25565b15949350505050565b600083838360405160200161349c93929190614578565b60408051601f1981840301815282825280516020918201209083015201612622565b6000826134cc868685613931565b1495945050505050565b60028254600160d01b900460ff1660028111156134f5576134f5613df8565b03613516576040516357bb686960e01b81526004810182905260240161089d565b8154600160d81b900464ffffffffff1642811015610c8c5760405163737854b760e11b81526004810183905264ffffffffff8216602482015260440161089d565b61356c6135676020830183613e7d565b6133d8565b6135a25761357d6020820182613e7d565b6040516330b333e560e01b81526001600160401b03909116600482015260240161089d565b60006135b16020830183614623565b9150508015806135c15750601481115b156135ee576135d36020830183614623565b60405163792682e160e01b815260040161089d929190614b39565b60006136006060840160408501613e7d565b905060006136146080850160608601613e7d565b905042826001600160401b03161180613636575042816001600160401b031611155b806136535750816001600160401b0316816001600160401b031611155b8061366b575064ffffffffff6001600160401b038216115b1561369c5760405163ee9b007b60e01b81526001600160401b0380841660048301528216602482015260440161089d565b6136ac60a0850160808601614669565b63ffffffff166000036136d257604051631f18cd0f60e31b815260040160405180910390fd5b6136e260e0850160c08601614684565b60010b6136f560c0860160a08701614684565b60010b126137435761370d60c0850160a08601614684565b61371d60e0860160c08701614684565b604051632bf3877b60e11b8152600192830b6004820152910b602482015260440161089d565b60e084013561376557604051637c1e4b3d60e01b815260040160405180910390fd5b366000613776610100870187614623565b9092509050600481108061378a5750608081115b806137bf5750818160008181106137a3576137a361450a565b9050013560f81c60f81b6001600160f81b031916600160f81b14155b156137e15781816040516355334e8d60e11b815260040161089d929190614b39565b505050505050565b6137f38282611098565b6138225760405163e2517d3f60e01b81526001600160a01b03821660048201526024810183905260440161089d565b5050565b600080806001600160ff1b038416601b60ff86901c0161384888828985613973565b945094509450505093509350939050565b6000610824613866612ae2565b8360405161190160f01b8152600281019290925260228201526042902090565b606060ff83146138a05761389983613a42565b9050610824565b8180546138ac9061469f565b80601f01602080910402602001604051908101604052809291908181526020018280546138d89061469f565b80156139255780601f106138fa57610100808354040283529160200191613925565b820191906000526020600020905b81548152906001019060200180831161390857829003601f168201915b50505050509050610824565b600081815b8481101561396a57613960828787848181106139545761395461450a565b90506020020135613a81565b9150600101613936565b50949350505050565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156139ae5750600091506003905082613a38565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613a02573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b038116613a2e57506000925060019150829050613a38565b9250600091508190505b9450945094915050565b60606000613a4f83613aad565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b6000818310613a9d57600082815260208490526040902061083a565b5060009182526020526040902090565b600060ff8216601f81111561082457604051632cd44ac360e21b815260040160405180910390fd5b600060208284031215613ae757600080fd5b81356001600160e01b03198116811461083a57600080fd5b6001600160a01b0381168114612a4d57600080fd5b60008060408385031215613b2757600080fd5b823591506020830135613b3981613aff565b809150509250929050565b600060e08201905063ffffffff835116825263ffffffff60208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015263ffffffff608084015116608083015260a0830151613baf60a084018215159052565b5060c0830151613bca60c08401826001600160401b03169052565b5092915050565b80356001600160401b038116811461267a57600080fd5b60008083601f840112613bfa57600080fd5b5081356001600160401b03811115613c1157600080fd5b602083019150836020828501011115613c2957600080fd5b9250929050565b600080600060408486031215613c4557600080fd5b613c4e84613bd1565b925060208401356001600160401b03811115613c6957600080fd5b613c7586828701613be8565b9497909650939450505050565b803563ffffffff8116811461267a57600080fd5b600080600060608486031215613cab57600080fd5b833592506020840135613cbd81613aff565b9150613ccb60408501613c82565b90509250925092565b600060208284031215613ce657600080fd5b5035919050565b60008083601f840112613cff57600080fd5b5081356001600160401b03811115613d1657600080fd5b6020830191508360208260051b8501011115613c2957600080fd5b60008060008060008060008060a0898b031215613d4d57600080fd5b613d5689613bd1565b975060208901356001600160401b03811115613d7157600080fd5b613d7d8b828c01613be8565b90985096505060408901356001600160401b03811115613d9c57600080fd5b613da88b828c01613be8565b90965094505060608901356001600160401b03811115613dc757600080fd5b613dd38b828c01613ced565b9094509250506080890135613de781613aff565b809150509295985092959890939650565b634e487b7160e01b600052602160045260246000fd5b6020810160068310613e2257613e22613df8565b91905290565b600060208284031215613e3a57600080fd5b813561083a81613aff565b600080600060608486031215613e5a57600080fd5b833592506020840135613e6c81613aff565b929592945050506040919091013590565b600060208284031215613e8f57600080fd5b61083a82613bd1565b60008060208385031215613eab57600080fd5b82356001600160401b03811115613ec157600080fd5b8301601f81018513613ed257600080fd5b80356001600160401b03811115613ee857600080fd5b85602060c083028401011115613efd57600080fd5b6020919091019590945092505050565b8035600181900b811461267a57600080fd5b60008060008060808587031215613f3557600080fd5b843593506020850135613f4781613aff565b9250613f5560408601613bd1565b9150613f6360608601613f0d565b905092959194509250565b6000815180845260005b81811015613f9457602081850181015186830182015201613f78565b506000602082860101526020601f19601f83011685010191505092915050565b60ff60f81b8816815260e060208201526000613fd360e0830189613f6e565b8281036040840152613fe58189613f6e565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b8181101561403b57835183526020938401939092019160010161401d565b50909b9a5050505050505050505050565b6000806000806000806080878903121561406557600080fd5b8635955060208701356001600160401b0381111561408257600080fd5b61408e89828a01613be8565b90965094505060408701356001600160401b038111156140ad57600080fd5b6140b989828a01613ced565b90945092505060608701356140cd81613aff565b809150509295509295509295565b600080604083850312156140ee57600080fd5b50508035926020909101359150565b60008060008060006060868803121561411557600080fd5b8535945060208601356001600160401b0381111561413257600080fd5b61413e88828901613be8565b90955093505060408601356001600160401b0381111561415d57600080fd5b61416988828901613ced565b969995985093965092949392505050565b6000806040838503121561418d57600080fd5b823561419881613aff565b946020939093013593505050565b6000806000604084860312156141bb57600080fd5b8335925060208401356001600160401b03811115613c6957600080fd5b600481106141e8576141e8613df8565b9052565b600060c0820190508251825260018060a01b03602084015116602083015260018060a01b03604084015116604083015263ffffffff6060840151166060830152608083015161423e60808401826141d8565b5060a0928301516001600160401b0316919092015290565b60006020828403121561426857600080fd5b81356001600160401b0381111561427e57600080fd5b8201610120818503121561083a57600080fd5b600080600080600080608087890312156142aa57600080fd5b86356142b581613aff565b95506020870135945060408701356001600160401b038111156142d757600080fd5b6142e389828a01613be8565b90955093505060608701356001600160401b0381111561430257600080fd5b61430e89828a01613ced565b979a9699509497509295939492505050565b6000806040838503121561433357600080fd5b8235915061434360208401613c82565b90509250929050565b600381106141e8576141e8613df8565b602081526143766020820183516001600160a01b03169052565b6000602083015161439260408401826001600160401b03169052565b5060408301516143a5606084018261434c565b5060608301516001600160401b03811660808401525060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c08301516001600160401b03811660e08401525060e083015163ffffffff81166101008401525061010083015161442361012084018260010b9052565b5061012083015161443a61014084018260010b9052565b5061014083015163ffffffff8116610160840152506101608301516101808301526101808301516101c06101a08401526144786101e0840182613f6e565b90506101a0840151601f19848303016101c08501526144978282613f6e565b95945050505050565b6000602082840312156144b257600080fd5b8151801515811461083a57600080fd5b634e487b7160e01b600052601160045260246000fd5b6001600160401b038181168382160190811115610824576108246144c2565b80820180821115610824576108246144c2565b634e487b7160e01b600052603260045260246000fd5b600060018201614532576145326144c2565b5060010190565b634e487b7160e01b600052604160045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b83815260406020820152600061102a60408301848661454f565b63ffffffff8181168382160190811115610824576108246144c2565b6040815260006145c260408301858761454f565b905063ffffffff83166020830152949350505050565b65ffffffffffff8181168382160190811115610824576108246144c2565b6001600160a01b0383168152604081016009831061461657614616613df8565b8260208301529392505050565b6000808335601e1984360301811261463a57600080fd5b8301803591506001600160401b0382111561465457600080fd5b602001915036819003821315613c2957600080fd5b60006020828403121561467b57600080fd5b61083a82613c82565b60006020828403121561469657600080fd5b61083a82613f0d565b600181811c908216806146b357607f821691505b6020821081036146d357634e487b7160e01b600052602260045260246000fd5b50919050565b601f821115610c8c57806000526020600020601f840160051c810160208510156147005750805b601f840160051c820191505b81811015614720576000815560010161470c565b5050505050565b81516001600160401b0381111561474057614740614539565b6147548161474e845461469f565b846146d9565b6020601f82116001811461478857600083156147705750848201515b600019600385901b1c1916600184901b178455614720565b600084815260208120601f198516915b828110156147b85787850151825560209485019460019092019101614798565b50848210156147d65786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b6001600160401b038311156147fc576147fc614539565b6148108361480a835461469f565b836146d9565b6000601f841160018114614844576000851561482c5750838201355b600019600387901b1c1916600186901b178355614720565b600083815260209020601f19861690835b828110156148755786850135825560209485019460019092019101614855565b50868210156148925760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b6000808335601e198436030181126148bb57600080fd5b83016020810192503590506001600160401b038111156148da57600080fd5b803603821315613c2957600080fd5b6001600160401b0383168152604060208201526149196040820161490c84613bd1565b6001600160401b03169052565b600061492860208401846148a4565b610120606085015261493f6101608501828461454f565b91505061494e60408501613bd1565b6001600160401b0316608084015261496860608501613bd1565b6001600160401b031660a084015261498260808501613c82565b63ffffffff1660c084015261499960a08501613f0d565b6149a860e085018260010b9052565b506149b560c08501613f0d565b6149c561010085018260010b9052565b5060e08401356101208401526149df6101008501856148a4565b848303603f19016101408601526149f783828461454f565b979650505050505050565b600060208284031215614a1457600080fd5b81516009811061083a57600080fd5b848152606060208201526000614a3d60608301858761454f565b905060018060a01b038316604083015295945050505050565b6001600160401b038416815260406020820152600061102a60408301848661454f565b6001600160401b03831681526040810161083a60208301846141d8565b600060208284031215614aa857600080fd5b815161083a81613aff565b634e487b7160e01b600052601260045260246000fd5b60006001600160401b03831680614ae257614ae2614ab3565b806001600160401b0384160491505092915050565b60006001600160401b03831680614b1057614b10614ab3565b806001600160401b0384160691505092915050565b600082614b3457614b34614ab3565b500690565b60208152600061083760208301848661454f56fea264697066735822122065fb36b835ea32ab3380bd1eb1631cc4f3098111b67dad8972ae5a52d353d24064736f6c634300081c0033",
}

// DrugBatchesABI is the input ABI used to generate the binding from.
// Deprecated: Use DrugBatchesMetaData.ABI instead.
var DrugBatchesABI = DrugBatchesMetaData.ABI

// DrugBatchesBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use DrugBatchesMetaData.Bin instead.
var DrugBatchesBin = DrugBatchesMetaData.Bin

// DeployDrugBatches deploys a new Ethereum contract, binding an instance of DrugBatches to it.
func DeployDrugBatches(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, admin common.Address) (common.Address, *types.Transaction, *DrugBatches, error) {
	parsed, err := DrugBatchesMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(DrugBatchesBin), backend, registry_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &DrugBatches{DrugBatchesCaller: DrugBatchesCaller{contract: contract}, DrugBatchesTransactor: DrugBatchesTransactor{contract: contract}, DrugBatchesFilterer: DrugBatchesFilterer{contract: contract}}, nil
}

// DrugBatches is an auto generated Go binding around an Ethereum contract.
type DrugBatches struct {
	DrugBatchesCaller     // Read-only binding to the contract
	DrugBatchesTransactor // Write-only binding to the contract
	DrugBatchesFilterer   // Log filterer for contract events
}

// DrugBatchesCaller is an auto generated read-only Go binding around an Ethereum contract.
type DrugBatchesCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DrugBatchesTransactor is an auto generated write-only Go binding around an Ethereum contract.
type DrugBatchesTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DrugBatchesFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type DrugBatchesFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// DrugBatchesSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type DrugBatchesSession struct {
	Contract     *DrugBatches      // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// DrugBatchesCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type DrugBatchesCallerSession struct {
	Contract *DrugBatchesCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts      // Call options to use throughout this session
}

// DrugBatchesTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type DrugBatchesTransactorSession struct {
	Contract     *DrugBatchesTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts      // Transaction auth options to use throughout this session
}

// DrugBatchesRaw is an auto generated low-level Go binding around an Ethereum contract.
type DrugBatchesRaw struct {
	Contract *DrugBatches // Generic contract binding to access the raw methods on
}

// DrugBatchesCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type DrugBatchesCallerRaw struct {
	Contract *DrugBatchesCaller // Generic read-only contract binding to access the raw methods on
}

// DrugBatchesTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type DrugBatchesTransactorRaw struct {
	Contract *DrugBatchesTransactor // Generic write-only contract binding to access the raw methods on
}

// NewDrugBatches creates a new instance of DrugBatches, bound to a specific deployed contract.
func NewDrugBatches(address common.Address, backend bind.ContractBackend) (*DrugBatches, error) {
	contract, err := bindDrugBatches(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &DrugBatches{DrugBatchesCaller: DrugBatchesCaller{contract: contract}, DrugBatchesTransactor: DrugBatchesTransactor{contract: contract}, DrugBatchesFilterer: DrugBatchesFilterer{contract: contract}}, nil
}

// NewDrugBatchesCaller creates a new read-only instance of DrugBatches, bound to a specific deployed contract.
func NewDrugBatchesCaller(address common.Address, caller bind.ContractCaller) (*DrugBatchesCaller, error) {
	contract, err := bindDrugBatches(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesCaller{contract: contract}, nil
}

// NewDrugBatchesTransactor creates a new write-only instance of DrugBatches, bound to a specific deployed contract.
func NewDrugBatchesTransactor(address common.Address, transactor bind.ContractTransactor) (*DrugBatchesTransactor, error) {
	contract, err := bindDrugBatches(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesTransactor{contract: contract}, nil
}

// NewDrugBatchesFilterer creates a new log filterer instance of DrugBatches, bound to a specific deployed contract.
func NewDrugBatchesFilterer(address common.Address, filterer bind.ContractFilterer) (*DrugBatchesFilterer, error) {
	contract, err := bindDrugBatches(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesFilterer{contract: contract}, nil
}

// bindDrugBatches binds a generic wrapper to an already deployed contract.
func bindDrugBatches(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := DrugBatchesMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DrugBatches *DrugBatchesRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DrugBatches.Contract.DrugBatchesCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DrugBatches *DrugBatchesRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DrugBatches.Contract.DrugBatchesTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DrugBatches *DrugBatchesRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DrugBatches.Contract.DrugBatchesTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_DrugBatches *DrugBatchesCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _DrugBatches.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_DrugBatches *DrugBatchesTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _DrugBatches.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_DrugBatches *DrugBatchesTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _DrugBatches.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DrugBatches.Contract.DEFAULTADMINROLE(&_DrugBatches.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _DrugBatches.Contract.DEFAULTADMINROLE(&_DrugBatches.CallOpts)
}

// DISPENSERROLE is a free data retrieval call binding the contract method 0xd523cee0.
//
// Solidity: function DISPENSER_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) DISPENSERROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "DISPENSER_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DISPENSERROLE is a free data retrieval call binding the contract method 0xd523cee0.
//
// Solidity: function DISPENSER_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) DISPENSERROLE() ([32]byte, error) {
	return _DrugBatches.Contract.DISPENSERROLE(&_DrugBatches.CallOpts)
}

// DISPENSERROLE is a free data retrieval call binding the contract method 0xd523cee0.
//
// Solidity: function DISPENSER_ROLE() view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) DISPENSERROLE() ([32]byte, error) {
	return _DrugBatches.Contract.DISPENSERROLE(&_DrugBatches.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _DrugBatches.Contract.DOMAINSEPARATOR(&_DrugBatches.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _DrugBatches.Contract.DOMAINSEPARATOR(&_DrugBatches.CallOpts)
}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_DrugBatches *DrugBatchesCaller) MAXCLOCKSKEW(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "MAX_CLOCK_SKEW")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_DrugBatches *DrugBatchesSession) MAXCLOCKSKEW() (uint64, error) {
	return _DrugBatches.Contract.MAXCLOCKSKEW(&_DrugBatches.CallOpts)
}

// MAXCLOCKSKEW is a free data retrieval call binding the contract method 0xfe10649b.
//
// Solidity: function MAX_CLOCK_SKEW() view returns(uint64)
func (_DrugBatches *DrugBatchesCallerSession) MAXCLOCKSKEW() (uint64, error) {
	return _DrugBatches.Contract.MAXCLOCKSKEW(&_DrugBatches.CallOpts)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 batchId) view returns((address,uint64,uint8,uint64,uint64,uint64,uint64,uint32,int16,int16,uint32,bytes32,string,bytes))
func (_DrugBatches *DrugBatchesCaller) Batch(opts *bind.CallOpts, batchId [32]byte) (IDrugBatchesBatch, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "batch", batchId)

	if err != nil {
		return *new(IDrugBatchesBatch), err
	}

	out0 := *abi.ConvertType(out[0], new(IDrugBatchesBatch)).(*IDrugBatchesBatch)

	return out0, err

}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 batchId) view returns((address,uint64,uint8,uint64,uint64,uint64,uint64,uint32,int16,int16,uint32,bytes32,string,bytes))
func (_DrugBatches *DrugBatchesSession) Batch(batchId [32]byte) (IDrugBatchesBatch, error) {
	return _DrugBatches.Contract.Batch(&_DrugBatches.CallOpts, batchId)
}

// Batch is a free data retrieval call binding the contract method 0xfddaa065.
//
// Solidity: function batch(bytes32 batchId) view returns((address,uint64,uint8,uint64,uint64,uint64,uint64,uint32,int16,int16,uint32,bytes32,string,bytes))
func (_DrugBatches *DrugBatchesCallerSession) Batch(batchId [32]byte) (IDrugBatchesBatch, error) {
	return _DrugBatches.Contract.Batch(&_DrugBatches.CallOpts, batchId)
}

// BatchCount is a free data retrieval call binding the contract method 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (_DrugBatches *DrugBatchesCaller) BatchCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "batchCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BatchCount is a free data retrieval call binding the contract method 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (_DrugBatches *DrugBatchesSession) BatchCount() (uint64, error) {
	return _DrugBatches.Contract.BatchCount(&_DrugBatches.CallOpts)
}

// BatchCount is a free data retrieval call binding the contract method 0x06f13056.
//
// Solidity: function batchCount() view returns(uint64)
func (_DrugBatches *DrugBatchesCallerSession) BatchCount() (uint64, error) {
	return _DrugBatches.Contract.BatchCount(&_DrugBatches.CallOpts)
}

// BatchIdByNumber is a free data retrieval call binding the contract method 0xcac85202.
//
// Solidity: function batchIdByNumber(uint64 number) view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) BatchIdByNumber(opts *bind.CallOpts, number uint64) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "batchIdByNumber", number)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BatchIdByNumber is a free data retrieval call binding the contract method 0xcac85202.
//
// Solidity: function batchIdByNumber(uint64 number) view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) BatchIdByNumber(number uint64) ([32]byte, error) {
	return _DrugBatches.Contract.BatchIdByNumber(&_DrugBatches.CallOpts, number)
}

// BatchIdByNumber is a free data retrieval call binding the contract method 0xcac85202.
//
// Solidity: function batchIdByNumber(uint64 number) view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) BatchIdByNumber(number uint64) ([32]byte, error) {
	return _DrugBatches.Contract.BatchIdByNumber(&_DrugBatches.CallOpts, number)
}

// BatchIdOf is a free data retrieval call binding the contract method 0x1885ae49.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) BatchIdOf(opts *bind.CallOpts, gtin uint64, lot string) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "batchIdOf", gtin, lot)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BatchIdOf is a free data retrieval call binding the contract method 0x1885ae49.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(bytes32)
func (_DrugBatches *DrugBatchesSession) BatchIdOf(gtin uint64, lot string) ([32]byte, error) {
	return _DrugBatches.Contract.BatchIdOf(&_DrugBatches.CallOpts, gtin, lot)
}

// BatchIdOf is a free data retrieval call binding the contract method 0x1885ae49.
//
// Solidity: function batchIdOf(uint64 gtin, string lot) pure returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) BatchIdOf(gtin uint64, lot string) ([32]byte, error) {
	return _DrugBatches.Contract.BatchIdOf(&_DrugBatches.CallOpts, gtin, lot)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DrugBatches *DrugBatchesCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DrugBatches *DrugBatchesSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DrugBatches.Contract.Eip712Domain(&_DrugBatches.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_DrugBatches *DrugBatchesCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _DrugBatches.Contract.Eip712Domain(&_DrugBatches.CallOpts)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DrugBatches.Contract.GetRoleAdmin(&_DrugBatches.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _DrugBatches.Contract.GetRoleAdmin(&_DrugBatches.CallOpts, role)
}

// HandOverCount is a free data retrieval call binding the contract method 0x52de38c0.
//
// Solidity: function handOverCount() view returns(uint64)
func (_DrugBatches *DrugBatchesCaller) HandOverCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "handOverCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// HandOverCount is a free data retrieval call binding the contract method 0x52de38c0.
//
// Solidity: function handOverCount() view returns(uint64)
func (_DrugBatches *DrugBatchesSession) HandOverCount() (uint64, error) {
	return _DrugBatches.Contract.HandOverCount(&_DrugBatches.CallOpts)
}

// HandOverCount is a free data retrieval call binding the contract method 0x52de38c0.
//
// Solidity: function handOverCount() view returns(uint64)
func (_DrugBatches *DrugBatchesCallerSession) HandOverCount() (uint64, error) {
	return _DrugBatches.Contract.HandOverCount(&_DrugBatches.CallOpts)
}

// HandOverRecord is a free data retrieval call binding the contract method 0xe56c6669.
//
// Solidity: function handOverRecord(uint64 id) view returns((bytes32,address,address,uint32,uint8,uint64))
func (_DrugBatches *DrugBatchesCaller) HandOverRecord(opts *bind.CallOpts, id uint64) (IDrugBatchesHandOver, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "handOverRecord", id)

	if err != nil {
		return *new(IDrugBatchesHandOver), err
	}

	out0 := *abi.ConvertType(out[0], new(IDrugBatchesHandOver)).(*IDrugBatchesHandOver)

	return out0, err

}

// HandOverRecord is a free data retrieval call binding the contract method 0xe56c6669.
//
// Solidity: function handOverRecord(uint64 id) view returns((bytes32,address,address,uint32,uint8,uint64))
func (_DrugBatches *DrugBatchesSession) HandOverRecord(id uint64) (IDrugBatchesHandOver, error) {
	return _DrugBatches.Contract.HandOverRecord(&_DrugBatches.CallOpts, id)
}

// HandOverRecord is a free data retrieval call binding the contract method 0xe56c6669.
//
// Solidity: function handOverRecord(uint64 id) view returns((bytes32,address,address,uint32,uint8,uint64))
func (_DrugBatches *DrugBatchesCallerSession) HandOverRecord(id uint64) (IDrugBatchesHandOver, error) {
	return _DrugBatches.Contract.HandOverRecord(&_DrugBatches.CallOpts, id)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DrugBatches *DrugBatchesCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DrugBatches *DrugBatchesSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DrugBatches.Contract.HasRole(&_DrugBatches.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_DrugBatches *DrugBatchesCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _DrugBatches.Contract.HasRole(&_DrugBatches.CallOpts, role, account)
}

// HolderAt is a free data retrieval call binding the contract method 0xf628b951.
//
// Solidity: function holderAt(bytes32 batchId, uint32 index) view returns(address)
func (_DrugBatches *DrugBatchesCaller) HolderAt(opts *bind.CallOpts, batchId [32]byte, index uint32) (common.Address, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "holderAt", batchId, index)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// HolderAt is a free data retrieval call binding the contract method 0xf628b951.
//
// Solidity: function holderAt(bytes32 batchId, uint32 index) view returns(address)
func (_DrugBatches *DrugBatchesSession) HolderAt(batchId [32]byte, index uint32) (common.Address, error) {
	return _DrugBatches.Contract.HolderAt(&_DrugBatches.CallOpts, batchId, index)
}

// HolderAt is a free data retrieval call binding the contract method 0xf628b951.
//
// Solidity: function holderAt(bytes32 batchId, uint32 index) view returns(address)
func (_DrugBatches *DrugBatchesCallerSession) HolderAt(batchId [32]byte, index uint32) (common.Address, error) {
	return _DrugBatches.Contract.HolderAt(&_DrugBatches.CallOpts, batchId, index)
}

// HolderCount is a free data retrieval call binding the contract method 0xfa8631be.
//
// Solidity: function holderCount(bytes32 batchId) view returns(uint32)
func (_DrugBatches *DrugBatchesCaller) HolderCount(opts *bind.CallOpts, batchId [32]byte) (uint32, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "holderCount", batchId)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// HolderCount is a free data retrieval call binding the contract method 0xfa8631be.
//
// Solidity: function holderCount(bytes32 batchId) view returns(uint32)
func (_DrugBatches *DrugBatchesSession) HolderCount(batchId [32]byte) (uint32, error) {
	return _DrugBatches.Contract.HolderCount(&_DrugBatches.CallOpts, batchId)
}

// HolderCount is a free data retrieval call binding the contract method 0xfa8631be.
//
// Solidity: function holderCount(bytes32 batchId) view returns(uint32)
func (_DrugBatches *DrugBatchesCallerSession) HolderCount(batchId [32]byte) (uint32, error) {
	return _DrugBatches.Contract.HolderCount(&_DrugBatches.CallOpts, batchId)
}

// Holding is a free data retrieval call binding the contract method 0x1313351f.
//
// Solidity: function holding(bytes32 batchId, address holder) view returns((uint32,uint32,uint64,uint64,uint32,bool,uint64))
func (_DrugBatches *DrugBatchesCaller) Holding(opts *bind.CallOpts, batchId [32]byte, holder common.Address) (IDrugBatchesHolding, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "holding", batchId, holder)

	if err != nil {
		return *new(IDrugBatchesHolding), err
	}

	out0 := *abi.ConvertType(out[0], new(IDrugBatchesHolding)).(*IDrugBatchesHolding)

	return out0, err

}

// Holding is a free data retrieval call binding the contract method 0x1313351f.
//
// Solidity: function holding(bytes32 batchId, address holder) view returns((uint32,uint32,uint64,uint64,uint32,bool,uint64))
func (_DrugBatches *DrugBatchesSession) Holding(batchId [32]byte, holder common.Address) (IDrugBatchesHolding, error) {
	return _DrugBatches.Contract.Holding(&_DrugBatches.CallOpts, batchId, holder)
}

// Holding is a free data retrieval call binding the contract method 0x1313351f.
//
// Solidity: function holding(bytes32 batchId, address holder) view returns((uint32,uint32,uint64,uint64,uint32,bool,uint64))
func (_DrugBatches *DrugBatchesCallerSession) Holding(batchId [32]byte, holder common.Address) (IDrugBatchesHolding, error) {
	return _DrugBatches.Contract.Holding(&_DrugBatches.CallOpts, batchId, holder)
}

// IsValidGtin is a free data retrieval call binding the contract method 0xa172a999.
//
// Solidity: function isValidGtin(uint64 gtin) pure returns(bool)
func (_DrugBatches *DrugBatchesCaller) IsValidGtin(opts *bind.CallOpts, gtin uint64) (bool, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "isValidGtin", gtin)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsValidGtin is a free data retrieval call binding the contract method 0xa172a999.
//
// Solidity: function isValidGtin(uint64 gtin) pure returns(bool)
func (_DrugBatches *DrugBatchesSession) IsValidGtin(gtin uint64) (bool, error) {
	return _DrugBatches.Contract.IsValidGtin(&_DrugBatches.CallOpts, gtin)
}

// IsValidGtin is a free data retrieval call binding the contract method 0xa172a999.
//
// Solidity: function isValidGtin(uint64 gtin) pure returns(bool)
func (_DrugBatches *DrugBatchesCallerSession) IsValidGtin(gtin uint64) (bool, error) {
	return _DrugBatches.Contract.IsValidGtin(&_DrugBatches.CallOpts, gtin)
}

// LastReadingAt is a free data retrieval call binding the contract method 0xb7cc0648.
//
// Solidity: function lastReadingAt(address device, bytes32 batchId) view returns(uint64)
func (_DrugBatches *DrugBatchesCaller) LastReadingAt(opts *bind.CallOpts, device common.Address, batchId [32]byte) (uint64, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "lastReadingAt", device, batchId)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LastReadingAt is a free data retrieval call binding the contract method 0xb7cc0648.
//
// Solidity: function lastReadingAt(address device, bytes32 batchId) view returns(uint64)
func (_DrugBatches *DrugBatchesSession) LastReadingAt(device common.Address, batchId [32]byte) (uint64, error) {
	return _DrugBatches.Contract.LastReadingAt(&_DrugBatches.CallOpts, device, batchId)
}

// LastReadingAt is a free data retrieval call binding the contract method 0xb7cc0648.
//
// Solidity: function lastReadingAt(address device, bytes32 batchId) view returns(uint64)
func (_DrugBatches *DrugBatchesCallerSession) LastReadingAt(device common.Address, batchId [32]byte) (uint64, error) {
	return _DrugBatches.Contract.LastReadingAt(&_DrugBatches.CallOpts, device, batchId)
}

// PackStatus is a free data retrieval call binding the contract method 0x88c3baac.
//
// Solidity: function packStatus(bytes32 batchId, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesCaller) PackStatus(opts *bind.CallOpts, batchId [32]byte, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "packStatus", batchId, serial, proof, holder)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// PackStatus is a free data retrieval call binding the contract method 0x88c3baac.
//
// Solidity: function packStatus(bytes32 batchId, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesSession) PackStatus(batchId [32]byte, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	return _DrugBatches.Contract.PackStatus(&_DrugBatches.CallOpts, batchId, serial, proof, holder)
}

// PackStatus is a free data retrieval call binding the contract method 0x88c3baac.
//
// Solidity: function packStatus(bytes32 batchId, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesCallerSession) PackStatus(batchId [32]byte, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	return _DrugBatches.Contract.PackStatus(&_DrugBatches.CallOpts, batchId, serial, proof, holder)
}

// Penalties is a free data retrieval call binding the contract method 0x31e8d9a6.
//
// Solidity: function penalties(address holder) view returns(uint32)
func (_DrugBatches *DrugBatchesCaller) Penalties(opts *bind.CallOpts, holder common.Address) (uint32, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "penalties", holder)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// Penalties is a free data retrieval call binding the contract method 0x31e8d9a6.
//
// Solidity: function penalties(address holder) view returns(uint32)
func (_DrugBatches *DrugBatchesSession) Penalties(holder common.Address) (uint32, error) {
	return _DrugBatches.Contract.Penalties(&_DrugBatches.CallOpts, holder)
}

// Penalties is a free data retrieval call binding the contract method 0x31e8d9a6.
//
// Solidity: function penalties(address holder) view returns(uint32)
func (_DrugBatches *DrugBatchesCallerSession) Penalties(holder common.Address) (uint32, error) {
	return _DrugBatches.Contract.Penalties(&_DrugBatches.CallOpts, holder)
}

// ReadingDigest is a free data retrieval call binding the contract method 0x7c2243e5.
//
// Solidity: function readingDigest(bytes32 batchId, address holder, uint64 timestamp, int16 temperature) view returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) ReadingDigest(opts *bind.CallOpts, batchId [32]byte, holder common.Address, timestamp uint64, temperature int16) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "readingDigest", batchId, holder, timestamp, temperature)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ReadingDigest is a free data retrieval call binding the contract method 0x7c2243e5.
//
// Solidity: function readingDigest(bytes32 batchId, address holder, uint64 timestamp, int16 temperature) view returns(bytes32)
func (_DrugBatches *DrugBatchesSession) ReadingDigest(batchId [32]byte, holder common.Address, timestamp uint64, temperature int16) ([32]byte, error) {
	return _DrugBatches.Contract.ReadingDigest(&_DrugBatches.CallOpts, batchId, holder, timestamp, temperature)
}

// ReadingDigest is a free data retrieval call binding the contract method 0x7c2243e5.
//
// Solidity: function readingDigest(bytes32 batchId, address holder, uint64 timestamp, int16 temperature) view returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) ReadingDigest(batchId [32]byte, holder common.Address, timestamp uint64, temperature int16) ([32]byte, error) {
	return _DrugBatches.Contract.ReadingDigest(&_DrugBatches.CallOpts, batchId, holder, timestamp, temperature)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DrugBatches *DrugBatchesCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DrugBatches *DrugBatchesSession) Registry() (common.Address, error) {
	return _DrugBatches.Contract.Registry(&_DrugBatches.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_DrugBatches *DrugBatchesCallerSession) Registry() (common.Address, error) {
	return _DrugBatches.Contract.Registry(&_DrugBatches.CallOpts)
}

// SerialLeaf is a free data retrieval call binding the contract method 0xc2655f3e.
//
// Solidity: function serialLeaf(bytes32 batchId, string serial) pure returns(bytes32)
func (_DrugBatches *DrugBatchesCaller) SerialLeaf(opts *bind.CallOpts, batchId [32]byte, serial string) ([32]byte, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "serialLeaf", batchId, serial)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// SerialLeaf is a free data retrieval call binding the contract method 0xc2655f3e.
//
// Solidity: function serialLeaf(bytes32 batchId, string serial) pure returns(bytes32)
func (_DrugBatches *DrugBatchesSession) SerialLeaf(batchId [32]byte, serial string) ([32]byte, error) {
	return _DrugBatches.Contract.SerialLeaf(&_DrugBatches.CallOpts, batchId, serial)
}

// SerialLeaf is a free data retrieval call binding the contract method 0xc2655f3e.
//
// Solidity: function serialLeaf(bytes32 batchId, string serial) pure returns(bytes32)
func (_DrugBatches *DrugBatchesCallerSession) SerialLeaf(batchId [32]byte, serial string) ([32]byte, error) {
	return _DrugBatches.Contract.SerialLeaf(&_DrugBatches.CallOpts, batchId, serial)
}

// SerialRecord is a free data retrieval call binding the contract method 0x9612586d.
//
// Solidity: function serialRecord(bytes32 leaf) view returns((address,uint64,uint32))
func (_DrugBatches *DrugBatchesCaller) SerialRecord(opts *bind.CallOpts, leaf [32]byte) (IDrugBatchesSerialRecord, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "serialRecord", leaf)

	if err != nil {
		return *new(IDrugBatchesSerialRecord), err
	}

	out0 := *abi.ConvertType(out[0], new(IDrugBatchesSerialRecord)).(*IDrugBatchesSerialRecord)

	return out0, err

}

// SerialRecord is a free data retrieval call binding the contract method 0x9612586d.
//
// Solidity: function serialRecord(bytes32 leaf) view returns((address,uint64,uint32))
func (_DrugBatches *DrugBatchesSession) SerialRecord(leaf [32]byte) (IDrugBatchesSerialRecord, error) {
	return _DrugBatches.Contract.SerialRecord(&_DrugBatches.CallOpts, leaf)
}

// SerialRecord is a free data retrieval call binding the contract method 0x9612586d.
//
// Solidity: function serialRecord(bytes32 leaf) view returns((address,uint64,uint32))
func (_DrugBatches *DrugBatchesCallerSession) SerialRecord(leaf [32]byte) (IDrugBatchesSerialRecord, error) {
	return _DrugBatches.Contract.SerialRecord(&_DrugBatches.CallOpts, leaf)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DrugBatches *DrugBatchesCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DrugBatches *DrugBatchesSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DrugBatches.Contract.SupportsInterface(&_DrugBatches.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_DrugBatches *DrugBatchesCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _DrugBatches.Contract.SupportsInterface(&_DrugBatches.CallOpts, interfaceId)
}

// VerifyPack is a free data retrieval call binding the contract method 0x2e1658d8.
//
// Solidity: function verifyPack(uint64 gtin, string lot, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesCaller) VerifyPack(opts *bind.CallOpts, gtin uint64, lot string, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	var out []interface{}
	err := _DrugBatches.contract.Call(opts, &out, "verifyPack", gtin, lot, serial, proof, holder)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// VerifyPack is a free data retrieval call binding the contract method 0x2e1658d8.
//
// Solidity: function verifyPack(uint64 gtin, string lot, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesSession) VerifyPack(gtin uint64, lot string, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	return _DrugBatches.Contract.VerifyPack(&_DrugBatches.CallOpts, gtin, lot, serial, proof, holder)
}

// VerifyPack is a free data retrieval call binding the contract method 0x2e1658d8.
//
// Solidity: function verifyPack(uint64 gtin, string lot, string serial, bytes32[] proof, address holder) view returns(uint8)
func (_DrugBatches *DrugBatchesCallerSession) VerifyPack(gtin uint64, lot string, serial string, proof [][32]byte, holder common.Address) (uint8, error) {
	return _DrugBatches.Contract.VerifyPack(&_DrugBatches.CallOpts, gtin, lot, serial, proof, holder)
}

// AcceptHandOver is a paid mutator transaction binding the contract method 0xcc08452d.
//
// Solidity: function acceptHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesTransactor) AcceptHandOver(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "acceptHandOver", id)
}

// AcceptHandOver is a paid mutator transaction binding the contract method 0xcc08452d.
//
// Solidity: function acceptHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesSession) AcceptHandOver(id uint64) (*types.Transaction, error) {
	return _DrugBatches.Contract.AcceptHandOver(&_DrugBatches.TransactOpts, id)
}

// AcceptHandOver is a paid mutator transaction binding the contract method 0xcc08452d.
//
// Solidity: function acceptHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesTransactorSession) AcceptHandOver(id uint64) (*types.Transaction, error) {
	return _DrugBatches.Contract.AcceptHandOver(&_DrugBatches.TransactOpts, id)
}

// CancelHandOver is a paid mutator transaction binding the contract method 0x64b29bb8.
//
// Solidity: function cancelHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesTransactor) CancelHandOver(opts *bind.TransactOpts, id uint64) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "cancelHandOver", id)
}

// CancelHandOver is a paid mutator transaction binding the contract method 0x64b29bb8.
//
// Solidity: function cancelHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesSession) CancelHandOver(id uint64) (*types.Transaction, error) {
	return _DrugBatches.Contract.CancelHandOver(&_DrugBatches.TransactOpts, id)
}

// CancelHandOver is a paid mutator transaction binding the contract method 0x64b29bb8.
//
// Solidity: function cancelHandOver(uint64 id) returns()
func (_DrugBatches *DrugBatchesTransactorSession) CancelHandOver(id uint64) (*types.Transaction, error) {
	return _DrugBatches.Contract.CancelHandOver(&_DrugBatches.TransactOpts, id)
}

// Dispense is a paid mutator transaction binding the contract method 0xe7ff1c6a.
//
// Solidity: function dispense(address holder, bytes32 batchId, string serial, bytes32[] proof) returns(uint64 gtin)
func (_DrugBatches *DrugBatchesTransactor) Dispense(opts *bind.TransactOpts, holder common.Address, batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "dispense", holder, batchId, serial, proof)
}

// Dispense is a paid mutator transaction binding the contract method 0xe7ff1c6a.
//
// Solidity: function dispense(address holder, bytes32 batchId, string serial, bytes32[] proof) returns(uint64 gtin)
func (_DrugBatches *DrugBatchesSession) Dispense(holder common.Address, batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.Dispense(&_DrugBatches.TransactOpts, holder, batchId, serial, proof)
}

// Dispense is a paid mutator transaction binding the contract method 0xe7ff1c6a.
//
// Solidity: function dispense(address holder, bytes32 batchId, string serial, bytes32[] proof) returns(uint64 gtin)
func (_DrugBatches *DrugBatchesTransactorSession) Dispense(holder common.Address, batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.Dispense(&_DrugBatches.TransactOpts, holder, batchId, serial, proof)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.GrantRole(&_DrugBatches.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.GrantRole(&_DrugBatches.TransactOpts, role, account)
}

// HandOver is a paid mutator transaction binding the contract method 0x235bb3f1.
//
// Solidity: function handOver(bytes32 batchId, address to, uint32 quantity) returns(uint64 id)
func (_DrugBatches *DrugBatchesTransactor) HandOver(opts *bind.TransactOpts, batchId [32]byte, to common.Address, quantity uint32) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "handOver", batchId, to, quantity)
}

// HandOver is a paid mutator transaction binding the contract method 0x235bb3f1.
//
// Solidity: function handOver(bytes32 batchId, address to, uint32 quantity) returns(uint64 id)
func (_DrugBatches *DrugBatchesSession) HandOver(batchId [32]byte, to common.Address, quantity uint32) (*types.Transaction, error) {
	return _DrugBatches.Contract.HandOver(&_DrugBatches.TransactOpts, batchId, to, quantity)
}

// HandOver is a paid mutator transaction binding the contract method 0x235bb3f1.
//
// Solidity: function handOver(bytes32 batchId, address to, uint32 quantity) returns(uint64 id)
func (_DrugBatches *DrugBatchesTransactorSession) HandOver(batchId [32]byte, to common.Address, quantity uint32) (*types.Transaction, error) {
	return _DrugBatches.Contract.HandOver(&_DrugBatches.TransactOpts, batchId, to, quantity)
}

// Recall is a paid mutator transaction binding the contract method 0x96c3fe8f.
//
// Solidity: function recall(bytes32 batchId, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesTransactor) Recall(opts *bind.TransactOpts, batchId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "recall", batchId, reasonCode)
}

// Recall is a paid mutator transaction binding the contract method 0x96c3fe8f.
//
// Solidity: function recall(bytes32 batchId, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesSession) Recall(batchId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.Recall(&_DrugBatches.TransactOpts, batchId, reasonCode)
}

// Recall is a paid mutator transaction binding the contract method 0x96c3fe8f.
//
// Solidity: function recall(bytes32 batchId, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesTransactorSession) Recall(batchId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.Recall(&_DrugBatches.TransactOpts, batchId, reasonCode)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xe64b9403.
//
// Solidity: function registerBatch((uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration) returns(bytes32 batchId)
func (_DrugBatches *DrugBatchesTransactor) RegisterBatch(opts *bind.TransactOpts, registration IDrugBatchesBatchRegistration) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "registerBatch", registration)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xe64b9403.
//
// Solidity: function registerBatch((uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration) returns(bytes32 batchId)
func (_DrugBatches *DrugBatchesSession) RegisterBatch(registration IDrugBatchesBatchRegistration) (*types.Transaction, error) {
	return _DrugBatches.Contract.RegisterBatch(&_DrugBatches.TransactOpts, registration)
}

// RegisterBatch is a paid mutator transaction binding the contract method 0xe64b9403.
//
// Solidity: function registerBatch((uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration) returns(bytes32 batchId)
func (_DrugBatches *DrugBatchesTransactorSession) RegisterBatch(registration IDrugBatchesBatchRegistration) (*types.Transaction, error) {
	return _DrugBatches.Contract.RegisterBatch(&_DrugBatches.TransactOpts, registration)
}

// ReleaseQuarantine is a paid mutator transaction binding the contract method 0x40ab56ab.
//
// Solidity: function releaseQuarantine(bytes32 batchId, address holder, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesTransactor) ReleaseQuarantine(opts *bind.TransactOpts, batchId [32]byte, holder common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "releaseQuarantine", batchId, holder, reasonCode)
}

// ReleaseQuarantine is a paid mutator transaction binding the contract method 0x40ab56ab.
//
// Solidity: function releaseQuarantine(bytes32 batchId, address holder, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesSession) ReleaseQuarantine(batchId [32]byte, holder common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.ReleaseQuarantine(&_DrugBatches.TransactOpts, batchId, holder, reasonCode)
}

// ReleaseQuarantine is a paid mutator transaction binding the contract method 0x40ab56ab.
//
// Solidity: function releaseQuarantine(bytes32 batchId, address holder, bytes32 reasonCode) returns()
func (_DrugBatches *DrugBatchesTransactorSession) ReleaseQuarantine(batchId [32]byte, holder common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.ReleaseQuarantine(&_DrugBatches.TransactOpts, batchId, holder, reasonCode)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DrugBatches *DrugBatchesTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DrugBatches *DrugBatchesSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.RenounceRole(&_DrugBatches.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_DrugBatches *DrugBatchesTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.RenounceRole(&_DrugBatches.TransactOpts, role, callerConfirmation)
}

// ReportSuspectedClone is a paid mutator transaction binding the contract method 0xa398ab8d.
//
// Solidity: function reportSuspectedClone(bytes32 batchId, string serial, bytes32[] proof) returns()
func (_DrugBatches *DrugBatchesTransactor) ReportSuspectedClone(opts *bind.TransactOpts, batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "reportSuspectedClone", batchId, serial, proof)
}

// ReportSuspectedClone is a paid mutator transaction binding the contract method 0xa398ab8d.
//
// Solidity: function reportSuspectedClone(bytes32 batchId, string serial, bytes32[] proof) returns()
func (_DrugBatches *DrugBatchesSession) ReportSuspectedClone(batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.ReportSuspectedClone(&_DrugBatches.TransactOpts, batchId, serial, proof)
}

// ReportSuspectedClone is a paid mutator transaction binding the contract method 0xa398ab8d.
//
// Solidity: function reportSuspectedClone(bytes32 batchId, string serial, bytes32[] proof) returns()
func (_DrugBatches *DrugBatchesTransactorSession) ReportSuspectedClone(batchId [32]byte, serial string, proof [][32]byte) (*types.Transaction, error) {
	return _DrugBatches.Contract.ReportSuspectedClone(&_DrugBatches.TransactOpts, batchId, serial, proof)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.RevokeRole(&_DrugBatches.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_DrugBatches *DrugBatchesTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _DrugBatches.Contract.RevokeRole(&_DrugBatches.TransactOpts, role, account)
}

// SubmitReadings is a paid mutator transaction binding the contract method 0x79211f1f.
//
// Solidity: function submitReadings((bytes32,address,uint64,int16,bytes32,bytes32)[] readings) returns(uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesTransactor) SubmitReadings(opts *bind.TransactOpts, readings []IDrugBatchesReading) (*types.Transaction, error) {
	return _DrugBatches.contract.Transact(opts, "submitReadings", readings)
}

// SubmitReadings is a paid mutator transaction binding the contract method 0x79211f1f.
//
// Solidity: function submitReadings((bytes32,address,uint64,int16,bytes32,bytes32)[] readings) returns(uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesSession) SubmitReadings(readings []IDrugBatchesReading) (*types.Transaction, error) {
	return _DrugBatches.Contract.SubmitReadings(&_DrugBatches.TransactOpts, readings)
}

// SubmitReadings is a paid mutator transaction binding the contract method 0x79211f1f.
//
// Solidity: function submitReadings((bytes32,address,uint64,int16,bytes32,bytes32)[] readings) returns(uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesTransactorSession) SubmitReadings(readings []IDrugBatchesReading) (*types.Transaction, error) {
	return _DrugBatches.Contract.SubmitReadings(&_DrugBatches.TransactOpts, readings)
}

// DrugBatchesBatchRecalledIterator is returned from FilterBatchRecalled and is used to iterate over the raw logs and unpacked data for BatchRecalled events raised by the DrugBatches contract.
type DrugBatchesBatchRecalledIterator struct {
	Event *DrugBatchesBatchRecalled // Event containing the contract specifics and raw log

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
func (it *DrugBatchesBatchRecalledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesBatchRecalled)
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
		it.Event = new(DrugBatchesBatchRecalled)
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
func (it *DrugBatchesBatchRecalledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesBatchRecalledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesBatchRecalled represents a BatchRecalled event raised by the DrugBatches contract.
type DrugBatchesBatchRecalled struct {
	BatchId     [32]byte
	RecalledBy  common.Address
	ReasonCode  [32]byte
	HolderCount uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterBatchRecalled is a free log retrieval operation binding the contract event 0x74ff06a0ab759a2baa2cb361bb3263630798aa9a15ab274ebee0c6cf62907f9d.
//
// Solidity: event BatchRecalled(bytes32 indexed batchId, address indexed recalledBy, bytes32 reasonCode, uint32 holderCount)
func (_DrugBatches *DrugBatchesFilterer) FilterBatchRecalled(opts *bind.FilterOpts, batchId [][32]byte, recalledBy []common.Address) (*DrugBatchesBatchRecalledIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var recalledByRule []interface{}
	for _, recalledByItem := range recalledBy {
		recalledByRule = append(recalledByRule, recalledByItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "BatchRecalled", batchIdRule, recalledByRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesBatchRecalledIterator{contract: _DrugBatches.contract, event: "BatchRecalled", logs: logs, sub: sub}, nil
}

// WatchBatchRecalled is a free log subscription operation binding the contract event 0x74ff06a0ab759a2baa2cb361bb3263630798aa9a15ab274ebee0c6cf62907f9d.
//
// Solidity: event BatchRecalled(bytes32 indexed batchId, address indexed recalledBy, bytes32 reasonCode, uint32 holderCount)
func (_DrugBatches *DrugBatchesFilterer) WatchBatchRecalled(opts *bind.WatchOpts, sink chan<- *DrugBatchesBatchRecalled, batchId [][32]byte, recalledBy []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var recalledByRule []interface{}
	for _, recalledByItem := range recalledBy {
		recalledByRule = append(recalledByRule, recalledByItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "BatchRecalled", batchIdRule, recalledByRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesBatchRecalled)
				if err := _DrugBatches.contract.UnpackLog(event, "BatchRecalled", log); err != nil {
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

// ParseBatchRecalled is a log parse operation binding the contract event 0x74ff06a0ab759a2baa2cb361bb3263630798aa9a15ab274ebee0c6cf62907f9d.
//
// Solidity: event BatchRecalled(bytes32 indexed batchId, address indexed recalledBy, bytes32 reasonCode, uint32 holderCount)
func (_DrugBatches *DrugBatchesFilterer) ParseBatchRecalled(log types.Log) (*DrugBatchesBatchRecalled, error) {
	event := new(DrugBatchesBatchRecalled)
	if err := _DrugBatches.contract.UnpackLog(event, "BatchRecalled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesBatchRegisteredIterator is returned from FilterBatchRegistered and is used to iterate over the raw logs and unpacked data for BatchRegistered events raised by the DrugBatches contract.
type DrugBatchesBatchRegisteredIterator struct {
	Event *DrugBatchesBatchRegistered // Event containing the contract specifics and raw log

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
func (it *DrugBatchesBatchRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesBatchRegistered)
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
		it.Event = new(DrugBatchesBatchRegistered)
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
func (it *DrugBatchesBatchRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesBatchRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesBatchRegistered represents a BatchRegistered event raised by the DrugBatches contract.
type DrugBatchesBatchRegistered struct {
	BatchId      [32]byte
	Manufacturer common.Address
	Gtin         uint64
	Number       uint64
	Registration IDrugBatchesBatchRegistration
	Raw          types.Log // Blockchain specific contextual infos
}

// FilterBatchRegistered is a free log retrieval operation binding the contract event 0x63fdcd31a8a172afd3ef030606fbe7a4e436ae3f374024acf1216e76f4a46b53.
//
// Solidity: event BatchRegistered(bytes32 indexed batchId, address indexed manufacturer, uint64 indexed gtin, uint64 number, (uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration)
func (_DrugBatches *DrugBatchesFilterer) FilterBatchRegistered(opts *bind.FilterOpts, batchId [][32]byte, manufacturer []common.Address, gtin []uint64) (*DrugBatchesBatchRegisteredIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var manufacturerRule []interface{}
	for _, manufacturerItem := range manufacturer {
		manufacturerRule = append(manufacturerRule, manufacturerItem)
	}
	var gtinRule []interface{}
	for _, gtinItem := range gtin {
		gtinRule = append(gtinRule, gtinItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "BatchRegistered", batchIdRule, manufacturerRule, gtinRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesBatchRegisteredIterator{contract: _DrugBatches.contract, event: "BatchRegistered", logs: logs, sub: sub}, nil
}

// WatchBatchRegistered is a free log subscription operation binding the contract event 0x63fdcd31a8a172afd3ef030606fbe7a4e436ae3f374024acf1216e76f4a46b53.
//
// Solidity: event BatchRegistered(bytes32 indexed batchId, address indexed manufacturer, uint64 indexed gtin, uint64 number, (uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration)
func (_DrugBatches *DrugBatchesFilterer) WatchBatchRegistered(opts *bind.WatchOpts, sink chan<- *DrugBatchesBatchRegistered, batchId [][32]byte, manufacturer []common.Address, gtin []uint64) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var manufacturerRule []interface{}
	for _, manufacturerItem := range manufacturer {
		manufacturerRule = append(manufacturerRule, manufacturerItem)
	}
	var gtinRule []interface{}
	for _, gtinItem := range gtin {
		gtinRule = append(gtinRule, gtinItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "BatchRegistered", batchIdRule, manufacturerRule, gtinRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesBatchRegistered)
				if err := _DrugBatches.contract.UnpackLog(event, "BatchRegistered", log); err != nil {
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

// ParseBatchRegistered is a log parse operation binding the contract event 0x63fdcd31a8a172afd3ef030606fbe7a4e436ae3f374024acf1216e76f4a46b53.
//
// Solidity: event BatchRegistered(bytes32 indexed batchId, address indexed manufacturer, uint64 indexed gtin, uint64 number, (uint64,string,uint64,uint64,uint32,int16,int16,bytes32,bytes) registration)
func (_DrugBatches *DrugBatchesFilterer) ParseBatchRegistered(log types.Log) (*DrugBatchesBatchRegistered, error) {
	event := new(DrugBatchesBatchRegistered)
	if err := _DrugBatches.contract.UnpackLog(event, "BatchRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the DrugBatches contract.
type DrugBatchesEIP712DomainChangedIterator struct {
	Event *DrugBatchesEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *DrugBatchesEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesEIP712DomainChanged)
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
		it.Event = new(DrugBatchesEIP712DomainChanged)
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
func (it *DrugBatchesEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesEIP712DomainChanged represents a EIP712DomainChanged event raised by the DrugBatches contract.
type DrugBatchesEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DrugBatches *DrugBatchesFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*DrugBatchesEIP712DomainChangedIterator, error) {

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &DrugBatchesEIP712DomainChangedIterator{contract: _DrugBatches.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DrugBatches *DrugBatchesFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *DrugBatchesEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesEIP712DomainChanged)
				if err := _DrugBatches.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_DrugBatches *DrugBatchesFilterer) ParseEIP712DomainChanged(log types.Log) (*DrugBatchesEIP712DomainChanged, error) {
	event := new(DrugBatchesEIP712DomainChanged)
	if err := _DrugBatches.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesHandOverAcceptedIterator is returned from FilterHandOverAccepted and is used to iterate over the raw logs and unpacked data for HandOverAccepted events raised by the DrugBatches contract.
type DrugBatchesHandOverAcceptedIterator struct {
	Event *DrugBatchesHandOverAccepted // Event containing the contract specifics and raw log

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
func (it *DrugBatchesHandOverAcceptedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesHandOverAccepted)
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
		it.Event = new(DrugBatchesHandOverAccepted)
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
func (it *DrugBatchesHandOverAcceptedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesHandOverAcceptedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesHandOverAccepted represents a HandOverAccepted event raised by the DrugBatches contract.
type DrugBatchesHandOverAccepted struct {
	BatchId  [32]byte
	From     common.Address
	To       common.Address
	Id       uint64
	Quantity uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterHandOverAccepted is a free log retrieval operation binding the contract event 0xf27d2f704f4556157c8e96f0de4417e235ca0dd3655e633ab0b9cdeed5b45bb4.
//
// Solidity: event HandOverAccepted(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) FilterHandOverAccepted(opts *bind.FilterOpts, batchId [][32]byte, from []common.Address, to []common.Address) (*DrugBatchesHandOverAcceptedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "HandOverAccepted", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesHandOverAcceptedIterator{contract: _DrugBatches.contract, event: "HandOverAccepted", logs: logs, sub: sub}, nil
}

// WatchHandOverAccepted is a free log subscription operation binding the contract event 0xf27d2f704f4556157c8e96f0de4417e235ca0dd3655e633ab0b9cdeed5b45bb4.
//
// Solidity: event HandOverAccepted(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) WatchHandOverAccepted(opts *bind.WatchOpts, sink chan<- *DrugBatchesHandOverAccepted, batchId [][32]byte, from []common.Address, to []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "HandOverAccepted", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesHandOverAccepted)
				if err := _DrugBatches.contract.UnpackLog(event, "HandOverAccepted", log); err != nil {
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

// ParseHandOverAccepted is a log parse operation binding the contract event 0xf27d2f704f4556157c8e96f0de4417e235ca0dd3655e633ab0b9cdeed5b45bb4.
//
// Solidity: event HandOverAccepted(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) ParseHandOverAccepted(log types.Log) (*DrugBatchesHandOverAccepted, error) {
	event := new(DrugBatchesHandOverAccepted)
	if err := _DrugBatches.contract.UnpackLog(event, "HandOverAccepted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesHandOverCancelledIterator is returned from FilterHandOverCancelled and is used to iterate over the raw logs and unpacked data for HandOverCancelled events raised by the DrugBatches contract.
type DrugBatchesHandOverCancelledIterator struct {
	Event *DrugBatchesHandOverCancelled // Event containing the contract specifics and raw log

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
func (it *DrugBatchesHandOverCancelledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesHandOverCancelled)
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
		it.Event = new(DrugBatchesHandOverCancelled)
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
func (it *DrugBatchesHandOverCancelledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesHandOverCancelledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesHandOverCancelled represents a HandOverCancelled event raised by the DrugBatches contract.
type DrugBatchesHandOverCancelled struct {
	BatchId  [32]byte
	From     common.Address
	To       common.Address
	Id       uint64
	Quantity uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterHandOverCancelled is a free log retrieval operation binding the contract event 0x927643abc28e86b37b42d1f39dbd992e86cb6269bc375ffeff86083f96971653.
//
// Solidity: event HandOverCancelled(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) FilterHandOverCancelled(opts *bind.FilterOpts, batchId [][32]byte, from []common.Address, to []common.Address) (*DrugBatchesHandOverCancelledIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "HandOverCancelled", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesHandOverCancelledIterator{contract: _DrugBatches.contract, event: "HandOverCancelled", logs: logs, sub: sub}, nil
}

// WatchHandOverCancelled is a free log subscription operation binding the contract event 0x927643abc28e86b37b42d1f39dbd992e86cb6269bc375ffeff86083f96971653.
//
// Solidity: event HandOverCancelled(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) WatchHandOverCancelled(opts *bind.WatchOpts, sink chan<- *DrugBatchesHandOverCancelled, batchId [][32]byte, from []common.Address, to []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "HandOverCancelled", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesHandOverCancelled)
				if err := _DrugBatches.contract.UnpackLog(event, "HandOverCancelled", log); err != nil {
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

// ParseHandOverCancelled is a log parse operation binding the contract event 0x927643abc28e86b37b42d1f39dbd992e86cb6269bc375ffeff86083f96971653.
//
// Solidity: event HandOverCancelled(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) ParseHandOverCancelled(log types.Log) (*DrugBatchesHandOverCancelled, error) {
	event := new(DrugBatchesHandOverCancelled)
	if err := _DrugBatches.contract.UnpackLog(event, "HandOverCancelled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesHandOverInitiatedIterator is returned from FilterHandOverInitiated and is used to iterate over the raw logs and unpacked data for HandOverInitiated events raised by the DrugBatches contract.
type DrugBatchesHandOverInitiatedIterator struct {
	Event *DrugBatchesHandOverInitiated // Event containing the contract specifics and raw log

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
func (it *DrugBatchesHandOverInitiatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesHandOverInitiated)
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
		it.Event = new(DrugBatchesHandOverInitiated)
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
func (it *DrugBatchesHandOverInitiatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesHandOverInitiatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesHandOverInitiated represents a HandOverInitiated event raised by the DrugBatches contract.
type DrugBatchesHandOverInitiated struct {
	BatchId  [32]byte
	From     common.Address
	To       common.Address
	Id       uint64
	Quantity uint32
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterHandOverInitiated is a free log retrieval operation binding the contract event 0xabfa92761a7d0bb607639c94fb4e8f25728a410024dfa5ff7add5edf09e2de2a.
//
// Solidity: event HandOverInitiated(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) FilterHandOverInitiated(opts *bind.FilterOpts, batchId [][32]byte, from []common.Address, to []common.Address) (*DrugBatchesHandOverInitiatedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "HandOverInitiated", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesHandOverInitiatedIterator{contract: _DrugBatches.contract, event: "HandOverInitiated", logs: logs, sub: sub}, nil
}

// WatchHandOverInitiated is a free log subscription operation binding the contract event 0xabfa92761a7d0bb607639c94fb4e8f25728a410024dfa5ff7add5edf09e2de2a.
//
// Solidity: event HandOverInitiated(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) WatchHandOverInitiated(opts *bind.WatchOpts, sink chan<- *DrugBatchesHandOverInitiated, batchId [][32]byte, from []common.Address, to []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var fromRule []interface{}
	for _, fromItem := range from {
		fromRule = append(fromRule, fromItem)
	}
	var toRule []interface{}
	for _, toItem := range to {
		toRule = append(toRule, toItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "HandOverInitiated", batchIdRule, fromRule, toRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesHandOverInitiated)
				if err := _DrugBatches.contract.UnpackLog(event, "HandOverInitiated", log); err != nil {
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

// ParseHandOverInitiated is a log parse operation binding the contract event 0xabfa92761a7d0bb607639c94fb4e8f25728a410024dfa5ff7add5edf09e2de2a.
//
// Solidity: event HandOverInitiated(bytes32 indexed batchId, address indexed from, address indexed to, uint64 id, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) ParseHandOverInitiated(log types.Log) (*DrugBatchesHandOverInitiated, error) {
	event := new(DrugBatchesHandOverInitiated)
	if err := _DrugBatches.contract.UnpackLog(event, "HandOverInitiated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesPackDispensedIterator is returned from FilterPackDispensed and is used to iterate over the raw logs and unpacked data for PackDispensed events raised by the DrugBatches contract.
type DrugBatchesPackDispensedIterator struct {
	Event *DrugBatchesPackDispensed // Event containing the contract specifics and raw log

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
func (it *DrugBatchesPackDispensedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesPackDispensed)
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
		it.Event = new(DrugBatchesPackDispensed)
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
func (it *DrugBatchesPackDispensedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesPackDispensedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesPackDispensed represents a PackDispensed event raised by the DrugBatches contract.
type DrugBatchesPackDispensed struct {
	BatchId    [32]byte
	Holder     common.Address
	Operator   common.Address
	SerialLeaf [32]byte
	Serial     string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPackDispensed is a free log retrieval operation binding the contract event 0x0822b3078b94042f55a3dac1c1c46ef71162e2be2a687b0156ac5c79b4adaca1.
//
// Solidity: event PackDispensed(bytes32 indexed batchId, address indexed holder, address indexed operator, bytes32 serialLeaf, string serial)
func (_DrugBatches *DrugBatchesFilterer) FilterPackDispensed(opts *bind.FilterOpts, batchId [][32]byte, holder []common.Address, operator []common.Address) (*DrugBatchesPackDispensedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "PackDispensed", batchIdRule, holderRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesPackDispensedIterator{contract: _DrugBatches.contract, event: "PackDispensed", logs: logs, sub: sub}, nil
}

// WatchPackDispensed is a free log subscription operation binding the contract event 0x0822b3078b94042f55a3dac1c1c46ef71162e2be2a687b0156ac5c79b4adaca1.
//
// Solidity: event PackDispensed(bytes32 indexed batchId, address indexed holder, address indexed operator, bytes32 serialLeaf, string serial)
func (_DrugBatches *DrugBatchesFilterer) WatchPackDispensed(opts *bind.WatchOpts, sink chan<- *DrugBatchesPackDispensed, batchId [][32]byte, holder []common.Address, operator []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var operatorRule []interface{}
	for _, operatorItem := range operator {
		operatorRule = append(operatorRule, operatorItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "PackDispensed", batchIdRule, holderRule, operatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesPackDispensed)
				if err := _DrugBatches.contract.UnpackLog(event, "PackDispensed", log); err != nil {
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

// ParsePackDispensed is a log parse operation binding the contract event 0x0822b3078b94042f55a3dac1c1c46ef71162e2be2a687b0156ac5c79b4adaca1.
//
// Solidity: event PackDispensed(bytes32 indexed batchId, address indexed holder, address indexed operator, bytes32 serialLeaf, string serial)
func (_DrugBatches *DrugBatchesFilterer) ParsePackDispensed(log types.Log) (*DrugBatchesPackDispensed, error) {
	event := new(DrugBatchesPackDispensed)
	if err := _DrugBatches.contract.UnpackLog(event, "PackDispensed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesPenaltyRecordedIterator is returned from FilterPenaltyRecorded and is used to iterate over the raw logs and unpacked data for PenaltyRecorded events raised by the DrugBatches contract.
type DrugBatchesPenaltyRecordedIterator struct {
	Event *DrugBatchesPenaltyRecorded // Event containing the contract specifics and raw log

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
func (it *DrugBatchesPenaltyRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesPenaltyRecorded)
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
		it.Event = new(DrugBatchesPenaltyRecorded)
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
func (it *DrugBatchesPenaltyRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesPenaltyRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesPenaltyRecorded represents a PenaltyRecorded event raised by the DrugBatches contract.
type DrugBatchesPenaltyRecorded struct {
	Holder      common.Address
	BatchId     [32]byte
	Timestamp   uint64
	Temperature int16
	Total       uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPenaltyRecorded is a free log retrieval operation binding the contract event 0x3470d78148b6dce3f7fda37e0a6cce6a7b4628cdbb3deb989a46d070398b9a07.
//
// Solidity: event PenaltyRecorded(address indexed holder, bytes32 indexed batchId, uint64 timestamp, int16 temperature, uint32 total)
func (_DrugBatches *DrugBatchesFilterer) FilterPenaltyRecorded(opts *bind.FilterOpts, holder []common.Address, batchId [][32]byte) (*DrugBatchesPenaltyRecordedIterator, error) {

	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "PenaltyRecorded", holderRule, batchIdRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesPenaltyRecordedIterator{contract: _DrugBatches.contract, event: "PenaltyRecorded", logs: logs, sub: sub}, nil
}

// WatchPenaltyRecorded is a free log subscription operation binding the contract event 0x3470d78148b6dce3f7fda37e0a6cce6a7b4628cdbb3deb989a46d070398b9a07.
//
// Solidity: event PenaltyRecorded(address indexed holder, bytes32 indexed batchId, uint64 timestamp, int16 temperature, uint32 total)
func (_DrugBatches *DrugBatchesFilterer) WatchPenaltyRecorded(opts *bind.WatchOpts, sink chan<- *DrugBatchesPenaltyRecorded, holder []common.Address, batchId [][32]byte) (event.Subscription, error) {

	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "PenaltyRecorded", holderRule, batchIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesPenaltyRecorded)
				if err := _DrugBatches.contract.UnpackLog(event, "PenaltyRecorded", log); err != nil {
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

// ParsePenaltyRecorded is a log parse operation binding the contract event 0x3470d78148b6dce3f7fda37e0a6cce6a7b4628cdbb3deb989a46d070398b9a07.
//
// Solidity: event PenaltyRecorded(address indexed holder, bytes32 indexed batchId, uint64 timestamp, int16 temperature, uint32 total)
func (_DrugBatches *DrugBatchesFilterer) ParsePenaltyRecorded(log types.Log) (*DrugBatchesPenaltyRecorded, error) {
	event := new(DrugBatchesPenaltyRecorded)
	if err := _DrugBatches.contract.UnpackLog(event, "PenaltyRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesQuarantineReleasedIterator is returned from FilterQuarantineReleased and is used to iterate over the raw logs and unpacked data for QuarantineReleased events raised by the DrugBatches contract.
type DrugBatchesQuarantineReleasedIterator struct {
	Event *DrugBatchesQuarantineReleased // Event containing the contract specifics and raw log

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
func (it *DrugBatchesQuarantineReleasedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesQuarantineReleased)
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
		it.Event = new(DrugBatchesQuarantineReleased)
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
func (it *DrugBatchesQuarantineReleasedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesQuarantineReleasedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesQuarantineReleased represents a QuarantineReleased event raised by the DrugBatches contract.
type DrugBatchesQuarantineReleased struct {
	BatchId    [32]byte
	Holder     common.Address
	Regulator  common.Address
	ReasonCode [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterQuarantineReleased is a free log retrieval operation binding the contract event 0xf96d81cd73392b8e92dbaf7ba631113682244bc824abe49bdc708806ad6e3438.
//
// Solidity: event QuarantineReleased(bytes32 indexed batchId, address indexed holder, address indexed regulator, bytes32 reasonCode)
func (_DrugBatches *DrugBatchesFilterer) FilterQuarantineReleased(opts *bind.FilterOpts, batchId [][32]byte, holder []common.Address, regulator []common.Address) (*DrugBatchesQuarantineReleasedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var regulatorRule []interface{}
	for _, regulatorItem := range regulator {
		regulatorRule = append(regulatorRule, regulatorItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "QuarantineReleased", batchIdRule, holderRule, regulatorRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesQuarantineReleasedIterator{contract: _DrugBatches.contract, event: "QuarantineReleased", logs: logs, sub: sub}, nil
}

// WatchQuarantineReleased is a free log subscription operation binding the contract event 0xf96d81cd73392b8e92dbaf7ba631113682244bc824abe49bdc708806ad6e3438.
//
// Solidity: event QuarantineReleased(bytes32 indexed batchId, address indexed holder, address indexed regulator, bytes32 reasonCode)
func (_DrugBatches *DrugBatchesFilterer) WatchQuarantineReleased(opts *bind.WatchOpts, sink chan<- *DrugBatchesQuarantineReleased, batchId [][32]byte, holder []common.Address, regulator []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var regulatorRule []interface{}
	for _, regulatorItem := range regulator {
		regulatorRule = append(regulatorRule, regulatorItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "QuarantineReleased", batchIdRule, holderRule, regulatorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesQuarantineReleased)
				if err := _DrugBatches.contract.UnpackLog(event, "QuarantineReleased", log); err != nil {
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

// ParseQuarantineReleased is a log parse operation binding the contract event 0xf96d81cd73392b8e92dbaf7ba631113682244bc824abe49bdc708806ad6e3438.
//
// Solidity: event QuarantineReleased(bytes32 indexed batchId, address indexed holder, address indexed regulator, bytes32 reasonCode)
func (_DrugBatches *DrugBatchesFilterer) ParseQuarantineReleased(log types.Log) (*DrugBatchesQuarantineReleased, error) {
	event := new(DrugBatchesQuarantineReleased)
	if err := _DrugBatches.contract.UnpackLog(event, "QuarantineReleased", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesReadingsSubmittedIterator is returned from FilterReadingsSubmitted and is used to iterate over the raw logs and unpacked data for ReadingsSubmitted events raised by the DrugBatches contract.
type DrugBatchesReadingsSubmittedIterator struct {
	Event *DrugBatchesReadingsSubmitted // Event containing the contract specifics and raw log

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
func (it *DrugBatchesReadingsSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesReadingsSubmitted)
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
		it.Event = new(DrugBatchesReadingsSubmitted)
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
func (it *DrugBatchesReadingsSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesReadingsSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesReadingsSubmitted represents a ReadingsSubmitted event raised by the DrugBatches contract.
type DrugBatchesReadingsSubmitted struct {
	Submitter common.Address
	Accepted  *big.Int
	Skipped   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterReadingsSubmitted is a free log retrieval operation binding the contract event 0xeed493c74bfbd494baf6a834cbfaea4c7be195aef4398e46ec8756076eb1777e.
//
// Solidity: event ReadingsSubmitted(address indexed submitter, uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesFilterer) FilterReadingsSubmitted(opts *bind.FilterOpts, submitter []common.Address) (*DrugBatchesReadingsSubmittedIterator, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "ReadingsSubmitted", submitterRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesReadingsSubmittedIterator{contract: _DrugBatches.contract, event: "ReadingsSubmitted", logs: logs, sub: sub}, nil
}

// WatchReadingsSubmitted is a free log subscription operation binding the contract event 0xeed493c74bfbd494baf6a834cbfaea4c7be195aef4398e46ec8756076eb1777e.
//
// Solidity: event ReadingsSubmitted(address indexed submitter, uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesFilterer) WatchReadingsSubmitted(opts *bind.WatchOpts, sink chan<- *DrugBatchesReadingsSubmitted, submitter []common.Address) (event.Subscription, error) {

	var submitterRule []interface{}
	for _, submitterItem := range submitter {
		submitterRule = append(submitterRule, submitterItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "ReadingsSubmitted", submitterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesReadingsSubmitted)
				if err := _DrugBatches.contract.UnpackLog(event, "ReadingsSubmitted", log); err != nil {
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

// ParseReadingsSubmitted is a log parse operation binding the contract event 0xeed493c74bfbd494baf6a834cbfaea4c7be195aef4398e46ec8756076eb1777e.
//
// Solidity: event ReadingsSubmitted(address indexed submitter, uint256 accepted, uint256 skipped)
func (_DrugBatches *DrugBatchesFilterer) ParseReadingsSubmitted(log types.Log) (*DrugBatchesReadingsSubmitted, error) {
	event := new(DrugBatchesReadingsSubmitted)
	if err := _DrugBatches.contract.UnpackLog(event, "ReadingsSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the DrugBatches contract.
type DrugBatchesRoleAdminChangedIterator struct {
	Event *DrugBatchesRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *DrugBatchesRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesRoleAdminChanged)
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
		it.Event = new(DrugBatchesRoleAdminChanged)
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
func (it *DrugBatchesRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesRoleAdminChanged represents a RoleAdminChanged event raised by the DrugBatches contract.
type DrugBatchesRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DrugBatches *DrugBatchesFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*DrugBatchesRoleAdminChangedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesRoleAdminChangedIterator{contract: _DrugBatches.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DrugBatches *DrugBatchesFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *DrugBatchesRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var previousAdminRoleRule []interface{}
	for _, previousAdminRoleItem := range previousAdminRole {
		previousAdminRoleRule = append(previousAdminRoleRule, previousAdminRoleItem)
	}
	var newAdminRoleRule []interface{}
	for _, newAdminRoleItem := range newAdminRole {
		newAdminRoleRule = append(newAdminRoleRule, newAdminRoleItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesRoleAdminChanged)
				if err := _DrugBatches.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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

// ParseRoleAdminChanged is a log parse operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_DrugBatches *DrugBatchesFilterer) ParseRoleAdminChanged(log types.Log) (*DrugBatchesRoleAdminChanged, error) {
	event := new(DrugBatchesRoleAdminChanged)
	if err := _DrugBatches.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the DrugBatches contract.
type DrugBatchesRoleGrantedIterator struct {
	Event *DrugBatchesRoleGranted // Event containing the contract specifics and raw log

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
func (it *DrugBatchesRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesRoleGranted)
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
		it.Event = new(DrugBatchesRoleGranted)
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
func (it *DrugBatchesRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesRoleGranted represents a RoleGranted event raised by the DrugBatches contract.
type DrugBatchesRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DrugBatchesRoleGrantedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesRoleGrantedIterator{contract: _DrugBatches.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *DrugBatchesRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesRoleGranted)
				if err := _DrugBatches.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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

// ParseRoleGranted is a log parse operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) ParseRoleGranted(log types.Log) (*DrugBatchesRoleGranted, error) {
	event := new(DrugBatchesRoleGranted)
	if err := _DrugBatches.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the DrugBatches contract.
type DrugBatchesRoleRevokedIterator struct {
	Event *DrugBatchesRoleRevoked // Event containing the contract specifics and raw log

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
func (it *DrugBatchesRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesRoleRevoked)
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
		it.Event = new(DrugBatchesRoleRevoked)
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
func (it *DrugBatchesRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesRoleRevoked represents a RoleRevoked event raised by the DrugBatches contract.
type DrugBatchesRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*DrugBatchesRoleRevokedIterator, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesRoleRevokedIterator{contract: _DrugBatches.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *DrugBatchesRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}
	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var senderRule []interface{}
	for _, senderItem := range sender {
		senderRule = append(senderRule, senderItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesRoleRevoked)
				if err := _DrugBatches.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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

// ParseRoleRevoked is a log parse operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_DrugBatches *DrugBatchesFilterer) ParseRoleRevoked(log types.Log) (*DrugBatchesRoleRevoked, error) {
	event := new(DrugBatchesRoleRevoked)
	if err := _DrugBatches.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesStockQuarantinedIterator is returned from FilterStockQuarantined and is used to iterate over the raw logs and unpacked data for StockQuarantined events raised by the DrugBatches contract.
type DrugBatchesStockQuarantinedIterator struct {
	Event *DrugBatchesStockQuarantined // Event containing the contract specifics and raw log

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
func (it *DrugBatchesStockQuarantinedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesStockQuarantined)
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
		it.Event = new(DrugBatchesStockQuarantined)
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
func (it *DrugBatchesStockQuarantinedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesStockQuarantinedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesStockQuarantined represents a StockQuarantined event raised by the DrugBatches contract.
type DrugBatchesStockQuarantined struct {
	BatchId     [32]byte
	Holder      common.Address
	Device      common.Address
	Timestamp   uint64
	Temperature int16
	Quantity    uint32
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterStockQuarantined is a free log retrieval operation binding the contract event 0xa6a7a9a069a6c92ab0178123be9ccc0e5e040419eb06a6071f2fb5c9effb8645.
//
// Solidity: event StockQuarantined(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) FilterStockQuarantined(opts *bind.FilterOpts, batchId [][32]byte, holder []common.Address, device []common.Address) (*DrugBatchesStockQuarantinedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "StockQuarantined", batchIdRule, holderRule, deviceRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesStockQuarantinedIterator{contract: _DrugBatches.contract, event: "StockQuarantined", logs: logs, sub: sub}, nil
}

// WatchStockQuarantined is a free log subscription operation binding the contract event 0xa6a7a9a069a6c92ab0178123be9ccc0e5e040419eb06a6071f2fb5c9effb8645.
//
// Solidity: event StockQuarantined(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) WatchStockQuarantined(opts *bind.WatchOpts, sink chan<- *DrugBatchesStockQuarantined, batchId [][32]byte, holder []common.Address, device []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "StockQuarantined", batchIdRule, holderRule, deviceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesStockQuarantined)
				if err := _DrugBatches.contract.UnpackLog(event, "StockQuarantined", log); err != nil {
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

// ParseStockQuarantined is a log parse operation binding the contract event 0xa6a7a9a069a6c92ab0178123be9ccc0e5e040419eb06a6071f2fb5c9effb8645.
//
// Solidity: event StockQuarantined(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, uint32 quantity)
func (_DrugBatches *DrugBatchesFilterer) ParseStockQuarantined(log types.Log) (*DrugBatchesStockQuarantined, error) {
	event := new(DrugBatchesStockQuarantined)
	if err := _DrugBatches.contract.UnpackLog(event, "StockQuarantined", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesSuspectedCloneReportedIterator is returned from FilterSuspectedCloneReported and is used to iterate over the raw logs and unpacked data for SuspectedCloneReported events raised by the DrugBatches contract.
type DrugBatchesSuspectedCloneReportedIterator struct {
	Event *DrugBatchesSuspectedCloneReported // Event containing the contract specifics and raw log

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
func (it *DrugBatchesSuspectedCloneReportedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesSuspectedCloneReported)
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
		it.Event = new(DrugBatchesSuspectedCloneReported)
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
func (it *DrugBatchesSuspectedCloneReportedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesSuspectedCloneReportedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesSuspectedCloneReported represents a SuspectedCloneReported event raised by the DrugBatches contract.
type DrugBatchesSuspectedCloneReported struct {
	BatchId    [32]byte
	SerialLeaf [32]byte
	Reporter   common.Address
	Serial     string
	Reports    uint32
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterSuspectedCloneReported is a free log retrieval operation binding the contract event 0x7cacbf48075dd880983522b36995604dd19f2c39f5c1ac7bfbc5964a4a607d83.
//
// Solidity: event SuspectedCloneReported(bytes32 indexed batchId, bytes32 indexed serialLeaf, address indexed reporter, string serial, uint32 reports)
func (_DrugBatches *DrugBatchesFilterer) FilterSuspectedCloneReported(opts *bind.FilterOpts, batchId [][32]byte, serialLeaf [][32]byte, reporter []common.Address) (*DrugBatchesSuspectedCloneReportedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var serialLeafRule []interface{}
	for _, serialLeafItem := range serialLeaf {
		serialLeafRule = append(serialLeafRule, serialLeafItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "SuspectedCloneReported", batchIdRule, serialLeafRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesSuspectedCloneReportedIterator{contract: _DrugBatches.contract, event: "SuspectedCloneReported", logs: logs, sub: sub}, nil
}

// WatchSuspectedCloneReported is a free log subscription operation binding the contract event 0x7cacbf48075dd880983522b36995604dd19f2c39f5c1ac7bfbc5964a4a607d83.
//
// Solidity: event SuspectedCloneReported(bytes32 indexed batchId, bytes32 indexed serialLeaf, address indexed reporter, string serial, uint32 reports)
func (_DrugBatches *DrugBatchesFilterer) WatchSuspectedCloneReported(opts *bind.WatchOpts, sink chan<- *DrugBatchesSuspectedCloneReported, batchId [][32]byte, serialLeaf [][32]byte, reporter []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var serialLeafRule []interface{}
	for _, serialLeafItem := range serialLeaf {
		serialLeafRule = append(serialLeafRule, serialLeafItem)
	}
	var reporterRule []interface{}
	for _, reporterItem := range reporter {
		reporterRule = append(reporterRule, reporterItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "SuspectedCloneReported", batchIdRule, serialLeafRule, reporterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesSuspectedCloneReported)
				if err := _DrugBatches.contract.UnpackLog(event, "SuspectedCloneReported", log); err != nil {
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

// ParseSuspectedCloneReported is a log parse operation binding the contract event 0x7cacbf48075dd880983522b36995604dd19f2c39f5c1ac7bfbc5964a4a607d83.
//
// Solidity: event SuspectedCloneReported(bytes32 indexed batchId, bytes32 indexed serialLeaf, address indexed reporter, string serial, uint32 reports)
func (_DrugBatches *DrugBatchesFilterer) ParseSuspectedCloneReported(log types.Log) (*DrugBatchesSuspectedCloneReported, error) {
	event := new(DrugBatchesSuspectedCloneReported)
	if err := _DrugBatches.contract.UnpackLog(event, "SuspectedCloneReported", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// DrugBatchesTemperatureRecordedIterator is returned from FilterTemperatureRecorded and is used to iterate over the raw logs and unpacked data for TemperatureRecorded events raised by the DrugBatches contract.
type DrugBatchesTemperatureRecordedIterator struct {
	Event *DrugBatchesTemperatureRecorded // Event containing the contract specifics and raw log

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
func (it *DrugBatchesTemperatureRecordedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(DrugBatchesTemperatureRecorded)
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
		it.Event = new(DrugBatchesTemperatureRecorded)
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
func (it *DrugBatchesTemperatureRecordedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *DrugBatchesTemperatureRecordedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// DrugBatchesTemperatureRecorded represents a TemperatureRecorded event raised by the DrugBatches contract.
type DrugBatchesTemperatureRecorded struct {
	BatchId     [32]byte
	Holder      common.Address
	Device      common.Address
	Timestamp   uint64
	Temperature int16
	WithinRange bool
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTemperatureRecorded is a free log retrieval operation binding the contract event 0x975a213f4fb0bae54449137bd60ee1384363950623206aaba4aa7b45586160a8.
//
// Solidity: event TemperatureRecorded(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, bool withinRange)
func (_DrugBatches *DrugBatchesFilterer) FilterTemperatureRecorded(opts *bind.FilterOpts, batchId [][32]byte, holder []common.Address, device []common.Address) (*DrugBatchesTemperatureRecordedIterator, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}

	logs, sub, err := _DrugBatches.contract.FilterLogs(opts, "TemperatureRecorded", batchIdRule, holderRule, deviceRule)
	if err != nil {
		return nil, err
	}
	return &DrugBatchesTemperatureRecordedIterator{contract: _DrugBatches.contract, event: "TemperatureRecorded", logs: logs, sub: sub}, nil
}

// WatchTemperatureRecorded is a free log subscription operation binding the contract event 0x975a213f4fb0bae54449137bd60ee1384363950623206aaba4aa7b45586160a8.
//
// Solidity: event TemperatureRecorded(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, bool withinRange)
func (_DrugBatches *DrugBatchesFilterer) WatchTemperatureRecorded(opts *bind.WatchOpts, sink chan<- *DrugBatchesTemperatureRecorded, batchId [][32]byte, holder []common.Address, device []common.Address) (event.Subscription, error) {

	var batchIdRule []interface{}
	for _, batchIdItem := range batchId {
		batchIdRule = append(batchIdRule, batchIdItem)
	}
	var holderRule []interface{}
	for _, holderItem := range holder {
		holderRule = append(holderRule, holderItem)
	}
	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}

	logs, sub, err := _DrugBatches.contract.WatchLogs(opts, "TemperatureRecorded", batchIdRule, holderRule, deviceRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(DrugBatchesTemperatureRecorded)
				if err := _DrugBatches.contract.UnpackLog(event, "TemperatureRecorded", log); err != nil {
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

// ParseTemperatureRecorded is a log parse operation binding the contract event 0x975a213f4fb0bae54449137bd60ee1384363950623206aaba4aa7b45586160a8.
//
// Solidity: event TemperatureRecorded(bytes32 indexed batchId, address indexed holder, address indexed device, uint64 timestamp, int16 temperature, bool withinRange)
func (_DrugBatches *DrugBatchesFilterer) ParseTemperatureRecorded(log types.Log) (*DrugBatchesTemperatureRecorded, error) {
	event := new(DrugBatchesTemperatureRecorded)
	if err := _DrugBatches.contract.UnpackLog(event, "TemperatureRecorded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
