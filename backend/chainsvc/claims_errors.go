package chainsvc

import "github.com/salus-health/salus/backend/api"

// The API meaning of the Claims and SettlementToken custom errors; those not
// listed (a duplicate claim key, a closed plan, an ended policy, a claim in
// the wrong state or appealed already, a pool or balance that does not
// cover the amount) are conflicts with the chain's state (409).
func init() {
	for kind, names := range map[error][]string{
		api.ErrForbidden: {
			"ClaimsNotActiveInsurer", "ClaimsNotInsurer", "ClaimsNotActiveProvider", "ClaimsNotPlanInsurer",
			"ClaimsNotClaimProvider",
		},
		api.ErrInvalid: {
			"ClaimsZeroAddress", "ClaimsInvalidPlanTerms", "ClaimsInvalidTariffs", "ClaimsInvalidValidity",
			"ClaimsPatientMismatch", "ClaimsServiceDateInFuture", "ClaimsInvalidClaimKey", "ClaimsInvalidLineCount",
			"ClaimsInvalidLine", "ClaimsTooMuchEvidence", "ClaimsInvalidCid", "ClaimsApprovalLengthMismatch",
			"ClaimsAboveAllowed", "ClaimsNothingApproved", "ClaimsZeroAmount",
			"SettlementTokenZeroAddress", "SettlementTokenZeroAmount", "ERC20InvalidReceiver", "ERC20InvalidSender",
			"ERC20InvalidSpender", "ERC20InvalidApprover", "ERC2612ExpiredSignature", "ERC2612InvalidSigner",
		},
		api.ErrNotFound: {
			"ClaimsUnknownPlan", "ClaimsUnknownPolicy", "ClaimsUnknownClaim",
		},
	} {
		for _, n := range names {
			errorKinds[n] = kind
		}
	}
}
