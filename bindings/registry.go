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

// IRegistryParticipant is an auto generated low-level Go binding around an user-defined struct.
type IRegistryParticipant struct {
	Role       uint8
	Suspended  bool
	LicensedAt uint64
	ValidUntil uint64
	LicenseRef [32]byte
	Name       string
}

// RegistryMetaData contains all meta data concerning the Registry contract.
var RegistryMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"regulator\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryAccountIsDevice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryAccountIsParticipant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryAlreadySuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"RegistryDeviceExists\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryEmptyName\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryInvalidKeyProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryInvalidPublicKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"RegistryInvalidRole\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"RegistryInvalidValidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"RegistryNotDeviceOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryNotLicensed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"RegistryNotSuspended\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"RegistryUnknownDevice\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RegistryZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"DeviceDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"deviceRef\",\"type\":\"bytes32\"}],\"name\":\"DeviceRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"}],\"name\":\"EncryptionKeyRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"enumIRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"licenseRef\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"ParticipantLicensed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"ParticipantReinstated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"ParticipantSuspended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REGULATOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"deregisterDevice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"deviceOwner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"encryptionKey\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"publicKeyHash\",\"type\":\"bytes32\"}],\"name\":\"encryptionKeyDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"}],\"name\":\"isActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"}],\"name\":\"isActiveDevice\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isActiveParticipant\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"isRegulator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"enumIRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"licenseRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"license\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"participant\",\"outputs\":[{\"components\":[{\"internalType\":\"enumIRegistry.Role\",\"name\":\"role\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"suspended\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"licensedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"licenseRef\",\"type\":\"bytes32\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"internalType\":\"structIRegistry.Participant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"device\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"deviceRef\",\"type\":\"bytes32\"}],\"name\":\"registerDevice\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"registerEncryptionKey\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"reinstate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"roleOf\",\"outputs\":[{\"internalType\":\"enumIRegistry.Role\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"suspend\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x61016060405234801561001157600080fd5b506040516121f83803806121f8833981016040819052610030916102b2565b6040518060400160405280600e81526020016d53616c757320526567697374727960901b815250604051806040016040528060018152602001603160f81b81525061008560018361018e60201b90919060201c565b6101205261009481600261018e565b61014052815160208084019190912060e052815190820120610100524660a05261012160e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03811661015157604051636ca1fdd760e01b815260040160405180910390fd5b61015c6000826101c1565b506101877f20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e6826101c1565b50506104b1565b60006020835110156101aa576101a38361026b565b90506101bb565b816101b58482610381565b5060ff90505b92915050565b6000828152602081815260408083206001600160a01b038516845290915281205460ff16610263576000838152602081815260408083206001600160a01b03861684529091529020805460ff1916600117905561021b3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016101bb565b5060006101bb565b600080829050601f8151111561029f578260405163305a27a960e01b8152600401610296919061043f565b60405180910390fd5b80516102aa8261048d565b179392505050565b6000602082840312156102c457600080fd5b81516001600160a01b03811681146102db57600080fd5b9392505050565b634e487b7160e01b600052604160045260246000fd5b600181811c9082168061030c57607f821691505b60208210810361032c57634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561037c57806000526020600020601f840160051c810160208510156103595750805b601f840160051c820191505b818110156103795760008155600101610365565b50505b505050565b81516001600160401b0381111561039a5761039a6102e2565b6103ae816103a884546102f8565b84610332565b6020601f8211600181146103e257600083156103ca5750848201515b600019600385901b1c1916600184901b178455610379565b600084815260208120601f198516915b8281101561041257878501518255602094850194600190920191016103f2565b50848210156104305786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b8181101561046d5760208186018101516040868401015201610450565b506000604082850101526040601f19601f83011684010191505092915050565b8051602080830151919081101561032c5760001960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051611ced61050b60003960006111eb015260006111b90152600061159101526000611569015260006114c4015260006114ee015260006115180152611ced6000f3fe608060405234801561001057600080fd5b50600436106101585760003560e01c8063830aebd9116100c3578063b408f89a1161007c578063b408f89a14610327578063d2c5dfee1461033a578063d547741f1461034d578063e3cba81514610360578063f693ba6914610373578063f7062c1b146103b757600080fd5b8063830aebd91461028557806384b0196e146102985780638dfadedb146102b357806391d14854146102d3578063a217fddf146102e6578063a5d7827e146102ee57600080fd5b806336568abe1161011557806336568abe146102135780634390ea70146102265780634b4ada08146102395780634d57901f1461024c57806354fc91691461025f578063680c35801461027257600080fd5b806301ffc9a71461015d57806313a5074114610185578063144bf5891461019a578063248a9ca3146101bd5780632605b3c7146101e05780632f2ff15d14610200575b600080fd5b61017061016b366004611649565b6103ca565b60405190151581526020015b60405180910390f35b6101986101933660046116e6565b610401565b005b6101af600080516020611c9883398151915281565b60405190815260200161017c565b6101af6101cb366004611772565b60009081526020819052604090206001015490565b6101f36101ee36600461178b565b61062a565b60405161017c9190611824565b61019861020e36600461188c565b610782565b61019861022136600461188c565b6107ad565b6101706102343660046118b8565b6107e5565b6101af6102473660046118e2565b61085b565b61017061025a36600461178b565b61086e565b61017061026d36600461178b565b6108b6565b6101986102803660046118e2565b6108d0565b61019861029336600461178b565b6109cb565b6102a0610aaf565b60405161017c979695949392919061190c565b6102c66102c136600461178b565b610af5565b60405161017c91906119a4565b6101706102e136600461188c565b610b5d565b6101af600081565b61031a6102fc36600461178b565b6001600160a01b031660009081526003602052604090205460ff1690565b60405161017c91906119b7565b61017061033536600461178b565b610b86565b6101986103483660046119c5565b610ba7565b61019861035b36600461188c565b610d30565b61019861036e366004611a02565b610d55565b61039f61038136600461178b565b6001600160a01b039081166000908152600560205260409020541690565b6040516001600160a01b03909116815260200161017c565b6101986103c536600461178b565b610f0a565b60006001600160e01b03198216637965db0b60e01b14806103fb57506301ffc9a760e01b6001600160e01b03198316145b92915050565b600080516020611c9883398151915261041981610ff4565b6001600160a01b03871661044057604051636ca1fdd760e01b815260040160405180910390fd5b6000866008811115610454576104546117a6565b0361048f5785600881111561046b5761046b6117a6565b6040516307a3ecf760e11b815260ff90911660048201526024015b60405180910390fd5b42826001600160401b0316116104c3576040516306e80f2160e31b81526001600160401b0383166004820152602401610486565b60008490036104e55760405163bb42b86960e01b815260040160405180910390fd5b6001600160a01b03878116600090815260056020526040902054161561052957604051636cee1ed960e11b81526001600160a01b0388166004820152602401610486565b6001600160a01b038716600090815260036020526040902080548790829060ff1916600183600881111561055f5761055f6117a6565b021790555080546001600160401b03848116600160501b0267ffffffffffffffff60501b19429290921662010000029190911671ffffffffffffffffffffffffffffffff0000199092169190911717815560018101849055600281016105c6868883611b0f565b508660088111156105d9576105d96117a6565b886001600160a01b03167fe3ee936181099feec6157a910e9ef8cd98b2040bb239a2a9a1f18241cbfba1de888888886040516106189493929190611bf7565b60405180910390a35050505050505050565b6040805160c080820183526000808352602080840182905283850182905260608085018390526080850183905260a08501526001600160a01b0386168252600390528390208351918201909352825491929091829060ff166008811115610693576106936117a6565b60088111156106a4576106a46117a6565b8152815460ff610100820416151560208301526001600160401b0362010000820481166040840152600160501b9091041660608201526001820154608082015260028201805460a0909201916106f990611a87565b80601f016020809104026020016040519081016040528092919081815260200182805461072590611a87565b80156107725780601f1061074757610100808354040283529160200191610772565b820191906000526020600020905b81548152906001019060200180831161075557829003601f168201915b5050505050815250509050919050565b60008281526020819052604090206001015461079d81610ff4565b6107a78383611001565b50505050565b6001600160a01b03811633146107d65760405163334bd91960e11b815260040160405180910390fd5b6107e08282611093565b505050565b6001600160a01b038216600090815260036020526040812081836008811115610810576108106117a6565b14158015610843575082600881111561082b5761082b6117a6565b815460ff166008811115610841576108416117a6565b145b80156108535750610853816110fe565b949350505050565b6000610867838361114b565b9392505050565b6001600160a01b03808216600090815260056020526040812054909116801580159061086757506001600160a01b0381166000908152600360205260409020610867906110fe565b60006103fb600080516020611c9883398151915283610b5d565b600080516020611c988339815191526108e881610ff4565b6001600160a01b038316600090815260036020526040812090815460ff166008811115610917576109176117a6565b0361094057604051637d0b457160e01b81526001600160a01b0385166004820152602401610486565b8054610100900460ff161561097357604051635fbd230560e11b81526001600160a01b0385166004820152602401610486565b805461ff0019166101001781556040516001600160a01b038516907f1d90237d199e033d1008723f910654f826aab2b33402bc03426551d46c1ed767906109bd9086815260200190565b60405180910390a250505050565b600080516020611c988339815191526109e381610ff4565b6001600160a01b038216600090815260036020526040812090815460ff166008811115610a1257610a126117a6565b03610a3b57604051637d0b457160e01b81526001600160a01b0384166004820152602401610486565b8054610100900460ff16610a6d57604051630eb8392160e01b81526001600160a01b0384166004820152602401610486565b805461ff00191681556040516001600160a01b038416907fee98a7c9f7af8901aea2a147aaa51b7b05d37d19f740645aac90b2b9924dfc3a90600090a2505050565b600060608060008060006060610ac36111b2565b610acb6111e4565b60408051600080825260208201909252600f60f81b9b939a50919850469750309650945092509050565b6001600160a01b0381166000908152600460205260409020805460609190610b2d575050604080516020810190915260008152919050565b80546001820154604080516020810193909352820152606001604051602081830303815290604052915050919050565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b03811660009081526003602052604081206103fb906110fe565b600080516020611c98833981519152610bbf81610ff4565b6001600160a01b038416610be657604051636ca1fdd760e01b815260040160405180910390fd5b6001600160a01b0383166000908152600360205260409020610c07906110fe565b610c2f57604051637d0b457160e01b81526001600160a01b0384166004820152602401610486565b6001600160a01b038481166000908152600560205260409020541615610c735760405163e8f9bf6b60e01b81526001600160a01b0385166004820152602401610486565b6001600160a01b03841660009081526003602052604081205460ff166008811115610ca057610ca06117a6565b14610cc95760405163077e08a960e01b81526001600160a01b0385166004820152602401610486565b6001600160a01b0384811660008181526005602090815260409182902080546001600160a01b031916948816948517905590518581527f4215106d8bd580111b267e59ce772c683a3bb7c146b4b1fdb4f0ab657bae735d910160405180910390a350505050565b600082815260208190526040902060010154610d4b81610ff4565b6107a78383611093565b60408314610d7657604051630cadb6ed60e11b815260040160405180910390fd5b6000610d856020828688611c2b565b610d8e91611c55565b90506000610d9f8560208189611c2b565b610da891611c55565b9050610db48282611211565b610dd157604051630cadb6ed60e11b815260040160405180910390fd5b60008686604051610de3929190611c73565b604051908190039020905080600080610e3b610dff338561114b565b89898080601f01602080910402602001604051908101604052809392919081815260200183838082843760009201919091525061128692505050565b5090925090506000816003811115610e5557610e556117a6565b141580610e745750826001600160a01b0316826001600160a01b031614155b15610e94576040516309fd866160e21b8152336004820152602401610486565b6040805180820182528781526020808201888152336000818152600490935291849020925183555160019092019190915590517f5ff2bdeb9f91bc7e10da5a4f6f4778f325a592076cb4bfe2aff7e0ed710a597e90610ef6908d908d90611c83565b60405180910390a250505050505050505050565b6001600160a01b038082166000908152600560205260409020541680610f4e5760405163c6b4f35f60e01b81526001600160a01b0383166004820152602401610486565b336001600160a01b03821614801590610f7c5750610f7a600080516020611c9883398151915233610b5d565b155b15610f9f576040516001622a359560e21b03198152336004820152602401610486565b6001600160a01b0380831660008181526005602052604080822080546001600160a01b031916905551928416927f73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b9190a35050565b610ffe81336112d3565b50565b600061100d8383610b5d565b61108b576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556110433390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a45060016103fb565b5060006103fb565b600061109f8383610b5d565b1561108b576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a45060016103fb565b600080825460ff166008811115611117576111176117a6565b1415801561112c57508154610100900460ff16155b80156103fb57505054600160501b90046001600160401b031642111590565b604080517fc5ae51a9ee3fa5fea800c44e554651553c0f7da416a2ea6afcc9f2477ced0bce60208201526001600160a01b03841691810191909152606081018290526000906108679060800160405160208183030381529060405280519060200120611310565b60606111df7f0000000000000000000000000000000000000000000000000000000000000000600161133d565b905090565b60606111df7f0000000000000000000000000000000000000000000000000000000000000000600261133d565b600082158061121e575081155b8061122f57506401000003d0198310155b8061124057506401000003d0198210155b1561124d575060006103fb565b60006401000003d019838409905060006401000003d01960076401000003d019876401000003d019898a09090891909114949350505050565b600080600083516041036112c05760208401516040850151606086015160001a6112b2888285856113e8565b9550955095505050506112cc565b50508151600091506002905b9250925092565b6112dd8282610b5d565b61130c5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610486565b5050565b60006103fb61131d6114b7565b8360405161190160f01b8152600281019290925260228201526042902090565b606060ff831461135757611350836115e2565b90506103fb565b81805461136390611a87565b80601f016020809104026020016040519081016040528092919081815260200182805461138f90611a87565b80156113dc5780601f106113b1576101008083540402835291602001916113dc565b820191906000526020600020905b8154815290600101906020018083116113bf57829003601f168201915b505050505090506103fb565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561142357506000915060039050826114ad565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015611477573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b0381166114a3575060009250600191508290506114ad565b9250600091508190505b9450945094915050565b6000306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561151057507f000000000000000000000000000000000000000000000000000000000000000046145b1561153a57507f000000000000000000000000000000000000000000000000000000000000000090565b6111df604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b606060006115ef83611621565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b600060ff8216601f8111156103fb57604051632cd44ac360e21b815260040160405180910390fd5b60006020828403121561165b57600080fd5b81356001600160e01b03198116811461086757600080fd5b80356001600160a01b038116811461168a57600080fd5b919050565b80356009811061168a57600080fd5b60008083601f8401126116b057600080fd5b5081356001600160401b038111156116c757600080fd5b6020830191508360208285010111156116df57600080fd5b9250929050565b60008060008060008060a087890312156116ff57600080fd5b61170887611673565b95506117166020880161168f565b945060408701356001600160401b0381111561173157600080fd5b61173d89828a0161169e565b9095509350506060870135915060808701356001600160401b038116811461176457600080fd5b809150509295509295509295565b60006020828403121561178457600080fd5b5035919050565b60006020828403121561179d57600080fd5b61086782611673565b634e487b7160e01b600052602160045260246000fd5b600981106117da57634e487b7160e01b600052602160045260246000fd5b9052565b6000815180845260005b81811015611804576020818501810151868301820152016117e8565b506000602082860101526020601f19601f83011685010191505092915050565b602081526118366020820183516117bc565b6020820151151560408201526001600160401b0360408301511660608201526001600160401b036060830151166080820152608082015160a0820152600060a083015160c08084015261085360e08401826117de565b6000806040838503121561189f57600080fd5b823591506118af60208401611673565b90509250929050565b600080604083850312156118cb57600080fd5b6118d483611673565b91506118af6020840161168f565b600080604083850312156118f557600080fd5b6118fe83611673565b946020939093013593505050565b60ff60f81b8816815260e06020820152600061192b60e08301896117de565b828103604084015261193d81896117de565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b81811015611993578351835260209384019390920191600101611975565b50909b9a5050505050505050505050565b60208152600061086760208301846117de565b602081016103fb82846117bc565b6000806000606084860312156119da57600080fd5b6119e384611673565b92506119f160208501611673565b929592945050506040919091013590565b60008060008060408587031215611a1857600080fd5b84356001600160401b03811115611a2e57600080fd5b611a3a8782880161169e565b90955093505060208501356001600160401b03811115611a5957600080fd5b611a658782880161169e565b95989497509550505050565b634e487b7160e01b600052604160045260246000fd5b600181811c90821680611a9b57607f821691505b602082108103611abb57634e487b7160e01b600052602260045260246000fd5b50919050565b601f8211156107e057806000526020600020601f840160051c81016020851015611ae85750805b601f840160051c820191505b81811015611b085760008155600101611af4565b5050505050565b6001600160401b03831115611b2657611b26611a71565b611b3a83611b348354611a87565b83611ac1565b6000601f841160018114611b6e5760008515611b565750838201355b600019600387901b1c1916600186901b178355611b08565b600083815260209020601f19861690835b82811015611b9f5786850135825560209485019460019092019101611b7f565b5086821015611bbc5760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b606081526000611c0b606083018688611bce565b90508360208301526001600160401b038316604083015295945050505050565b60008085851115611c3b57600080fd5b83861115611c4857600080fd5b5050820193919092039150565b803560208310156103fb57600019602084900360031b1b1692915050565b8183823760009101908152919050565b602081526000610853602083018486611bce56fe20b5f7ac978e5d6199de06401411960dfa81d2f762655f6206bdc61d46fc19e6a26469706673582212208918e929469864706bd74b7bfd85dada5e078cbe19f086bef57bc23bb3fdbbd664736f6c634300081c0033",
}

// RegistryABI is the input ABI used to generate the binding from.
// Deprecated: Use RegistryMetaData.ABI instead.
var RegistryABI = RegistryMetaData.ABI

// RegistryBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RegistryMetaData.Bin instead.
var RegistryBin = RegistryMetaData.Bin

// DeployRegistry deploys a new Ethereum contract, binding an instance of Registry to it.
func DeployRegistry(auth *bind.TransactOpts, backend bind.ContractBackend, regulator common.Address) (common.Address, *types.Transaction, *Registry, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RegistryBin), backend, regulator)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// Registry is an auto generated Go binding around an Ethereum contract.
type Registry struct {
	RegistryCaller     // Read-only binding to the contract
	RegistryTransactor // Write-only binding to the contract
	RegistryFilterer   // Log filterer for contract events
}

// RegistryCaller is an auto generated read-only Go binding around an Ethereum contract.
type RegistryCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RegistryTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistryFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RegistryFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RegistrySession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RegistrySession struct {
	Contract     *Registry         // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RegistryCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RegistryCallerSession struct {
	Contract *RegistryCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts   // Call options to use throughout this session
}

// RegistryTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RegistryTransactorSession struct {
	Contract     *RegistryTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts   // Transaction auth options to use throughout this session
}

// RegistryRaw is an auto generated low-level Go binding around an Ethereum contract.
type RegistryRaw struct {
	Contract *Registry // Generic contract binding to access the raw methods on
}

// RegistryCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RegistryCallerRaw struct {
	Contract *RegistryCaller // Generic read-only contract binding to access the raw methods on
}

// RegistryTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RegistryTransactorRaw struct {
	Contract *RegistryTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRegistry creates a new instance of Registry, bound to a specific deployed contract.
func NewRegistry(address common.Address, backend bind.ContractBackend) (*Registry, error) {
	contract, err := bindRegistry(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Registry{RegistryCaller: RegistryCaller{contract: contract}, RegistryTransactor: RegistryTransactor{contract: contract}, RegistryFilterer: RegistryFilterer{contract: contract}}, nil
}

// NewRegistryCaller creates a new read-only instance of Registry, bound to a specific deployed contract.
func NewRegistryCaller(address common.Address, caller bind.ContractCaller) (*RegistryCaller, error) {
	contract, err := bindRegistry(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryCaller{contract: contract}, nil
}

// NewRegistryTransactor creates a new write-only instance of Registry, bound to a specific deployed contract.
func NewRegistryTransactor(address common.Address, transactor bind.ContractTransactor) (*RegistryTransactor, error) {
	contract, err := bindRegistry(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RegistryTransactor{contract: contract}, nil
}

// NewRegistryFilterer creates a new log filterer instance of Registry, bound to a specific deployed contract.
func NewRegistryFilterer(address common.Address, filterer bind.ContractFilterer) (*RegistryFilterer, error) {
	contract, err := bindRegistry(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RegistryFilterer{contract: contract}, nil
}

// bindRegistry binds a generic wrapper to an already deployed contract.
func bindRegistry(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RegistryMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.RegistryCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.RegistryTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Registry *RegistryCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Registry.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Registry *RegistryTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Registry *RegistryTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Registry.Contract.contract.Transact(opts, method, params...)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Registry *RegistryCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Registry *RegistrySession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Registry.Contract.DEFAULTADMINROLE(&_Registry.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Registry *RegistryCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Registry.Contract.DEFAULTADMINROLE(&_Registry.CallOpts)
}

// REGULATORROLE is a free data retrieval call binding the contract method 0x144bf589.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (_Registry *RegistryCaller) REGULATORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "REGULATOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// REGULATORROLE is a free data retrieval call binding the contract method 0x144bf589.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (_Registry *RegistrySession) REGULATORROLE() ([32]byte, error) {
	return _Registry.Contract.REGULATORROLE(&_Registry.CallOpts)
}

// REGULATORROLE is a free data retrieval call binding the contract method 0x144bf589.
//
// Solidity: function REGULATOR_ROLE() view returns(bytes32)
func (_Registry *RegistryCallerSession) REGULATORROLE() ([32]byte, error) {
	return _Registry.Contract.REGULATORROLE(&_Registry.CallOpts)
}

// DeviceOwner is a free data retrieval call binding the contract method 0xf693ba69.
//
// Solidity: function deviceOwner(address device) view returns(address)
func (_Registry *RegistryCaller) DeviceOwner(opts *bind.CallOpts, device common.Address) (common.Address, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "deviceOwner", device)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// DeviceOwner is a free data retrieval call binding the contract method 0xf693ba69.
//
// Solidity: function deviceOwner(address device) view returns(address)
func (_Registry *RegistrySession) DeviceOwner(device common.Address) (common.Address, error) {
	return _Registry.Contract.DeviceOwner(&_Registry.CallOpts, device)
}

// DeviceOwner is a free data retrieval call binding the contract method 0xf693ba69.
//
// Solidity: function deviceOwner(address device) view returns(address)
func (_Registry *RegistryCallerSession) DeviceOwner(device common.Address) (common.Address, error) {
	return _Registry.Contract.DeviceOwner(&_Registry.CallOpts, device)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Registry *RegistryCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "eip712Domain")

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
func (_Registry *RegistrySession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Registry.Contract.Eip712Domain(&_Registry.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_Registry *RegistryCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _Registry.Contract.Eip712Domain(&_Registry.CallOpts)
}

// EncryptionKey is a free data retrieval call binding the contract method 0x8dfadedb.
//
// Solidity: function encryptionKey(address account) view returns(bytes)
func (_Registry *RegistryCaller) EncryptionKey(opts *bind.CallOpts, account common.Address) ([]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "encryptionKey", account)

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// EncryptionKey is a free data retrieval call binding the contract method 0x8dfadedb.
//
// Solidity: function encryptionKey(address account) view returns(bytes)
func (_Registry *RegistrySession) EncryptionKey(account common.Address) ([]byte, error) {
	return _Registry.Contract.EncryptionKey(&_Registry.CallOpts, account)
}

// EncryptionKey is a free data retrieval call binding the contract method 0x8dfadedb.
//
// Solidity: function encryptionKey(address account) view returns(bytes)
func (_Registry *RegistryCallerSession) EncryptionKey(account common.Address) ([]byte, error) {
	return _Registry.Contract.EncryptionKey(&_Registry.CallOpts, account)
}

// EncryptionKeyDigest is a free data retrieval call binding the contract method 0x4b4ada08.
//
// Solidity: function encryptionKeyDigest(address account, bytes32 publicKeyHash) view returns(bytes32)
func (_Registry *RegistryCaller) EncryptionKeyDigest(opts *bind.CallOpts, account common.Address, publicKeyHash [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "encryptionKeyDigest", account, publicKeyHash)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EncryptionKeyDigest is a free data retrieval call binding the contract method 0x4b4ada08.
//
// Solidity: function encryptionKeyDigest(address account, bytes32 publicKeyHash) view returns(bytes32)
func (_Registry *RegistrySession) EncryptionKeyDigest(account common.Address, publicKeyHash [32]byte) ([32]byte, error) {
	return _Registry.Contract.EncryptionKeyDigest(&_Registry.CallOpts, account, publicKeyHash)
}

// EncryptionKeyDigest is a free data retrieval call binding the contract method 0x4b4ada08.
//
// Solidity: function encryptionKeyDigest(address account, bytes32 publicKeyHash) view returns(bytes32)
func (_Registry *RegistryCallerSession) EncryptionKeyDigest(account common.Address, publicKeyHash [32]byte) ([32]byte, error) {
	return _Registry.Contract.EncryptionKeyDigest(&_Registry.CallOpts, account, publicKeyHash)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Registry *RegistryCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Registry *RegistrySession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Registry.Contract.GetRoleAdmin(&_Registry.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Registry *RegistryCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Registry.Contract.GetRoleAdmin(&_Registry.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Registry *RegistryCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Registry *RegistrySession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Registry.Contract.HasRole(&_Registry.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Registry *RegistryCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Registry.Contract.HasRole(&_Registry.CallOpts, role, account)
}

// IsActive is a free data retrieval call binding the contract method 0x4390ea70.
//
// Solidity: function isActive(address account, uint8 role) view returns(bool)
func (_Registry *RegistryCaller) IsActive(opts *bind.CallOpts, account common.Address, role uint8) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isActive", account, role)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActive is a free data retrieval call binding the contract method 0x4390ea70.
//
// Solidity: function isActive(address account, uint8 role) view returns(bool)
func (_Registry *RegistrySession) IsActive(account common.Address, role uint8) (bool, error) {
	return _Registry.Contract.IsActive(&_Registry.CallOpts, account, role)
}

// IsActive is a free data retrieval call binding the contract method 0x4390ea70.
//
// Solidity: function isActive(address account, uint8 role) view returns(bool)
func (_Registry *RegistryCallerSession) IsActive(account common.Address, role uint8) (bool, error) {
	return _Registry.Contract.IsActive(&_Registry.CallOpts, account, role)
}

// IsActiveDevice is a free data retrieval call binding the contract method 0x4d57901f.
//
// Solidity: function isActiveDevice(address device) view returns(bool)
func (_Registry *RegistryCaller) IsActiveDevice(opts *bind.CallOpts, device common.Address) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isActiveDevice", device)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActiveDevice is a free data retrieval call binding the contract method 0x4d57901f.
//
// Solidity: function isActiveDevice(address device) view returns(bool)
func (_Registry *RegistrySession) IsActiveDevice(device common.Address) (bool, error) {
	return _Registry.Contract.IsActiveDevice(&_Registry.CallOpts, device)
}

// IsActiveDevice is a free data retrieval call binding the contract method 0x4d57901f.
//
// Solidity: function isActiveDevice(address device) view returns(bool)
func (_Registry *RegistryCallerSession) IsActiveDevice(device common.Address) (bool, error) {
	return _Registry.Contract.IsActiveDevice(&_Registry.CallOpts, device)
}

// IsActiveParticipant is a free data retrieval call binding the contract method 0xb408f89a.
//
// Solidity: function isActiveParticipant(address account) view returns(bool)
func (_Registry *RegistryCaller) IsActiveParticipant(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isActiveParticipant", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsActiveParticipant is a free data retrieval call binding the contract method 0xb408f89a.
//
// Solidity: function isActiveParticipant(address account) view returns(bool)
func (_Registry *RegistrySession) IsActiveParticipant(account common.Address) (bool, error) {
	return _Registry.Contract.IsActiveParticipant(&_Registry.CallOpts, account)
}

// IsActiveParticipant is a free data retrieval call binding the contract method 0xb408f89a.
//
// Solidity: function isActiveParticipant(address account) view returns(bool)
func (_Registry *RegistryCallerSession) IsActiveParticipant(account common.Address) (bool, error) {
	return _Registry.Contract.IsActiveParticipant(&_Registry.CallOpts, account)
}

// IsRegulator is a free data retrieval call binding the contract method 0x54fc9169.
//
// Solidity: function isRegulator(address account) view returns(bool)
func (_Registry *RegistryCaller) IsRegulator(opts *bind.CallOpts, account common.Address) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "isRegulator", account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsRegulator is a free data retrieval call binding the contract method 0x54fc9169.
//
// Solidity: function isRegulator(address account) view returns(bool)
func (_Registry *RegistrySession) IsRegulator(account common.Address) (bool, error) {
	return _Registry.Contract.IsRegulator(&_Registry.CallOpts, account)
}

// IsRegulator is a free data retrieval call binding the contract method 0x54fc9169.
//
// Solidity: function isRegulator(address account) view returns(bool)
func (_Registry *RegistryCallerSession) IsRegulator(account common.Address) (bool, error) {
	return _Registry.Contract.IsRegulator(&_Registry.CallOpts, account)
}

// Participant is a free data retrieval call binding the contract method 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint64,uint64,bytes32,string))
func (_Registry *RegistryCaller) Participant(opts *bind.CallOpts, account common.Address) (IRegistryParticipant, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "participant", account)

	if err != nil {
		return *new(IRegistryParticipant), err
	}

	out0 := *abi.ConvertType(out[0], new(IRegistryParticipant)).(*IRegistryParticipant)

	return out0, err

}

// Participant is a free data retrieval call binding the contract method 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint64,uint64,bytes32,string))
func (_Registry *RegistrySession) Participant(account common.Address) (IRegistryParticipant, error) {
	return _Registry.Contract.Participant(&_Registry.CallOpts, account)
}

// Participant is a free data retrieval call binding the contract method 0x2605b3c7.
//
// Solidity: function participant(address account) view returns((uint8,bool,uint64,uint64,bytes32,string))
func (_Registry *RegistryCallerSession) Participant(account common.Address) (IRegistryParticipant, error) {
	return _Registry.Contract.Participant(&_Registry.CallOpts, account)
}

// RoleOf is a free data retrieval call binding the contract method 0xa5d7827e.
//
// Solidity: function roleOf(address account) view returns(uint8)
func (_Registry *RegistryCaller) RoleOf(opts *bind.CallOpts, account common.Address) (uint8, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "roleOf", account)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// RoleOf is a free data retrieval call binding the contract method 0xa5d7827e.
//
// Solidity: function roleOf(address account) view returns(uint8)
func (_Registry *RegistrySession) RoleOf(account common.Address) (uint8, error) {
	return _Registry.Contract.RoleOf(&_Registry.CallOpts, account)
}

// RoleOf is a free data retrieval call binding the contract method 0xa5d7827e.
//
// Solidity: function roleOf(address account) view returns(uint8)
func (_Registry *RegistryCallerSession) RoleOf(account common.Address) (uint8, error) {
	return _Registry.Contract.RoleOf(&_Registry.CallOpts, account)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Registry *RegistryCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Registry.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Registry *RegistrySession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Registry.Contract.SupportsInterface(&_Registry.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Registry *RegistryCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Registry.Contract.SupportsInterface(&_Registry.CallOpts, interfaceId)
}

// DeregisterDevice is a paid mutator transaction binding the contract method 0xf7062c1b.
//
// Solidity: function deregisterDevice(address device) returns()
func (_Registry *RegistryTransactor) DeregisterDevice(opts *bind.TransactOpts, device common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "deregisterDevice", device)
}

// DeregisterDevice is a paid mutator transaction binding the contract method 0xf7062c1b.
//
// Solidity: function deregisterDevice(address device) returns()
func (_Registry *RegistrySession) DeregisterDevice(device common.Address) (*types.Transaction, error) {
	return _Registry.Contract.DeregisterDevice(&_Registry.TransactOpts, device)
}

// DeregisterDevice is a paid mutator transaction binding the contract method 0xf7062c1b.
//
// Solidity: function deregisterDevice(address device) returns()
func (_Registry *RegistryTransactorSession) DeregisterDevice(device common.Address) (*types.Transaction, error) {
	return _Registry.Contract.DeregisterDevice(&_Registry.TransactOpts, device)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Registry *RegistryTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Registry *RegistrySession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.GrantRole(&_Registry.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Registry *RegistryTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.GrantRole(&_Registry.TransactOpts, role, account)
}

// License is a paid mutator transaction binding the contract method 0x13a50741.
//
// Solidity: function license(address account, uint8 role, string name, bytes32 licenseRef, uint64 validUntil) returns()
func (_Registry *RegistryTransactor) License(opts *bind.TransactOpts, account common.Address, role uint8, name string, licenseRef [32]byte, validUntil uint64) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "license", account, role, name, licenseRef, validUntil)
}

// License is a paid mutator transaction binding the contract method 0x13a50741.
//
// Solidity: function license(address account, uint8 role, string name, bytes32 licenseRef, uint64 validUntil) returns()
func (_Registry *RegistrySession) License(account common.Address, role uint8, name string, licenseRef [32]byte, validUntil uint64) (*types.Transaction, error) {
	return _Registry.Contract.License(&_Registry.TransactOpts, account, role, name, licenseRef, validUntil)
}

// License is a paid mutator transaction binding the contract method 0x13a50741.
//
// Solidity: function license(address account, uint8 role, string name, bytes32 licenseRef, uint64 validUntil) returns()
func (_Registry *RegistryTransactorSession) License(account common.Address, role uint8, name string, licenseRef [32]byte, validUntil uint64) (*types.Transaction, error) {
	return _Registry.Contract.License(&_Registry.TransactOpts, account, role, name, licenseRef, validUntil)
}

// RegisterDevice is a paid mutator transaction binding the contract method 0xd2c5dfee.
//
// Solidity: function registerDevice(address device, address owner, bytes32 deviceRef) returns()
func (_Registry *RegistryTransactor) RegisterDevice(opts *bind.TransactOpts, device common.Address, owner common.Address, deviceRef [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "registerDevice", device, owner, deviceRef)
}

// RegisterDevice is a paid mutator transaction binding the contract method 0xd2c5dfee.
//
// Solidity: function registerDevice(address device, address owner, bytes32 deviceRef) returns()
func (_Registry *RegistrySession) RegisterDevice(device common.Address, owner common.Address, deviceRef [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RegisterDevice(&_Registry.TransactOpts, device, owner, deviceRef)
}

// RegisterDevice is a paid mutator transaction binding the contract method 0xd2c5dfee.
//
// Solidity: function registerDevice(address device, address owner, bytes32 deviceRef) returns()
func (_Registry *RegistryTransactorSession) RegisterDevice(device common.Address, owner common.Address, deviceRef [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.RegisterDevice(&_Registry.TransactOpts, device, owner, deviceRef)
}

// RegisterEncryptionKey is a paid mutator transaction binding the contract method 0xe3cba815.
//
// Solidity: function registerEncryptionKey(bytes publicKey, bytes proof) returns()
func (_Registry *RegistryTransactor) RegisterEncryptionKey(opts *bind.TransactOpts, publicKey []byte, proof []byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "registerEncryptionKey", publicKey, proof)
}

// RegisterEncryptionKey is a paid mutator transaction binding the contract method 0xe3cba815.
//
// Solidity: function registerEncryptionKey(bytes publicKey, bytes proof) returns()
func (_Registry *RegistrySession) RegisterEncryptionKey(publicKey []byte, proof []byte) (*types.Transaction, error) {
	return _Registry.Contract.RegisterEncryptionKey(&_Registry.TransactOpts, publicKey, proof)
}

// RegisterEncryptionKey is a paid mutator transaction binding the contract method 0xe3cba815.
//
// Solidity: function registerEncryptionKey(bytes publicKey, bytes proof) returns()
func (_Registry *RegistryTransactorSession) RegisterEncryptionKey(publicKey []byte, proof []byte) (*types.Transaction, error) {
	return _Registry.Contract.RegisterEncryptionKey(&_Registry.TransactOpts, publicKey, proof)
}

// Reinstate is a paid mutator transaction binding the contract method 0x830aebd9.
//
// Solidity: function reinstate(address account) returns()
func (_Registry *RegistryTransactor) Reinstate(opts *bind.TransactOpts, account common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "reinstate", account)
}

// Reinstate is a paid mutator transaction binding the contract method 0x830aebd9.
//
// Solidity: function reinstate(address account) returns()
func (_Registry *RegistrySession) Reinstate(account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.Reinstate(&_Registry.TransactOpts, account)
}

// Reinstate is a paid mutator transaction binding the contract method 0x830aebd9.
//
// Solidity: function reinstate(address account) returns()
func (_Registry *RegistryTransactorSession) Reinstate(account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.Reinstate(&_Registry.TransactOpts, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Registry *RegistryTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Registry *RegistrySession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Registry.Contract.RenounceRole(&_Registry.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Registry *RegistryTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Registry.Contract.RenounceRole(&_Registry.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Registry *RegistryTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Registry *RegistrySession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.RevokeRole(&_Registry.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Registry *RegistryTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Registry.Contract.RevokeRole(&_Registry.TransactOpts, role, account)
}

// Suspend is a paid mutator transaction binding the contract method 0x680c3580.
//
// Solidity: function suspend(address account, bytes32 reasonCode) returns()
func (_Registry *RegistryTransactor) Suspend(opts *bind.TransactOpts, account common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _Registry.contract.Transact(opts, "suspend", account, reasonCode)
}

// Suspend is a paid mutator transaction binding the contract method 0x680c3580.
//
// Solidity: function suspend(address account, bytes32 reasonCode) returns()
func (_Registry *RegistrySession) Suspend(account common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.Suspend(&_Registry.TransactOpts, account, reasonCode)
}

// Suspend is a paid mutator transaction binding the contract method 0x680c3580.
//
// Solidity: function suspend(address account, bytes32 reasonCode) returns()
func (_Registry *RegistryTransactorSession) Suspend(account common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _Registry.Contract.Suspend(&_Registry.TransactOpts, account, reasonCode)
}

// RegistryDeviceDeregisteredIterator is returned from FilterDeviceDeregistered and is used to iterate over the raw logs and unpacked data for DeviceDeregistered events raised by the Registry contract.
type RegistryDeviceDeregisteredIterator struct {
	Event *RegistryDeviceDeregistered // Event containing the contract specifics and raw log

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
func (it *RegistryDeviceDeregisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryDeviceDeregistered)
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
		it.Event = new(RegistryDeviceDeregistered)
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
func (it *RegistryDeviceDeregisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryDeviceDeregisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryDeviceDeregistered represents a DeviceDeregistered event raised by the Registry contract.
type RegistryDeviceDeregistered struct {
	Device common.Address
	Owner  common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterDeviceDeregistered is a free log retrieval operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed owner)
func (_Registry *RegistryFilterer) FilterDeviceDeregistered(opts *bind.FilterOpts, device []common.Address, owner []common.Address) (*RegistryDeviceDeregisteredIterator, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "DeviceDeregistered", deviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryDeviceDeregisteredIterator{contract: _Registry.contract, event: "DeviceDeregistered", logs: logs, sub: sub}, nil
}

// WatchDeviceDeregistered is a free log subscription operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed owner)
func (_Registry *RegistryFilterer) WatchDeviceDeregistered(opts *bind.WatchOpts, sink chan<- *RegistryDeviceDeregistered, device []common.Address, owner []common.Address) (event.Subscription, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "DeviceDeregistered", deviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryDeviceDeregistered)
				if err := _Registry.contract.UnpackLog(event, "DeviceDeregistered", log); err != nil {
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

// ParseDeviceDeregistered is a log parse operation binding the contract event 0x73d15b3e6e961d09c78357c98ffbc863c81e1cb5232292ec47b99e884694634b.
//
// Solidity: event DeviceDeregistered(address indexed device, address indexed owner)
func (_Registry *RegistryFilterer) ParseDeviceDeregistered(log types.Log) (*RegistryDeviceDeregistered, error) {
	event := new(RegistryDeviceDeregistered)
	if err := _Registry.contract.UnpackLog(event, "DeviceDeregistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryDeviceRegisteredIterator is returned from FilterDeviceRegistered and is used to iterate over the raw logs and unpacked data for DeviceRegistered events raised by the Registry contract.
type RegistryDeviceRegisteredIterator struct {
	Event *RegistryDeviceRegistered // Event containing the contract specifics and raw log

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
func (it *RegistryDeviceRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryDeviceRegistered)
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
		it.Event = new(RegistryDeviceRegistered)
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
func (it *RegistryDeviceRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryDeviceRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryDeviceRegistered represents a DeviceRegistered event raised by the Registry contract.
type RegistryDeviceRegistered struct {
	Device    common.Address
	Owner     common.Address
	DeviceRef [32]byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterDeviceRegistered is a free log retrieval operation binding the contract event 0x4215106d8bd580111b267e59ce772c683a3bb7c146b4b1fdb4f0ab657bae735d.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed owner, bytes32 deviceRef)
func (_Registry *RegistryFilterer) FilterDeviceRegistered(opts *bind.FilterOpts, device []common.Address, owner []common.Address) (*RegistryDeviceRegisteredIterator, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "DeviceRegistered", deviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return &RegistryDeviceRegisteredIterator{contract: _Registry.contract, event: "DeviceRegistered", logs: logs, sub: sub}, nil
}

// WatchDeviceRegistered is a free log subscription operation binding the contract event 0x4215106d8bd580111b267e59ce772c683a3bb7c146b4b1fdb4f0ab657bae735d.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed owner, bytes32 deviceRef)
func (_Registry *RegistryFilterer) WatchDeviceRegistered(opts *bind.WatchOpts, sink chan<- *RegistryDeviceRegistered, device []common.Address, owner []common.Address) (event.Subscription, error) {

	var deviceRule []interface{}
	for _, deviceItem := range device {
		deviceRule = append(deviceRule, deviceItem)
	}
	var ownerRule []interface{}
	for _, ownerItem := range owner {
		ownerRule = append(ownerRule, ownerItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "DeviceRegistered", deviceRule, ownerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryDeviceRegistered)
				if err := _Registry.contract.UnpackLog(event, "DeviceRegistered", log); err != nil {
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

// ParseDeviceRegistered is a log parse operation binding the contract event 0x4215106d8bd580111b267e59ce772c683a3bb7c146b4b1fdb4f0ab657bae735d.
//
// Solidity: event DeviceRegistered(address indexed device, address indexed owner, bytes32 deviceRef)
func (_Registry *RegistryFilterer) ParseDeviceRegistered(log types.Log) (*RegistryDeviceRegistered, error) {
	event := new(RegistryDeviceRegistered)
	if err := _Registry.contract.UnpackLog(event, "DeviceRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the Registry contract.
type RegistryEIP712DomainChangedIterator struct {
	Event *RegistryEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *RegistryEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryEIP712DomainChanged)
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
		it.Event = new(RegistryEIP712DomainChanged)
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
func (it *RegistryEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryEIP712DomainChanged represents a EIP712DomainChanged event raised by the Registry contract.
type RegistryEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Registry *RegistryFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*RegistryEIP712DomainChangedIterator, error) {

	logs, sub, err := _Registry.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &RegistryEIP712DomainChangedIterator{contract: _Registry.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_Registry *RegistryFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *RegistryEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _Registry.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryEIP712DomainChanged)
				if err := _Registry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseEIP712DomainChanged(log types.Log) (*RegistryEIP712DomainChanged, error) {
	event := new(RegistryEIP712DomainChanged)
	if err := _Registry.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryEncryptionKeyRegisteredIterator is returned from FilterEncryptionKeyRegistered and is used to iterate over the raw logs and unpacked data for EncryptionKeyRegistered events raised by the Registry contract.
type RegistryEncryptionKeyRegisteredIterator struct {
	Event *RegistryEncryptionKeyRegistered // Event containing the contract specifics and raw log

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
func (it *RegistryEncryptionKeyRegisteredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryEncryptionKeyRegistered)
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
		it.Event = new(RegistryEncryptionKeyRegistered)
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
func (it *RegistryEncryptionKeyRegisteredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryEncryptionKeyRegisteredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryEncryptionKeyRegistered represents a EncryptionKeyRegistered event raised by the Registry contract.
type RegistryEncryptionKeyRegistered struct {
	Account   common.Address
	PublicKey []byte
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterEncryptionKeyRegistered is a free log retrieval operation binding the contract event 0x5ff2bdeb9f91bc7e10da5a4f6f4778f325a592076cb4bfe2aff7e0ed710a597e.
//
// Solidity: event EncryptionKeyRegistered(address indexed account, bytes publicKey)
func (_Registry *RegistryFilterer) FilterEncryptionKeyRegistered(opts *bind.FilterOpts, account []common.Address) (*RegistryEncryptionKeyRegisteredIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "EncryptionKeyRegistered", accountRule)
	if err != nil {
		return nil, err
	}
	return &RegistryEncryptionKeyRegisteredIterator{contract: _Registry.contract, event: "EncryptionKeyRegistered", logs: logs, sub: sub}, nil
}

// WatchEncryptionKeyRegistered is a free log subscription operation binding the contract event 0x5ff2bdeb9f91bc7e10da5a4f6f4778f325a592076cb4bfe2aff7e0ed710a597e.
//
// Solidity: event EncryptionKeyRegistered(address indexed account, bytes publicKey)
func (_Registry *RegistryFilterer) WatchEncryptionKeyRegistered(opts *bind.WatchOpts, sink chan<- *RegistryEncryptionKeyRegistered, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "EncryptionKeyRegistered", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryEncryptionKeyRegistered)
				if err := _Registry.contract.UnpackLog(event, "EncryptionKeyRegistered", log); err != nil {
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

// ParseEncryptionKeyRegistered is a log parse operation binding the contract event 0x5ff2bdeb9f91bc7e10da5a4f6f4778f325a592076cb4bfe2aff7e0ed710a597e.
//
// Solidity: event EncryptionKeyRegistered(address indexed account, bytes publicKey)
func (_Registry *RegistryFilterer) ParseEncryptionKeyRegistered(log types.Log) (*RegistryEncryptionKeyRegistered, error) {
	event := new(RegistryEncryptionKeyRegistered)
	if err := _Registry.contract.UnpackLog(event, "EncryptionKeyRegistered", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryParticipantLicensedIterator is returned from FilterParticipantLicensed and is used to iterate over the raw logs and unpacked data for ParticipantLicensed events raised by the Registry contract.
type RegistryParticipantLicensedIterator struct {
	Event *RegistryParticipantLicensed // Event containing the contract specifics and raw log

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
func (it *RegistryParticipantLicensedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryParticipantLicensed)
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
		it.Event = new(RegistryParticipantLicensed)
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
func (it *RegistryParticipantLicensedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryParticipantLicensedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryParticipantLicensed represents a ParticipantLicensed event raised by the Registry contract.
type RegistryParticipantLicensed struct {
	Account    common.Address
	Role       uint8
	Name       string
	LicenseRef [32]byte
	ValidUntil uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterParticipantLicensed is a free log retrieval operation binding the contract event 0xe3ee936181099feec6157a910e9ef8cd98b2040bb239a2a9a1f18241cbfba1de.
//
// Solidity: event ParticipantLicensed(address indexed account, uint8 indexed role, string name, bytes32 licenseRef, uint64 validUntil)
func (_Registry *RegistryFilterer) FilterParticipantLicensed(opts *bind.FilterOpts, account []common.Address, role []uint8) (*RegistryParticipantLicensedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ParticipantLicensed", accountRule, roleRule)
	if err != nil {
		return nil, err
	}
	return &RegistryParticipantLicensedIterator{contract: _Registry.contract, event: "ParticipantLicensed", logs: logs, sub: sub}, nil
}

// WatchParticipantLicensed is a free log subscription operation binding the contract event 0xe3ee936181099feec6157a910e9ef8cd98b2040bb239a2a9a1f18241cbfba1de.
//
// Solidity: event ParticipantLicensed(address indexed account, uint8 indexed role, string name, bytes32 licenseRef, uint64 validUntil)
func (_Registry *RegistryFilterer) WatchParticipantLicensed(opts *bind.WatchOpts, sink chan<- *RegistryParticipantLicensed, account []common.Address, role []uint8) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}
	var roleRule []interface{}
	for _, roleItem := range role {
		roleRule = append(roleRule, roleItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ParticipantLicensed", accountRule, roleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryParticipantLicensed)
				if err := _Registry.contract.UnpackLog(event, "ParticipantLicensed", log); err != nil {
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

// ParseParticipantLicensed is a log parse operation binding the contract event 0xe3ee936181099feec6157a910e9ef8cd98b2040bb239a2a9a1f18241cbfba1de.
//
// Solidity: event ParticipantLicensed(address indexed account, uint8 indexed role, string name, bytes32 licenseRef, uint64 validUntil)
func (_Registry *RegistryFilterer) ParseParticipantLicensed(log types.Log) (*RegistryParticipantLicensed, error) {
	event := new(RegistryParticipantLicensed)
	if err := _Registry.contract.UnpackLog(event, "ParticipantLicensed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryParticipantReinstatedIterator is returned from FilterParticipantReinstated and is used to iterate over the raw logs and unpacked data for ParticipantReinstated events raised by the Registry contract.
type RegistryParticipantReinstatedIterator struct {
	Event *RegistryParticipantReinstated // Event containing the contract specifics and raw log

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
func (it *RegistryParticipantReinstatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryParticipantReinstated)
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
		it.Event = new(RegistryParticipantReinstated)
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
func (it *RegistryParticipantReinstatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryParticipantReinstatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryParticipantReinstated represents a ParticipantReinstated event raised by the Registry contract.
type RegistryParticipantReinstated struct {
	Account common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterParticipantReinstated is a free log retrieval operation binding the contract event 0xee98a7c9f7af8901aea2a147aaa51b7b05d37d19f740645aac90b2b9924dfc3a.
//
// Solidity: event ParticipantReinstated(address indexed account)
func (_Registry *RegistryFilterer) FilterParticipantReinstated(opts *bind.FilterOpts, account []common.Address) (*RegistryParticipantReinstatedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ParticipantReinstated", accountRule)
	if err != nil {
		return nil, err
	}
	return &RegistryParticipantReinstatedIterator{contract: _Registry.contract, event: "ParticipantReinstated", logs: logs, sub: sub}, nil
}

// WatchParticipantReinstated is a free log subscription operation binding the contract event 0xee98a7c9f7af8901aea2a147aaa51b7b05d37d19f740645aac90b2b9924dfc3a.
//
// Solidity: event ParticipantReinstated(address indexed account)
func (_Registry *RegistryFilterer) WatchParticipantReinstated(opts *bind.WatchOpts, sink chan<- *RegistryParticipantReinstated, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ParticipantReinstated", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryParticipantReinstated)
				if err := _Registry.contract.UnpackLog(event, "ParticipantReinstated", log); err != nil {
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

// ParseParticipantReinstated is a log parse operation binding the contract event 0xee98a7c9f7af8901aea2a147aaa51b7b05d37d19f740645aac90b2b9924dfc3a.
//
// Solidity: event ParticipantReinstated(address indexed account)
func (_Registry *RegistryFilterer) ParseParticipantReinstated(log types.Log) (*RegistryParticipantReinstated, error) {
	event := new(RegistryParticipantReinstated)
	if err := _Registry.contract.UnpackLog(event, "ParticipantReinstated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryParticipantSuspendedIterator is returned from FilterParticipantSuspended and is used to iterate over the raw logs and unpacked data for ParticipantSuspended events raised by the Registry contract.
type RegistryParticipantSuspendedIterator struct {
	Event *RegistryParticipantSuspended // Event containing the contract specifics and raw log

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
func (it *RegistryParticipantSuspendedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryParticipantSuspended)
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
		it.Event = new(RegistryParticipantSuspended)
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
func (it *RegistryParticipantSuspendedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryParticipantSuspendedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryParticipantSuspended represents a ParticipantSuspended event raised by the Registry contract.
type RegistryParticipantSuspended struct {
	Account    common.Address
	ReasonCode [32]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterParticipantSuspended is a free log retrieval operation binding the contract event 0x1d90237d199e033d1008723f910654f826aab2b33402bc03426551d46c1ed767.
//
// Solidity: event ParticipantSuspended(address indexed account, bytes32 reasonCode)
func (_Registry *RegistryFilterer) FilterParticipantSuspended(opts *bind.FilterOpts, account []common.Address) (*RegistryParticipantSuspendedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.FilterLogs(opts, "ParticipantSuspended", accountRule)
	if err != nil {
		return nil, err
	}
	return &RegistryParticipantSuspendedIterator{contract: _Registry.contract, event: "ParticipantSuspended", logs: logs, sub: sub}, nil
}

// WatchParticipantSuspended is a free log subscription operation binding the contract event 0x1d90237d199e033d1008723f910654f826aab2b33402bc03426551d46c1ed767.
//
// Solidity: event ParticipantSuspended(address indexed account, bytes32 reasonCode)
func (_Registry *RegistryFilterer) WatchParticipantSuspended(opts *bind.WatchOpts, sink chan<- *RegistryParticipantSuspended, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _Registry.contract.WatchLogs(opts, "ParticipantSuspended", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryParticipantSuspended)
				if err := _Registry.contract.UnpackLog(event, "ParticipantSuspended", log); err != nil {
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

// ParseParticipantSuspended is a log parse operation binding the contract event 0x1d90237d199e033d1008723f910654f826aab2b33402bc03426551d46c1ed767.
//
// Solidity: event ParticipantSuspended(address indexed account, bytes32 reasonCode)
func (_Registry *RegistryFilterer) ParseParticipantSuspended(log types.Log) (*RegistryParticipantSuspended, error) {
	event := new(RegistryParticipantSuspended)
	if err := _Registry.contract.UnpackLog(event, "ParticipantSuspended", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Registry contract.
type RegistryRoleAdminChangedIterator struct {
	Event *RegistryRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *RegistryRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryRoleAdminChanged)
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
		it.Event = new(RegistryRoleAdminChanged)
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
func (it *RegistryRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryRoleAdminChanged represents a RoleAdminChanged event raised by the Registry contract.
type RegistryRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Registry *RegistryFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RegistryRoleAdminChangedIterator, error) {

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

	logs, sub, err := _Registry.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RegistryRoleAdminChangedIterator{contract: _Registry.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Registry *RegistryFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RegistryRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _Registry.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryRoleAdminChanged)
				if err := _Registry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseRoleAdminChanged(log types.Log) (*RegistryRoleAdminChanged, error) {
	event := new(RegistryRoleAdminChanged)
	if err := _Registry.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Registry contract.
type RegistryRoleGrantedIterator struct {
	Event *RegistryRoleGranted // Event containing the contract specifics and raw log

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
func (it *RegistryRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryRoleGranted)
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
		it.Event = new(RegistryRoleGranted)
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
func (it *RegistryRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryRoleGranted represents a RoleGranted event raised by the Registry contract.
type RegistryRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Registry *RegistryFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RegistryRoleGrantedIterator, error) {

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

	logs, sub, err := _Registry.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RegistryRoleGrantedIterator{contract: _Registry.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Registry *RegistryFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RegistryRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Registry.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryRoleGranted)
				if err := _Registry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseRoleGranted(log types.Log) (*RegistryRoleGranted, error) {
	event := new(RegistryRoleGranted)
	if err := _Registry.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RegistryRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Registry contract.
type RegistryRoleRevokedIterator struct {
	Event *RegistryRoleRevoked // Event containing the contract specifics and raw log

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
func (it *RegistryRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RegistryRoleRevoked)
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
		it.Event = new(RegistryRoleRevoked)
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
func (it *RegistryRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RegistryRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RegistryRoleRevoked represents a RoleRevoked event raised by the Registry contract.
type RegistryRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Registry *RegistryFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RegistryRoleRevokedIterator, error) {

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

	logs, sub, err := _Registry.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RegistryRoleRevokedIterator{contract: _Registry.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Registry *RegistryFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RegistryRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Registry.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RegistryRoleRevoked)
				if err := _Registry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_Registry *RegistryFilterer) ParseRoleRevoked(log types.Log) (*RegistryRoleRevoked, error) {
	event := new(RegistryRoleRevoked)
	if err := _Registry.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
