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

// IRecordsAuditBatch is an auto generated low-level Go binding around an user-defined struct.
type IRecordsAuditBatch struct {
	MerkleRoot [32]byte
	FromSeq    uint64
	ToSeq      uint64
	AnchoredAt uint64
}

// IRecordsRecordVersion is an auto generated low-level Go binding around an user-defined struct.
type IRecordsRecordVersion struct {
	Patient   common.Address
	Author    common.Address
	Category  uint8
	CreatedAt uint64
	Previous  uint64
	Next      uint64
	Cid       []byte
}

// RecordsMetaData contains all meta data concerning the Records contract.
var RecordsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIAccessGrants\",\"name\":\"grants_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccessControlBadConfirmation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"neededRole\",\"type\":\"bytes32\"}],\"name\":\"AccessControlUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"fromSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expectedFrom\",\"type\":\"uint64\"}],\"name\":\"RecordsInvalidAuditRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"RecordsInvalidCategory\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"RecordsInvalidCid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"}],\"name\":\"RecordsNotLatestVersion\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"RecordsPreviousMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"RecordsUnauthorisedAuthor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"RecordsUnknownVersion\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordsZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RecordsZeroMerkleRoot\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromSeq\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toSeq\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"auditor\",\"type\":\"address\"}],\"name\":\"AuditAnchored\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"}],\"name\":\"RecordAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"previousAdminRole\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"newAdminRole\",\"type\":\"bytes32\"}],\"name\":\"RoleAdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleGranted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"RoleRevoked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AUDITOR_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEFAULT_ADMIN_ROLE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"},{\"internalType\":\"uint64\",\"name\":\"previousVersion\",\"type\":\"uint64\"}],\"name\":\"addRecord\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fromSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toSeq\",\"type\":\"uint64\"}],\"name\":\"anchorAudit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"auditBatch\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"merkleRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"fromSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"toSeq\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"anchoredAt\",\"type\":\"uint64\"}],\"internalType\":\"structIRecords.AuditBatch\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"auditBatchCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"}],\"name\":\"canWrite\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"}],\"name\":\"getRoleAdmin\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"grantRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"hasRole\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"latestVersion\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextAuditSeq\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"id\",\"type\":\"uint64\"}],\"name\":\"record\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"author\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"category\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"createdAt\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"previous\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"next\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"internalType\":\"structIRecords.RecordVersion\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"recordCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"recordOfPatient\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"callerConfirmation\",\"type\":\"address\"}],\"name\":\"renounceRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"role\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"revokeRole\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"interfaceId\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"versionCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	Bin: "0x60c060405234801561001057600080fd5b50604051611a45380380611a4583398101604081905261002f91610167565b6001600160a01b038316158061004c57506001600160a01b038216155b8061005e57506001600160a01b038116155b1561007c57604051631aaee7f960e01b815260040160405180910390fd5b6001600160a01b03808416608052821660a05261009a6000826100a3565b505050506101b4565b6000828152602081815260408083206001600160a01b038516845290915281205460ff16610145576000838152602081815260408083206001600160a01b03861684529091529020805460ff191660011790556100fd3390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a4506001610149565b5060005b92915050565b6001600160a01b038116811461016457600080fd5b50565b60008060006060848603121561017c57600080fd5b83516101878161014f565b60208501519093506101988161014f565b60408501519092506101a98161014f565b809150509250925092565b60805160a0516118656101e0600039600081816110cd015261118101526000610ff801526118656000f3fe608060405234801561001057600080fd5b50600436106101215760003560e01c80638aad29e1116100ad578063ba63245d11610071578063ba63245d14610359578063c4ef88bc1461038b578063c82fc06f1461039e578063d547741f146103b1578063d77b3e72146103c457600080fd5b80638aad29e1146102405780638d92a0c31461025157806391d1485414610264578063a217fddf14610277578063aec5e0c71461027f57600080fd5b8063323f00c7116100f4578063323f00c7146101c057806336568abe146101d357806355f95c99146101e65780636e1d616e146101f95780637f8d3bd31461022057600080fd5b806301ffc9a714610126578063123792071461014e578063248a9ca31461017a5780632f2ff15d146101ab575b600080fd5b61013961013436600461126e565b6103dc565b60405190151581526020015b60405180910390f35b600754600160401b90046001600160401b03165b6040516001600160401b039091168152602001610145565b61019d610188366004611298565b60009081526020819052604090206001015490565b604051908152602001610145565b6101be6101b93660046112cd565b610413565b005b6101626101ce366004611310565b61043e565b6101be6101e13660046112cd565b6104da565b6101626101f436600461133c565b610512565b61019d7f59a1c48e5837ad7a7f3dcedcbe129bf3249ec4fbf651fd4f5e2600ead39fe2f581565b61023361022e366004611310565b6109c2565b6040516101459190611427565b6007546001600160401b0316610162565b61013961025f3660046114b9565b610b60565b6101396102723660046112cd565b610b99565b61019d600081565b61030661028d366004611310565b60408051608080820183526000808352602080840182905283850182905260609384018290526001600160401b039586168252600681529084902084519283018552805483526001015480861691830191909152600160401b8104851693820193909352600160801b9092049092169181019190915290565b60405161014591906000608082019050825182526001600160401b0360208401511660208301526001600160401b0360408401511660408301526001600160401b03606084015116606083015292915050565b6101626103673660046114fc565b6001600160a01b03166000908152600460205260409020546001600160401b031690565b610162610399366004611517565b610bc2565b6101be6103ac366004611541565b610c3e565b6101be6103bf3660046112cd565b610e7f565b600754600160801b90046001600160401b0316610162565b60006001600160e01b03198216637965db0b60e01b148061040d57506301ffc9a760e01b6001600160e01b03198316145b92915050565b60008281526020819052604090206001015461042e81610ea4565b6104388383610eb1565b50505050565b6001600160401b038116600090815260016020526040812080546001600160a01b031661048e57604051633ed077ed60e01b81526001600160401b03841660048201526024015b60405180910390fd5b6001810154600160d01b900465ffffffffffff1660009081526003602052604090205480156104bd57806104d2565b6001820154600160d01b900465ffffffffffff165b949350505050565b6001600160a01b03811633146105035760405163334bd91960e11b815260040160405180910390fd5b61050d8282610f43565b505050565b60006001600160a01b03861661053b57604051631aaee7f960e01b815260040160405180910390fd5b600960ff861610610564576040516304f570e960e01b815260ff86166004820152602401610485565b60048310806105735750608083115b806105a857508383600081811061058c5761058c611574565b9050013560f81c60f81b6001600160f81b031916600160f81b14155b156105ca5783836040516338deceb560e01b81526004016104859291906115b3565b6105d5338787610fae565b61060c5760405163380b028d60e21b81523360048201526001600160a01b038716602482015260ff86166044820152606401610485565b60078054610624906001600160401b031660016115c7565b9150600061063a836001600160401b03166111c8565b9050806001600160401b038516156107a6576001600160401b038516600090815260016020526040902080546001600160a01b031661069757604051633ed077ed60e01b81526001600160401b0387166004820152602401610485565b80546001600160a01b038b811691161415806106c15750805460ff8a8116600160a01b9092041614155b1561070b57805460405163e9c20abd60e01b81526001600160401b03881660048201526001600160a01b0382166024820152600160a01b90910460ff166044820152606401610485565b8054600160d01b900465ffffffffffff161561075c578054604051630be713a160e21b81526001600160401b0388166004820152600160d01b90910465ffffffffffff166024820152604401610485565b805465ffffffffffff808516600160d01b9081026001600160d01b03909316929092178355600190920154041660008181526003602052604090206001600160401b038616905590505b825467ffffffffffffffff19166001600160401b0385161783556040805160e0810182526001600160a01b038b16815260ff8a1660208201529081016107eb426111ff565b64ffffffffff9081168252600060208084018290523360408086019190915265ffffffffffff8b81166060808801919091528882166080978801526001600160401b038c1685526001808552838620895181548b8801518c880151958d01516001600160a01b039384166001600160a81b031990931692909217600160a01b60ff9092168202176001600160a81b0316600160a81b96909b16959095026001600160d01b039081169a909a17600160d01b9187168202178355998b015191909201805460a08c015160c0909c0151929093166001600160d01b031990931692909217998416909202989098179095169416909402929092179093556002905290206108f7878983611692565b506001600160a01b038916600090815260046020908152604080832054600583528184206001600160401b039182168086529352922091861690915561093e8160016115c7565b6001600160a01b038b1660008181526004602052604090819020805467ffffffffffffffff19166001600160401b03948516179055513392881691907fe7b8744a96bb8e27c6a8505a2ef4673fe12dac8f48b5c78e02d19b5235419376906109ad908e908e908e908e90611751565b60405180910390a45050505095945050505050565b6040805160e0810182526000808252602080830182905282840182905260608084018390526080840183905260a0840183905260c08401526001600160401b0385168252600190529190912080546001600160a01b0316610a4157604051633ed077ed60e01b81526001600160401b0384166004820152602401610485565b6040805160e08101825282546001600160a01b038082168352600185015490811660208085019190915260ff600160a01b808504919091168587015264ffffffffff600160a81b850416606086015265ffffffffffff920482166080850152600160d01b9092041660a08301526001600160401b0386166000908152600290915291909120805460c083019190610ad79061160a565b80601f0160208091040260200160405190810160405280929190818152602001828054610b039061160a565b8015610b505780601f10610b2557610100808354040283529160200191610b50565b820191906000526020600020905b815481529060010190602001808311610b3357829003601f168201915b5050505050815250915050919050565b60006001600160a01b03831615801590610b7d5750600960ff8316105b8015610b8f5750610b8f848484610fae565b90505b9392505050565b6000918252602082815260408084206001600160a01b0393909316845291905290205460ff1690565b6001600160a01b0382166000908152600460205260408120546001600160401b0390811690831610610c0a57604051633ed077ed60e01b815260006004820152602401610485565b506001600160a01b03821660009081526005602090815260408083206001600160401b038516845290915290205492915050565b7f59a1c48e5837ad7a7f3dcedcbe129bf3249ec4fbf651fd4f5e2600ead39fe2f5610c6881610ea4565b83610c865760405163f62937c560e01b815260040160405180910390fd5b600780546001600160401b03600160401b8204811691600160801b90048116908681169086161080610cc057506001600160401b03858116145b80610cf057506001600160401b03821615801590610cf05750806001600160401b0316866001600160401b031614155b15610d29576040516310aa2c8960e11b81526001600160401b038088166004830152808716602483015282166044820152606401610485565b604080516080810182528881526001600160401b03808916602080840191825289831684860190815242841660608601908152888516600090815260069093529590912093518455905160019384018054925195518416600160801b0267ffffffffffffffff60801b19968516600160401b026fffffffffffffffffffffffffffffffff199094169290941691909117919091179390931617909155610dd09083906115c7565b83546001600160401b0391909116600160401b026fffffffffffffffff000000000000000019909116178355610e078560016115c7565b835467ffffffffffffffff60801b1916600160801b6001600160401b03928316021784556040805189815288831660208201528783169181019190915233918416907faa9e533966433a236813d94b1a429ed0bed3f98b6a0a2ff961af36adfac5bd119060600160405180910390a350505050505050565b600082815260208190526040902060010154610e9a81610ea4565b6104388383610f43565b610eae8133611231565b50565b6000610ebd8383610b99565b610f3b576000838152602081815260408083206001600160a01b03861684529091529020805460ff19166001179055610ef33390565b6001600160a01b0316826001600160a01b0316847f2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d60405160405180910390a450600161040d565b50600061040d565b6000610f4f8383610b99565b15610f3b576000838152602081815260408083206001600160a01b0386168085529252808320805460ff1916905551339286917ff6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b9190a450600161040d565b6000826001600160a01b0316846001600160a01b031603610fd6575060ff8116600814610b92565b6040516352ebc13f60e11b81526001600160a01b0385811660048301526000917f00000000000000000000000000000000000000000000000000000000000000009091169063a5d7827e90602401602060405180830381865afa158015611041573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906110659190611788565b9050600181600881111561107b5761107b6117a9565b148061109857506002816008811115611096576110966117a9565b145b15611141576040516333fc6fd160e11b81526001600160a01b038581166004830152868116602483015260ff851660448301527f000000000000000000000000000000000000000000000000000000000000000016906367f8dfa2906064015b602060405180830381865afa158015611115573d6000803e3d6000fd5b505050506040513d601f19601f8201168201806040525081019061113991906117bf565b915050610b92565b6003816008811115611155576111556117a9565b148015611165575060ff83166006145b156111bd576040516303a6333360e51b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906374c66660906110f8908790899088906001906004016117e1565b506000949350505050565b600065ffffffffffff8211156111fb576040516306dfcc6560e41b81526030600482015260248101839052604401610485565b5090565b600064ffffffffff8211156111fb576040516306dfcc6560e41b81526028600482015260248101839052604401610485565b61123b8282610b99565b61126a5760405163e2517d3f60e01b81526001600160a01b038216600482015260248101839052604401610485565b5050565b60006020828403121561128057600080fd5b81356001600160e01b031981168114610b9257600080fd5b6000602082840312156112aa57600080fd5b5035919050565b80356001600160a01b03811681146112c857600080fd5b919050565b600080604083850312156112e057600080fd5b823591506112f0602084016112b1565b90509250929050565b80356001600160401b03811681146112c857600080fd5b60006020828403121561132257600080fd5b610b92826112f9565b803560ff811681146112c857600080fd5b60008060008060006080868803121561135457600080fd5b61135d866112b1565b945061136b6020870161132b565b935060408601356001600160401b0381111561138657600080fd5b8601601f8101881361139757600080fd5b80356001600160401b038111156113ad57600080fd5b8860208284010111156113bf57600080fd5b602091909101935091506113d5606087016112f9565b90509295509295909350565b6000815180845260005b81811015611407576020818501810151868301820152016113eb565b506000602082860101526020601f19601f83011685010191505092915050565b6020815260018060a01b03825116602082015260018060a01b03602083015116604082015260ff60408301511660608201526000606083015161147560808401826001600160401b03169052565b5060808301516001600160401b03811660a08401525060a08301516001600160401b03811660c08401525060c083015160e0808401526104d26101008401826113e1565b6000806000606084860312156114ce57600080fd5b6114d7846112b1565b92506114e5602085016112b1565b91506114f36040850161132b565b90509250925092565b60006020828403121561150e57600080fd5b610b92826112b1565b6000806040838503121561152a57600080fd5b611533836112b1565b91506112f0602084016112f9565b60008060006060848603121561155657600080fd5b83359250611566602085016112f9565b91506114f3604085016112f9565b634e487b7160e01b600052603260045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b602081526000610b8f60208301848661158a565b6001600160401b03818116838216019081111561040d57634e487b7160e01b600052601160045260246000fd5b634e487b7160e01b600052604160045260246000fd5b600181811c9082168061161e57607f821691505b60208210810361163e57634e487b7160e01b600052602260045260246000fd5b50919050565b601f82111561050d57806000526020600020601f840160051c8101602085101561166b5750805b601f840160051c820191505b8181101561168b5760008155600101611677565b5050505050565b6001600160401b038311156116a9576116a96115f4565b6116bd836116b7835461160a565b83611644565b6000601f8411600181146116f157600085156116d95750838201355b600019600387901b1c1916600186901b17835561168b565b600083815260209020601f19861690835b828110156117225786850135825560209485019460019092019101611702565b508682101561173f5760001960f88860031b161c19848701351681555b505060018560011b0183555050505050565b60ff8516815260606020820152600061176e60608301858761158a565b90506001600160401b038316604083015295945050505050565b60006020828403121561179a57600080fd5b815160098110610b9257600080fd5b634e487b7160e01b600052602160045260246000fd5b6000602082840312156117d157600080fd5b81518015158114610b9257600080fd5b6001600160a01b0385811682528416602082015260ff83166040820152608081016007831061182057634e487b7160e01b600052602160045260246000fd5b8260608301529594505050505056fea264697066735822122033dcb18a940a3df65973aa08d4d7a9537c5712e172555677e0102d938715a9b364736f6c634300081c0033",
}

// RecordsABI is the input ABI used to generate the binding from.
// Deprecated: Use RecordsMetaData.ABI instead.
var RecordsABI = RecordsMetaData.ABI

// RecordsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use RecordsMetaData.Bin instead.
var RecordsBin = RecordsMetaData.Bin

// DeployRecords deploys a new Ethereum contract, binding an instance of Records to it.
func DeployRecords(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, grants_ common.Address, admin common.Address) (common.Address, *types.Transaction, *Records, error) {
	parsed, err := RecordsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(RecordsBin), backend, registry_, grants_, admin)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Records{RecordsCaller: RecordsCaller{contract: contract}, RecordsTransactor: RecordsTransactor{contract: contract}, RecordsFilterer: RecordsFilterer{contract: contract}}, nil
}

// Records is an auto generated Go binding around an Ethereum contract.
type Records struct {
	RecordsCaller     // Read-only binding to the contract
	RecordsTransactor // Write-only binding to the contract
	RecordsFilterer   // Log filterer for contract events
}

// RecordsCaller is an auto generated read-only Go binding around an Ethereum contract.
type RecordsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type RecordsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type RecordsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// RecordsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type RecordsSession struct {
	Contract     *Records          // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// RecordsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type RecordsCallerSession struct {
	Contract *RecordsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts  // Call options to use throughout this session
}

// RecordsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type RecordsTransactorSession struct {
	Contract     *RecordsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// RecordsRaw is an auto generated low-level Go binding around an Ethereum contract.
type RecordsRaw struct {
	Contract *Records // Generic contract binding to access the raw methods on
}

// RecordsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type RecordsCallerRaw struct {
	Contract *RecordsCaller // Generic read-only contract binding to access the raw methods on
}

// RecordsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type RecordsTransactorRaw struct {
	Contract *RecordsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewRecords creates a new instance of Records, bound to a specific deployed contract.
func NewRecords(address common.Address, backend bind.ContractBackend) (*Records, error) {
	contract, err := bindRecords(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Records{RecordsCaller: RecordsCaller{contract: contract}, RecordsTransactor: RecordsTransactor{contract: contract}, RecordsFilterer: RecordsFilterer{contract: contract}}, nil
}

// NewRecordsCaller creates a new read-only instance of Records, bound to a specific deployed contract.
func NewRecordsCaller(address common.Address, caller bind.ContractCaller) (*RecordsCaller, error) {
	contract, err := bindRecords(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &RecordsCaller{contract: contract}, nil
}

// NewRecordsTransactor creates a new write-only instance of Records, bound to a specific deployed contract.
func NewRecordsTransactor(address common.Address, transactor bind.ContractTransactor) (*RecordsTransactor, error) {
	contract, err := bindRecords(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &RecordsTransactor{contract: contract}, nil
}

// NewRecordsFilterer creates a new log filterer instance of Records, bound to a specific deployed contract.
func NewRecordsFilterer(address common.Address, filterer bind.ContractFilterer) (*RecordsFilterer, error) {
	contract, err := bindRecords(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &RecordsFilterer{contract: contract}, nil
}

// bindRecords binds a generic wrapper to an already deployed contract.
func bindRecords(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := RecordsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Records *RecordsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Records.Contract.RecordsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Records *RecordsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Records.Contract.RecordsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Records *RecordsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Records.Contract.RecordsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Records *RecordsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Records.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Records *RecordsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Records.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Records *RecordsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Records.Contract.contract.Transact(opts, method, params...)
}

// AUDITORROLE is a free data retrieval call binding the contract method 0x6e1d616e.
//
// Solidity: function AUDITOR_ROLE() view returns(bytes32)
func (_Records *RecordsCaller) AUDITORROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "AUDITOR_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// AUDITORROLE is a free data retrieval call binding the contract method 0x6e1d616e.
//
// Solidity: function AUDITOR_ROLE() view returns(bytes32)
func (_Records *RecordsSession) AUDITORROLE() ([32]byte, error) {
	return _Records.Contract.AUDITORROLE(&_Records.CallOpts)
}

// AUDITORROLE is a free data retrieval call binding the contract method 0x6e1d616e.
//
// Solidity: function AUDITOR_ROLE() view returns(bytes32)
func (_Records *RecordsCallerSession) AUDITORROLE() ([32]byte, error) {
	return _Records.Contract.AUDITORROLE(&_Records.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Records *RecordsCaller) DEFAULTADMINROLE(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "DEFAULT_ADMIN_ROLE")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Records *RecordsSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Records.Contract.DEFAULTADMINROLE(&_Records.CallOpts)
}

// DEFAULTADMINROLE is a free data retrieval call binding the contract method 0xa217fddf.
//
// Solidity: function DEFAULT_ADMIN_ROLE() view returns(bytes32)
func (_Records *RecordsCallerSession) DEFAULTADMINROLE() ([32]byte, error) {
	return _Records.Contract.DEFAULTADMINROLE(&_Records.CallOpts)
}

// AuditBatch is a free data retrieval call binding the contract method 0xaec5e0c7.
//
// Solidity: function auditBatch(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_Records *RecordsCaller) AuditBatch(opts *bind.CallOpts, index uint64) (IRecordsAuditBatch, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "auditBatch", index)

	if err != nil {
		return *new(IRecordsAuditBatch), err
	}

	out0 := *abi.ConvertType(out[0], new(IRecordsAuditBatch)).(*IRecordsAuditBatch)

	return out0, err

}

// AuditBatch is a free data retrieval call binding the contract method 0xaec5e0c7.
//
// Solidity: function auditBatch(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_Records *RecordsSession) AuditBatch(index uint64) (IRecordsAuditBatch, error) {
	return _Records.Contract.AuditBatch(&_Records.CallOpts, index)
}

// AuditBatch is a free data retrieval call binding the contract method 0xaec5e0c7.
//
// Solidity: function auditBatch(uint64 index) view returns((bytes32,uint64,uint64,uint64))
func (_Records *RecordsCallerSession) AuditBatch(index uint64) (IRecordsAuditBatch, error) {
	return _Records.Contract.AuditBatch(&_Records.CallOpts, index)
}

// AuditBatchCount is a free data retrieval call binding the contract method 0x12379207.
//
// Solidity: function auditBatchCount() view returns(uint64)
func (_Records *RecordsCaller) AuditBatchCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "auditBatchCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// AuditBatchCount is a free data retrieval call binding the contract method 0x12379207.
//
// Solidity: function auditBatchCount() view returns(uint64)
func (_Records *RecordsSession) AuditBatchCount() (uint64, error) {
	return _Records.Contract.AuditBatchCount(&_Records.CallOpts)
}

// AuditBatchCount is a free data retrieval call binding the contract method 0x12379207.
//
// Solidity: function auditBatchCount() view returns(uint64)
func (_Records *RecordsCallerSession) AuditBatchCount() (uint64, error) {
	return _Records.Contract.AuditBatchCount(&_Records.CallOpts)
}

// CanWrite is a free data retrieval call binding the contract method 0x8d92a0c3.
//
// Solidity: function canWrite(address author, address patient, uint8 category) view returns(bool)
func (_Records *RecordsCaller) CanWrite(opts *bind.CallOpts, author common.Address, patient common.Address, category uint8) (bool, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "canWrite", author, patient, category)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// CanWrite is a free data retrieval call binding the contract method 0x8d92a0c3.
//
// Solidity: function canWrite(address author, address patient, uint8 category) view returns(bool)
func (_Records *RecordsSession) CanWrite(author common.Address, patient common.Address, category uint8) (bool, error) {
	return _Records.Contract.CanWrite(&_Records.CallOpts, author, patient, category)
}

// CanWrite is a free data retrieval call binding the contract method 0x8d92a0c3.
//
// Solidity: function canWrite(address author, address patient, uint8 category) view returns(bool)
func (_Records *RecordsCallerSession) CanWrite(author common.Address, patient common.Address, category uint8) (bool, error) {
	return _Records.Contract.CanWrite(&_Records.CallOpts, author, patient, category)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Records *RecordsCaller) GetRoleAdmin(opts *bind.CallOpts, role [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "getRoleAdmin", role)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Records *RecordsSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Records.Contract.GetRoleAdmin(&_Records.CallOpts, role)
}

// GetRoleAdmin is a free data retrieval call binding the contract method 0x248a9ca3.
//
// Solidity: function getRoleAdmin(bytes32 role) view returns(bytes32)
func (_Records *RecordsCallerSession) GetRoleAdmin(role [32]byte) ([32]byte, error) {
	return _Records.Contract.GetRoleAdmin(&_Records.CallOpts, role)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Records *RecordsCaller) HasRole(opts *bind.CallOpts, role [32]byte, account common.Address) (bool, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "hasRole", role, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Records *RecordsSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Records.Contract.HasRole(&_Records.CallOpts, role, account)
}

// HasRole is a free data retrieval call binding the contract method 0x91d14854.
//
// Solidity: function hasRole(bytes32 role, address account) view returns(bool)
func (_Records *RecordsCallerSession) HasRole(role [32]byte, account common.Address) (bool, error) {
	return _Records.Contract.HasRole(&_Records.CallOpts, role, account)
}

// LatestVersion is a free data retrieval call binding the contract method 0x323f00c7.
//
// Solidity: function latestVersion(uint64 id) view returns(uint64)
func (_Records *RecordsCaller) LatestVersion(opts *bind.CallOpts, id uint64) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "latestVersion", id)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// LatestVersion is a free data retrieval call binding the contract method 0x323f00c7.
//
// Solidity: function latestVersion(uint64 id) view returns(uint64)
func (_Records *RecordsSession) LatestVersion(id uint64) (uint64, error) {
	return _Records.Contract.LatestVersion(&_Records.CallOpts, id)
}

// LatestVersion is a free data retrieval call binding the contract method 0x323f00c7.
//
// Solidity: function latestVersion(uint64 id) view returns(uint64)
func (_Records *RecordsCallerSession) LatestVersion(id uint64) (uint64, error) {
	return _Records.Contract.LatestVersion(&_Records.CallOpts, id)
}

// NextAuditSeq is a free data retrieval call binding the contract method 0xd77b3e72.
//
// Solidity: function nextAuditSeq() view returns(uint64)
func (_Records *RecordsCaller) NextAuditSeq(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "nextAuditSeq")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// NextAuditSeq is a free data retrieval call binding the contract method 0xd77b3e72.
//
// Solidity: function nextAuditSeq() view returns(uint64)
func (_Records *RecordsSession) NextAuditSeq() (uint64, error) {
	return _Records.Contract.NextAuditSeq(&_Records.CallOpts)
}

// NextAuditSeq is a free data retrieval call binding the contract method 0xd77b3e72.
//
// Solidity: function nextAuditSeq() view returns(uint64)
func (_Records *RecordsCallerSession) NextAuditSeq() (uint64, error) {
	return _Records.Contract.NextAuditSeq(&_Records.CallOpts)
}

// Record is a free data retrieval call binding the contract method 0x7f8d3bd3.
//
// Solidity: function record(uint64 id) view returns((address,address,uint8,uint64,uint64,uint64,bytes))
func (_Records *RecordsCaller) Record(opts *bind.CallOpts, id uint64) (IRecordsRecordVersion, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "record", id)

	if err != nil {
		return *new(IRecordsRecordVersion), err
	}

	out0 := *abi.ConvertType(out[0], new(IRecordsRecordVersion)).(*IRecordsRecordVersion)

	return out0, err

}

// Record is a free data retrieval call binding the contract method 0x7f8d3bd3.
//
// Solidity: function record(uint64 id) view returns((address,address,uint8,uint64,uint64,uint64,bytes))
func (_Records *RecordsSession) Record(id uint64) (IRecordsRecordVersion, error) {
	return _Records.Contract.Record(&_Records.CallOpts, id)
}

// Record is a free data retrieval call binding the contract method 0x7f8d3bd3.
//
// Solidity: function record(uint64 id) view returns((address,address,uint8,uint64,uint64,uint64,bytes))
func (_Records *RecordsCallerSession) Record(id uint64) (IRecordsRecordVersion, error) {
	return _Records.Contract.Record(&_Records.CallOpts, id)
}

// RecordCount is a free data retrieval call binding the contract method 0xba63245d.
//
// Solidity: function recordCount(address patient) view returns(uint64)
func (_Records *RecordsCaller) RecordCount(opts *bind.CallOpts, patient common.Address) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "recordCount", patient)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RecordCount is a free data retrieval call binding the contract method 0xba63245d.
//
// Solidity: function recordCount(address patient) view returns(uint64)
func (_Records *RecordsSession) RecordCount(patient common.Address) (uint64, error) {
	return _Records.Contract.RecordCount(&_Records.CallOpts, patient)
}

// RecordCount is a free data retrieval call binding the contract method 0xba63245d.
//
// Solidity: function recordCount(address patient) view returns(uint64)
func (_Records *RecordsCallerSession) RecordCount(patient common.Address) (uint64, error) {
	return _Records.Contract.RecordCount(&_Records.CallOpts, patient)
}

// RecordOfPatient is a free data retrieval call binding the contract method 0xc4ef88bc.
//
// Solidity: function recordOfPatient(address patient, uint64 index) view returns(uint64)
func (_Records *RecordsCaller) RecordOfPatient(opts *bind.CallOpts, patient common.Address, index uint64) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "recordOfPatient", patient, index)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// RecordOfPatient is a free data retrieval call binding the contract method 0xc4ef88bc.
//
// Solidity: function recordOfPatient(address patient, uint64 index) view returns(uint64)
func (_Records *RecordsSession) RecordOfPatient(patient common.Address, index uint64) (uint64, error) {
	return _Records.Contract.RecordOfPatient(&_Records.CallOpts, patient, index)
}

// RecordOfPatient is a free data retrieval call binding the contract method 0xc4ef88bc.
//
// Solidity: function recordOfPatient(address patient, uint64 index) view returns(uint64)
func (_Records *RecordsCallerSession) RecordOfPatient(patient common.Address, index uint64) (uint64, error) {
	return _Records.Contract.RecordOfPatient(&_Records.CallOpts, patient, index)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Records *RecordsCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Records *RecordsSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Records.Contract.SupportsInterface(&_Records.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_Records *RecordsCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _Records.Contract.SupportsInterface(&_Records.CallOpts, interfaceId)
}

// VersionCount is a free data retrieval call binding the contract method 0x8aad29e1.
//
// Solidity: function versionCount() view returns(uint64)
func (_Records *RecordsCaller) VersionCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Records.contract.Call(opts, &out, "versionCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// VersionCount is a free data retrieval call binding the contract method 0x8aad29e1.
//
// Solidity: function versionCount() view returns(uint64)
func (_Records *RecordsSession) VersionCount() (uint64, error) {
	return _Records.Contract.VersionCount(&_Records.CallOpts)
}

// VersionCount is a free data retrieval call binding the contract method 0x8aad29e1.
//
// Solidity: function versionCount() view returns(uint64)
func (_Records *RecordsCallerSession) VersionCount() (uint64, error) {
	return _Records.Contract.VersionCount(&_Records.CallOpts)
}

// AddRecord is a paid mutator transaction binding the contract method 0x55f95c99.
//
// Solidity: function addRecord(address patient, uint8 category, bytes cid, uint64 previousVersion) returns(uint64 id)
func (_Records *RecordsTransactor) AddRecord(opts *bind.TransactOpts, patient common.Address, category uint8, cid []byte, previousVersion uint64) (*types.Transaction, error) {
	return _Records.contract.Transact(opts, "addRecord", patient, category, cid, previousVersion)
}

// AddRecord is a paid mutator transaction binding the contract method 0x55f95c99.
//
// Solidity: function addRecord(address patient, uint8 category, bytes cid, uint64 previousVersion) returns(uint64 id)
func (_Records *RecordsSession) AddRecord(patient common.Address, category uint8, cid []byte, previousVersion uint64) (*types.Transaction, error) {
	return _Records.Contract.AddRecord(&_Records.TransactOpts, patient, category, cid, previousVersion)
}

// AddRecord is a paid mutator transaction binding the contract method 0x55f95c99.
//
// Solidity: function addRecord(address patient, uint8 category, bytes cid, uint64 previousVersion) returns(uint64 id)
func (_Records *RecordsTransactorSession) AddRecord(patient common.Address, category uint8, cid []byte, previousVersion uint64) (*types.Transaction, error) {
	return _Records.Contract.AddRecord(&_Records.TransactOpts, patient, category, cid, previousVersion)
}

// AnchorAudit is a paid mutator transaction binding the contract method 0xc82fc06f.
//
// Solidity: function anchorAudit(bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq) returns()
func (_Records *RecordsTransactor) AnchorAudit(opts *bind.TransactOpts, merkleRoot [32]byte, fromSeq uint64, toSeq uint64) (*types.Transaction, error) {
	return _Records.contract.Transact(opts, "anchorAudit", merkleRoot, fromSeq, toSeq)
}

// AnchorAudit is a paid mutator transaction binding the contract method 0xc82fc06f.
//
// Solidity: function anchorAudit(bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq) returns()
func (_Records *RecordsSession) AnchorAudit(merkleRoot [32]byte, fromSeq uint64, toSeq uint64) (*types.Transaction, error) {
	return _Records.Contract.AnchorAudit(&_Records.TransactOpts, merkleRoot, fromSeq, toSeq)
}

// AnchorAudit is a paid mutator transaction binding the contract method 0xc82fc06f.
//
// Solidity: function anchorAudit(bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq) returns()
func (_Records *RecordsTransactorSession) AnchorAudit(merkleRoot [32]byte, fromSeq uint64, toSeq uint64) (*types.Transaction, error) {
	return _Records.Contract.AnchorAudit(&_Records.TransactOpts, merkleRoot, fromSeq, toSeq)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Records *RecordsTransactor) GrantRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.contract.Transact(opts, "grantRole", role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Records *RecordsSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.Contract.GrantRole(&_Records.TransactOpts, role, account)
}

// GrantRole is a paid mutator transaction binding the contract method 0x2f2ff15d.
//
// Solidity: function grantRole(bytes32 role, address account) returns()
func (_Records *RecordsTransactorSession) GrantRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.Contract.GrantRole(&_Records.TransactOpts, role, account)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Records *RecordsTransactor) RenounceRole(opts *bind.TransactOpts, role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Records.contract.Transact(opts, "renounceRole", role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Records *RecordsSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Records.Contract.RenounceRole(&_Records.TransactOpts, role, callerConfirmation)
}

// RenounceRole is a paid mutator transaction binding the contract method 0x36568abe.
//
// Solidity: function renounceRole(bytes32 role, address callerConfirmation) returns()
func (_Records *RecordsTransactorSession) RenounceRole(role [32]byte, callerConfirmation common.Address) (*types.Transaction, error) {
	return _Records.Contract.RenounceRole(&_Records.TransactOpts, role, callerConfirmation)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Records *RecordsTransactor) RevokeRole(opts *bind.TransactOpts, role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.contract.Transact(opts, "revokeRole", role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Records *RecordsSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.Contract.RevokeRole(&_Records.TransactOpts, role, account)
}

// RevokeRole is a paid mutator transaction binding the contract method 0xd547741f.
//
// Solidity: function revokeRole(bytes32 role, address account) returns()
func (_Records *RecordsTransactorSession) RevokeRole(role [32]byte, account common.Address) (*types.Transaction, error) {
	return _Records.Contract.RevokeRole(&_Records.TransactOpts, role, account)
}

// RecordsAuditAnchoredIterator is returned from FilterAuditAnchored and is used to iterate over the raw logs and unpacked data for AuditAnchored events raised by the Records contract.
type RecordsAuditAnchoredIterator struct {
	Event *RecordsAuditAnchored // Event containing the contract specifics and raw log

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
func (it *RecordsAuditAnchoredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordsAuditAnchored)
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
		it.Event = new(RecordsAuditAnchored)
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
func (it *RecordsAuditAnchoredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordsAuditAnchoredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordsAuditAnchored represents a AuditAnchored event raised by the Records contract.
type RecordsAuditAnchored struct {
	Index      uint64
	MerkleRoot [32]byte
	FromSeq    uint64
	ToSeq      uint64
	Auditor    common.Address
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterAuditAnchored is a free log retrieval operation binding the contract event 0xaa9e533966433a236813d94b1a429ed0bed3f98b6a0a2ff961af36adfac5bd11.
//
// Solidity: event AuditAnchored(uint64 indexed index, bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq, address indexed auditor)
func (_Records *RecordsFilterer) FilterAuditAnchored(opts *bind.FilterOpts, index []uint64, auditor []common.Address) (*RecordsAuditAnchoredIterator, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	var auditorRule []interface{}
	for _, auditorItem := range auditor {
		auditorRule = append(auditorRule, auditorItem)
	}

	logs, sub, err := _Records.contract.FilterLogs(opts, "AuditAnchored", indexRule, auditorRule)
	if err != nil {
		return nil, err
	}
	return &RecordsAuditAnchoredIterator{contract: _Records.contract, event: "AuditAnchored", logs: logs, sub: sub}, nil
}

// WatchAuditAnchored is a free log subscription operation binding the contract event 0xaa9e533966433a236813d94b1a429ed0bed3f98b6a0a2ff961af36adfac5bd11.
//
// Solidity: event AuditAnchored(uint64 indexed index, bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq, address indexed auditor)
func (_Records *RecordsFilterer) WatchAuditAnchored(opts *bind.WatchOpts, sink chan<- *RecordsAuditAnchored, index []uint64, auditor []common.Address) (event.Subscription, error) {

	var indexRule []interface{}
	for _, indexItem := range index {
		indexRule = append(indexRule, indexItem)
	}

	var auditorRule []interface{}
	for _, auditorItem := range auditor {
		auditorRule = append(auditorRule, auditorItem)
	}

	logs, sub, err := _Records.contract.WatchLogs(opts, "AuditAnchored", indexRule, auditorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordsAuditAnchored)
				if err := _Records.contract.UnpackLog(event, "AuditAnchored", log); err != nil {
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

// ParseAuditAnchored is a log parse operation binding the contract event 0xaa9e533966433a236813d94b1a429ed0bed3f98b6a0a2ff961af36adfac5bd11.
//
// Solidity: event AuditAnchored(uint64 indexed index, bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq, address indexed auditor)
func (_Records *RecordsFilterer) ParseAuditAnchored(log types.Log) (*RecordsAuditAnchored, error) {
	event := new(RecordsAuditAnchored)
	if err := _Records.contract.UnpackLog(event, "AuditAnchored", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordsRecordAddedIterator is returned from FilterRecordAdded and is used to iterate over the raw logs and unpacked data for RecordAdded events raised by the Records contract.
type RecordsRecordAddedIterator struct {
	Event *RecordsRecordAdded // Event containing the contract specifics and raw log

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
func (it *RecordsRecordAddedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordsRecordAdded)
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
		it.Event = new(RecordsRecordAdded)
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
func (it *RecordsRecordAddedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordsRecordAddedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordsRecordAdded represents a RecordAdded event raised by the Records contract.
type RecordsRecordAdded struct {
	Patient  common.Address
	Id       uint64
	Author   common.Address
	Category uint8
	Cid      []byte
	Previous uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterRecordAdded is a free log retrieval operation binding the contract event 0xe7b8744a96bb8e27c6a8505a2ef4673fe12dac8f48b5c78e02d19b5235419376.
//
// Solidity: event RecordAdded(address indexed patient, uint64 indexed id, address indexed author, uint8 category, bytes cid, uint64 previous)
func (_Records *RecordsFilterer) FilterRecordAdded(opts *bind.FilterOpts, patient []common.Address, id []uint64, author []common.Address) (*RecordsRecordAddedIterator, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var authorRule []interface{}
	for _, authorItem := range author {
		authorRule = append(authorRule, authorItem)
	}

	logs, sub, err := _Records.contract.FilterLogs(opts, "RecordAdded", patientRule, idRule, authorRule)
	if err != nil {
		return nil, err
	}
	return &RecordsRecordAddedIterator{contract: _Records.contract, event: "RecordAdded", logs: logs, sub: sub}, nil
}

// WatchRecordAdded is a free log subscription operation binding the contract event 0xe7b8744a96bb8e27c6a8505a2ef4673fe12dac8f48b5c78e02d19b5235419376.
//
// Solidity: event RecordAdded(address indexed patient, uint64 indexed id, address indexed author, uint8 category, bytes cid, uint64 previous)
func (_Records *RecordsFilterer) WatchRecordAdded(opts *bind.WatchOpts, sink chan<- *RecordsRecordAdded, patient []common.Address, id []uint64, author []common.Address) (event.Subscription, error) {

	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}
	var idRule []interface{}
	for _, idItem := range id {
		idRule = append(idRule, idItem)
	}
	var authorRule []interface{}
	for _, authorItem := range author {
		authorRule = append(authorRule, authorItem)
	}

	logs, sub, err := _Records.contract.WatchLogs(opts, "RecordAdded", patientRule, idRule, authorRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordsRecordAdded)
				if err := _Records.contract.UnpackLog(event, "RecordAdded", log); err != nil {
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

// ParseRecordAdded is a log parse operation binding the contract event 0xe7b8744a96bb8e27c6a8505a2ef4673fe12dac8f48b5c78e02d19b5235419376.
//
// Solidity: event RecordAdded(address indexed patient, uint64 indexed id, address indexed author, uint8 category, bytes cid, uint64 previous)
func (_Records *RecordsFilterer) ParseRecordAdded(log types.Log) (*RecordsRecordAdded, error) {
	event := new(RecordsRecordAdded)
	if err := _Records.contract.UnpackLog(event, "RecordAdded", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordsRoleAdminChangedIterator is returned from FilterRoleAdminChanged and is used to iterate over the raw logs and unpacked data for RoleAdminChanged events raised by the Records contract.
type RecordsRoleAdminChangedIterator struct {
	Event *RecordsRoleAdminChanged // Event containing the contract specifics and raw log

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
func (it *RecordsRoleAdminChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordsRoleAdminChanged)
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
		it.Event = new(RecordsRoleAdminChanged)
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
func (it *RecordsRoleAdminChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordsRoleAdminChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordsRoleAdminChanged represents a RoleAdminChanged event raised by the Records contract.
type RecordsRoleAdminChanged struct {
	Role              [32]byte
	PreviousAdminRole [32]byte
	NewAdminRole      [32]byte
	Raw               types.Log // Blockchain specific contextual infos
}

// FilterRoleAdminChanged is a free log retrieval operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Records *RecordsFilterer) FilterRoleAdminChanged(opts *bind.FilterOpts, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (*RecordsRoleAdminChangedIterator, error) {

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

	logs, sub, err := _Records.contract.FilterLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return &RecordsRoleAdminChangedIterator{contract: _Records.contract, event: "RoleAdminChanged", logs: logs, sub: sub}, nil
}

// WatchRoleAdminChanged is a free log subscription operation binding the contract event 0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff.
//
// Solidity: event RoleAdminChanged(bytes32 indexed role, bytes32 indexed previousAdminRole, bytes32 indexed newAdminRole)
func (_Records *RecordsFilterer) WatchRoleAdminChanged(opts *bind.WatchOpts, sink chan<- *RecordsRoleAdminChanged, role [][32]byte, previousAdminRole [][32]byte, newAdminRole [][32]byte) (event.Subscription, error) {

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

	logs, sub, err := _Records.contract.WatchLogs(opts, "RoleAdminChanged", roleRule, previousAdminRoleRule, newAdminRoleRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordsRoleAdminChanged)
				if err := _Records.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
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
func (_Records *RecordsFilterer) ParseRoleAdminChanged(log types.Log) (*RecordsRoleAdminChanged, error) {
	event := new(RecordsRoleAdminChanged)
	if err := _Records.contract.UnpackLog(event, "RoleAdminChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordsRoleGrantedIterator is returned from FilterRoleGranted and is used to iterate over the raw logs and unpacked data for RoleGranted events raised by the Records contract.
type RecordsRoleGrantedIterator struct {
	Event *RecordsRoleGranted // Event containing the contract specifics and raw log

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
func (it *RecordsRoleGrantedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordsRoleGranted)
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
		it.Event = new(RecordsRoleGranted)
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
func (it *RecordsRoleGrantedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordsRoleGrantedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordsRoleGranted represents a RoleGranted event raised by the Records contract.
type RecordsRoleGranted struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleGranted is a free log retrieval operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Records *RecordsFilterer) FilterRoleGranted(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RecordsRoleGrantedIterator, error) {

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

	logs, sub, err := _Records.contract.FilterLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RecordsRoleGrantedIterator{contract: _Records.contract, event: "RoleGranted", logs: logs, sub: sub}, nil
}

// WatchRoleGranted is a free log subscription operation binding the contract event 0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d.
//
// Solidity: event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)
func (_Records *RecordsFilterer) WatchRoleGranted(opts *bind.WatchOpts, sink chan<- *RecordsRoleGranted, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Records.contract.WatchLogs(opts, "RoleGranted", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordsRoleGranted)
				if err := _Records.contract.UnpackLog(event, "RoleGranted", log); err != nil {
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
func (_Records *RecordsFilterer) ParseRoleGranted(log types.Log) (*RecordsRoleGranted, error) {
	event := new(RecordsRoleGranted)
	if err := _Records.contract.UnpackLog(event, "RoleGranted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// RecordsRoleRevokedIterator is returned from FilterRoleRevoked and is used to iterate over the raw logs and unpacked data for RoleRevoked events raised by the Records contract.
type RecordsRoleRevokedIterator struct {
	Event *RecordsRoleRevoked // Event containing the contract specifics and raw log

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
func (it *RecordsRoleRevokedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(RecordsRoleRevoked)
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
		it.Event = new(RecordsRoleRevoked)
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
func (it *RecordsRoleRevokedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *RecordsRoleRevokedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// RecordsRoleRevoked represents a RoleRevoked event raised by the Records contract.
type RecordsRoleRevoked struct {
	Role    [32]byte
	Account common.Address
	Sender  common.Address
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterRoleRevoked is a free log retrieval operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Records *RecordsFilterer) FilterRoleRevoked(opts *bind.FilterOpts, role [][32]byte, account []common.Address, sender []common.Address) (*RecordsRoleRevokedIterator, error) {

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

	logs, sub, err := _Records.contract.FilterLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return &RecordsRoleRevokedIterator{contract: _Records.contract, event: "RoleRevoked", logs: logs, sub: sub}, nil
}

// WatchRoleRevoked is a free log subscription operation binding the contract event 0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b.
//
// Solidity: event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)
func (_Records *RecordsFilterer) WatchRoleRevoked(opts *bind.WatchOpts, sink chan<- *RecordsRoleRevoked, role [][32]byte, account []common.Address, sender []common.Address) (event.Subscription, error) {

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

	logs, sub, err := _Records.contract.WatchLogs(opts, "RoleRevoked", roleRule, accountRule, senderRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(RecordsRoleRevoked)
				if err := _Records.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
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
func (_Records *RecordsFilterer) ParseRoleRevoked(log types.Log) (*RecordsRoleRevoked, error) {
	event := new(RecordsRoleRevoked)
	if err := _Records.contract.UnpackLog(event, "RoleRevoked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
