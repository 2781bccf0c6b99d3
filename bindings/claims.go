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

// IClaimsClaim is an auto generated low-level Go binding around an user-defined struct.
type IClaimsClaim struct {
	Provider    common.Address
	Patient     common.Address
	Insurer     common.Address
	PolicyId    uint64
	ServiceDate uint64
	Status      uint8
	Appealed    bool
	LineCount   uint8
	Reasons     uint16
	Allowed     *big.Int
	Payout      *big.Int
}

// IClaimsDecision is an auto generated low-level Go binding around an user-defined struct.
type IClaimsDecision struct {
	Approved   *big.Int
	Deductible *big.Int
	Copay      *big.Int
	OverLimit  *big.Int
	Payout     *big.Int
}

// IClaimsLine is an auto generated low-level Go binding around an user-defined struct.
type IClaimsLine struct {
	Code       [32]byte
	Quantity   uint16
	UnitAmount uint64
}

// IClaimsLineOutcome is an auto generated low-level Go binding around an user-defined struct.
type IClaimsLineOutcome struct {
	Code       [32]byte
	Quantity   uint16
	UnitAmount uint64
	Allowed    *big.Int
	Reason     uint8
}

// IClaimsPlan is an auto generated low-level Go binding around an user-defined struct.
type IClaimsPlan struct {
	Insurer common.Address
	Open    bool
	Terms   IClaimsPlanTerms
}

// IClaimsPlanTerms is an auto generated low-level Go binding around an user-defined struct.
type IClaimsPlanTerms struct {
	CopayBps          uint16
	ConsentCategories uint32
	Deductible        uint64
	AnnualLimit       uint64
	ReviewThreshold   uint64
}

// IClaimsPolicy is an auto generated low-level Go binding around an user-defined struct.
type IClaimsPolicy struct {
	Patient    common.Address
	PlanId     uint64
	MemberRef  [32]byte
	ValidFrom  uint64
	ValidUntil uint64
}

// IClaimsPool is an auto generated low-level Go binding around an user-defined struct.
type IClaimsPool struct {
	Deposited *big.Int
	Withdrawn *big.Int
	Paid      *big.Int
	Owed      *big.Int
	Balance   *big.Int
	Available *big.Int
	Queued    uint64
}

// IClaimsSubmission is an auto generated low-level Go binding around an user-defined struct.
type IClaimsSubmission struct {
	Patient     common.Address
	PolicyId    uint64
	ServiceDate uint64
	ClaimKey    [32]byte
	Lines       []IClaimsLine
	Evidence    [][]byte
}

// IClaimsUsage is an auto generated low-level Go binding around an user-defined struct.
type IClaimsUsage struct {
	DeductibleMet *big.Int
	BenefitsUsed  *big.Int
}

// ClaimsMetaData contains all meta data concerning the Claims contract.
var ClaimsMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIRegistry\",\"name\":\"registry_\",\"type\":\"address\"},{\"internalType\":\"contractIAccessGrants\",\"name\":\"grants_\",\"type\":\"address\"},{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"allowed\",\"type\":\"uint96\"}],\"name\":\"ClaimsAboveAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"ClaimsAlreadyAppealed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lineCount\",\"type\":\"uint256\"}],\"name\":\"ClaimsApprovalLengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"ClaimsDuplicateClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"}],\"name\":\"ClaimsInsufficientPool\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"cid\",\"type\":\"bytes\"}],\"name\":\"ClaimsInvalidCid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimsInvalidClaimKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"ClaimsInvalidLine\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ClaimsInvalidLineCount\",\"type\":\"error\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"copayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"consentCategories\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deductible\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewThreshold\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.PlanTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"ClaimsInvalidPlanTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIClaims.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ClaimsInvalidStatus\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"codes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tariffs\",\"type\":\"uint256\"}],\"name\":\"ClaimsInvalidTariffs\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"validFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"ClaimsInvalidValidity\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ClaimsNotActiveInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ClaimsNotActiveProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ClaimsNotClaimProvider\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ClaimsNotInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"ClaimsNotPlanInsurer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"ClaimsNothingApproved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"}],\"name\":\"ClaimsPatientMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"name\":\"ClaimsPlanClosed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"ClaimsPolicyEnded\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"serviceDate\",\"type\":\"uint64\"}],\"name\":\"ClaimsServiceDateInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"ClaimsTooMuchEvidence\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"ClaimsUnknownClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"name\":\"ClaimsUnknownPlan\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"}],\"name\":\"ClaimsUnknownPolicy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimsZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClaimsZeroAmount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"name\":\"ClaimAppealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96[]\",\"name\":\"amounts\",\"type\":\"uint96[]\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isPartial\",\"type\":\"bool\"}],\"name\":\"ClaimApproved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"benefitYear\",\"type\":\"uint32\"},{\"components\":[{\"internalType\":\"uint96\",\"name\":\"approved\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"deductible\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"copay\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"overLimit\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"payout\",\"type\":\"uint96\"}],\"indexed\":false,\"internalType\":\"structIClaims.Decision\",\"name\":\"decision\",\"type\":\"tuple\"}],\"name\":\"ClaimDecided\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"isFinal\",\"type\":\"bool\"}],\"name\":\"ClaimDenied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"name\":\"ClaimPaid\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"reasons\",\"type\":\"uint16\"}],\"name\":\"ClaimPended\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"}],\"name\":\"ClaimQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"serviceDate\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"quantity\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"unitAmount\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"allowed\",\"type\":\"uint96\"},{\"internalType\":\"enumIClaims.LineReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"indexed\":false,\"internalType\":\"structIClaims.LineOutcome[]\",\"name\":\"lines\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"name\":\"ClaimSubmitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"name\":\"PlanClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"copayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"consentCategories\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deductible\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewThreshold\",\"type\":\"uint64\"}],\"indexed\":false,\"internalType\":\"structIClaims.PlanTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"name\":\"PlanCreated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"memberRef\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"validFrom\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"PolicyIssued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"PolicyTerminated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"PoolWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32[]\",\"name\":\"codes\",\"type\":\"bytes32[]\"},{\"indexed\":false,\"internalType\":\"uint64[]\",\"name\":\"tariffs\",\"type\":\"uint64[]\"}],\"name\":\"TariffsSet\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BENEFIT_YEAR\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_EVIDENCE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_LINES\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SETTLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TARIFFS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_ABOVE_REVIEW_THRESHOLD\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_LINE_REFUSED\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_NO_CONSENT\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_POLICY_INACTIVE\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REASON_UNDERFUNDED\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accessGrants\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"},{\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"name\":\"appealClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"uint96[]\",\"name\":\"amounts\",\"type\":\"uint96[]\"}],\"name\":\"approveClaim\",\"outputs\":[{\"internalType\":\"enumIClaims.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceDate\",\"type\":\"uint64\"}],\"name\":\"benefitYearOf\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claim\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceDate\",\"type\":\"uint64\"},{\"internalType\":\"enumIClaims.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"appealed\",\"type\":\"bool\"},{\"internalType\":\"uint8\",\"name\":\"lineCount\",\"type\":\"uint8\"},{\"internalType\":\"uint16\",\"name\":\"reasons\",\"type\":\"uint16\"},{\"internalType\":\"uint96\",\"name\":\"allowed\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"payout\",\"type\":\"uint96\"}],\"internalType\":\"structIClaims.Claim\",\"name\":\"out\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"}],\"name\":\"claimIdOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"}],\"name\":\"claimLines\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"quantity\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"unitAmount\",\"type\":\"uint64\"},{\"internalType\":\"uint96\",\"name\":\"allowed\",\"type\":\"uint96\"},{\"internalType\":\"enumIClaims.LineReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"internalType\":\"structIClaims.LineOutcome[]\",\"name\":\"out\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"name\":\"closePlan\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint16\",\"name\":\"copayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"consentCategories\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deductible\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewThreshold\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.PlanTerms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"codes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"tariffs\",\"type\":\"uint64[]\"}],\"name\":\"createPlan\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"reasonCode\",\"type\":\"bytes32\"}],\"name\":\"denyClaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"depositWithPermit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"memberRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"validFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"name\":\"enrol\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"}],\"name\":\"plan\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"open\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"uint16\",\"name\":\"copayBps\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"consentCategories\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"deductible\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"annualLimit\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"reviewThreshold\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.PlanTerms\",\"name\":\"terms\",\"type\":\"tuple\"}],\"internalType\":\"structIClaims.Plan\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"planCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"}],\"name\":\"policy\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"memberRef\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"validFrom\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"validUntil\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.Policy\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"policyCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"}],\"name\":\"pool\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deposited\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"withdrawn\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"paid\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"owed\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"balance\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"available\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"queued\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.Pool\",\"name\":\"out\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"}],\"name\":\"queueBounds\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"head\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"tail\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"position\",\"type\":\"uint64\"}],\"name\":\"queuedClaimAt\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"codes\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64[]\",\"name\":\"tariffs\",\"type\":\"uint64[]\"}],\"name\":\"setTariffs\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"insurer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxClaims\",\"type\":\"uint256\"}],\"name\":\"settle\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"patient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"serviceDate\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"claimKey\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"},{\"internalType\":\"uint16\",\"name\":\"quantity\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"unitAmount\",\"type\":\"uint64\"}],\"internalType\":\"structIClaims.Line[]\",\"name\":\"lines\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes[]\",\"name\":\"evidence\",\"type\":\"bytes[]\"}],\"internalType\":\"structIClaims.Submission\",\"name\":\"submission\",\"type\":\"tuple\"}],\"name\":\"submitClaim\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"claimId\",\"type\":\"bytes32\"},{\"internalType\":\"enumIClaims.ClaimStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"planId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"code\",\"type\":\"bytes32\"}],\"name\":\"tariff\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"}],\"name\":\"terminatePolicy\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"policyId\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"year\",\"type\":\"uint32\"}],\"name\":\"usage\",\"outputs\":[{\"components\":[{\"internalType\":\"uint96\",\"name\":\"deductibleMet\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"benefitsUsed\",\"type\":\"uint96\"}],\"internalType\":\"structIClaims.Usage\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	Bin: "0x60e060405234801561001057600080fd5b5060405161456438038061456483398101604081905261002f916100b6565b60016000556001600160a01b038316158061005157506001600160a01b038216155b8061006357506001600160a01b038116155b156100815760405163026e743b60e11b815260040160405180910390fd5b6001600160a01b0392831660805290821660a0521660c052610103565b6001600160a01b03811681146100b357600080fd5b50565b6000806000606084860312156100cb57600080fd5b83516100d68161009e565b60208501519093506100e78161009e565b60408501519092506100f88161009e565b809150509250925092565b60805160a05160c0516143e561017f6000396000818161081601528181610f70015281816110f5015281816112ec015281816128640152612c640152600081816102440152612e4601526000818161046b015281816108ea01528181611b490152818161216e0152818161222d015261273001526143e56000f3fe608060405234801561001057600080fd5b506004361061023d5760003560e01c80638c592e4f1161013b578063c9d6bb79116100b8578063e02349df1161007c578063e02349df146107de578063e400299a146107e6578063f0e11463146107f9578063f29566e71461080c578063fc0c546a1461081457600080fd5b8063c9d6bb7914610729578063ca9d32ca14610792578063d025d3aa1461041e578063de54d429146107a5578063dfdf792c146107bd57600080fd5b8063bd66528a116100ff578063bd66528a146106ad578063c1864ac5146106cd578063c22fa86c146106e0578063c2e17e8a146106eb578063c87550761461072157600080fd5b80638c592e4f1461048f5780638d3180fe146104d0578063ae5a8091146105e2578063b3febb9c1461067a578063b6b55f251461069a57600080fd5b8063382d39bb116101c9578063545a31d01161018d578063545a31d01461041e578063634a7704146104265780636c9ed7f01461044e578063790fb19c146104615780637b1039991461046957600080fd5b8063382d39bb1461034b5780633a0d97101461035c5780633eb8f222146103645780634a970be714610384578063505d7dba1461039757600080fd5b8063156522a811610210578063156522a8146102dc57806315afd409146102fc5780631799c38e1461031d5780631fa21d7d146103305780632e1a7d4d1461033857600080fd5b806302e93a12146102425780630ea6a781146102815780630fdac43814610296578063151582ba146102b1575b600080fd5b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020015b60405180910390f35b61029461028f3660046136f6565b61083a565b005b61029e600181565b60405161ffff9091168152602001610278565b6102c46102bf366004613728565b6108c4565b6040516001600160401b039091168152602001610278565b6102ef6102ea366004613786565b610c39565b60405161027891906137a1565b61030f61030a36600461383e565b610d39565b604051908152602001610278565b61030f61032b36600461383e565b610fbe565b61029e600281565b610294610346366004613868565b610fd1565b6009546001600160401b03166102c4565b61030f600881565b610377610372366004613868565b61112b565b6040516102789190613928565b61029461039236600461393b565b6112a4565b6103aa6103a53660046136f6565b611364565b6040805182516001600160a01b0316815260208084015115158183015292820151805161ffff16828401529283015163ffffffff16606080830191909152918301516001600160401b0390811660808084019190915292840151811660a083015291909201511660c082015260e001610278565b61030f602081565b61043961043436600461398a565b61144d565b60405163ffffffff9091168152602001610278565b61029461045c366004613a08565b611461565b61029e600881565b7f0000000000000000000000000000000000000000000000000000000000000000610264565b61030f61049d366004613a5a565b6001600160a01b03821660009081526008602090815260408083206001600160401b038516845290915290205492915050565b61057d6104de3660046136f6565b6040805160a081018252600080825260208201819052918101829052606081018290526080810191909152506001600160401b03908116600090815260036020908152604091829020825160a08101845281546001600160a01b0381168252600160a01b9004909416918401919091526002810154918301919091526001015464ffffffffff8082166060840152600160281b90910416608082015290565b6040516102789190600060a08201905060018060a01b0383511682526001600160401b036020840151166020830152604083015160408301526001600160401b0360608401511660608301526001600160401b03608084015116608083015292915050565b6106536105f0366004613a8a565b604080518082018252600080825260209182018190526001600160401b039490941684526004815281842063ffffffff939093168452918252918290208251808401909352546001600160601b038082168452600160601b909104169082015290565b6040805182516001600160601b039081168252602093840151169281019290925201610278565b61068d610688366004613ab4565b611580565b6040516102789190613b13565b6102946106a8366004613868565b6117f1565b6106c06106bb366004613868565b61180c565b6040516102789190613b21565b6102946106db366004613c2c565b6119a1565b6102c46301e1338081565b6102c46106f9366004613c4e565b6001600160401b03918216600090815260026020908152604080832093835292905220541690565b61030f604081565b610772610737366004613786565b6001600160a01b0316600090815260076020526040902080546001909101546001600160401b03600160c01b92839004811693929091041690565b604080516001600160401b03938416815292909116602083015201610278565b6102946107a03660046136f6565b611a40565b600954600160401b90046001600160401b03166102c4565b6107d06107cb366004613c6a565b611b27565b604051610278929190613ca4565b61029e600481565b6102946107f4366004613cb8565b61214d565b6102c4610807366004613d3c565b612213565b61029e601081565b7f0000000000000000000000000000000000000000000000000000000000000000610264565b600061084582612553565b8054909150600160a01b900460ff16610881576040516339f653bf60e01b81526001600160401b03831660048201526024015b60405180910390fd5b805460ff60a01b191681556040516001600160401b038316907fd1e147fc874022a5e61b6d0af75c99be7052b8cda33f6793f28267e063f33e5390600090a25050565b6000806108d087612553565b6040516304390ea760e41b81529091506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090610922903390600690600401613dab565b602060405180830381865afa15801561093f573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906109639190613dd8565b6109825760405163f81fa3e960e01b8152336004820152602401610878565b8054600160a01b900460ff166109b6576040516339f653bf60e01b81526001600160401b0388166004820152602401610878565b6001600160a01b0386166109dd5760405163026e743b60e11b815260040160405180910390fd5b826001600160401b0316846001600160401b0316101580610a07575042836001600160401b031611155b80610a1f575064ffffffffff6001600160401b038416115b15610a5057604051630db44a0960e41b81526001600160401b03808616600483015284166024820152604401610878565b600954610a6e90600160401b90046001600160401b03166001613e10565b915081600960086101000a8154816001600160401b0302191690836001600160401b031602179055506040518060a00160405280876001600160a01b03168152602001886001600160401b031681526020018564ffffffffff1681526020018464ffffffffff1681526020018681525060036000846001600160401b03166001600160401b0316815260200190815260200160002060008201518160000160006101000a8154816001600160a01b0302191690836001600160a01b0316021790555060208201518160000160146101000a8154816001600160401b0302191690836001600160401b0316021790555060408201518160010160006101000a81548164ffffffffff021916908364ffffffffff16021790555060608201518160010160056101000a81548164ffffffffff021916908364ffffffffff16021790555060808201518160020155905050856001600160a01b0316876001600160401b0316836001600160401b03167f699ee716269cbd732e223448b65ccb25930d028d8cd8fb7fc3ae28f50f544018888888604051610c27939291909283526001600160401b03918216602084015216604082015260600190565b60405180910390a45095945050505050565b6040805160e08101825260008082526020808301828152838501838152606085018481526080860185905260a0860185905260c086018590526001600160a01b0388168552600790935294832080546001600160601b038082168752600160601b9182900481169093526001820154808416909752909504169052909190610cc0826125df565b6001600160601b0380821660808601526001840154919250610cec918391600160601b90910416612613565b6001600160601b031660a084015281546001830154610d23916001600160401b03600160c01b918290048116929190910416613e2f565b6001600160401b031660c0840152509092915050565b6000610d4361262d565b6020821115610d5157602091505b6001600160a01b03831660009081526007602090815260408083206008909252822081546001830154929391926001600160401b03600160c01b92839004811693929091041690610da1856125df565b90505b8686108015610dc45750816001600160401b0316836001600160401b0316105b15610fa9576001600160401b0383166000908152602085815260408083205480845260059092529091206001810154600160981b90046001600160601b031683811115610e1357505050610fa9565b600198890198958601956001600160601b038216909403938790600090610e3a9089613e2f565b6001600160401b0316815260208101919091526040016000908120558154600390839060ff60e01b1916600160e01b83021790555087546001600160c01b0316600160c01b6001600160401b03881602178855600188018054829190600090610ead9084906001600160601b0316613e4e565b92506101000a8154816001600160601b0302191690836001600160601b031602179055508088600101600c8282829054906101000a90046001600160601b0316610ef79190613e6d565b82546101009290920a6001600160601b03818102199093169183160217909155835460405191841682526001600160a01b0390811692508291908e169086907f846b7dab2f2cf4ec82cf34715ac6b1464c1a8301197cd41f53329845f6d84e1e9060200160405180910390a4610fa06001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016826001600160601b038516612657565b50505050610da4565b5050505050610fb86001600055565b92915050565b6000610fca83836126bb565b9392505050565b610fd961262d565b80600003610ffa5760405163132448b760e11b815260040160405180910390fd5b33600090815260076020526040812090611030611016836125df565b6001840154600160601b90046001600160601b0316612613565b90508083111561105d5760405163169d2e5160e11b81526004810184905260248101829052604401610878565b815483908390600c90611081908490600160601b90046001600160601b0316613e4e565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550336001600160a01b03167f6f07e6169c1653554eb707b6f6cd8f7ccf9cc29e54a0d8a71d9d5867d2057ac2846040516110e091815260200190565b60405180910390a261111c6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385612657565b50506111286001600055565b50565b60008181526005602052604081206001810154606092600160281b90910461ffef1690036111595750919050565b8054600160f01b900460ff16806001600160401b0381111561117d5761117d613e8c565b6040519080825280602002602001820160405280156111dd57816020015b6111ca6040805160a0810182526000808252602082018190529181018290526060810182905290608082015290565b81526020019060019003908161119b5790505b5060008581526006602052604081209194505b8281101561129b5760008181526020838152604091829020825160a08101845281548152600182015461ffff8116938201939093526201000083046001600160401b031693810193909352600160501b82046001600160601b0316606084015291906080820190600160b01b900460ff16600281111561127257611272613881565b81525086838151811061128757611287613ea2565b6020908102919091010152506001016111f0565b50505050919050565b6112ac61262d565b60405163d505accf60e01b8152336004820152306024820152604481018690526064810185905260ff8416608482015260a4810183905260c481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063d505accf9060e401600060405180830381600087803b15801561133857600080fd5b505af1925050508015611349575060015b50611353856126f8565b61135d6001600055565b5050505050565b6113a9604080516060808201835260008083526020808401829052845160a0810186528281529081018290528085018290529182018190526080820152909182015290565b506001600160401b0390811660009081526001602081815260409283902083516060808201865282546001600160a01b0381168352600160a01b810460ff16151583860152865160a081018852600160a81b820461ffff168152600160b81b90910463ffffffff1694810194909452919093015480861683860152600160401b8104861691830191909152600160801b900490931660808401529081019190915290565b6000610fca61145b84612890565b836128e0565b600061146c8561292a565b80549091506001600160a01b031633146114a257604051630aa5e0b360e11b815260048101869052336024820152604401610878565b60048154600160e01b900460ff1660058111156114c1576114c1613881565b146114ef578054604051637a1a341f60e11b8152610878918791600160e01b90910460ff1690600401613ca4565b8054600160e81b900460ff161561151c5760405163689dd8f960e11b815260048101869052602401610878565b6115268383612977565b805461ffff60e01b191661010560e01b178155604051339086907f0fc32571e9e89c94ec0d0cab4be3de5a155961c39d582d26929b7b42ad9015079061157190889088908890613f7a565b60405180910390a35050505050565b600061158a61262d565b60006115958561292a565b905060006115a282612a4a565b90506115ae8683612ac0565b8154600160f01b900460ff1684158015906115c95750848114155b156115f85760405163bc34038160e01b8152600481018890526024810186905260448101829052606401610878565b600087815260066020526040812090826001600160401b0381111561161f5761161f613e8c565b604051908082528060200260200182016040528015611648578160200160208202803683370190505b50905060008060005b8581101561176957600081815260208690526040812060010154600160501b90046001600160601b0316908b156116ae578c8c8481811061169457611694613ea2565b90506020020160208101906116a99190613f9d565b6116b0565b815b9050816001600160601b0316816001600160601b0316111561170657604051634ce574fb60e01b8152600481018f9052602481018490526001600160601b03808316604483015283166064820152608401610878565b816001600160601b0316816001600160601b0316101561172557600193505b8086848151811061173857611738613ea2565b6001600160601b03928316602091820292909201015261175a90821686613fc6565b94505050806001019050611651565b508160000361178e5760405163388f86e760e01b8152600481018c9052602401610878565b856001600160a01b03168b7f307b8a38315225ddbe32deb5c746127fc64aefcb1ba583282003eb0a5a6029f085846040516117ca929190613fd9565b60405180910390a36117de8b888885612b22565b975050505050505050610fca6001600055565b6117f961262d565b611802816126f8565b6111286001600055565b6040805161016081018252600080825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101919091526000828152600560205260408120908154600160e01b900460ff16600581111561189157611891613881565b0361189c5750919050565b80546001600160401b03600160a01b808304821660008181526003602090815260408083206001600160a01b038089168b5281548082168c860152969096049096168352600191829052918290205490931690870152606086015283015464ffffffffff1660808501529060a084019060ff600160e01b90910416600581111561192857611928613881565b9081600581111561193b5761193b613881565b90525050805460ff600160e81b82048116151560c0850152600160f01b9091041660e08301526001015461ffff600160281b8204166101008301526001600160601b03600160381b82048116610120840152600160981b90910416610140820152919050565b60006119ac8361292a565b905060006119b982612a4a565b90506119c58483612ac0565b600060058354600160e01b900460ff1660058111156119e6576119e6613881565b845460ff60e01b1916600160e21b17855560408051878152929091146020830181905292506001600160a01b0384169187917f373658ad803d05627b5a3274f780bc88c62da74bb53246a90a23173a65addf369101611571565b6000611a4b82612890565b8054909150611a6990600160a01b90046001600160401b0316612553565b506001810154600160281b900464ffffffffff16428111611ab5576040516335f0fc3160e11b81526001600160401b038416600482015264ffffffffff82166024820152604401610878565b60018201805464ffffffffff42908116600160281b0269ffffffffff000000000019909216919091179091556040516001600160401b039182168152908416907fef1d654925d643f7f6c8a64f2b97b80da84174b734ead00824ef5e29a7908e769060200160405180910390a2505050565b600080611b3261262d565b6040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090611b81903390600190600401613dab565b602060405180830381865afa158015611b9e573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190611bc29190613dd8565b611be1576040516335224c6360e11b8152336004820152602401610878565b6060830135611c035760405163af3cb40160e01b815260040160405180910390fd5b611c113384606001356126bb565b60008181526005602052604081209193508154600160e01b900460ff166005811115611c3f57611c3f613881565b14611c605760405163016b5c9160e11b815260048101849052602401610878565b6000611c6f6080860186614032565b915050801580611c7f5750602081115b15611c9f57604051622a885d60e51b815260048101829052602401610878565b611cb4611caf60a087018761407a565b612977565b6000611cc660608701604088016136f6565b905042816001600160401b03161115611cfd57604051630262333360e31b81526001600160401b0382166004820152602401610878565b6000611d17611d126040890160208a016136f6565b612890565b9050611d266020880188613786565b81546001600160a01b03908116911614611d8a57611d4a60408801602089016136f6565b611d576020890189613786565b60405163b8aaea6960e01b81526001600160401b0390921660048301526001600160a01b03166024820152604401610878565b80546001600160401b03600160a01b90910481166000908152600160208190526040822080549185015490936001600160a01b03909216929164ffffffffff9091169086161080611df557506001840154600160281b900464ffffffffff166001600160401b038616115b15611dfe575060015b611e24611e0e60208c018c613786565b84548490600160b81b900463ffffffff16612e07565b611e2c576002175b6000806000611e618760000160149054906101000a90046001600160401b03168e8060800190611e5c9190614032565b612ee7565b9250925092508015611e74576004841793505b6001860154600160801b90046001600160401b0316821115611e97576008841793505b89546001600160a01b03191633178a55611eb760408e0160208f016136f6565b8a546aff0000ffffffffffffffff60a01b1916600160a01b6001600160401b03929092169190910260ff60f01b191617600160f01b60ff8b1602178a5560018a01805464ffffffffff8a1672ffffffffffffffffffffffff0000ffffffffff1990911617600160381b6001600160601b03851602179055611f3a8c868f86613132565b61ffff84161561212557895460ff60e01b1916600160e01b178a5560018a01805466ffff00000000001916600160281b61ffff87160217905560008c8152600660205260408120905b8a8110156120d6576000858281518110611f9f57611f9f613ea2565b602002602001015190506040518060a0016040528082600001518152602001826020015161ffff16815260200182604001516001600160401b0316815260200182606001516001600160601b031681526020018260800151600281111561200857612008613881565b90526000838152602085815260409182902083518155908301516001820180549385015160608601516001600160601b0316600160501b026bffffffffffffffffffffffff60501b196001600160401b03909216620100000269ffffffffffffffffffff1990961661ffff90941693909317949094179384168217815560808501519293909160ff60b01b19166cffffffffffffffffffffffffff60501b1990911617600160b01b8360028111156120c2576120c2613881565b021790555090505050806001019050611f83565b5060405161ffff861681528d907f996966d5220c99b170100cbe6c1b8bbd89b46c7e25358430b7a4155d4a36b76f9060200160405180910390a25060019a5061213e9950505050505050505050565b6121318c8b8785612b22565b9a50505050505050505050505b6121486001600055565b915091565b61215685612553565b506040516304390ea760e41b81526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea70906121a6903390600690600401613dab565b602060405180830381865afa1580156121c3573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906121e79190613dd8565b6122065760405163f81fa3e960e01b8152336004820152602401610878565b61135d85858585856131bf565b6040516304390ea760e41b81526000906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690634390ea7090612265903390600690600401613dab565b602060405180830381865afa158015612282573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906122a69190613dd8565b6122c55760405163f81fa3e960e01b8152336004820152602401610878565b60006122d760408801602089016140c3565b90506127106122e960208901896140f0565b61ffff1611806122fa575060808116155b8061230d5750627fffff600982901c1615155b8061232e575061232360808801606089016136f6565b6001600160401b0316155b1561234e5786604051632a0d2d7f60e01b8152600401610878919061410b565b600954612365906001600160401b03166001613e10565b6009805467ffffffffffffffff19166001600160401b0383161790556040805160e081018252338152600160208083019190915292945091908201906123ad908a018a6140f0565b61ffff1681526020018263ffffffff1681526020018860400160208101906123d591906136f6565b6001600160401b031681526020016123f360808a0160608b016136f6565b6001600160401b0316815260200161241160a08a0160808b016136f6565b6001600160401b0390811690915283811660008181526001602081815260409283902086518154928801518886015160608a015163ffffffff16600160b81b0263ffffffff60b81b1961ffff909216600160a81b029190911665ffffffffffff60a81b19921515600160a01b026001600160a81b03199096166001600160a01b039094169390931794909417161791909117815560808601519101805460a087015160c0909701518616600160801b0267ffffffffffffffff60801b19978716600160401b026fffffffffffffffffffffffffffffffff199092169390961692909217919091179490941692909217909255513391907f41e5299770a6994810b09bc5c06995a0687170ff88536744b0292a6f717b59a290612534908b9061410b565b60405180910390a361254982878787876131bf565b5095945050505050565b6001600160401b038116600090815260016020526040902080546001600160a01b03168061259f5760405163331695ed60e01b81526001600160401b0384166004820152602401610878565b6001600160a01b03811633146125d957604051631d975ae760e01b81526001600160401b0384166004820152336024820152604401610878565b50919050565b600181015481546000916001600160601b039081169161260991600160601b820481169116614189565b610fb89190614189565b6000828210612623576000610fca565b610fca8284614189565b60026000540361265057604051633ee5aeb560e01b815260040160405180910390fd5b6002600055565b6040516001600160a01b038381166024830152604482018390526126b691859182169063a9059cbb906064015b604051602081830303815290604052915060e01b6020820180516001600160e01b0383818316178352505050506132ea565b505050565b604080516001600160a01b038416602082015290810182905260009060600160405160208183030381529060405280519060200120905092915050565b806000036127195760405163132448b760e11b815260040160405180910390fd5b60066040516352ebc13f60e11b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063a5d7827e90602401602060405180830381865afa15801561277f573d6000803e3d6000fd5b505050506040513d601f19601f820116820180604052508101906127a3919061419c565b60088111156127b4576127b4613881565b146127d45760405163047b9e5f60e01b8152336004820152602401610878565b3360009081526007602052604090208054612802906127fd9084906001600160601b0316613fc6565b61335b565b81546bffffffffffffffffffffffff19166001600160601b039190911617815560405182815233907f90576f1ad407b163ccea052b2d55bac158025af10ac5895369e8956eeab834349060200160405180910390a261288c6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613393565b5050565b6001600160401b038116600090815260036020526040902080546001600160a01b03166128db5760405163dcd1358760e01b81526001600160401b0383166004820152602401610878565b919050565b600182015460009064ffffffffff166001600160401b0383168110612909576000915050610fb8565b6301e133806129188285613e2f565b61292291906141d3565b949350505050565b6000818152600560205260408120908154600160e01b900460ff16600581111561295657612956613881565b036128db57604051630f82886f60e31b815260048101839052602401610878565b80600881111561299d576040516363eeafd760e01b815260048101829052602401610878565b60005b81811015612a44573660008585848181106129bd576129bd613ea2565b90506020028101906129cf9190614201565b909250905060048110806129e35750608081115b80612a185750818160008181106129fc576129fc613ea2565b9050013560f81c60f81b6001600160f81b031916600160f81b14155b15612a3a57818160405163324f813b60e01b8152600401610878929190614247565b50506001016129a0565b50505050565b80546001600160401b03600160a01b91829004811660009081526003602090815260408083205494909404909216808252600190925291909120546001600160a01b0316903382146125d957604051631d975ae760e01b81526001600160401b0382166004820152336024820152604401610878565b8054600160e01b900460ff166001816005811115612ae057612ae0613881565b14158015612b0057506005816005811115612afd57612afd613881565b14155b156126b6578281604051637a1a341f60e11b8152600401610878929190613ca4565b600080612b308686856133cc565b6001600160a01b03851660009081526007602052604090209091506001600160601b0382161580612b9a575060018101548154600160c01b918290046001600160401b039081169290910416148015612b9a5750612b8d816125df565b826001600160601b031611155b15612ca7578554600360e01b60ff60e01b1982161787556040516001600160601b03841681526001600160a01b03918216918291908816908a907f846b7dab2f2cf4ec82cf34715ac6b1464c1a8301197cd41f53329845f6d84e1e9060200160405180910390a46001600160601b03831615612c9b57600182018054849190600090612c309084906001600160601b0316613e4e565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550612c9b81846001600160601b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166126579092919063ffffffff16565b60039350505050612922565b855460ff60e01b1916600160e11b1786556001808701805466ffff00000000001981166010600160281b9283900461ffff1617909102179055818101546001600160a01b0387166000908152600860209081526040808320600160c01b9094046001600160401b031680845293909152902089905590612d28908290613e10565b6001830180546001600160401b0392909216600160c01b026001600160c01b0390921691909117808255849190600c90612d749084906001600160601b03600160601b90910416613e4e565b92506101000a8154816001600160601b0302191690836001600160601b03160217905550856001600160a01b0316887fd41c9637d2117207b26d053fc54250423ba41b0b0bce6fff2d11c6c30f5381078584604051612df19291906001600160601b039290921682526001600160401b0316602082015260400190565b60405180910390a3506002979650505050505050565b6000805b600960ff82161015612edc57600160ff82161b831663ffffffff1615801590612ec557506040516303a6333360e51b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906374c6666090612e829088908890869060029060040161425b565b602060405180830381865afa158015612e9f573d6000803e3d6000fd5b505050506040513d601f19601f82011682018060405250810190612ec39190613dd8565b155b15612ed4576000915050610fca565b600101612e0b565b506001949350505050565b6001600160401b03808416600090815260026020526040812060609282919085908190811115612f1957612f19613e8c565b604051908082528060200260200182016040528015612f7957816020015b612f666040805160a0810182526000808252602082018190529181018290526060810182905290608082015290565b815260200190600190039081612f375790505b50945060005b818110156131265736888883818110612f9a57612f9a613ea2565b90506060020190506000816020016020810190612fb791906140f0565b90506000612fcb60608401604085016136f6565b905061ffff82161580612fe557506001600160401b038116155b156130065760405163362db71d60e01b815260048101859052602401610878565b82356000908152602087905260408120546001600160401b03169082908281036130365750600090506001613057565b826001600160401b0316846001600160401b03161115613057575081905060025b600081600281111561306b5761306b613881565b1461307557600199505b600061308e61ffff87166001600160401b03851661429b565b90506130a36001600160601b0382168d613fc6565b9b506040518060a00160405280886000013581526020018761ffff168152602001866001600160401b03168152602001826001600160601b031681526020018360028111156130f4576130f4613881565b8152508d898151811061310957613109613ea2565b602002602001018190525050505050505050806001019050612f7f565b50505093509350939050565b61313f6020830183613786565b6001600160a01b031633857f17e7603e79c2db9fdcbefdbd00f19d38f415fea3d0877d7523f7a48d1e2fe0948661317c60408801602089016136f6565b606088018035906131909060408b016136f6565b8861319e60a08c018c61407a565b6040516131b197969594939291906142b2565b60405180910390a450505050565b8281811415806131cf5750604081115b156131f75760405163b18bb6c360e01b81526004810182905260248101839052604401610878565b6001600160401b0386166000908152600260205260408120905b828110156132995784848281811061322b5761322b613ea2565b905060200201602081019061324091906136f6565b82600089898581811061325557613255613ea2565b90506020020135815260200190815260200160002060006101000a8154816001600160401b0302191690836001600160401b03160217905550806001019050613211565b50866001600160401b03167f907667050779074b4215d63497504f278d4c3b2d2337aff55d9eb4ac1c4492c0878787876040516132d99493929190614318565b60405180910390a250505050505050565b600080602060008451602086016000885af18061330d576040513d6000823e3d81fd5b50506000513d91508115613325578060011415613332565b6001600160a01b0384163b155b15612a4457604051635274afe760e01b81526001600160a01b0385166004820152602401610878565b60006001600160601b0382111561338f576040516306dfcc6560e41b81526060600482015260248101839052604401610878565b5090565b6040516001600160a01b038481166024830152838116604483015260648201839052612a449186918216906323b872dd90608401612684565b81546001600160401b03600160a01b91829004811660008181526003602090815260408083208054969096049094168252600190819052928120928601549093919290849061342390849064ffffffffff166128e0565b6001600160401b03808616600090815260046020908152604080832063ffffffff861684528252808320815180830190925280546001600160601b03808216808552600160601b909204169383019390935260018801549596509490936134d2928c92613491921690612613565b875460018901546020870151600160a81b90920461ffff16916134cd91600160401b90046001600160401b0316906001600160601b0316612613565b613605565b602081015183519192506134e591613e4e565b83546bffffffffffffffffffffffff19166001600160601b0391909116178355608081015160208301516135199190613e4e565b83546bffffffffffffffffffffffff60601b1916600160601b6001600160601b03928316021784556080828101805160018e0180546bffffffffffffffffffffffff60981b1916600160981b928616929092029190911790556040805163ffffffff89168152855185166020808301919091528601518516818301529085015184166060808301919091528501518416928101929092525190911660a08201526001600160401b038816908c907f3a47cdeff856f0a3cb51daa69933fde594f4bbdd5daf592d499f10e319535ff29060c00160405180910390a3608001519a9950505050505050505050565b6040805160a08101825260008082526020820181905291810182905260608101829052608081018290529084861061363d578461363f565b855b9050600061364d8288614189565b9050600061271061365e8782614189565b613668908461429b565b613672919061439b565b905060008582106136835785613685565b815b6001600160601b03808b1687528516602087015290506136a58284614189565b6001600160601b031660408601526136bd8183614189565b6001600160601b03908116606087015216608085015250919695505050505050565b80356001600160401b03811681146128db57600080fd5b60006020828403121561370857600080fd5b610fca826136df565b80356001600160a01b03811681146128db57600080fd5b600080600080600060a0868803121561374057600080fd5b613749866136df565b945061375760208701613711565b93506040860135925061376c606087016136df565b915061377a608087016136df565b90509295509295909350565b60006020828403121561379857600080fd5b610fca82613711565b600060e0820190506001600160601b0383511682526001600160601b0360208401511660208301526001600160601b0360408401511660408301526001600160601b0360608401511660608301526001600160601b03608084015116608083015260a083015161381c60a08401826001600160601b03169052565b5060c083015161383760c08401826001600160401b03169052565b5092915050565b6000806040838503121561385157600080fd5b61385a83613711565b946020939093013593505050565b60006020828403121561387a57600080fd5b5035919050565b634e487b7160e01b600052602160045260246000fd5b600081518084526020840193506020830160005b8281101561391e5781518051875261ffff60208201511660208801526001600160401b0360408201511660408801526001600160601b036060820151166060880152608081015190506003811061390457613904613881565b608087015260a090950194602091909101906001016138ab565b5093949350505050565b602081526000610fca6020830184613897565b600080600080600060a0868803121561395357600080fd5b8535945060208601359350604086013560ff8116811461397257600080fd5b94979396509394606081013594506080013592915050565b6000806040838503121561399d57600080fd5b6139a6836136df565b91506139b4602084016136df565b90509250929050565b60008083601f8401126139cf57600080fd5b5081356001600160401b038111156139e657600080fd5b6020830191508360208260051b8501011115613a0157600080fd5b9250929050565b60008060008060608587031215613a1e57600080fd5b843593506020850135925060408501356001600160401b03811115613a4257600080fd5b613a4e878288016139bd565b95989497509550505050565b60008060408385031215613a6d57600080fd5b6139a683613711565b803563ffffffff811681146128db57600080fd5b60008060408385031215613a9d57600080fd5b613aa6836136df565b91506139b460208401613a76565b600080600060408486031215613ac957600080fd5b8335925060208401356001600160401b03811115613ae657600080fd5b613af2868287016139bd565b9497909650939450505050565b60068110613b0f57613b0f613881565b9052565b60208101610fb88284613aff565b81516001600160a01b0316815261016081016020830151613b4d60208401826001600160a01b03169052565b506040830151613b6860408401826001600160a01b03169052565b506060830151613b8360608401826001600160401b03169052565b506080830151613b9e60808401826001600160401b03169052565b5060a0830151613bb160a0840182613aff565b5060c0830151613bc560c084018215159052565b5060e0830151613bda60e084018260ff169052565b50610100830151613bf261010084018261ffff169052565b50610120830151613c0f6101208401826001600160601b03169052565b506101408301516138376101408401826001600160601b03169052565b60008060408385031215613c3f57600080fd5b50508035926020909101359150565b60008060408385031215613c6157600080fd5b61385a836136df565b600060208284031215613c7c57600080fd5b81356001600160401b03811115613c9257600080fd5b820160c08185031215610fca57600080fd5b82815260408101610fca6020830184613aff565b600080600080600060608688031215613cd057600080fd5b613cd9866136df565b945060208601356001600160401b03811115613cf457600080fd5b613d00888289016139bd565b90955093505060408601356001600160401b03811115613d1f57600080fd5b613d2b888289016139bd565b969995985093965092949392505050565b600080600080600085870360e0811215613d5557600080fd5b60a0811215613d6357600080fd5b5085945060a08601356001600160401b03811115613d8057600080fd5b613d8c888289016139bd565b90955093505060c08601356001600160401b03811115613d1f57600080fd5b6001600160a01b03831681526040810160098310613dcb57613dcb613881565b8260208301529392505050565b600060208284031215613dea57600080fd5b81518015158114610fca57600080fd5b634e487b7160e01b600052601160045260246000fd5b6001600160401b038181168382160190811115610fb857610fb8613dfa565b6001600160401b038281168282160390811115610fb857610fb8613dfa565b6001600160601b038181168382160190811115610fb857610fb8613dfa565b6001600160601b038281168282160390811115610fb857610fb8613dfa565b634e487b7160e01b600052604160045260246000fd5b634e487b7160e01b600052603260045260246000fd5b81835281816020850137506000828201602090810191909152601f909101601f19169091010190565b60008383855260208501945060208460051b8201018360005b86811015613f6e57838303601f19018852813536879003601e19018112613f2057600080fd5b86016020810190356001600160401b03811115613f3c57600080fd5b803603821315613f4b57600080fd5b613f56858284613eb8565b60209a8b019a90955093909301925050600101613efa565b50909695505050505050565b838152604060208201526000613f94604083018486613ee1565b95945050505050565b600060208284031215613faf57600080fd5b81356001600160601b0381168114610fca57600080fd5b80820180821115610fb857610fb8613dfa565b6040808252835190820181905260009060208501906060840190835b8181101561401c5783516001600160601b0316835260209384019390920191600101613ff5565b5050809250505082151560208301529392505050565b6000808335601e1984360301811261404957600080fd5b8301803591506001600160401b0382111561406357600080fd5b6020019150606081023603821315613a0157600080fd5b6000808335601e1984360301811261409157600080fd5b8301803591506001600160401b038211156140ab57600080fd5b6020019150600581901b3603821315613a0157600080fd5b6000602082840312156140d557600080fd5b610fca82613a76565b803561ffff811681146128db57600080fd5b60006020828403121561410257600080fd5b610fca826140de565b60a0810161ffff61411b846140de565b16825263ffffffff61412f60208501613a76565b1660208301526001600160401b03614149604085016136df565b1660408301526001600160401b03614163606085016136df565b1660608301526001600160401b0361417d608085016136df565b16608083015292915050565b81810381811115610fb857610fb8613dfa565b6000602082840312156141ae57600080fd5b815160098110610fca57600080fd5b634e487b7160e01b600052601260045260246000fd5b60006001600160401b038316806141ec576141ec6141bd565b806001600160401b0384160491505092915050565b6000808335601e1984360301811261421857600080fd5b8301803591506001600160401b0382111561423257600080fd5b602001915036819003821315613a0157600080fd5b602081526000612922602083018486613eb8565b6001600160a01b0385811682528416602082015260ff83166040820152608081016007831061428c5761428c613881565b82606083015295945050505050565b8082028115828204841417610fb857610fb8613dfa565b60018060a01b03881681526001600160401b03871660208201528560408201526001600160401b038516606082015260c0608082015260006142f760c0830186613897565b82810360a084015261430a818587613ee1565b9a9950505050505050505050565b6040808252810184905260006001600160fb1b0385111561433857600080fd5b8460051b80876060850137820182810360609081016020850152810184905284906000906080015b8582101561438f576001600160401b03614379846136df565b1681526020928301926001929092019101614360565b98975050505050505050565b6000826143aa576143aa6141bd565b50049056fea2646970667358221220b2746158d8634e7b18a7a65f3fb8f755df527ed32174cfe9bc5d5595f1f553c464736f6c634300081c0033",
}

// ClaimsABI is the input ABI used to generate the binding from.
// Deprecated: Use ClaimsMetaData.ABI instead.
var ClaimsABI = ClaimsMetaData.ABI

// ClaimsBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ClaimsMetaData.Bin instead.
var ClaimsBin = ClaimsMetaData.Bin

// DeployClaims deploys a new Ethereum contract, binding an instance of Claims to it.
func DeployClaims(auth *bind.TransactOpts, backend bind.ContractBackend, registry_ common.Address, grants_ common.Address, token_ common.Address) (common.Address, *types.Transaction, *Claims, error) {
	parsed, err := ClaimsMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ClaimsBin), backend, registry_, grants_, token_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &Claims{ClaimsCaller: ClaimsCaller{contract: contract}, ClaimsTransactor: ClaimsTransactor{contract: contract}, ClaimsFilterer: ClaimsFilterer{contract: contract}}, nil
}

// Claims is an auto generated Go binding around an Ethereum contract.
type Claims struct {
	ClaimsCaller     // Read-only binding to the contract
	ClaimsTransactor // Write-only binding to the contract
	ClaimsFilterer   // Log filterer for contract events
}

// ClaimsCaller is an auto generated read-only Go binding around an Ethereum contract.
type ClaimsCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClaimsTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ClaimsTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClaimsFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ClaimsFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ClaimsSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ClaimsSession struct {
	Contract     *Claims           // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ClaimsCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ClaimsCallerSession struct {
	Contract *ClaimsCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts // Call options to use throughout this session
}

// ClaimsTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ClaimsTransactorSession struct {
	Contract     *ClaimsTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ClaimsRaw is an auto generated low-level Go binding around an Ethereum contract.
type ClaimsRaw struct {
	Contract *Claims // Generic contract binding to access the raw methods on
}

// ClaimsCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ClaimsCallerRaw struct {
	Contract *ClaimsCaller // Generic read-only contract binding to access the raw methods on
}

// ClaimsTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ClaimsTransactorRaw struct {
	Contract *ClaimsTransactor // Generic write-only contract binding to access the raw methods on
}

// NewClaims creates a new instance of Claims, bound to a specific deployed contract.
func NewClaims(address common.Address, backend bind.ContractBackend) (*Claims, error) {
	contract, err := bindClaims(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &Claims{ClaimsCaller: ClaimsCaller{contract: contract}, ClaimsTransactor: ClaimsTransactor{contract: contract}, ClaimsFilterer: ClaimsFilterer{contract: contract}}, nil
}

// NewClaimsCaller creates a new read-only instance of Claims, bound to a specific deployed contract.
func NewClaimsCaller(address common.Address, caller bind.ContractCaller) (*ClaimsCaller, error) {
	contract, err := bindClaims(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ClaimsCaller{contract: contract}, nil
}

// NewClaimsTransactor creates a new write-only instance of Claims, bound to a specific deployed contract.
func NewClaimsTransactor(address common.Address, transactor bind.ContractTransactor) (*ClaimsTransactor, error) {
	contract, err := bindClaims(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ClaimsTransactor{contract: contract}, nil
}

// NewClaimsFilterer creates a new log filterer instance of Claims, bound to a specific deployed contract.
func NewClaimsFilterer(address common.Address, filterer bind.ContractFilterer) (*ClaimsFilterer, error) {
	contract, err := bindClaims(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ClaimsFilterer{contract: contract}, nil
}

// bindClaims binds a generic wrapper to an already deployed contract.
func bindClaims(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ClaimsMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Claims *ClaimsRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Claims.Contract.ClaimsCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Claims *ClaimsRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Claims.Contract.ClaimsTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Claims *ClaimsRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Claims.Contract.ClaimsTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_Claims *ClaimsCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _Claims.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_Claims *ClaimsTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _Claims.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_Claims *ClaimsTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _Claims.Contract.contract.Transact(opts, method, params...)
}

// BENEFITYEAR is a free data retrieval call binding the contract method 0xc22fa86c.
//
// Solidity: function BENEFIT_YEAR() view returns(uint64)
func (_Claims *ClaimsCaller) BENEFITYEAR(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "BENEFIT_YEAR")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// BENEFITYEAR is a free data retrieval call binding the contract method 0xc22fa86c.
//
// Solidity: function BENEFIT_YEAR() view returns(uint64)
func (_Claims *ClaimsSession) BENEFITYEAR() (uint64, error) {
	return _Claims.Contract.BENEFITYEAR(&_Claims.CallOpts)
}

// BENEFITYEAR is a free data retrieval call binding the contract method 0xc22fa86c.
//
// Solidity: function BENEFIT_YEAR() view returns(uint64)
func (_Claims *ClaimsCallerSession) BENEFITYEAR() (uint64, error) {
	return _Claims.Contract.BENEFITYEAR(&_Claims.CallOpts)
}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_Claims *ClaimsCaller) MAXEVIDENCE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "MAX_EVIDENCE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_Claims *ClaimsSession) MAXEVIDENCE() (*big.Int, error) {
	return _Claims.Contract.MAXEVIDENCE(&_Claims.CallOpts)
}

// MAXEVIDENCE is a free data retrieval call binding the contract method 0x3a0d9710.
//
// Solidity: function MAX_EVIDENCE() view returns(uint256)
func (_Claims *ClaimsCallerSession) MAXEVIDENCE() (*big.Int, error) {
	return _Claims.Contract.MAXEVIDENCE(&_Claims.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_Claims *ClaimsCaller) MAXLINES(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "MAX_LINES")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_Claims *ClaimsSession) MAXLINES() (*big.Int, error) {
	return _Claims.Contract.MAXLINES(&_Claims.CallOpts)
}

// MAXLINES is a free data retrieval call binding the contract method 0xd025d3aa.
//
// Solidity: function MAX_LINES() view returns(uint256)
func (_Claims *ClaimsCallerSession) MAXLINES() (*big.Int, error) {
	return _Claims.Contract.MAXLINES(&_Claims.CallOpts)
}

// MAXSETTLE is a free data retrieval call binding the contract method 0x545a31d0.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (_Claims *ClaimsCaller) MAXSETTLE(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "MAX_SETTLE")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXSETTLE is a free data retrieval call binding the contract method 0x545a31d0.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (_Claims *ClaimsSession) MAXSETTLE() (*big.Int, error) {
	return _Claims.Contract.MAXSETTLE(&_Claims.CallOpts)
}

// MAXSETTLE is a free data retrieval call binding the contract method 0x545a31d0.
//
// Solidity: function MAX_SETTLE() view returns(uint256)
func (_Claims *ClaimsCallerSession) MAXSETTLE() (*big.Int, error) {
	return _Claims.Contract.MAXSETTLE(&_Claims.CallOpts)
}

// MAXTARIFFS is a free data retrieval call binding the contract method 0xc8755076.
//
// Solidity: function MAX_TARIFFS() view returns(uint256)
func (_Claims *ClaimsCaller) MAXTARIFFS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "MAX_TARIFFS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// MAXTARIFFS is a free data retrieval call binding the contract method 0xc8755076.
//
// Solidity: function MAX_TARIFFS() view returns(uint256)
func (_Claims *ClaimsSession) MAXTARIFFS() (*big.Int, error) {
	return _Claims.Contract.MAXTARIFFS(&_Claims.CallOpts)
}

// MAXTARIFFS is a free data retrieval call binding the contract method 0xc8755076.
//
// Solidity: function MAX_TARIFFS() view returns(uint256)
func (_Claims *ClaimsCallerSession) MAXTARIFFS() (*big.Int, error) {
	return _Claims.Contract.MAXTARIFFS(&_Claims.CallOpts)
}

// REASONABOVEREVIEWTHRESHOLD is a free data retrieval call binding the contract method 0x790fb19c.
//
// Solidity: function REASON_ABOVE_REVIEW_THRESHOLD() view returns(uint16)
func (_Claims *ClaimsCaller) REASONABOVEREVIEWTHRESHOLD(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "REASON_ABOVE_REVIEW_THRESHOLD")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// REASONABOVEREVIEWTHRESHOLD is a free data retrieval call binding the contract method 0x790fb19c.
//
// Solidity: function REASON_ABOVE_REVIEW_THRESHOLD() view returns(uint16)
func (_Claims *ClaimsSession) REASONABOVEREVIEWTHRESHOLD() (uint16, error) {
	return _Claims.Contract.REASONABOVEREVIEWTHRESHOLD(&_Claims.CallOpts)
}

// REASONABOVEREVIEWTHRESHOLD is a free data retrieval call binding the contract method 0x790fb19c.
//
// Solidity: function REASON_ABOVE_REVIEW_THRESHOLD() view returns(uint16)
func (_Claims *ClaimsCallerSession) REASONABOVEREVIEWTHRESHOLD() (uint16, error) {
	return _Claims.Contract.REASONABOVEREVIEWTHRESHOLD(&_Claims.CallOpts)
}

// REASONLINEREFUSED is a free data retrieval call binding the contract method 0xe02349df.
//
// Solidity: function REASON_LINE_REFUSED() view returns(uint16)
func (_Claims *ClaimsCaller) REASONLINEREFUSED(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "REASON_LINE_REFUSED")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// REASONLINEREFUSED is a free data retrieval call binding the contract method 0xe02349df.
//
// Solidity: function REASON_LINE_REFUSED() view returns(uint16)
func (_Claims *ClaimsSession) REASONLINEREFUSED() (uint16, error) {
	return _Claims.Contract.REASONLINEREFUSED(&_Claims.CallOpts)
}

// REASONLINEREFUSED is a free data retrieval call binding the contract method 0xe02349df.
//
// Solidity: function REASON_LINE_REFUSED() view returns(uint16)
func (_Claims *ClaimsCallerSession) REASONLINEREFUSED() (uint16, error) {
	return _Claims.Contract.REASONLINEREFUSED(&_Claims.CallOpts)
}

// REASONNOCONSENT is a free data retrieval call binding the contract method 0x1fa21d7d.
//
// Solidity: function REASON_NO_CONSENT() view returns(uint16)
func (_Claims *ClaimsCaller) REASONNOCONSENT(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "REASON_NO_CONSENT")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// REASONNOCONSENT is a free data retrieval call binding the contract method 0x1fa21d7d.
//
// Solidity: function REASON_NO_CONSENT() view returns(uint16)
func (_Claims *ClaimsSession) REASONNOCONSENT() (uint16, error) {
	return _Claims.Contract.REASONNOCONSENT(&_Claims.CallOpts)
}

// REASONNOCONSENT is a free data retrieval call binding the contract method 0x1fa21d7d.
//
// Solidity: function REASON_NO_CONSENT() view returns(uint16)
func (_Claims *ClaimsCallerSession) REASONNOCONSENT() (uint16, error) {
	return _Claims.Contract.REASONNOCONSENT(&_Claims.CallOpts)
}

// REASONPOLICYINACTIVE is a free data retrieval call binding the contract method 0x0fdac438.
//
// Solidity: function REASON_POLICY_INACTIVE() view returns(uint16)
func (_Claims *ClaimsCaller) REASONPOLICYINACTIVE(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "REASON_POLICY_INACTIVE")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// REASONPOLICYINACTIVE is a free data retrieval call binding the contract method 0x0fdac438.
//
// Solidity: function REASON_POLICY_INACTIVE() view returns(uint16)
func (_Claims *ClaimsSession) REASONPOLICYINACTIVE() (uint16, error) {
	return _Claims.Contract.REASONPOLICYINACTIVE(&_Claims.CallOpts)
}

// REASONPOLICYINACTIVE is a free data retrieval call binding the contract method 0x0fdac438.
//
// Solidity: function REASON_POLICY_INACTIVE() view returns(uint16)
func (_Claims *ClaimsCallerSession) REASONPOLICYINACTIVE() (uint16, error) {
	return _Claims.Contract.REASONPOLICYINACTIVE(&_Claims.CallOpts)
}

// REASONUNDERFUNDED is a free data retrieval call binding the contract method 0xf29566e7.
//
// Solidity: function REASON_UNDERFUNDED() view returns(uint16)
func (_Claims *ClaimsCaller) REASONUNDERFUNDED(opts *bind.CallOpts) (uint16, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "REASON_UNDERFUNDED")

	if err != nil {
		return *new(uint16), err
	}

	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)

	return out0, err

}

// REASONUNDERFUNDED is a free data retrieval call binding the contract method 0xf29566e7.
//
// Solidity: function REASON_UNDERFUNDED() view returns(uint16)
func (_Claims *ClaimsSession) REASONUNDERFUNDED() (uint16, error) {
	return _Claims.Contract.REASONUNDERFUNDED(&_Claims.CallOpts)
}

// REASONUNDERFUNDED is a free data retrieval call binding the contract method 0xf29566e7.
//
// Solidity: function REASON_UNDERFUNDED() view returns(uint16)
func (_Claims *ClaimsCallerSession) REASONUNDERFUNDED() (uint16, error) {
	return _Claims.Contract.REASONUNDERFUNDED(&_Claims.CallOpts)
}

// AccessGrants is a free data retrieval call binding the contract method 0x02e93a12.
//
// Solidity: function accessGrants() view returns(address)
func (_Claims *ClaimsCaller) AccessGrants(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "accessGrants")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// AccessGrants is a free data retrieval call binding the contract method 0x02e93a12.
//
// Solidity: function accessGrants() view returns(address)
func (_Claims *ClaimsSession) AccessGrants() (common.Address, error) {
	return _Claims.Contract.AccessGrants(&_Claims.CallOpts)
}

// AccessGrants is a free data retrieval call binding the contract method 0x02e93a12.
//
// Solidity: function accessGrants() view returns(address)
func (_Claims *ClaimsCallerSession) AccessGrants() (common.Address, error) {
	return _Claims.Contract.AccessGrants(&_Claims.CallOpts)
}

// BenefitYearOf is a free data retrieval call binding the contract method 0x634a7704.
//
// Solidity: function benefitYearOf(uint64 policyId, uint64 serviceDate) view returns(uint32)
func (_Claims *ClaimsCaller) BenefitYearOf(opts *bind.CallOpts, policyId uint64, serviceDate uint64) (uint32, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "benefitYearOf", policyId, serviceDate)

	if err != nil {
		return *new(uint32), err
	}

	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)

	return out0, err

}

// BenefitYearOf is a free data retrieval call binding the contract method 0x634a7704.
//
// Solidity: function benefitYearOf(uint64 policyId, uint64 serviceDate) view returns(uint32)
func (_Claims *ClaimsSession) BenefitYearOf(policyId uint64, serviceDate uint64) (uint32, error) {
	return _Claims.Contract.BenefitYearOf(&_Claims.CallOpts, policyId, serviceDate)
}

// BenefitYearOf is a free data retrieval call binding the contract method 0x634a7704.
//
// Solidity: function benefitYearOf(uint64 policyId, uint64 serviceDate) view returns(uint32)
func (_Claims *ClaimsCallerSession) BenefitYearOf(policyId uint64, serviceDate uint64) (uint32, error) {
	return _Claims.Contract.BenefitYearOf(&_Claims.CallOpts, policyId, serviceDate)
}

// Claim is a free data retrieval call binding the contract method 0xbd66528a.
//
// Solidity: function claim(bytes32 claimId) view returns((address,address,address,uint64,uint64,uint8,bool,uint8,uint16,uint96,uint96) out)
func (_Claims *ClaimsCaller) Claim(opts *bind.CallOpts, claimId [32]byte) (IClaimsClaim, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "claim", claimId)

	if err != nil {
		return *new(IClaimsClaim), err
	}

	out0 := *abi.ConvertType(out[0], new(IClaimsClaim)).(*IClaimsClaim)

	return out0, err

}

// Claim is a free data retrieval call binding the contract method 0xbd66528a.
//
// Solidity: function claim(bytes32 claimId) view returns((address,address,address,uint64,uint64,uint8,bool,uint8,uint16,uint96,uint96) out)
func (_Claims *ClaimsSession) Claim(claimId [32]byte) (IClaimsClaim, error) {
	return _Claims.Contract.Claim(&_Claims.CallOpts, claimId)
}

// Claim is a free data retrieval call binding the contract method 0xbd66528a.
//
// Solidity: function claim(bytes32 claimId) view returns((address,address,address,uint64,uint64,uint8,bool,uint8,uint16,uint96,uint96) out)
func (_Claims *ClaimsCallerSession) Claim(claimId [32]byte) (IClaimsClaim, error) {
	return _Claims.Contract.Claim(&_Claims.CallOpts, claimId)
}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address provider, bytes32 claimKey) pure returns(bytes32)
func (_Claims *ClaimsCaller) ClaimIdOf(opts *bind.CallOpts, provider common.Address, claimKey [32]byte) ([32]byte, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "claimIdOf", provider, claimKey)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address provider, bytes32 claimKey) pure returns(bytes32)
func (_Claims *ClaimsSession) ClaimIdOf(provider common.Address, claimKey [32]byte) ([32]byte, error) {
	return _Claims.Contract.ClaimIdOf(&_Claims.CallOpts, provider, claimKey)
}

// ClaimIdOf is a free data retrieval call binding the contract method 0x1799c38e.
//
// Solidity: function claimIdOf(address provider, bytes32 claimKey) pure returns(bytes32)
func (_Claims *ClaimsCallerSession) ClaimIdOf(provider common.Address, claimKey [32]byte) ([32]byte, error) {
	return _Claims.Contract.ClaimIdOf(&_Claims.CallOpts, provider, claimKey)
}

// ClaimLines is a free data retrieval call binding the contract method 0x3eb8f222.
//
// Solidity: function claimLines(bytes32 claimId) view returns((bytes32,uint16,uint64,uint96,uint8)[] out)
func (_Claims *ClaimsCaller) ClaimLines(opts *bind.CallOpts, claimId [32]byte) ([]IClaimsLineOutcome, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "claimLines", claimId)

	if err != nil {
		return *new([]IClaimsLineOutcome), err
	}

	out0 := *abi.ConvertType(out[0], new([]IClaimsLineOutcome)).(*[]IClaimsLineOutcome)

	return out0, err

}

// ClaimLines is a free data retrieval call binding the contract method 0x3eb8f222.
//
// Solidity: function claimLines(bytes32 claimId) view returns((bytes32,uint16,uint64,uint96,uint8)[] out)
func (_Claims *ClaimsSession) ClaimLines(claimId [32]byte) ([]IClaimsLineOutcome, error) {
	return _Claims.Contract.ClaimLines(&_Claims.CallOpts, claimId)
}

// ClaimLines is a free data retrieval call binding the contract method 0x3eb8f222.
//
// Solidity: function claimLines(bytes32 claimId) view returns((bytes32,uint16,uint64,uint96,uint8)[] out)
func (_Claims *ClaimsCallerSession) ClaimLines(claimId [32]byte) ([]IClaimsLineOutcome, error) {
	return _Claims.Contract.ClaimLines(&_Claims.CallOpts, claimId)
}

// Plan is a free data retrieval call binding the contract method 0x505d7dba.
//
// Solidity: function plan(uint64 planId) view returns((address,bool,(uint16,uint32,uint64,uint64,uint64)))
func (_Claims *ClaimsCaller) Plan(opts *bind.CallOpts, planId uint64) (IClaimsPlan, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "plan", planId)

	if err != nil {
		return *new(IClaimsPlan), err
	}

	out0 := *abi.ConvertType(out[0], new(IClaimsPlan)).(*IClaimsPlan)

	return out0, err

}

// Plan is a free data retrieval call binding the contract method 0x505d7dba.
//
// Solidity: function plan(uint64 planId) view returns((address,bool,(uint16,uint32,uint64,uint64,uint64)))
func (_Claims *ClaimsSession) Plan(planId uint64) (IClaimsPlan, error) {
	return _Claims.Contract.Plan(&_Claims.CallOpts, planId)
}

// Plan is a free data retrieval call binding the contract method 0x505d7dba.
//
// Solidity: function plan(uint64 planId) view returns((address,bool,(uint16,uint32,uint64,uint64,uint64)))
func (_Claims *ClaimsCallerSession) Plan(planId uint64) (IClaimsPlan, error) {
	return _Claims.Contract.Plan(&_Claims.CallOpts, planId)
}

// PlanCount is a free data retrieval call binding the contract method 0x382d39bb.
//
// Solidity: function planCount() view returns(uint64)
func (_Claims *ClaimsCaller) PlanCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "planCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PlanCount is a free data retrieval call binding the contract method 0x382d39bb.
//
// Solidity: function planCount() view returns(uint64)
func (_Claims *ClaimsSession) PlanCount() (uint64, error) {
	return _Claims.Contract.PlanCount(&_Claims.CallOpts)
}

// PlanCount is a free data retrieval call binding the contract method 0x382d39bb.
//
// Solidity: function planCount() view returns(uint64)
func (_Claims *ClaimsCallerSession) PlanCount() (uint64, error) {
	return _Claims.Contract.PlanCount(&_Claims.CallOpts)
}

// Policy is a free data retrieval call binding the contract method 0x8d3180fe.
//
// Solidity: function policy(uint64 policyId) view returns((address,uint64,bytes32,uint64,uint64))
func (_Claims *ClaimsCaller) Policy(opts *bind.CallOpts, policyId uint64) (IClaimsPolicy, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "policy", policyId)

	if err != nil {
		return *new(IClaimsPolicy), err
	}

	out0 := *abi.ConvertType(out[0], new(IClaimsPolicy)).(*IClaimsPolicy)

	return out0, err

}

// Policy is a free data retrieval call binding the contract method 0x8d3180fe.
//
// Solidity: function policy(uint64 policyId) view returns((address,uint64,bytes32,uint64,uint64))
func (_Claims *ClaimsSession) Policy(policyId uint64) (IClaimsPolicy, error) {
	return _Claims.Contract.Policy(&_Claims.CallOpts, policyId)
}

// Policy is a free data retrieval call binding the contract method 0x8d3180fe.
//
// Solidity: function policy(uint64 policyId) view returns((address,uint64,bytes32,uint64,uint64))
func (_Claims *ClaimsCallerSession) Policy(policyId uint64) (IClaimsPolicy, error) {
	return _Claims.Contract.Policy(&_Claims.CallOpts, policyId)
}

// PolicyCount is a free data retrieval call binding the contract method 0xde54d429.
//
// Solidity: function policyCount() view returns(uint64)
func (_Claims *ClaimsCaller) PolicyCount(opts *bind.CallOpts) (uint64, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "policyCount")

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// PolicyCount is a free data retrieval call binding the contract method 0xde54d429.
//
// Solidity: function policyCount() view returns(uint64)
func (_Claims *ClaimsSession) PolicyCount() (uint64, error) {
	return _Claims.Contract.PolicyCount(&_Claims.CallOpts)
}

// PolicyCount is a free data retrieval call binding the contract method 0xde54d429.
//
// Solidity: function policyCount() view returns(uint64)
func (_Claims *ClaimsCallerSession) PolicyCount() (uint64, error) {
	return _Claims.Contract.PolicyCount(&_Claims.CallOpts)
}

// Pool is a free data retrieval call binding the contract method 0x156522a8.
//
// Solidity: function pool(address insurer) view returns((uint96,uint96,uint96,uint96,uint96,uint96,uint64) out)
func (_Claims *ClaimsCaller) Pool(opts *bind.CallOpts, insurer common.Address) (IClaimsPool, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "pool", insurer)

	if err != nil {
		return *new(IClaimsPool), err
	}

	out0 := *abi.ConvertType(out[0], new(IClaimsPool)).(*IClaimsPool)

	return out0, err

}

// Pool is a free data retrieval call binding the contract method 0x156522a8.
//
// Solidity: function pool(address insurer) view returns((uint96,uint96,uint96,uint96,uint96,uint96,uint64) out)
func (_Claims *ClaimsSession) Pool(insurer common.Address) (IClaimsPool, error) {
	return _Claims.Contract.Pool(&_Claims.CallOpts, insurer)
}

// Pool is a free data retrieval call binding the contract method 0x156522a8.
//
// Solidity: function pool(address insurer) view returns((uint96,uint96,uint96,uint96,uint96,uint96,uint64) out)
func (_Claims *ClaimsCallerSession) Pool(insurer common.Address) (IClaimsPool, error) {
	return _Claims.Contract.Pool(&_Claims.CallOpts, insurer)
}

// QueueBounds is a free data retrieval call binding the contract method 0xc9d6bb79.
//
// Solidity: function queueBounds(address insurer) view returns(uint64 head, uint64 tail)
func (_Claims *ClaimsCaller) QueueBounds(opts *bind.CallOpts, insurer common.Address) (struct {
	Head uint64
	Tail uint64
}, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "queueBounds", insurer)

	outstruct := new(struct {
		Head uint64
		Tail uint64
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Head = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Tail = *abi.ConvertType(out[1], new(uint64)).(*uint64)

	return *outstruct, err

}

// QueueBounds is a free data retrieval call binding the contract method 0xc9d6bb79.
//
// Solidity: function queueBounds(address insurer) view returns(uint64 head, uint64 tail)
func (_Claims *ClaimsSession) QueueBounds(insurer common.Address) (struct {
	Head uint64
	Tail uint64
}, error) {
	return _Claims.Contract.QueueBounds(&_Claims.CallOpts, insurer)
}

// QueueBounds is a free data retrieval call binding the contract method 0xc9d6bb79.
//
// Solidity: function queueBounds(address insurer) view returns(uint64 head, uint64 tail)
func (_Claims *ClaimsCallerSession) QueueBounds(insurer common.Address) (struct {
	Head uint64
	Tail uint64
}, error) {
	return _Claims.Contract.QueueBounds(&_Claims.CallOpts, insurer)
}

// QueuedClaimAt is a free data retrieval call binding the contract method 0x8c592e4f.
//
// Solidity: function queuedClaimAt(address insurer, uint64 position) view returns(bytes32)
func (_Claims *ClaimsCaller) QueuedClaimAt(opts *bind.CallOpts, insurer common.Address, position uint64) ([32]byte, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "queuedClaimAt", insurer, position)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// QueuedClaimAt is a free data retrieval call binding the contract method 0x8c592e4f.
//
// Solidity: function queuedClaimAt(address insurer, uint64 position) view returns(bytes32)
func (_Claims *ClaimsSession) QueuedClaimAt(insurer common.Address, position uint64) ([32]byte, error) {
	return _Claims.Contract.QueuedClaimAt(&_Claims.CallOpts, insurer, position)
}

// QueuedClaimAt is a free data retrieval call binding the contract method 0x8c592e4f.
//
// Solidity: function queuedClaimAt(address insurer, uint64 position) view returns(bytes32)
func (_Claims *ClaimsCallerSession) QueuedClaimAt(insurer common.Address, position uint64) ([32]byte, error) {
	return _Claims.Contract.QueuedClaimAt(&_Claims.CallOpts, insurer, position)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Claims *ClaimsCaller) Registry(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "registry")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Claims *ClaimsSession) Registry() (common.Address, error) {
	return _Claims.Contract.Registry(&_Claims.CallOpts)
}

// Registry is a free data retrieval call binding the contract method 0x7b103999.
//
// Solidity: function registry() view returns(address)
func (_Claims *ClaimsCallerSession) Registry() (common.Address, error) {
	return _Claims.Contract.Registry(&_Claims.CallOpts)
}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 planId, bytes32 code) view returns(uint64)
func (_Claims *ClaimsCaller) Tariff(opts *bind.CallOpts, planId uint64, code [32]byte) (uint64, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "tariff", planId, code)

	if err != nil {
		return *new(uint64), err
	}

	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)

	return out0, err

}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 planId, bytes32 code) view returns(uint64)
func (_Claims *ClaimsSession) Tariff(planId uint64, code [32]byte) (uint64, error) {
	return _Claims.Contract.Tariff(&_Claims.CallOpts, planId, code)
}

// Tariff is a free data retrieval call binding the contract method 0xc2e17e8a.
//
// Solidity: function tariff(uint64 planId, bytes32 code) view returns(uint64)
func (_Claims *ClaimsCallerSession) Tariff(planId uint64, code [32]byte) (uint64, error) {
	return _Claims.Contract.Tariff(&_Claims.CallOpts, planId, code)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Claims *ClaimsCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Claims *ClaimsSession) Token() (common.Address, error) {
	return _Claims.Contract.Token(&_Claims.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_Claims *ClaimsCallerSession) Token() (common.Address, error) {
	return _Claims.Contract.Token(&_Claims.CallOpts)
}

// Usage is a free data retrieval call binding the contract method 0xae5a8091.
//
// Solidity: function usage(uint64 policyId, uint32 year) view returns((uint96,uint96))
func (_Claims *ClaimsCaller) Usage(opts *bind.CallOpts, policyId uint64, year uint32) (IClaimsUsage, error) {
	var out []interface{}
	err := _Claims.contract.Call(opts, &out, "usage", policyId, year)

	if err != nil {
		return *new(IClaimsUsage), err
	}

	out0 := *abi.ConvertType(out[0], new(IClaimsUsage)).(*IClaimsUsage)

	return out0, err

}

// Usage is a free data retrieval call binding the contract method 0xae5a8091.
//
// Solidity: function usage(uint64 policyId, uint32 year) view returns((uint96,uint96))
func (_Claims *ClaimsSession) Usage(policyId uint64, year uint32) (IClaimsUsage, error) {
	return _Claims.Contract.Usage(&_Claims.CallOpts, policyId, year)
}

// Usage is a free data retrieval call binding the contract method 0xae5a8091.
//
// Solidity: function usage(uint64 policyId, uint32 year) view returns((uint96,uint96))
func (_Claims *ClaimsCallerSession) Usage(policyId uint64, year uint32) (IClaimsUsage, error) {
	return _Claims.Contract.Usage(&_Claims.CallOpts, policyId, year)
}

// AppealClaim is a paid mutator transaction binding the contract method 0x6c9ed7f0.
//
// Solidity: function appealClaim(bytes32 claimId, bytes32 reasonCode, bytes[] evidence) returns()
func (_Claims *ClaimsTransactor) AppealClaim(opts *bind.TransactOpts, claimId [32]byte, reasonCode [32]byte, evidence [][]byte) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "appealClaim", claimId, reasonCode, evidence)
}

// AppealClaim is a paid mutator transaction binding the contract method 0x6c9ed7f0.
//
// Solidity: function appealClaim(bytes32 claimId, bytes32 reasonCode, bytes[] evidence) returns()
func (_Claims *ClaimsSession) AppealClaim(claimId [32]byte, reasonCode [32]byte, evidence [][]byte) (*types.Transaction, error) {
	return _Claims.Contract.AppealClaim(&_Claims.TransactOpts, claimId, reasonCode, evidence)
}

// AppealClaim is a paid mutator transaction binding the contract method 0x6c9ed7f0.
//
// Solidity: function appealClaim(bytes32 claimId, bytes32 reasonCode, bytes[] evidence) returns()
func (_Claims *ClaimsTransactorSession) AppealClaim(claimId [32]byte, reasonCode [32]byte, evidence [][]byte) (*types.Transaction, error) {
	return _Claims.Contract.AppealClaim(&_Claims.TransactOpts, claimId, reasonCode, evidence)
}

// ApproveClaim is a paid mutator transaction binding the contract method 0xb3febb9c.
//
// Solidity: function approveClaim(bytes32 claimId, uint96[] amounts) returns(uint8 status)
func (_Claims *ClaimsTransactor) ApproveClaim(opts *bind.TransactOpts, claimId [32]byte, amounts []*big.Int) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "approveClaim", claimId, amounts)
}

// ApproveClaim is a paid mutator transaction binding the contract method 0xb3febb9c.
//
// Solidity: function approveClaim(bytes32 claimId, uint96[] amounts) returns(uint8 status)
func (_Claims *ClaimsSession) ApproveClaim(claimId [32]byte, amounts []*big.Int) (*types.Transaction, error) {
	return _Claims.Contract.ApproveClaim(&_Claims.TransactOpts, claimId, amounts)
}

// ApproveClaim is a paid mutator transaction binding the contract method 0xb3febb9c.
//
// Solidity: function approveClaim(bytes32 claimId, uint96[] amounts) returns(uint8 status)
func (_Claims *ClaimsTransactorSession) ApproveClaim(claimId [32]byte, amounts []*big.Int) (*types.Transaction, error) {
	return _Claims.Contract.ApproveClaim(&_Claims.TransactOpts, claimId, amounts)
}

// ClosePlan is a paid mutator transaction binding the contract method 0x0ea6a781.
//
// Solidity: function closePlan(uint64 planId) returns()
func (_Claims *ClaimsTransactor) ClosePlan(opts *bind.TransactOpts, planId uint64) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "closePlan", planId)
}

// ClosePlan is a paid mutator transaction binding the contract method 0x0ea6a781.
//
// Solidity: function closePlan(uint64 planId) returns()
func (_Claims *ClaimsSession) ClosePlan(planId uint64) (*types.Transaction, error) {
	return _Claims.Contract.ClosePlan(&_Claims.TransactOpts, planId)
}

// ClosePlan is a paid mutator transaction binding the contract method 0x0ea6a781.
//
// Solidity: function closePlan(uint64 planId) returns()
func (_Claims *ClaimsTransactorSession) ClosePlan(planId uint64) (*types.Transaction, error) {
	return _Claims.Contract.ClosePlan(&_Claims.TransactOpts, planId)
}

// CreatePlan is a paid mutator transaction binding the contract method 0xf0e11463.
//
// Solidity: function createPlan((uint16,uint32,uint64,uint64,uint64) terms, bytes32[] codes, uint64[] tariffs) returns(uint64 planId)
func (_Claims *ClaimsTransactor) CreatePlan(opts *bind.TransactOpts, terms IClaimsPlanTerms, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "createPlan", terms, codes, tariffs)
}

// CreatePlan is a paid mutator transaction binding the contract method 0xf0e11463.
//
// Solidity: function createPlan((uint16,uint32,uint64,uint64,uint64) terms, bytes32[] codes, uint64[] tariffs) returns(uint64 planId)
func (_Claims *ClaimsSession) CreatePlan(terms IClaimsPlanTerms, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.Contract.CreatePlan(&_Claims.TransactOpts, terms, codes, tariffs)
}

// CreatePlan is a paid mutator transaction binding the contract method 0xf0e11463.
//
// Solidity: function createPlan((uint16,uint32,uint64,uint64,uint64) terms, bytes32[] codes, uint64[] tariffs) returns(uint64 planId)
func (_Claims *ClaimsTransactorSession) CreatePlan(terms IClaimsPlanTerms, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.Contract.CreatePlan(&_Claims.TransactOpts, terms, codes, tariffs)
}

// DenyClaim is a paid mutator transaction binding the contract method 0xc1864ac5.
//
// Solidity: function denyClaim(bytes32 claimId, bytes32 reasonCode) returns()
func (_Claims *ClaimsTransactor) DenyClaim(opts *bind.TransactOpts, claimId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "denyClaim", claimId, reasonCode)
}

// DenyClaim is a paid mutator transaction binding the contract method 0xc1864ac5.
//
// Solidity: function denyClaim(bytes32 claimId, bytes32 reasonCode) returns()
func (_Claims *ClaimsSession) DenyClaim(claimId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _Claims.Contract.DenyClaim(&_Claims.TransactOpts, claimId, reasonCode)
}

// DenyClaim is a paid mutator transaction binding the contract method 0xc1864ac5.
//
// Solidity: function denyClaim(bytes32 claimId, bytes32 reasonCode) returns()
func (_Claims *ClaimsTransactorSession) DenyClaim(claimId [32]byte, reasonCode [32]byte) (*types.Transaction, error) {
	return _Claims.Contract.DenyClaim(&_Claims.TransactOpts, claimId, reasonCode)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_Claims *ClaimsTransactor) Deposit(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "deposit", amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_Claims *ClaimsSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Deposit(&_Claims.TransactOpts, amount)
}

// Deposit is a paid mutator transaction binding the contract method 0xb6b55f25.
//
// Solidity: function deposit(uint256 amount) returns()
func (_Claims *ClaimsTransactorSession) Deposit(amount *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Deposit(&_Claims.TransactOpts, amount)
}

// DepositWithPermit is a paid mutator transaction binding the contract method 0x4a970be7.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Claims *ClaimsTransactor) DepositWithPermit(opts *bind.TransactOpts, amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "depositWithPermit", amount, deadline, v, r, s)
}

// DepositWithPermit is a paid mutator transaction binding the contract method 0x4a970be7.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Claims *ClaimsSession) DepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Claims.Contract.DepositWithPermit(&_Claims.TransactOpts, amount, deadline, v, r, s)
}

// DepositWithPermit is a paid mutator transaction binding the contract method 0x4a970be7.
//
// Solidity: function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) returns()
func (_Claims *ClaimsTransactorSession) DepositWithPermit(amount *big.Int, deadline *big.Int, v uint8, r [32]byte, s [32]byte) (*types.Transaction, error) {
	return _Claims.Contract.DepositWithPermit(&_Claims.TransactOpts, amount, deadline, v, r, s)
}

// Enrol is a paid mutator transaction binding the contract method 0x151582ba.
//
// Solidity: function enrol(uint64 planId, address patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil) returns(uint64 policyId)
func (_Claims *ClaimsTransactor) Enrol(opts *bind.TransactOpts, planId uint64, patient common.Address, memberRef [32]byte, validFrom uint64, validUntil uint64) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "enrol", planId, patient, memberRef, validFrom, validUntil)
}

// Enrol is a paid mutator transaction binding the contract method 0x151582ba.
//
// Solidity: function enrol(uint64 planId, address patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil) returns(uint64 policyId)
func (_Claims *ClaimsSession) Enrol(planId uint64, patient common.Address, memberRef [32]byte, validFrom uint64, validUntil uint64) (*types.Transaction, error) {
	return _Claims.Contract.Enrol(&_Claims.TransactOpts, planId, patient, memberRef, validFrom, validUntil)
}

// Enrol is a paid mutator transaction binding the contract method 0x151582ba.
//
// Solidity: function enrol(uint64 planId, address patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil) returns(uint64 policyId)
func (_Claims *ClaimsTransactorSession) Enrol(planId uint64, patient common.Address, memberRef [32]byte, validFrom uint64, validUntil uint64) (*types.Transaction, error) {
	return _Claims.Contract.Enrol(&_Claims.TransactOpts, planId, patient, memberRef, validFrom, validUntil)
}

// SetTariffs is a paid mutator transaction binding the contract method 0xe400299a.
//
// Solidity: function setTariffs(uint64 planId, bytes32[] codes, uint64[] tariffs) returns()
func (_Claims *ClaimsTransactor) SetTariffs(opts *bind.TransactOpts, planId uint64, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "setTariffs", planId, codes, tariffs)
}

// SetTariffs is a paid mutator transaction binding the contract method 0xe400299a.
//
// Solidity: function setTariffs(uint64 planId, bytes32[] codes, uint64[] tariffs) returns()
func (_Claims *ClaimsSession) SetTariffs(planId uint64, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.Contract.SetTariffs(&_Claims.TransactOpts, planId, codes, tariffs)
}

// SetTariffs is a paid mutator transaction binding the contract method 0xe400299a.
//
// Solidity: function setTariffs(uint64 planId, bytes32[] codes, uint64[] tariffs) returns()
func (_Claims *ClaimsTransactorSession) SetTariffs(planId uint64, codes [][32]byte, tariffs []uint64) (*types.Transaction, error) {
	return _Claims.Contract.SetTariffs(&_Claims.TransactOpts, planId, codes, tariffs)
}

// Settle is a paid mutator transaction binding the contract method 0x15afd409.
//
// Solidity: function settle(address insurer, uint256 maxClaims) returns(uint256 paid)
func (_Claims *ClaimsTransactor) Settle(opts *bind.TransactOpts, insurer common.Address, maxClaims *big.Int) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "settle", insurer, maxClaims)
}

// Settle is a paid mutator transaction binding the contract method 0x15afd409.
//
// Solidity: function settle(address insurer, uint256 maxClaims) returns(uint256 paid)
func (_Claims *ClaimsSession) Settle(insurer common.Address, maxClaims *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Settle(&_Claims.TransactOpts, insurer, maxClaims)
}

// Settle is a paid mutator transaction binding the contract method 0x15afd409.
//
// Solidity: function settle(address insurer, uint256 maxClaims) returns(uint256 paid)
func (_Claims *ClaimsTransactorSession) Settle(insurer common.Address, maxClaims *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Settle(&_Claims.TransactOpts, insurer, maxClaims)
}

// SubmitClaim is a paid mutator transaction binding the contract method 0xdfdf792c.
//
// Solidity: function submitClaim((address,uint64,uint64,bytes32,(bytes32,uint16,uint64)[],bytes[]) submission) returns(bytes32 claimId, uint8 status)
func (_Claims *ClaimsTransactor) SubmitClaim(opts *bind.TransactOpts, submission IClaimsSubmission) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "submitClaim", submission)
}

// SubmitClaim is a paid mutator transaction binding the contract method 0xdfdf792c.
//
// Solidity: function submitClaim((address,uint64,uint64,bytes32,(bytes32,uint16,uint64)[],bytes[]) submission) returns(bytes32 claimId, uint8 status)
func (_Claims *ClaimsSession) SubmitClaim(submission IClaimsSubmission) (*types.Transaction, error) {
	return _Claims.Contract.SubmitClaim(&_Claims.TransactOpts, submission)
}

// SubmitClaim is a paid mutator transaction binding the contract method 0xdfdf792c.
//
// Solidity: function submitClaim((address,uint64,uint64,bytes32,(bytes32,uint16,uint64)[],bytes[]) submission) returns(bytes32 claimId, uint8 status)
func (_Claims *ClaimsTransactorSession) SubmitClaim(submission IClaimsSubmission) (*types.Transaction, error) {
	return _Claims.Contract.SubmitClaim(&_Claims.TransactOpts, submission)
}

// TerminatePolicy is a paid mutator transaction binding the contract method 0xca9d32ca.
//
// Solidity: function terminatePolicy(uint64 policyId) returns()
func (_Claims *ClaimsTransactor) TerminatePolicy(opts *bind.TransactOpts, policyId uint64) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "terminatePolicy", policyId)
}

// TerminatePolicy is a paid mutator transaction binding the contract method 0xca9d32ca.
//
// Solidity: function terminatePolicy(uint64 policyId) returns()
func (_Claims *ClaimsSession) TerminatePolicy(policyId uint64) (*types.Transaction, error) {
	return _Claims.Contract.TerminatePolicy(&_Claims.TransactOpts, policyId)
}

// TerminatePolicy is a paid mutator transaction binding the contract method 0xca9d32ca.
//
// Solidity: function terminatePolicy(uint64 policyId) returns()
func (_Claims *ClaimsTransactorSession) TerminatePolicy(policyId uint64) (*types.Transaction, error) {
	return _Claims.Contract.TerminatePolicy(&_Claims.TransactOpts, policyId)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_Claims *ClaimsTransactor) Withdraw(opts *bind.TransactOpts, amount *big.Int) (*types.Transaction, error) {
	return _Claims.contract.Transact(opts, "withdraw", amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_Claims *ClaimsSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Withdraw(&_Claims.TransactOpts, amount)
}

// Withdraw is a paid mutator transaction binding the contract method 0x2e1a7d4d.
//
// Solidity: function withdraw(uint256 amount) returns()
func (_Claims *ClaimsTransactorSession) Withdraw(amount *big.Int) (*types.Transaction, error) {
	return _Claims.Contract.Withdraw(&_Claims.TransactOpts, amount)
}

// ClaimsClaimAppealedIterator is returned from FilterClaimAppealed and is used to iterate over the raw logs and unpacked data for ClaimAppealed events raised by the Claims contract.
type ClaimsClaimAppealedIterator struct {
	Event *ClaimsClaimAppealed // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimAppealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimAppealed)
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
		it.Event = new(ClaimsClaimAppealed)
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
func (it *ClaimsClaimAppealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimAppealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimAppealed represents a ClaimAppealed event raised by the Claims contract.
type ClaimsClaimAppealed struct {
	ClaimId    [32]byte
	Provider   common.Address
	ReasonCode [32]byte
	Evidence   [][]byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimAppealed is a free log retrieval operation binding the contract event 0x0fc32571e9e89c94ec0d0cab4be3de5a155961c39d582d26929b7b42ad901507.
//
// Solidity: event ClaimAppealed(bytes32 indexed claimId, address indexed provider, bytes32 reasonCode, bytes[] evidence)
func (_Claims *ClaimsFilterer) FilterClaimAppealed(opts *bind.FilterOpts, claimId [][32]byte, provider []common.Address) (*ClaimsClaimAppealedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimAppealed", claimIdRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimAppealedIterator{contract: _Claims.contract, event: "ClaimAppealed", logs: logs, sub: sub}, nil
}

// WatchClaimAppealed is a free log subscription operation binding the contract event 0x0fc32571e9e89c94ec0d0cab4be3de5a155961c39d582d26929b7b42ad901507.
//
// Solidity: event ClaimAppealed(bytes32 indexed claimId, address indexed provider, bytes32 reasonCode, bytes[] evidence)
func (_Claims *ClaimsFilterer) WatchClaimAppealed(opts *bind.WatchOpts, sink chan<- *ClaimsClaimAppealed, claimId [][32]byte, provider []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimAppealed", claimIdRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimAppealed)
				if err := _Claims.contract.UnpackLog(event, "ClaimAppealed", log); err != nil {
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

// ParseClaimAppealed is a log parse operation binding the contract event 0x0fc32571e9e89c94ec0d0cab4be3de5a155961c39d582d26929b7b42ad901507.
//
// Solidity: event ClaimAppealed(bytes32 indexed claimId, address indexed provider, bytes32 reasonCode, bytes[] evidence)
func (_Claims *ClaimsFilterer) ParseClaimAppealed(log types.Log) (*ClaimsClaimAppealed, error) {
	event := new(ClaimsClaimAppealed)
	if err := _Claims.contract.UnpackLog(event, "ClaimAppealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimApprovedIterator is returned from FilterClaimApproved and is used to iterate over the raw logs and unpacked data for ClaimApproved events raised by the Claims contract.
type ClaimsClaimApprovedIterator struct {
	Event *ClaimsClaimApproved // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimApprovedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimApproved)
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
		it.Event = new(ClaimsClaimApproved)
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
func (it *ClaimsClaimApprovedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimApprovedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimApproved represents a ClaimApproved event raised by the Claims contract.
type ClaimsClaimApproved struct {
	ClaimId   [32]byte
	Insurer   common.Address
	Amounts   []*big.Int
	IsPartial bool
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterClaimApproved is a free log retrieval operation binding the contract event 0x307b8a38315225ddbe32deb5c746127fc64aefcb1ba583282003eb0a5a6029f0.
//
// Solidity: event ClaimApproved(bytes32 indexed claimId, address indexed insurer, uint96[] amounts, bool isPartial)
func (_Claims *ClaimsFilterer) FilterClaimApproved(opts *bind.FilterOpts, claimId [][32]byte, insurer []common.Address) (*ClaimsClaimApprovedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimApproved", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimApprovedIterator{contract: _Claims.contract, event: "ClaimApproved", logs: logs, sub: sub}, nil
}

// WatchClaimApproved is a free log subscription operation binding the contract event 0x307b8a38315225ddbe32deb5c746127fc64aefcb1ba583282003eb0a5a6029f0.
//
// Solidity: event ClaimApproved(bytes32 indexed claimId, address indexed insurer, uint96[] amounts, bool isPartial)
func (_Claims *ClaimsFilterer) WatchClaimApproved(opts *bind.WatchOpts, sink chan<- *ClaimsClaimApproved, claimId [][32]byte, insurer []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimApproved", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimApproved)
				if err := _Claims.contract.UnpackLog(event, "ClaimApproved", log); err != nil {
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

// ParseClaimApproved is a log parse operation binding the contract event 0x307b8a38315225ddbe32deb5c746127fc64aefcb1ba583282003eb0a5a6029f0.
//
// Solidity: event ClaimApproved(bytes32 indexed claimId, address indexed insurer, uint96[] amounts, bool isPartial)
func (_Claims *ClaimsFilterer) ParseClaimApproved(log types.Log) (*ClaimsClaimApproved, error) {
	event := new(ClaimsClaimApproved)
	if err := _Claims.contract.UnpackLog(event, "ClaimApproved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimDecidedIterator is returned from FilterClaimDecided and is used to iterate over the raw logs and unpacked data for ClaimDecided events raised by the Claims contract.
type ClaimsClaimDecidedIterator struct {
	Event *ClaimsClaimDecided // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimDecidedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimDecided)
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
		it.Event = new(ClaimsClaimDecided)
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
func (it *ClaimsClaimDecidedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimDecidedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimDecided represents a ClaimDecided event raised by the Claims contract.
type ClaimsClaimDecided struct {
	ClaimId     [32]byte
	PolicyId    uint64
	BenefitYear uint32
	Decision    IClaimsDecision
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimDecided is a free log retrieval operation binding the contract event 0x3a47cdeff856f0a3cb51daa69933fde594f4bbdd5daf592d499f10e319535ff2.
//
// Solidity: event ClaimDecided(bytes32 indexed claimId, uint64 indexed policyId, uint32 benefitYear, (uint96,uint96,uint96,uint96,uint96) decision)
func (_Claims *ClaimsFilterer) FilterClaimDecided(opts *bind.FilterOpts, claimId [][32]byte, policyId []uint64) (*ClaimsClaimDecidedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimDecided", claimIdRule, policyIdRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimDecidedIterator{contract: _Claims.contract, event: "ClaimDecided", logs: logs, sub: sub}, nil
}

// WatchClaimDecided is a free log subscription operation binding the contract event 0x3a47cdeff856f0a3cb51daa69933fde594f4bbdd5daf592d499f10e319535ff2.
//
// Solidity: event ClaimDecided(bytes32 indexed claimId, uint64 indexed policyId, uint32 benefitYear, (uint96,uint96,uint96,uint96,uint96) decision)
func (_Claims *ClaimsFilterer) WatchClaimDecided(opts *bind.WatchOpts, sink chan<- *ClaimsClaimDecided, claimId [][32]byte, policyId []uint64) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimDecided", claimIdRule, policyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimDecided)
				if err := _Claims.contract.UnpackLog(event, "ClaimDecided", log); err != nil {
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

// ParseClaimDecided is a log parse operation binding the contract event 0x3a47cdeff856f0a3cb51daa69933fde594f4bbdd5daf592d499f10e319535ff2.
//
// Solidity: event ClaimDecided(bytes32 indexed claimId, uint64 indexed policyId, uint32 benefitYear, (uint96,uint96,uint96,uint96,uint96) decision)
func (_Claims *ClaimsFilterer) ParseClaimDecided(log types.Log) (*ClaimsClaimDecided, error) {
	event := new(ClaimsClaimDecided)
	if err := _Claims.contract.UnpackLog(event, "ClaimDecided", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimDeniedIterator is returned from FilterClaimDenied and is used to iterate over the raw logs and unpacked data for ClaimDenied events raised by the Claims contract.
type ClaimsClaimDeniedIterator struct {
	Event *ClaimsClaimDenied // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimDeniedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimDenied)
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
		it.Event = new(ClaimsClaimDenied)
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
func (it *ClaimsClaimDeniedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimDeniedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimDenied represents a ClaimDenied event raised by the Claims contract.
type ClaimsClaimDenied struct {
	ClaimId    [32]byte
	Insurer    common.Address
	ReasonCode [32]byte
	IsFinal    bool
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterClaimDenied is a free log retrieval operation binding the contract event 0x373658ad803d05627b5a3274f780bc88c62da74bb53246a90a23173a65addf36.
//
// Solidity: event ClaimDenied(bytes32 indexed claimId, address indexed insurer, bytes32 reasonCode, bool isFinal)
func (_Claims *ClaimsFilterer) FilterClaimDenied(opts *bind.FilterOpts, claimId [][32]byte, insurer []common.Address) (*ClaimsClaimDeniedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimDenied", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimDeniedIterator{contract: _Claims.contract, event: "ClaimDenied", logs: logs, sub: sub}, nil
}

// WatchClaimDenied is a free log subscription operation binding the contract event 0x373658ad803d05627b5a3274f780bc88c62da74bb53246a90a23173a65addf36.
//
// Solidity: event ClaimDenied(bytes32 indexed claimId, address indexed insurer, bytes32 reasonCode, bool isFinal)
func (_Claims *ClaimsFilterer) WatchClaimDenied(opts *bind.WatchOpts, sink chan<- *ClaimsClaimDenied, claimId [][32]byte, insurer []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimDenied", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimDenied)
				if err := _Claims.contract.UnpackLog(event, "ClaimDenied", log); err != nil {
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

// ParseClaimDenied is a log parse operation binding the contract event 0x373658ad803d05627b5a3274f780bc88c62da74bb53246a90a23173a65addf36.
//
// Solidity: event ClaimDenied(bytes32 indexed claimId, address indexed insurer, bytes32 reasonCode, bool isFinal)
func (_Claims *ClaimsFilterer) ParseClaimDenied(log types.Log) (*ClaimsClaimDenied, error) {
	event := new(ClaimsClaimDenied)
	if err := _Claims.contract.UnpackLog(event, "ClaimDenied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimPaidIterator is returned from FilterClaimPaid and is used to iterate over the raw logs and unpacked data for ClaimPaid events raised by the Claims contract.
type ClaimsClaimPaidIterator struct {
	Event *ClaimsClaimPaid // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimPaidIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimPaid)
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
		it.Event = new(ClaimsClaimPaid)
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
func (it *ClaimsClaimPaidIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimPaidIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimPaid represents a ClaimPaid event raised by the Claims contract.
type ClaimsClaimPaid struct {
	ClaimId  [32]byte
	Insurer  common.Address
	Provider common.Address
	Amount   *big.Int
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterClaimPaid is a free log retrieval operation binding the contract event 0x846b7dab2f2cf4ec82cf34715ac6b1464c1a8301197cd41f53329845f6d84e1e.
//
// Solidity: event ClaimPaid(bytes32 indexed claimId, address indexed insurer, address indexed provider, uint96 amount)
func (_Claims *ClaimsFilterer) FilterClaimPaid(opts *bind.FilterOpts, claimId [][32]byte, insurer []common.Address, provider []common.Address) (*ClaimsClaimPaidIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimPaid", claimIdRule, insurerRule, providerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimPaidIterator{contract: _Claims.contract, event: "ClaimPaid", logs: logs, sub: sub}, nil
}

// WatchClaimPaid is a free log subscription operation binding the contract event 0x846b7dab2f2cf4ec82cf34715ac6b1464c1a8301197cd41f53329845f6d84e1e.
//
// Solidity: event ClaimPaid(bytes32 indexed claimId, address indexed insurer, address indexed provider, uint96 amount)
func (_Claims *ClaimsFilterer) WatchClaimPaid(opts *bind.WatchOpts, sink chan<- *ClaimsClaimPaid, claimId [][32]byte, insurer []common.Address, provider []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimPaid", claimIdRule, insurerRule, providerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimPaid)
				if err := _Claims.contract.UnpackLog(event, "ClaimPaid", log); err != nil {
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

// ParseClaimPaid is a log parse operation binding the contract event 0x846b7dab2f2cf4ec82cf34715ac6b1464c1a8301197cd41f53329845f6d84e1e.
//
// Solidity: event ClaimPaid(bytes32 indexed claimId, address indexed insurer, address indexed provider, uint96 amount)
func (_Claims *ClaimsFilterer) ParseClaimPaid(log types.Log) (*ClaimsClaimPaid, error) {
	event := new(ClaimsClaimPaid)
	if err := _Claims.contract.UnpackLog(event, "ClaimPaid", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimPendedIterator is returned from FilterClaimPended and is used to iterate over the raw logs and unpacked data for ClaimPended events raised by the Claims contract.
type ClaimsClaimPendedIterator struct {
	Event *ClaimsClaimPended // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimPendedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimPended)
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
		it.Event = new(ClaimsClaimPended)
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
func (it *ClaimsClaimPendedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimPendedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimPended represents a ClaimPended event raised by the Claims contract.
type ClaimsClaimPended struct {
	ClaimId [32]byte
	Reasons uint16
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterClaimPended is a free log retrieval operation binding the contract event 0x996966d5220c99b170100cbe6c1b8bbd89b46c7e25358430b7a4155d4a36b76f.
//
// Solidity: event ClaimPended(bytes32 indexed claimId, uint16 reasons)
func (_Claims *ClaimsFilterer) FilterClaimPended(opts *bind.FilterOpts, claimId [][32]byte) (*ClaimsClaimPendedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimPended", claimIdRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimPendedIterator{contract: _Claims.contract, event: "ClaimPended", logs: logs, sub: sub}, nil
}

// WatchClaimPended is a free log subscription operation binding the contract event 0x996966d5220c99b170100cbe6c1b8bbd89b46c7e25358430b7a4155d4a36b76f.
//
// Solidity: event ClaimPended(bytes32 indexed claimId, uint16 reasons)
func (_Claims *ClaimsFilterer) WatchClaimPended(opts *bind.WatchOpts, sink chan<- *ClaimsClaimPended, claimId [][32]byte) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimPended", claimIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimPended)
				if err := _Claims.contract.UnpackLog(event, "ClaimPended", log); err != nil {
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

// ParseClaimPended is a log parse operation binding the contract event 0x996966d5220c99b170100cbe6c1b8bbd89b46c7e25358430b7a4155d4a36b76f.
//
// Solidity: event ClaimPended(bytes32 indexed claimId, uint16 reasons)
func (_Claims *ClaimsFilterer) ParseClaimPended(log types.Log) (*ClaimsClaimPended, error) {
	event := new(ClaimsClaimPended)
	if err := _Claims.contract.UnpackLog(event, "ClaimPended", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimQueuedIterator is returned from FilterClaimQueued and is used to iterate over the raw logs and unpacked data for ClaimQueued events raised by the Claims contract.
type ClaimsClaimQueuedIterator struct {
	Event *ClaimsClaimQueued // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimQueued)
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
		it.Event = new(ClaimsClaimQueued)
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
func (it *ClaimsClaimQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimQueued represents a ClaimQueued event raised by the Claims contract.
type ClaimsClaimQueued struct {
	ClaimId  [32]byte
	Insurer  common.Address
	Amount   *big.Int
	Position uint64
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterClaimQueued is a free log retrieval operation binding the contract event 0xd41c9637d2117207b26d053fc54250423ba41b0b0bce6fff2d11c6c30f538107.
//
// Solidity: event ClaimQueued(bytes32 indexed claimId, address indexed insurer, uint96 amount, uint64 position)
func (_Claims *ClaimsFilterer) FilterClaimQueued(opts *bind.FilterOpts, claimId [][32]byte, insurer []common.Address) (*ClaimsClaimQueuedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimQueued", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimQueuedIterator{contract: _Claims.contract, event: "ClaimQueued", logs: logs, sub: sub}, nil
}

// WatchClaimQueued is a free log subscription operation binding the contract event 0xd41c9637d2117207b26d053fc54250423ba41b0b0bce6fff2d11c6c30f538107.
//
// Solidity: event ClaimQueued(bytes32 indexed claimId, address indexed insurer, uint96 amount, uint64 position)
func (_Claims *ClaimsFilterer) WatchClaimQueued(opts *bind.WatchOpts, sink chan<- *ClaimsClaimQueued, claimId [][32]byte, insurer []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimQueued", claimIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimQueued)
				if err := _Claims.contract.UnpackLog(event, "ClaimQueued", log); err != nil {
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

// ParseClaimQueued is a log parse operation binding the contract event 0xd41c9637d2117207b26d053fc54250423ba41b0b0bce6fff2d11c6c30f538107.
//
// Solidity: event ClaimQueued(bytes32 indexed claimId, address indexed insurer, uint96 amount, uint64 position)
func (_Claims *ClaimsFilterer) ParseClaimQueued(log types.Log) (*ClaimsClaimQueued, error) {
	event := new(ClaimsClaimQueued)
	if err := _Claims.contract.UnpackLog(event, "ClaimQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsClaimSubmittedIterator is returned from FilterClaimSubmitted and is used to iterate over the raw logs and unpacked data for ClaimSubmitted events raised by the Claims contract.
type ClaimsClaimSubmittedIterator struct {
	Event *ClaimsClaimSubmitted // Event containing the contract specifics and raw log

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
func (it *ClaimsClaimSubmittedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsClaimSubmitted)
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
		it.Event = new(ClaimsClaimSubmitted)
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
func (it *ClaimsClaimSubmittedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsClaimSubmittedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsClaimSubmitted represents a ClaimSubmitted event raised by the Claims contract.
type ClaimsClaimSubmitted struct {
	ClaimId     [32]byte
	Provider    common.Address
	Patient     common.Address
	Insurer     common.Address
	PolicyId    uint64
	ClaimKey    [32]byte
	ServiceDate uint64
	Lines       []IClaimsLineOutcome
	Evidence    [][]byte
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimSubmitted is a free log retrieval operation binding the contract event 0x17e7603e79c2db9fdcbefdbd00f19d38f415fea3d0877d7523f7a48d1e2fe094.
//
// Solidity: event ClaimSubmitted(bytes32 indexed claimId, address indexed provider, address indexed patient, address insurer, uint64 policyId, bytes32 claimKey, uint64 serviceDate, (bytes32,uint16,uint64,uint96,uint8)[] lines, bytes[] evidence)
func (_Claims *ClaimsFilterer) FilterClaimSubmitted(opts *bind.FilterOpts, claimId [][32]byte, provider []common.Address, patient []common.Address) (*ClaimsClaimSubmittedIterator, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "ClaimSubmitted", claimIdRule, providerRule, patientRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsClaimSubmittedIterator{contract: _Claims.contract, event: "ClaimSubmitted", logs: logs, sub: sub}, nil
}

// WatchClaimSubmitted is a free log subscription operation binding the contract event 0x17e7603e79c2db9fdcbefdbd00f19d38f415fea3d0877d7523f7a48d1e2fe094.
//
// Solidity: event ClaimSubmitted(bytes32 indexed claimId, address indexed provider, address indexed patient, address insurer, uint64 policyId, bytes32 claimKey, uint64 serviceDate, (bytes32,uint16,uint64,uint96,uint8)[] lines, bytes[] evidence)
func (_Claims *ClaimsFilterer) WatchClaimSubmitted(opts *bind.WatchOpts, sink chan<- *ClaimsClaimSubmitted, claimId [][32]byte, provider []common.Address, patient []common.Address) (event.Subscription, error) {

	var claimIdRule []interface{}
	for _, claimIdItem := range claimId {
		claimIdRule = append(claimIdRule, claimIdItem)
	}
	var providerRule []interface{}
	for _, providerItem := range provider {
		providerRule = append(providerRule, providerItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "ClaimSubmitted", claimIdRule, providerRule, patientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsClaimSubmitted)
				if err := _Claims.contract.UnpackLog(event, "ClaimSubmitted", log); err != nil {
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

// ParseClaimSubmitted is a log parse operation binding the contract event 0x17e7603e79c2db9fdcbefdbd00f19d38f415fea3d0877d7523f7a48d1e2fe094.
//
// Solidity: event ClaimSubmitted(bytes32 indexed claimId, address indexed provider, address indexed patient, address insurer, uint64 policyId, bytes32 claimKey, uint64 serviceDate, (bytes32,uint16,uint64,uint96,uint8)[] lines, bytes[] evidence)
func (_Claims *ClaimsFilterer) ParseClaimSubmitted(log types.Log) (*ClaimsClaimSubmitted, error) {
	event := new(ClaimsClaimSubmitted)
	if err := _Claims.contract.UnpackLog(event, "ClaimSubmitted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPlanClosedIterator is returned from FilterPlanClosed and is used to iterate over the raw logs and unpacked data for PlanClosed events raised by the Claims contract.
type ClaimsPlanClosedIterator struct {
	Event *ClaimsPlanClosed // Event containing the contract specifics and raw log

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
func (it *ClaimsPlanClosedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPlanClosed)
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
		it.Event = new(ClaimsPlanClosed)
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
func (it *ClaimsPlanClosedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPlanClosedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPlanClosed represents a PlanClosed event raised by the Claims contract.
type ClaimsPlanClosed struct {
	PlanId uint64
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterPlanClosed is a free log retrieval operation binding the contract event 0xd1e147fc874022a5e61b6d0af75c99be7052b8cda33f6793f28267e063f33e53.
//
// Solidity: event PlanClosed(uint64 indexed planId)
func (_Claims *ClaimsFilterer) FilterPlanClosed(opts *bind.FilterOpts, planId []uint64) (*ClaimsPlanClosedIterator, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PlanClosed", planIdRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPlanClosedIterator{contract: _Claims.contract, event: "PlanClosed", logs: logs, sub: sub}, nil
}

// WatchPlanClosed is a free log subscription operation binding the contract event 0xd1e147fc874022a5e61b6d0af75c99be7052b8cda33f6793f28267e063f33e53.
//
// Solidity: event PlanClosed(uint64 indexed planId)
func (_Claims *ClaimsFilterer) WatchPlanClosed(opts *bind.WatchOpts, sink chan<- *ClaimsPlanClosed, planId []uint64) (event.Subscription, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PlanClosed", planIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPlanClosed)
				if err := _Claims.contract.UnpackLog(event, "PlanClosed", log); err != nil {
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

// ParsePlanClosed is a log parse operation binding the contract event 0xd1e147fc874022a5e61b6d0af75c99be7052b8cda33f6793f28267e063f33e53.
//
// Solidity: event PlanClosed(uint64 indexed planId)
func (_Claims *ClaimsFilterer) ParsePlanClosed(log types.Log) (*ClaimsPlanClosed, error) {
	event := new(ClaimsPlanClosed)
	if err := _Claims.contract.UnpackLog(event, "PlanClosed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPlanCreatedIterator is returned from FilterPlanCreated and is used to iterate over the raw logs and unpacked data for PlanCreated events raised by the Claims contract.
type ClaimsPlanCreatedIterator struct {
	Event *ClaimsPlanCreated // Event containing the contract specifics and raw log

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
func (it *ClaimsPlanCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPlanCreated)
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
		it.Event = new(ClaimsPlanCreated)
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
func (it *ClaimsPlanCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPlanCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPlanCreated represents a PlanCreated event raised by the Claims contract.
type ClaimsPlanCreated struct {
	PlanId  uint64
	Insurer common.Address
	Terms   IClaimsPlanTerms
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPlanCreated is a free log retrieval operation binding the contract event 0x41e5299770a6994810b09bc5c06995a0687170ff88536744b0292a6f717b59a2.
//
// Solidity: event PlanCreated(uint64 indexed planId, address indexed insurer, (uint16,uint32,uint64,uint64,uint64) terms)
func (_Claims *ClaimsFilterer) FilterPlanCreated(opts *bind.FilterOpts, planId []uint64, insurer []common.Address) (*ClaimsPlanCreatedIterator, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PlanCreated", planIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPlanCreatedIterator{contract: _Claims.contract, event: "PlanCreated", logs: logs, sub: sub}, nil
}

// WatchPlanCreated is a free log subscription operation binding the contract event 0x41e5299770a6994810b09bc5c06995a0687170ff88536744b0292a6f717b59a2.
//
// Solidity: event PlanCreated(uint64 indexed planId, address indexed insurer, (uint16,uint32,uint64,uint64,uint64) terms)
func (_Claims *ClaimsFilterer) WatchPlanCreated(opts *bind.WatchOpts, sink chan<- *ClaimsPlanCreated, planId []uint64, insurer []common.Address) (event.Subscription, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}
	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PlanCreated", planIdRule, insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPlanCreated)
				if err := _Claims.contract.UnpackLog(event, "PlanCreated", log); err != nil {
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

// ParsePlanCreated is a log parse operation binding the contract event 0x41e5299770a6994810b09bc5c06995a0687170ff88536744b0292a6f717b59a2.
//
// Solidity: event PlanCreated(uint64 indexed planId, address indexed insurer, (uint16,uint32,uint64,uint64,uint64) terms)
func (_Claims *ClaimsFilterer) ParsePlanCreated(log types.Log) (*ClaimsPlanCreated, error) {
	event := new(ClaimsPlanCreated)
	if err := _Claims.contract.UnpackLog(event, "PlanCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPolicyIssuedIterator is returned from FilterPolicyIssued and is used to iterate over the raw logs and unpacked data for PolicyIssued events raised by the Claims contract.
type ClaimsPolicyIssuedIterator struct {
	Event *ClaimsPolicyIssued // Event containing the contract specifics and raw log

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
func (it *ClaimsPolicyIssuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPolicyIssued)
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
		it.Event = new(ClaimsPolicyIssued)
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
func (it *ClaimsPolicyIssuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPolicyIssuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPolicyIssued represents a PolicyIssued event raised by the Claims contract.
type ClaimsPolicyIssued struct {
	PolicyId   uint64
	PlanId     uint64
	Patient    common.Address
	MemberRef  [32]byte
	ValidFrom  uint64
	ValidUntil uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPolicyIssued is a free log retrieval operation binding the contract event 0x699ee716269cbd732e223448b65ccb25930d028d8cd8fb7fc3ae28f50f544018.
//
// Solidity: event PolicyIssued(uint64 indexed policyId, uint64 indexed planId, address indexed patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil)
func (_Claims *ClaimsFilterer) FilterPolicyIssued(opts *bind.FilterOpts, policyId []uint64, planId []uint64, patient []common.Address) (*ClaimsPolicyIssuedIterator, error) {

	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}
	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PolicyIssued", policyIdRule, planIdRule, patientRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPolicyIssuedIterator{contract: _Claims.contract, event: "PolicyIssued", logs: logs, sub: sub}, nil
}

// WatchPolicyIssued is a free log subscription operation binding the contract event 0x699ee716269cbd732e223448b65ccb25930d028d8cd8fb7fc3ae28f50f544018.
//
// Solidity: event PolicyIssued(uint64 indexed policyId, uint64 indexed planId, address indexed patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil)
func (_Claims *ClaimsFilterer) WatchPolicyIssued(opts *bind.WatchOpts, sink chan<- *ClaimsPolicyIssued, policyId []uint64, planId []uint64, patient []common.Address) (event.Subscription, error) {

	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}
	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}
	var patientRule []interface{}
	for _, patientItem := range patient {
		patientRule = append(patientRule, patientItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PolicyIssued", policyIdRule, planIdRule, patientRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPolicyIssued)
				if err := _Claims.contract.UnpackLog(event, "PolicyIssued", log); err != nil {
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

// ParsePolicyIssued is a log parse operation binding the contract event 0x699ee716269cbd732e223448b65ccb25930d028d8cd8fb7fc3ae28f50f544018.
//
// Solidity: event PolicyIssued(uint64 indexed policyId, uint64 indexed planId, address indexed patient, bytes32 memberRef, uint64 validFrom, uint64 validUntil)
func (_Claims *ClaimsFilterer) ParsePolicyIssued(log types.Log) (*ClaimsPolicyIssued, error) {
	event := new(ClaimsPolicyIssued)
	if err := _Claims.contract.UnpackLog(event, "PolicyIssued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPolicyTerminatedIterator is returned from FilterPolicyTerminated and is used to iterate over the raw logs and unpacked data for PolicyTerminated events raised by the Claims contract.
type ClaimsPolicyTerminatedIterator struct {
	Event *ClaimsPolicyTerminated // Event containing the contract specifics and raw log

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
func (it *ClaimsPolicyTerminatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPolicyTerminated)
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
		it.Event = new(ClaimsPolicyTerminated)
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
func (it *ClaimsPolicyTerminatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPolicyTerminatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPolicyTerminated represents a PolicyTerminated event raised by the Claims contract.
type ClaimsPolicyTerminated struct {
	PolicyId   uint64
	ValidUntil uint64
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterPolicyTerminated is a free log retrieval operation binding the contract event 0xef1d654925d643f7f6c8a64f2b97b80da84174b734ead00824ef5e29a7908e76.
//
// Solidity: event PolicyTerminated(uint64 indexed policyId, uint64 validUntil)
func (_Claims *ClaimsFilterer) FilterPolicyTerminated(opts *bind.FilterOpts, policyId []uint64) (*ClaimsPolicyTerminatedIterator, error) {

	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PolicyTerminated", policyIdRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPolicyTerminatedIterator{contract: _Claims.contract, event: "PolicyTerminated", logs: logs, sub: sub}, nil
}

// WatchPolicyTerminated is a free log subscription operation binding the contract event 0xef1d654925d643f7f6c8a64f2b97b80da84174b734ead00824ef5e29a7908e76.
//
// Solidity: event PolicyTerminated(uint64 indexed policyId, uint64 validUntil)
func (_Claims *ClaimsFilterer) WatchPolicyTerminated(opts *bind.WatchOpts, sink chan<- *ClaimsPolicyTerminated, policyId []uint64) (event.Subscription, error) {

	var policyIdRule []interface{}
	for _, policyIdItem := range policyId {
		policyIdRule = append(policyIdRule, policyIdItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PolicyTerminated", policyIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPolicyTerminated)
				if err := _Claims.contract.UnpackLog(event, "PolicyTerminated", log); err != nil {
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

// ParsePolicyTerminated is a log parse operation binding the contract event 0xef1d654925d643f7f6c8a64f2b97b80da84174b734ead00824ef5e29a7908e76.
//
// Solidity: event PolicyTerminated(uint64 indexed policyId, uint64 validUntil)
func (_Claims *ClaimsFilterer) ParsePolicyTerminated(log types.Log) (*ClaimsPolicyTerminated, error) {
	event := new(ClaimsPolicyTerminated)
	if err := _Claims.contract.UnpackLog(event, "PolicyTerminated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPoolDepositedIterator is returned from FilterPoolDeposited and is used to iterate over the raw logs and unpacked data for PoolDeposited events raised by the Claims contract.
type ClaimsPoolDepositedIterator struct {
	Event *ClaimsPoolDeposited // Event containing the contract specifics and raw log

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
func (it *ClaimsPoolDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPoolDeposited)
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
		it.Event = new(ClaimsPoolDeposited)
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
func (it *ClaimsPoolDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPoolDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPoolDeposited represents a PoolDeposited event raised by the Claims contract.
type ClaimsPoolDeposited struct {
	Insurer common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPoolDeposited is a free log retrieval operation binding the contract event 0x90576f1ad407b163ccea052b2d55bac158025af10ac5895369e8956eeab83434.
//
// Solidity: event PoolDeposited(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) FilterPoolDeposited(opts *bind.FilterOpts, insurer []common.Address) (*ClaimsPoolDepositedIterator, error) {

	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PoolDeposited", insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPoolDepositedIterator{contract: _Claims.contract, event: "PoolDeposited", logs: logs, sub: sub}, nil
}

// WatchPoolDeposited is a free log subscription operation binding the contract event 0x90576f1ad407b163ccea052b2d55bac158025af10ac5895369e8956eeab83434.
//
// Solidity: event PoolDeposited(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) WatchPoolDeposited(opts *bind.WatchOpts, sink chan<- *ClaimsPoolDeposited, insurer []common.Address) (event.Subscription, error) {

	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PoolDeposited", insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPoolDeposited)
				if err := _Claims.contract.UnpackLog(event, "PoolDeposited", log); err != nil {
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

// ParsePoolDeposited is a log parse operation binding the contract event 0x90576f1ad407b163ccea052b2d55bac158025af10ac5895369e8956eeab83434.
//
// Solidity: event PoolDeposited(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) ParsePoolDeposited(log types.Log) (*ClaimsPoolDeposited, error) {
	event := new(ClaimsPoolDeposited)
	if err := _Claims.contract.UnpackLog(event, "PoolDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsPoolWithdrawnIterator is returned from FilterPoolWithdrawn and is used to iterate over the raw logs and unpacked data for PoolWithdrawn events raised by the Claims contract.
type ClaimsPoolWithdrawnIterator struct {
	Event *ClaimsPoolWithdrawn // Event containing the contract specifics and raw log

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
func (it *ClaimsPoolWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsPoolWithdrawn)
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
		it.Event = new(ClaimsPoolWithdrawn)
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
func (it *ClaimsPoolWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsPoolWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsPoolWithdrawn represents a PoolWithdrawn event raised by the Claims contract.
type ClaimsPoolWithdrawn struct {
	Insurer common.Address
	Amount  *big.Int
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterPoolWithdrawn is a free log retrieval operation binding the contract event 0x6f07e6169c1653554eb707b6f6cd8f7ccf9cc29e54a0d8a71d9d5867d2057ac2.
//
// Solidity: event PoolWithdrawn(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) FilterPoolWithdrawn(opts *bind.FilterOpts, insurer []common.Address) (*ClaimsPoolWithdrawnIterator, error) {

	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "PoolWithdrawn", insurerRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsPoolWithdrawnIterator{contract: _Claims.contract, event: "PoolWithdrawn", logs: logs, sub: sub}, nil
}

// WatchPoolWithdrawn is a free log subscription operation binding the contract event 0x6f07e6169c1653554eb707b6f6cd8f7ccf9cc29e54a0d8a71d9d5867d2057ac2.
//
// Solidity: event PoolWithdrawn(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) WatchPoolWithdrawn(opts *bind.WatchOpts, sink chan<- *ClaimsPoolWithdrawn, insurer []common.Address) (event.Subscription, error) {

	var insurerRule []interface{}
	for _, insurerItem := range insurer {
		insurerRule = append(insurerRule, insurerItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "PoolWithdrawn", insurerRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsPoolWithdrawn)
				if err := _Claims.contract.UnpackLog(event, "PoolWithdrawn", log); err != nil {
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

// ParsePoolWithdrawn is a log parse operation binding the contract event 0x6f07e6169c1653554eb707b6f6cd8f7ccf9cc29e54a0d8a71d9d5867d2057ac2.
//
// Solidity: event PoolWithdrawn(address indexed insurer, uint256 amount)
func (_Claims *ClaimsFilterer) ParsePoolWithdrawn(log types.Log) (*ClaimsPoolWithdrawn, error) {
	event := new(ClaimsPoolWithdrawn)
	if err := _Claims.contract.UnpackLog(event, "PoolWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ClaimsTariffsSetIterator is returned from FilterTariffsSet and is used to iterate over the raw logs and unpacked data for TariffsSet events raised by the Claims contract.
type ClaimsTariffsSetIterator struct {
	Event *ClaimsTariffsSet // Event containing the contract specifics and raw log

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
func (it *ClaimsTariffsSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ClaimsTariffsSet)
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
		it.Event = new(ClaimsTariffsSet)
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
func (it *ClaimsTariffsSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ClaimsTariffsSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ClaimsTariffsSet represents a TariffsSet event raised by the Claims contract.
type ClaimsTariffsSet struct {
	PlanId  uint64
	Codes   [][32]byte
	Tariffs []uint64
	Raw     types.Log // Blockchain specific contextual infos
}

// FilterTariffsSet is a free log retrieval operation binding the contract event 0x907667050779074b4215d63497504f278d4c3b2d2337aff55d9eb4ac1c4492c0.
//
// Solidity: event TariffsSet(uint64 indexed planId, bytes32[] codes, uint64[] tariffs)
func (_Claims *ClaimsFilterer) FilterTariffsSet(opts *bind.FilterOpts, planId []uint64) (*ClaimsTariffsSetIterator, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}

	logs, sub, err := _Claims.contract.FilterLogs(opts, "TariffsSet", planIdRule)
	if err != nil {
		return nil, err
	}
	return &ClaimsTariffsSetIterator{contract: _Claims.contract, event: "TariffsSet", logs: logs, sub: sub}, nil
}

// WatchTariffsSet is a free log subscription operation binding the contract event 0x907667050779074b4215d63497504f278d4c3b2d2337aff55d9eb4ac1c4492c0.
//
// Solidity: event TariffsSet(uint64 indexed planId, bytes32[] codes, uint64[] tariffs)
func (_Claims *ClaimsFilterer) WatchTariffsSet(opts *bind.WatchOpts, sink chan<- *ClaimsTariffsSet, planId []uint64) (event.Subscription, error) {

	var planIdRule []interface{}
	for _, planIdItem := range planId {
		planIdRule = append(planIdRule, planIdItem)
	}

	logs, sub, err := _Claims.contract.WatchLogs(opts, "TariffsSet", planIdRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ClaimsTariffsSet)
				if err := _Claims.contract.UnpackLog(event, "TariffsSet", log); err != nil {
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

// ParseTariffsSet is a log parse operation binding the contract event 0x907667050779074b4215d63497504f278d4c3b2d2337aff55d9eb4ac1c4492c0.
//
// Solidity: event TariffsSet(uint64 indexed planId, bytes32[] codes, uint64[] tariffs)
func (_Claims *ClaimsFilterer) ParseTariffsSet(log types.Log) (*ClaimsTariffsSet, error) {
	event := new(ClaimsTariffsSet)
	if err := _Claims.contract.UnpackLog(event, "TariffsSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
