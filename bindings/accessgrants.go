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

// IAccessGrantsGrant is an auto generated low-level Go binding around an user-defined struct.
type IAccessGrantsGrant struct {
	Categories uint32
	ExpiresAt  uint64
	GrantedAt  uint64
}

// AccessGrantsMetaData contains all meta data concerning the AccessGrants contract.
var AccessGrantsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"emergencyAccessDuration\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessGrantsEmptyReason\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"AccessGrantsExpiredSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"}],\"name\":\"AccessGrantsGranteeNotActive\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"}],\"name\":\"AccessGrantsInvalidCaregiver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"}],\"name\":\"AccessGrantsInvalidCategories\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"AccessGrantsInvalidContractSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"duration\",\"type\":\"uint64\"}],\"name\":\"AccessGrantsInvalidEmergencyDuration\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"AccessGrantsInvalidExpiry\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"}],\"name\":\"AccessGrantsInvalidNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"AccessGrantsInvalidPurpose\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"AccessGrantsInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"AccessGrantsInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"}],\"name\":\"AccessGrantsInvalidSignatureV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"AccessGrantsInvalidSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"AccessGrantsNoGrant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"AccessGrantsNotActiveProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"AccessGrantsSelfGrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AccessGrantsZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"currentNonce\",\"type\":\"uint256\"}],\"name\":\"InvalidAccountNonce\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"AccessGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"AccessRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"EmergencyAccessOpened\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ALL_CATEGORIES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMERGENCY_ACCESS_DURATION\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EMERGENCY_CATEGORIES\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"accessPurpose\",\"outputs\":[{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"}],\"name\":\"grant\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"grantBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"grantDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"grantOf\",\"outputs\":[{\"components\":[{\"internalType\":\"uint32\",\"name\":\"categories\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"expiresAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"grantedAt\",\"type\":\"uint64\"}],\"internalType\":\"structIAccessGrants.Grant\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"hasAccess\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"hasTreatmentAccess\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"nonces\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"openEmergencyAccess\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"}],\"name\":\"revoke\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"revokeBySig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"grantee\",\"type\":\"address\"},{\"internalType\":\"enumIAccessGrants.Purpose\",\"name\":\"purpose\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"revokeDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x6101a060405234801561001157600080fd5b506040516125393803806125398339810160408190526100309161022a565b604080518082018252601281527153616c7573204163636573734772616e747360701b602080830191909152825180840190935260018352603160f81b908301529061007d8260006101b9565b6101205261008c8160016101b9565b61014052815160208084019190912060e052815190820120610100524660a05261011960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60805250503060c0526001600160a01b03821661014957604051631df0f5bf60e21b815260040160405180910390fd5b6001600160401b038116158061016a575062093a806001600160401b038216115b15610198576040516333b71a6f60e21b81526001600160401b03821660048201526024015b60405180910390fd5b6001600160a01b03909116610180526001600160401b03166101605261044b565b60006020835110156101d5576101ce836101ec565b90506101e6565b816101e0848261031b565b5060ff90505b92915050565b600080829050601f81511115610217578260405163305a27a960e01b815260040161018f91906103d9565b805161022282610427565b179392505050565b6000806040838503121561023d57600080fd5b82516001600160a01b038116811461025457600080fd5b60208401519092506001600160401b038116811461027157600080fd5b809150509250929050565b634e487b7160e01b600052604160045260246000fd5b600181811c908216806102a657607f821691505b6020821081036102c657634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561031657806000526020600020601f840160051c810160208510156102f35750805b601f840160051c820191505b8181101561031357600081556001016102ff565b50505b505050565b81516001600160401b038111156103345761033461027c565b610348816103428454610292565b846102cc565b6020601f82116001811461037c57600083156103645750848201515b600019600385901b1c1916600184901b178455610313565b600084815260208120601f198516915b828110156103ac578785015182556020948501946001909201910161038c565b50848210156103ca5786840151600019600387901b60f8161c191681555b50505050600190811b01905550565b602081526000825180602084015260005b8181101561040757602081860181015160408684010152016103ea565b506000604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102c65760001960209190910360031b1b16919050565b60805160a05160c05160e051610100516101205161014051610160516101805161204d6104ec600039600081816102230152818161036801528181610f5401528181610ff401528181611211015281816112b7015261137d015260008181610146015261048501526000611093015260006110660152600061098e01526000610966015260006108c1015260006108eb01526000610915015261204d6000f3fe608060405234801561001057600080fd5b50600436106101165760003560e01c80637b103999116100a2578063b1e4a89811610071578063b1e4a898146102c7578063b4e8c476146102e7578063bb2a18a2146102fa578063bc8ee04714610303578063f3ac8f121461031657600080fd5b80637b103999146102165780637ecebe001461024d57806384b0196e146102605780639097eb2f1461027b57600080fd5b8063609fe931116100e9578063609fe931146101a557806364c340ea146101ba578063662402d5146101cd57806367f8dfa2146101e057806374c666601461020357600080fd5b8063145e5c7f1461011b5780632114ef1f146101415780633644e51514610180578063485c551114610188575b600080fd5b61012e61012936600461187c565b610329565b6040519081526020015b60405180910390f35b6101687f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b039091168152602001610138565b61012e610342565b610190607f81565b60405163ffffffff9091168152602001610138565b6101b86101b33660046118d5565b610351565b005b61012e6101c836600461192c565b610591565b6101b86101db3660046119f1565b6105ae565b6101f36101ee366004611a8e565b6105dc565b6040519015158152602001610138565b6101f3610211366004611ad5565b610608565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610138565b61012e61025b366004611b2d565b610621565b610268610641565b6040516101389796959493929190611b9a565b61028e610289366004611c32565b610687565b60408051825163ffffffff1681526020808401516001600160401b03908116918301919091529282015190921690820152606001610138565b6102da6102d5366004611a8e565b61073d565b6040516101389190611c9a565b6101b86102f5366004611ca8565b6107fd565b6101906101ff81565b6101b8610311366004611d58565b610837565b6101b8610324366004611da3565b61084a565b60006103388686868686610859565b9695505050505050565b600061034c6108b4565b905090565b6040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea70906103a0903390600190600401611dd8565b602060405180830381865afa1580156103bd573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906103e19190611e05565b61040557604051630a0a9df560e21b81523360048201526024015b60405180910390fd5b6001600160a01b03821661042c57604051631df0f5bf60e21b815260040160405180910390fd5b336001600160a01b0383160361046057604051631ed88c1960e01b81526001600160a01b03831660048201526024016103fc565b8061047e5760405163581ee42960e11b815260040160405180910390fd5b60006104aa7f000000000000000000000000000000000000000000000000000000000000000042611e27565b60408051606081018252607f81526001600160401b0383811660208084018281524284168587019081526001600160a01b038b16600081815260038552888120338083529086528982206006835286529089902097518854945193518816600160601b0267ffffffffffffffff60601b1994909816640100000000026bffffffffffffffffffffffff1990951663ffffffff909116179390931791909116949094179094558451888152908101919091528351949550919390927f6e77c2f35d6c7b477071e4ee7c628993648af789f280ef57764bfe8bebd2ab35928290030190a3505050565b60006105a2888888888888886109df565b98975050505050505050565b6105c88785856105c18b8b8b8b8b610859565b8686610a23565b6105d3878787610c8e565b50505050505050565b60006105eb8484846001610e52565b806105fe57506105fe8484846006610e52565b90505b9392505050565b600061061685858585610e52565b90505b949350505050565b6001600160a01b0381166000908152600260205260408120545b92915050565b60006060806000806000606061065561105f565b61065d61108c565b60408051600080825260208201909252600f60f81b9b939a50919850469750309650945092509050565b60408051606081018252600080825260208083018290528284018290526001600160a01b038781168352600382528483209087168352905291822090918360068111156106d6576106d6611c70565b60068111156106e7576106e7611c70565b815260208082019290925260409081016000208151606081018352905463ffffffff811682526001600160401b036401000000008204811694830194909452600160601b90049092169082015290509392505050565b6000806040518060c001604052806001600681111561075e5761075e611c70565b600681111561076f5761076f611c70565b81526020016006815260200160048152602001600281526020016005815260200160039052905060005b60068110156107f1576107c48686868585600681106107ba576107ba611e54565b6020020151610e52565b156107e9578181600681106107db576107db611e54565b602002015192505050610601565b600101610799565b50600095945050505050565b600061080e8a8a8a8a8a8a8a6109df565b905061081e8a8686848787610a23565b61082b8a8a8a8a8a6110b9565b50505050505050505050565b61084433858585856110b9565b50505050565b610855338383610c8e565b5050565b60006103387f372e45e2f96208ec045286385c57d055f9cac6fab4f49c689144871756988049878787878760405160200161089996959493929190611e6a565b60405160208183030381529060405280519060200120611566565b6000306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561090d57507f000000000000000000000000000000000000000000000000000000000000000046145b1561093757507f000000000000000000000000000000000000000000000000000000000000000090565b61034c604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260009060c00160405160208183030381529060405280519060200120905090565b60006105a27fd54fce543e40fd1088cc3b85e9754cfeab5580930f62b7d2ce75c39961534d1e89898989898989604051602001610899989796959493929190611ea9565b83421115610a475760405163628c525160e11b8152600481018590526024016103fc565b6001600160a01b0386166000908152600260205260409020805460018101909155858114610aa15760405163627c8c7760e01b81526001600160a01b038816600482015260248101879052604481018290526064016103fc565b6001600160a01b0387163b15610b2057610af2878585858080601f01602080910402602001604051908101604052809392919081815260200183838082843760009201919091525061159392505050565b610b1a57604051630aa8987160e01b81526001600160a01b03881660048201526024016103fc565b50610c86565b60418214610b4457604051636d20eead60e01b8152600481018390526024016103fc565b6000610b536020828587611f09565b610b5c91611f33565b90506000610b6e604060208688611f09565b610b7791611f33565b9050600085856040818110610b8e57610b8e611e54565b919091013560f81c915050601b8114801590610bae57508060ff16601c14155b15610bd157604051636ca0e16760e01b815260ff821660048201526024016103fc565b600080610be08984878761166e565b5090925090506003816003811115610bfa57610bfa611c70565b03610c1b5760405163fa39f41760e01b8152600481018590526024016103fc565b6000816003811115610c2f57610c2f611c70565b141580610c4e57508b6001600160a01b0316826001600160a01b031614155b15610c7f57604051630cf85a5360e11b81526001600160a01b03808e166004830152831660248201526044016103fc565b5050505050505b505050505050565b6000816006811115610ca257610ca2611c70565b1480610cbf57506006816006811115610cbd57610cbd611c70565b145b15610cf557806006811115610cd657610cd6611c70565b6040516319d6ad2d60e11b815260ff90911660048201526024016103fc565b6001600160a01b0380841660009081526003602090815260408083209386168352929052908120908190836006811115610d3157610d31611c70565b6006811115610d4257610d42611c70565b8152602081019190915260400160009081205464010000000090046001600160401b03169003610db6578383836006811115610d8057610d80611c70565b6040516374749af760e01b81526001600160a01b03938416600482015292909116602483015260ff1660448201526064016103fc565b806000836006811115610dcb57610dcb611c70565b6006811115610ddc57610ddc611c70565b8152602081019190915260400160002080546001600160a01b0319169055816006811115610e0c57610e0c611c70565b836001600160a01b0316856001600160a01b03167f349fdac62e52dc85b55b8f76b0f91f1fef9ca6d4b07755ac804d7c97da1b198960405160405180910390a450505050565b6000600960ff841610610e6757506000610619565b6001600160a01b038086166000908152600360209081526040808320938816835292905290812081846006811115610ea157610ea1611c70565b6006811115610eb257610eb2611c70565b815260208101919091526040016000208054909150600160ff86161b1663ffffffff161580610ef25750805464010000000090046001600160401b031642115b15610f01576000915050610619565b6004836006811115610f1557610f15611c70565b03610f24576001915050610619565b6006836006811115610f3857610f38611c70565b03610fd5576040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090610f8c908890600190600401611dd8565b602060405180830381865afa158015610fa9573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190610fcd9190611e05565b915050610619565b604051635a047c4d60e11b81526001600160a01b0386811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b408f89a90602401602060405180830381865afa15801561103b573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906103389190611e05565b606061034c7f0000000000000000000000000000000000000000000000000000000000000000600061173d565b606061034c7f0000000000000000000000000000000000000000000000000000000000000000600161173d565b6001600160a01b0384166110e057604051631df0f5bf60e21b815260040160405180910390fd5b846001600160a01b0316846001600160a01b03160361111d57604051631ed88c1960e01b81526001600160a01b03861660048201526024016103fc565b63ffffffff83161580611135575063fffffe00831615155b1561115b576040516337176d3960e01b815263ffffffff841660048201526024016103fc565b42816001600160401b03161161118f57604051635be094e560e11b81526001600160401b03821660048201526024016103fc565b60008260068111156111a3576111a3611c70565b14806111c0575060068260068111156111be576111be611c70565b145b156111d757816006811115610cd657610cd6611c70565b60048260068111156111eb576111eb611c70565b0361135e5760006040516352ebc13f60e11b81526001600160a01b0386811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063a5d7827e90602401602060405180830381865afa158015611258573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061127c9190611f51565b600881111561128d5761128d611c70565b141580611330575060405163f693ba6960e01b81526001600160a01b0385811660048301526000917f00000000000000000000000000000000000000000000000000000000000000009091169063f693ba6990602401602060405180830381865afa158015611300573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906113249190611f72565b6001600160a01b031614155b1561135957604051633f9c611d60e21b81526001600160a01b03851660048201526024016103fc565b611410565b604051635a047c4d60e11b81526001600160a01b0385811660048301527f0000000000000000000000000000000000000000000000000000000000000000169063b408f89a90602401602060405180830381865afa1580156113c4573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906113e89190611e05565b61141057604051630671a65f60e51b81526001600160a01b03851660048201526024016103fc565b6040805160608101825263ffffffff851681526001600160401b0380841660208084019190915242909116828401526001600160a01b0380891660009081526003835284812091891681529152918220909184600681111561147457611474611c70565b600681111561148557611485611c70565b81526020808201929092526040908101600020835181549385015194909201516001600160401b03908116600160601b0267ffffffffffffffff60601b1991909516640100000000026bffffffffffffffffffffffff1990941663ffffffff90931692909217929092171691909117905581600681111561150857611508611c70565b6040805163ffffffff861681526001600160401b03841660208201526001600160a01b0380881692908916917fc2422fc76e71253a401cd06ed3b63f861fdbf22183bc69317b9311e6f0f0987b910160405180910390a45050505050565b600061063b6115736108b4565b8360405161190160f01b8152600281019290925260228201526042902090565b6000806000856001600160a01b031685856040516024016115b5929190611f8f565b60408051601f198184030181529181526020820180516001600160e01b0316630b135d3f60e11b179052516115ea9190611fa8565b600060405180830381855afa9150503d8060008114611625576040519150601f19603f3d011682016040523d82523d6000602084013e61162a565b606091505b509150915081801561163e57506020815110155b801561033857508051630b135d3f60e11b906116639083016020908101908401611fc4565b149695505050505050565b600080807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156116a95750600091506003905082611733565b604080516000808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156116fd573d6000803e3d6000fd5b5050604051601f1901519150506001600160a01b03811661172957506000925060019150829050611733565b9250600091508190505b9450945094915050565b606060ff831461175757611750836117e9565b905061063b565b81805461176390611fdd565b80601f016020809104026020016040519081016040528092919081815260200182805461178f90611fdd565b80156117dc5780601f106117b1576101008083540402835291602001916117dc565b820191906000526020600020905b8154815290600101906020018083116117bf57829003601f168201915b5050505050905092915050565b606060006117f683611828565b604080516020808252818301909252919250600091906020820181803683375050509182525060208101929092525090565b600060ff8216601f81111561063b57604051632cd44ac360e21b815260040160405180910390fd5b6001600160a01b038116811461186557600080fd5b50565b80356007811061187757600080fd5b919050565b600080600080600060a0868803121561189457600080fd5b853561189f81611850565b945060208601356118af81611850565b93506118bd60408701611868565b94979396509394606081013594506080013592915050565b600080604083850312156118e857600080fd5b82356118f381611850565b946020939093013593505050565b803563ffffffff8116811461187757600080fd5b80356001600160401b038116811461187757600080fd5b600080600080600080600060e0888a03121561194757600080fd5b873561195281611850565b9650602088013561196281611850565b955061197060408901611901565b945061197e60608901611868565b935061198c60808901611915565b9699959850939692959460a0840135945060c09093013592915050565b60008083601f8401126119bb57600080fd5b5081356001600160401b038111156119d257600080fd5b6020830191508360208285010111156119ea57600080fd5b9250929050565b600080600080600080600060c0888a031215611a0c57600080fd5b8735611a1781611850565b96506020880135611a2781611850565b9550611a3560408901611868565b9450606088013593506080880135925060a08801356001600160401b03811115611a5e57600080fd5b611a6a8a828b016119a9565b989b979a50959850939692959293505050565b803560ff8116811461187757600080fd5b600080600060608486031215611aa357600080fd5b8335611aae81611850565b92506020840135611abe81611850565b9150611acc60408501611a7d565b90509250925092565b60008060008060808587031215611aeb57600080fd5b8435611af681611850565b93506020850135611b0681611850565b9250611b1460408601611a7d565b9150611b2260608601611868565b905092959194509250565b600060208284031215611b3f57600080fd5b813561060181611850565b60005b83811015611b65578181015183820152602001611b4d565b50506000910152565b60008151808452611b86816020860160208601611b4a565b601f01601f19169290920160200192915050565b60ff60f81b8816815260e060208201526000611bb960e0830189611b6e565b8281036040840152611bcb8189611b6e565b606084018890526001600160a01b038716608085015260a0840186905283810360c08501528451808252602080870193509091019060005b81811015611c21578351835260209384019390920191600101611c03565b50909b9a5050505050505050505050565b600080600060608486031215611c4757600080fd5b8335611c5281611850565b92506020840135611c6281611850565b9150611acc60408501611868565b634e487b7160e01b600052602160045260246000fd5b60078110611c9657611c96611c70565b9052565b6020810161063b8284611c86565b60008060008060008060008060006101008a8c031215611cc757600080fd5b8935611cd281611850565b985060208a0135611ce281611850565b9750611cf060408b01611901565b9650611cfe60608b01611868565b9550611d0c60808b01611915565b945060a08a0135935060c08a0135925060e08a01356001600160401b03811115611d3557600080fd5b611d418c828d016119a9565b915080935050809150509295985092959850929598565b60008060008060808587031215611d6e57600080fd5b8435611d7981611850565b9350611d8760208601611901565b9250611d9560408601611868565b9150611b2260608601611915565b60008060408385031215611db657600080fd5b8235611dc181611850565b9150611dcf60208401611868565b90509250929050565b6001600160a01b03831681526040810160098310611df857611df8611c70565b8260208301529392505050565b600060208284031215611e1757600080fd5b8151801515811461060157600080fd5b6001600160401b03818116838216019081111561063b57634e487b7160e01b600052601160045260246000fd5b634e487b7160e01b600052603260045260246000fd5b8681526001600160a01b0386811660208301528516604082015260c08101611e956060830186611c86565b608082019390935260a00152949350505050565b8881526001600160a01b0388811660208301528716604082015263ffffffff861660608201526101008101611ee16080830187611c86565b6001600160401b03851660a08301528360c08301528260e08301529998505050505050505050565b60008085851115611f1957600080fd5b83861115611f2657600080fd5b5050820193919092039150565b8035602083101561063b57600019602084900360031b1b1692915050565b600060208284031215611f6357600080fd5b81516009811061060157600080fd5b600060208284031215611f8457600080fd5b815161060181611850565b8281526040602082015260006105fe6040830184611b6e565b60008251611fba818460208701611b4a565b9190910192915050565b600060208284031215611fd657600080fd5b5051919050565b600181811c90821680611ff157607f821691505b60208210810361201157634e487b7160e01b600052602260045260246000fd5b5091905056fea2646970667358221220d3e2e55c522fda9ebb38c0fc68a962d6a4225f7328662168c0308808a3d6621b64736f6c634300081c0033",
}

// AccessGrantsABI is the input ABI used to generate the binding from.
// Deprecated: Use AccessGrantsMetaData.ABI instead.
var AccessGrantsABI = AccessGrantsMetaData.ABI

// AccessGrantsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use AccessGrantsMetaData.Bin instead.
var AccessGrantsBin = AccessGrantsMetaData.Bin

// DeployAccessGrants deploys a new Ethereum contract, binding an instance of AccessGrants to it.
func DeployAccessGrants(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, emergencyAccessDuration uint64) (common.Address, *types.Transaction, *AccessGrants, error) {
	parsed, err := AccessGrantsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(AccessGrantsBin), backend, registry_, emergencyAccessDuration)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &AccessGrants{AccessGrantsCaller: AccessGrantsCaller{contract: contract}, AccessGrantsTransactor: AccessGrantsTransactor{contract: contract}, AccessGrantsFilterer: AccessGrantsFilterer{contract: contract}}, nil
}

// AccessGrants is an auto generated Go binding around an Ethereum contract.
type AccessGrants struct {
	AccessGrantsCaller     // Read-only binding to the contract
	AccessGrantsTransactor // Write-only binding to the contract
	AccessGrantsFilterer   // Log filterer for contract events
}

// AccessGrantsCaller is an auto generated read-only Go binding around an Ethereum contract.
type AccessGrantsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AccessGrantsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type AccessGrantsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AccessGrantsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type AccessGrantsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// AccessGrantsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type AccessGrantsSession struct {
	Contract     *AccessGrants     // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// AccessGrantsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type AccessGrantsCallerSession struct {
	Contract *AccessGrantsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts       // Call options to use throughout this session
}

// AccessGrantsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type AccessGrantsTransactorSession struct {
	Contract     *AccessGrantsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts       // Transaction auth options to use throughout this session
}

// AccessGrantsRaw is an auto generated low-level Go binding around an Ethereum contract.
type AccessGrantsRaw struct {
	Contract *AccessGrants // Generic contract binding to access the raw methods on
}

// AccessGrantsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type AccessGrantsCallerRaw struct {
	Contract *AccessGrantsCaller // Generic read-only contract binding to access the raw methods on
}

// AccessGrantsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type AccessGrantsTransactorRaw struct {
	Contract *AccessGrantsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewAccessGrants creates a new instance of AccessGrants, bound to a specific deployed contract.
func NewAccessGrants(address common.Address, backend bind.ContractBackend) (*AccessGrants, error) {
	contract, err := bindAccessGrants(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &AccessGrants{AccessGrantsCaller: AccessGrantsCaller{contract: contract}, AccessGrantsTransactor: AccessGrantsTransactor{contract: contract}, AccessGrantsFilterer: AccessGrantsFilterer{contract: contract}}, nil
}

// NewAccessGrantsCaller creates a new read-only instance of AccessGrants, bound to a specific deployed contract.
func NewAccessGrantsCaller(address common.Address, caller bind.ContractCaller) (*AccessGrantsCaller, error) {
	contract, err := bindAccessGrants(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsCaller{contract: contract}, nil
}

// NewAccessGrantsTransactor creates a new write-only instance of AccessGrants, bound to a specific deployed contract.
func NewAccessGrantsTransactor(address common.Address, transactor bind.ContractTransactor) (*AccessGrantsTransactor, error) {
	contract, err := bindAccessGrants(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsTransactor{contract: contract}, nil
}

// NewAccessGrantsFilterer creates a new log filterer instance of AccessGrants, bound to a specific deployed contract.
func NewAccessGrantsFilterer(address common.Address, filterer bind.ContractFilterer) (*AccessGrantsFilterer, error) {
	contract, err := bindAccessGrants(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsFilterer{contract: contract}, nil
}

// bindAccessGrants binds a generic wrapper to an already deployed contract.
func bindAccessGrants(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := AccessGrantsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AccessGrants *AccessGrantsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AccessGrants.Contract.AccessGrantsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AccessGrants *AccessGrantsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AccessGrants.Contract.AccessGrantsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AccessGrants *AccessGrantsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AccessGrants.Contract.AccessGrantsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_AccessGrants *AccessGrantsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _AccessGrants.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_AccessGrants *AccessGrantsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _AccessGrants.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_AccessGrants *AccessGrantsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _AccessGrants.Contract.contract.Transact(opts, method, params...)
}

// ALLCATEGORIES is a free data retrieval call binding the contract method 0xbb2a18a2.
//
// Solidity: function ALL_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsCaller) ALLCATEGORIES(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "ALL_CATEGORIES")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// ALLCATEGORIES is a free data retrieval call binding the contract method 0xbb2a18a2.
//
// Solidity: function ALL_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsSession) ALLCATEGORIES() (uint32, error) {
	return _AccessGrants.Contract.ALLCATEGORIES(&_AccessGrants.CallOpts)
}

// ALLCATEGORIES is a free data retrieval call binding the contract method 0xbb2a18a2.
//
// Solidity: function ALL_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsCallerSession) ALLCATEGORIES() (uint32, error) {
	return _AccessGrants.Contract.ALLCATEGORIES(&_AccessGrants.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AccessGrants *AccessGrantsCaller) DOMAINSEPARATOR(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "DOMAIN_SEPARATOR")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AccessGrants *AccessGrantsSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AccessGrants.Contract.DOMAINSEPARATOR(&_AccessGrants.CallOpts)
}

// DOMAINSEPARATOR is a free data retrieval call binding the contract method 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (_AccessGrants *AccessGrantsCallerSession) DOMAINSEPARATOR() ([32]byte, error) {
	return _AccessGrants.Contract.DOMAINSEPARATOR(&_AccessGrants.CallOpts)
}

// EMERGENCYACCESSDURATION is a free data retrieval call binding the contract method 0x2114ef1f.
//
// Solidity: function EMERGENCY_ACCESS_DURATION() view returns(uint64)
func (_AccessGrants *AccessGrantsCaller) EMERGENCYACCESSDURATION(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "EMERGENCY_ACCESS_DURATION")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// EMERGENCYACCESSDURATION is a free data retrieval call binding the contract method 0x2114ef1f.
//
// Solidity: function EMERGENCY_ACCESS_DURATION() view returns(uint64)
func (_AccessGrants *AccessGrantsSession) EMERGENCYACCESSDURATION() (uint64, error) {
	return _AccessGrants.Contract.EMERGENCYACCESSDURATION(&_AccessGrants.CallOpts)
}

// EMERGENCYACCESSDURATION is a free data retrieval call binding the contract method 0x2114ef1f.
//
// Solidity: function EMERGENCY_ACCESS_DURATION() view returns(uint64)
func (_AccessGrants *AccessGrantsCallerSession) EMERGENCYACCESSDURATION() (uint64, error) {
	return _AccessGrants.Contract.EMERGENCYACCESSDURATION(&_AccessGrants.CallOpts)
}

// EMERGENCYCATEGORIES is a free data retrieval call binding the contract method 0x485c5511.
//
// Solidity: function EMERGENCY_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsCaller) EMERGENCYCATEGORIES(opts *bind.CallOpts) (uint32, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "EMERGENCY_CATEGORIES")

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// EMERGENCYCATEGORIES is a free data retrieval call binding the contract method 0x485c5511.
//
// Solidity: function EMERGENCY_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsSession) EMERGENCYCATEGORIES() (uint32, error) {
	return _AccessGrants.Contract.EMERGENCYCATEGORIES(&_AccessGrants.CallOpts)
}

// EMERGENCYCATEGORIES is a free data retrieval call binding the contract method 0x485c5511.
//
// Solidity: function EMERGENCY_CATEGORIES() view returns(uint32)
func (_AccessGrants *AccessGrantsCallerSession) EMERGENCYCATEGORIES() (uint32, error) {
	return _AccessGrants.Contract.EMERGENCYCATEGORIES(&_AccessGrants.CallOpts)
}

// AccessPurpose is a free data retrieval call binding the contract method 0xb1e4a898.
//
// Solidity: function accessPurpose(address patient, address grantee, uint8 category) view returns(uint8)
func (_AccessGrants *AccessGrantsCaller) AccessPurpose(opts *bind.CallOpts, patient common.Address, grantee common.Address, category uint8) (uint8, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "accessPurpose", patient, grantee, category)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// AccessPurpose is a free data retrieval call binding the contract method 0xb1e4a898.
//
// Solidity: function accessPurpose(address patient, address grantee, uint8 category) view returns(uint8)
func (_AccessGrants *AccessGrantsSession) AccessPurpose(patient common.Address, grantee common.Address, category uint8) (uint8, error) {
	return _AccessGrants.Contract.AccessPurpose(&_AccessGrants.CallOpts, patient, grantee, category)
}

// AccessPurpose is a free data retrieval call binding the contract method 0xb1e4a898.
//
// Solidity: function accessPurpose(address patient, address grantee, uint8 category) view returns(uint8)
func (_AccessGrants *AccessGrantsCallerSession) AccessPurpose(patient common.Address, grantee common.Address, category uint8) (uint8, error) {
	return _AccessGrants.Contract.AccessPurpose(&_AccessGrants.CallOpts, patient, grantee, category)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AccessGrants *AccessGrantsCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "eip712Domain")

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
func (_AccessGrants *AccessGrantsSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AccessGrants.Contract.Eip712Domain(&_AccessGrants.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_AccessGrants *AccessGrantsCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _AccessGrants.Contract.Eip712Domain(&_AccessGrants.CallOpts)
}

// GrantDigest is a free data retrieval call binding the contract method 0x64c340ea.
//
// Solidity: function grantDigest(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsCaller) GrantDigest(opts *bind.CallOpts, patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "grantDigest", patient, grantee, categories, purpose, expiresAt, nonce, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GrantDigest is a free data retrieval call binding the contract method 0x64c340ea.
//
// Solidity: function grantDigest(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsSession) GrantDigest(patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AccessGrants.Contract.GrantDigest(&_AccessGrants.CallOpts, patient, grantee, categories, purpose, expiresAt, nonce, deadline)
}

// GrantDigest is a free data retrieval call binding the contract method 0x64c340ea.
//
// Solidity: function grantDigest(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsCallerSession) GrantDigest(patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AccessGrants.Contract.GrantDigest(&_AccessGrants.CallOpts, patient, grantee, categories, purpose, expiresAt, nonce, deadline)
}

// GrantOf is a free data retrieval call binding the contract method 0x9097eb2f.
//
// Solidity: function grantOf(address patient, address grantee, uint8 purpose) view returns((uint32,uint64,uint64))
func (_AccessGrants *AccessGrantsCaller) GrantOf(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8) (IAccessGrantsGrant, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "grantOf", patient, grantee, purpose)

	if err != nil {
		return *new(IAccessGrantsGrant), err
	}

	out0 := *abi.ConvertType(out[0], new(IAccessGrantsGrant)).(*IAccessGrantsGrant)

	return out0, err

}

// GrantOf is a free data retrieval call binding the contract method 0x9097eb2f.
//
// Solidity: function grantOf(address patient, address grantee, uint8 purpose) view returns((uint32,uint64,uint64))
func (_AccessGrants *AccessGrantsSession) GrantOf(patient common.Address, grantee common.Address, purpose uint8) (IAccessGrantsGrant, error) {
	return _AccessGrants.Contract.GrantOf(&_AccessGrants.CallOpts, patient, grantee, purpose)
}

// GrantOf is a free data retrieval call binding the contract method 0x9097eb2f.
//
// Solidity: function grantOf(address patient, address grantee, uint8 purpose) view returns((uint32,uint64,uint64))
func (_AccessGrants *AccessGrantsCallerSession) GrantOf(patient common.Address, grantee common.Address, purpose uint8) (IAccessGrantsGrant, error) {
	return _AccessGrants.Contract.GrantOf(&_AccessGrants.CallOpts, patient, grantee, purpose)
}

// HasAccess is a free data retrieval call binding the contract method 0x74c66660.
//
// Solidity: function hasAccess(address patient, address grantee, uint8 category, uint8 purpose) view returns(bool)
func (_AccessGrants *AccessGrantsCaller) HasAccess(opts *bind.CallOpts, patient common.Address, grantee common.Address, category uint8, purpose uint8) (bool, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "hasAccess", patient, grantee, category, purpose)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasAccess is a free data retrieval call binding the contract method 0x74c66660.
//
// Solidity: function hasAccess(address patient, address grantee, uint8 category, uint8 purpose) view returns(bool)
func (_AccessGrants *AccessGrantsSession) HasAccess(patient common.Address, grantee common.Address, category uint8, purpose uint8) (bool, error) {
	return _AccessGrants.Contract.HasAccess(&_AccessGrants.CallOpts, patient, grantee, category, purpose)
}

// HasAccess is a free data retrieval call binding the contract method 0x74c66660.
//
// Solidity: function hasAccess(address patient, address grantee, uint8 category, uint8 purpose) view returns(bool)
func (_AccessGrants *AccessGrantsCallerSession) HasAccess(patient common.Address, grantee common.Address, category uint8, purpose uint8) (bool, error) {
	return _AccessGrants.Contract.HasAccess(&_AccessGrants.CallOpts, patient, grantee, category, purpose)
}

// HasTreatmentAccess is a free data retrieval call binding the contract method 0x67f8dfa2.
//
// Solidity: function hasTreatmentAccess(address patient, address grantee, uint8 category) view returns(bool)
func (_AccessGrants *AccessGrantsCaller) HasTreatmentAccess(opts *bind.CallOpts, patient common.Address, grantee common.Address, category uint8) (bool, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "hasTreatmentAccess", patient, grantee, category)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasTreatmentAccess is a free data retrieval call binding the contract method 0x67f8dfa2.
//
// Solidity: function hasTreatmentAccess(address patient, address grantee, uint8 category) view returns(bool)
func (_AccessGrants *AccessGrantsSession) HasTreatmentAccess(patient common.Address, grantee common.Address, category uint8) (bool, error) {
	return _AccessGrants.Contract.HasTreatmentAccess(&_AccessGrants.CallOpts, patient, grantee, category)
}

// HasTreatmentAccess is a free data retrieval call binding the contract method 0x67f8dfa2.
//
// Solidity: function hasTreatmentAccess(address patient, address grantee, uint8 category) view returns(bool)
func (_AccessGrants *AccessGrantsCallerSession) HasTreatmentAccess(patient common.Address, grantee common.Address, category uint8) (bool, error) {
	return _AccessGrants.Contract.HasTreatmentAccess(&_AccessGrants.CallOpts, patient, grantee, category)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address patient) view returns(uint256)
func (_AccessGrants *AccessGrantsCaller) Nonces(opts *bind.CallOpts, patient common.Address) (*big.Int, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "nonces", patient)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address patient) view returns(uint256)
func (_AccessGrants *AccessGrantsSession) Nonces(patient common.Address) (*big.Int, error) {
	return _AccessGrants.Contract.Nonces(&_AccessGrants.CallOpts, patient)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address patient) view returns(uint256)
func (_AccessGrants *AccessGrantsCallerSession) Nonces(patient common.Address) (*big.Int, error) {
	return _AccessGrants.Contract.Nonces(&_AccessGrants.CallOpts, patient)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_AccessGrants *AccessGrantsCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_AccessGrants *AccessGrantsSession) Registry() (common.Address, error) {
	return _AccessGrants.Contract.Registry(&_AccessGrants.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_AccessGrants *AccessGrantsCallerSession) Registry() (common.Address, error) {
	return _AccessGrants.Contract.Registry(&_AccessGrants.CallOpts)
}

// RevokeDigest is a free data retrieval call binding the contract method 0x145e5c7f.
//
// Solidity: function revokeDigest(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsCaller) RevokeDigest(opts *bind.CallOpts, patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	var out []interface{}
	err := _AccessGrants.contract.Call(opts, &out, "revokeDigest", patient, grantee, purpose, nonce, deadline)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// RevokeDigest is a free data retrieval call binding the contract method 0x145e5c7f.
//
// Solidity: function revokeDigest(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsSession) RevokeDigest(patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AccessGrants.Contract.RevokeDigest(&_AccessGrants.CallOpts, patient, grantee, purpose, nonce, deadline)
}

// RevokeDigest is a free data retrieval call binding the contract method 0x145e5c7f.
//
// Solidity: function revokeDigest(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline) view returns(bytes32)
func (_AccessGrants *AccessGrantsCallerSession) RevokeDigest(patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int) ([32]byte, error) {
	return _AccessGrants.Contract.RevokeDigest(&_AccessGrants.CallOpts, patient, grantee, purpose, nonce, deadline)
}

// Grant is a paid mutator transaction binding the contract method 0xbc8ee047.
//
// Solidity: function grant(address grantee, uint32 categories, uint8 purpose, uint64 expiresAt) returns()
func (_AccessGrants *AccessGrantsTransactor) Grant(opts *bind.TransactOpts, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _AccessGrants.contract.Transact(opts, "grant", grantee, categories, purpose, expiresAt)
}

// Grant is a paid mutator transaction binding the contract method 0xbc8ee047.
//
// Solidity: function grant(address grantee, uint32 categories, uint8 purpose, uint64 expiresAt) returns()
func (_AccessGrants *AccessGrantsSession) Grant(grantee common.Address, categories uint32, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _AccessGrants.Contract.Grant(&_AccessGrants.TransactOpts, grantee, categories, purpose, expiresAt)
}

// Grant is a paid mutator transaction binding the contract method 0xbc8ee047.
//
// Solidity: function grant(address grantee, uint32 categories, uint8 purpose, uint64 expiresAt) returns()
func (_AccessGrants *AccessGrantsTransactorSession) Grant(grantee common.Address, categories uint32, purpose uint8, expiresAt uint64) (*types.Transaction, error) {
	return _AccessGrants.Contract.Grant(&_AccessGrants.TransactOpts, grantee, categories, purpose, expiresAt)
}

// GrantBySig is a paid mutator transaction binding the contract method 0xb4e8c476.
//
// Solidity: function grantBySig(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsTransactor) GrantBySig(opts *bind.TransactOpts, patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.contract.Transact(opts, "grantBySig", patient, grantee, categories, purpose, expiresAt, nonce, deadline, signature)
}

// GrantBySig is a paid mutator transaction binding the contract method 0xb4e8c476.
//
// Solidity: function grantBySig(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsSession) GrantBySig(patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.GrantBySig(&_AccessGrants.TransactOpts, patient, grantee, categories, purpose, expiresAt, nonce, deadline, signature)
}

// GrantBySig is a paid mutator transaction binding the contract method 0xb4e8c476.
//
// Solidity: function grantBySig(address patient, address grantee, uint32 categories, uint8 purpose, uint64 expiresAt, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsTransactorSession) GrantBySig(patient common.Address, grantee common.Address, categories uint32, purpose uint8, expiresAt uint64, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.GrantBySig(&_AccessGrants.TransactOpts, patient, grantee, categories, purpose, expiresAt, nonce, deadline, signature)
}

// OpenEmergencyAccess is a paid mutator transaction binding the contract method 0x609fe931.
//
// Solidity: function openEmergencyAccess(address patient, bytes32 reasonCode) returns()
func (_AccessGrants *AccessGrantsTransactor) OpenEmergencyAccess(opts *bind.TransactOpts, patient common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _AccessGrants.contract.Transact(opts, "openEmergencyAccess", patient, reasonCode)
}

// OpenEmergencyAccess is a paid mutator transaction binding the contract method 0x609fe931.
//
// Solidity: function openEmergencyAccess(address patient, bytes32 reasonCode) returns()
func (_AccessGrants *AccessGrantsSession) OpenEmergencyAccess(patient common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.OpenEmergencyAccess(&_AccessGrants.TransactOpts, patient, reasonCode)
}

// OpenEmergencyAccess is a paid mutator transaction binding the contract method 0x609fe931.
//
// Solidity: function openEmergencyAccess(address patient, bytes32 reasonCode) returns()
func (_AccessGrants *AccessGrantsTransactorSession) OpenEmergencyAccess(patient common.Address, reasonCode [32]byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.OpenEmergencyAccess(&_AccessGrants.TransactOpts, patient, reasonCode)
}

// Revoke is a paid mutator transaction binding the contract method 0xf3ac8f12.
//
// Solidity: function revoke(address grantee, uint8 purpose) returns()
func (_AccessGrants *AccessGrantsTransactor) Revoke(opts *bind.TransactOpts, grantee common.Address, purpose uint8) (*types.Transaction, error) {
	return _AccessGrants.contract.Transact(opts, "revoke", grantee, purpose)
}

// Revoke is a paid mutator transaction binding the contract method 0xf3ac8f12.
//
// Solidity: function revoke(address grantee, uint8 purpose) returns()
func (_AccessGrants *AccessGrantsSession) Revoke(grantee common.Address, purpose uint8) (*types.Transaction, error) {
	return _AccessGrants.Contract.Revoke(&_AccessGrants.TransactOpts, grantee, purpose)
}

// Revoke is a paid mutator transaction binding the contract method 0xf3ac8f12.
//
// Solidity: function revoke(address grantee, uint8 purpose) returns()
func (_AccessGrants *AccessGrantsTransactorSession) Revoke(grantee common.Address, purpose uint8) (*types.Transaction, error) {
	return _AccessGrants.Contract.Revoke(&_AccessGrants.TransactOpts, grantee, purpose)
}

// RevokeBySig is a paid mutator transaction binding the contract method 0x662402d5.
//
// Solidity: function revokeBySig(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsTransactor) RevokeBySig(opts *bind.TransactOpts, patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.contract.Transact(opts, "revokeBySig", patient, grantee, purpose, nonce, deadline, signature)
}

// RevokeBySig is a paid mutator transaction binding the contract method 0x662402d5.
//
// Solidity: function revokeBySig(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsSession) RevokeBySig(patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.RevokeBySig(&_AccessGrants.TransactOpts, patient, grantee, purpose, nonce, deadline, signature)
}

// RevokeBySig is a paid mutator transaction binding the contract method 0x662402d5.
//
// Solidity: function revokeBySig(address patient, address grantee, uint8 purpose, uint256 nonce, uint256 deadline, bytes signature) returns()
func (_AccessGrants *AccessGrantsTransactorSession) RevokeBySig(patient common.Address, grantee common.Address, purpose uint8, nonce *big.Int, deadline *big.Int, signature []byte) (*types.Transaction, error) {
	return _AccessGrants.Contract.RevokeBySig(&_AccessGrants.TransactOpts, patient, grantee, purpose, nonce, deadline, signature)
}

// AccessGrantsAccessGrantedIterator is returned from FilterAccessGranted and is used to iterate over the raw logs and unpacked data for AccessGranted events raised by the AccessGrants contract.
type AccessGrantsAccessGrantedIterator struct {
	Event *AccessGrantsAccessGranted // Event containing the contract specifics and raw log

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
func (it *AccessGrantsAccessGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AccessGrantsAccessGranted)
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
		it.Event = new(AccessGrantsAccessGranted)
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
func (it *AccessGrantsAccessGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AccessGrantsAccessGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AccessGrantsAccessGranted represents a AccessGranted event raised by the AccessGrants contract.
type AccessGrantsAccessGranted struct {
	Patient    common.Address
	Grantee    common.Address
	Purpose    uint8
	Categories uint32
	ExpiresAt  uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAccessGranted is a free log retrieval operation binding the contract event 0xc2422fc76e71253a401cd06ed3b63f861fdbf22183bc69317b9311e6f0f0987b.
//
// Solidity: event AccessGranted(address indexed patient, address indexed grantee, uint8 indexed purpose, uint32 categories, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) FilterAccessGranted(opts *bind.FilterOpts, patient []common.Address, grantee []common.Address, purpose []uint8) (*AccessGrantsAccessGrantedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}
	var purposeRule []interface{}
	for _, purposeItem := range purpose {
		purposeRule = append(purposeRule, purposeItem)
	}

	logs, sub, err := _AccessGrants.contract.FilterLogs(opts, "AccessGranted", patientRule, granteeRule, purposeRule)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsAccessGrantedIterator{contract: _AccessGrants.contract, event: "AccessGranted", logs: logs, sub: sub}, nil
}

// WatchAccessGranted is a free log subscription operation binding the contract event 0xc2422fc76e71253a401cd06ed3b63f861fdbf22183bc69317b9311e6f0f0987b.
//
// Solidity: event AccessGranted(address indexed patient, address indexed grantee, uint8 indexed purpose, uint32 categories, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) WatchAccessGranted(opts *bind.WatchOpts, sink chan<- *AccessGrantsAccessGranted, patient []common.Address, grantee []common.Address, purpose []uint8) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}
	var purposeRule []interface{}
	for _, purposeItem := range purpose {
		purposeRule = append(purposeRule, purposeItem)
	}

	logs, sub, err := _AccessGrants.contract.WatchLogs(opts, "AccessGranted", patientRule, granteeRule, purposeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AccessGrantsAccessGranted)
				if err := _AccessGrants.contract.UnpackLog(event, "AccessGranted", log); err != nil {
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

// ParseAccessGranted is a log parse operation binding the contract event 0xc2422fc76e71253a401cd06ed3b63f861fdbf22183bc69317b9311e6f0f0987b.
//
// Solidity: event AccessGranted(address indexed patient, address indexed grantee, uint8 indexed purpose, uint32 categories, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) ParseAccessGranted(log types.Log) (*AccessGrantsAccessGranted, error) {
	event := new(AccessGrantsAccessGranted)
	if err := _AccessGrants.contract.UnpackLog(event, "AccessGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AccessGrantsAccessRevokedIterator is returned from FilterAccessRevoked and is used to iterate over the raw logs and unpacked data for AccessRevoked events raised by the AccessGrants contract.
type AccessGrantsAccessRevokedIterator struct {
	Event *AccessGrantsAccessRevoked // Event containing the contract specifics and raw log

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
func (it *AccessGrantsAccessRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AccessGrantsAccessRevoked)
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
		it.Event = new(AccessGrantsAccessRevoked)
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
func (it *AccessGrantsAccessRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AccessGrantsAccessRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AccessGrantsAccessRevoked represents a AccessRevoked event raised by the AccessGrants contract.
type AccessGrantsAccessRevoked struct {
	Patient common.Address
	Grantee common.Address
	Purpose uint8
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterAccessRevoked is a free log retrieval operation binding the contract event 0x349fdac62e52dc85b55b8f76b0f91f1fef9ca6d4b07755ac804d7c97da1b1989.
//
// Solidity: event AccessRevoked(address indexed patient, address indexed grantee, uint8 indexed purpose)
func (_AccessGrants *AccessGrantsFilterer) FilterAccessRevoked(opts *bind.FilterOpts, patient []common.Address, grantee []common.Address, purpose []uint8) (*AccessGrantsAccessRevokedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}
	var purposeRule []interface{}
	for _, purposeItem := range purpose {
		purposeRule = append(purposeRule, purposeItem)
	}

	logs, sub, err := _AccessGrants.contract.FilterLogs(opts, "AccessRevoked", patientRule, granteeRule, purposeRule)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsAccessRevokedIterator{contract: _AccessGrants.contract, event: "AccessRevoked", logs: logs, sub: sub}, nil
}

// WatchAccessRevoked is a free log subscription operation binding the contract event 0x349fdac62e52dc85b55b8f76b0f91f1fef9ca6d4b07755ac804d7c97da1b1989.
//
// Solidity: event AccessRevoked(address indexed patient, address indexed grantee, uint8 indexed purpose)
func (_AccessGrants *AccessGrantsFilterer) WatchAccessRevoked(opts *bind.WatchOpts, sink chan<- *AccessGrantsAccessRevoked, patient []common.Address, grantee []common.Address, purpose []uint8) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var granteeRule []interface{}
	for _, granteeItem := range grantee {
		granteeRule = append(granteeRule, granteeItem)
	}
	var purposeRule []interface{}
	for _, purposeItem := range purpose {
		purposeRule = append(purposeRule, purposeItem)
	}

	logs, sub, err := _AccessGrants.contract.WatchLogs(opts, "AccessRevoked", patientRule, granteeRule, purposeRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AccessGrantsAccessRevoked)
				if err := _AccessGrants.contract.UnpackLog(event, "AccessRevoked", log); err != nil {
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

// ParseAccessRevoked is a log parse operation binding the contract event 0x349fdac62e52dc85b55b8f76b0f91f1fef9ca6d4b07755ac804d7c97da1b1989.
//
// Solidity: event AccessRevoked(address indexed patient, address indexed grantee, uint8 indexed purpose)
func (_AccessGrants *AccessGrantsFilterer) ParseAccessRevoked(log types.Log) (*AccessGrantsAccessRevoked, error) {
	event := new(AccessGrantsAccessRevoked)
	if err := _AccessGrants.contract.UnpackLog(event, "AccessRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AccessGrantsEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the AccessGrants contract.
type AccessGrantsEIP712DomainChangedIterator struct {
	Event *AccessGrantsEIP712DomainChanged // Event containing the contract specifics and raw log

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
func (it *AccessGrantsEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AccessGrantsEIP712DomainChanged)
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
		it.Event = new(AccessGrantsEIP712DomainChanged)
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
func (it *AccessGrantsEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AccessGrantsEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AccessGrantsEIP712DomainChanged represents a EIP712DomainChanged event raised by the AccessGrants contract.
type AccessGrantsEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AccessGrants *AccessGrantsFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*AccessGrantsEIP712DomainChangedIterator, error) {

	logs, sub, err := _AccessGrants.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &AccessGrantsEIP712DomainChangedIterator{contract: _AccessGrants.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_AccessGrants *AccessGrantsFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *AccessGrantsEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _AccessGrants.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AccessGrantsEIP712DomainChanged)
				if err := _AccessGrants.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
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
func (_AccessGrants *AccessGrantsFilterer) ParseEIP712DomainChanged(log types.Log) (*AccessGrantsEIP712DomainChanged, error) {
	event := new(AccessGrantsEIP712DomainChanged)
	if err := _AccessGrants.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// AccessGrantsEmergencyAccessOpenedIterator is returned from FilterEmergencyAccessOpened and is used to iterate over the raw logs and unpacked data for EmergencyAccessOpened events raised by the AccessGrants contract.
type AccessGrantsEmergencyAccessOpenedIterator struct {
	Event *AccessGrantsEmergencyAccessOpened // Event containing the contract specifics and raw log

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
func (it *AccessGrantsEmergencyAccessOpenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(AccessGrantsEmergencyAccessOpened)
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
		it.Event = new(AccessGrantsEmergencyAccessOpened)
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
func (it *AccessGrantsEmergencyAccessOpenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *AccessGrantsEmergencyAccessOpenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// AccessGrantsEmergencyAccessOpened represents a EmergencyAccessOpened event raised by the AccessGrants contract.
type AccessGrantsEmergencyAccessOpened struct {
	Patient    common.Address
	Provider   common.Address
	ReasonCode [32]byte
	ExpiresAt  uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterEmergencyAccessOpened is a free log retrieval operation binding the contract event 0x6e77c2f35d6c7b477071e4ee7c628993648af789f280ef57764bfe8bebd2ab35.
//
// Solidity: event EmergencyAccessOpened(address indexed patient, address indexed provider, bytes32 reasonCode, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) FilterEmergencyAccessOpened(opts *bind.FilterOpts, patient []common.Address, provider []common.Address) (*AccessGrantsEmergencyAccessOpenedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _AccessGrants.contract.FilterLogs(opts, "EmergencyAccessOpened", patientRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &AccessGrantsEmergencyAccessOpenedIterator{contract: _AccessGrants.contract, event: "EmergencyAccessOpened", logs: logs, sub: sub}, nil
}

// WatchEmergencyAccessOpened is a free log subscription operation binding the contract event 0x6e77c2f35d6c7b477071e4ee7c628993648af789f280ef57764bfe8bebd2ab35.
//
// Solidity: event EmergencyAccessOpened(address indexed patient, address indexed provider, bytes32 reasonCode, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) WatchEmergencyAccessOpened(opts *bind.WatchOpts, sink chan<- *AccessGrantsEmergencyAccessOpened, patient []common.Address, provider []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _AccessGrants.contract.WatchLogs(opts, "EmergencyAccessOpened", patientRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(AccessGrantsEmergencyAccessOpened)
				if err := _AccessGrants.contract.UnpackLog(event, "EmergencyAccessOpened", log); err != nil {
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

// ParseEmergencyAccessOpened is a log parse operation binding the contract event 0x6e77c2f35d6c7b477071e4ee7c628993648af789f280ef57764bfe8bebd2ab35.
//
// Solidity: event EmergencyAccessOpened(address indexed patient, address indexed provider, bytes32 reasonCode, uint64 expiresAt)
func (_AccessGrants *AccessGrantsFilterer) ParseEmergencyAccessOpened(log types.Log) (*AccessGrantsEmergencyAccessOpened, error) {
	event := new(AccessGrantsEmergencyAccessOpened)
	if err := _AccessGrants.contract.UnpackLog(event, "EmergencyAccessOpened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
