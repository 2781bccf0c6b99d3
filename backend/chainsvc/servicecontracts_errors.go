package chainsvc

import "github.com/salus-health/salus/backend/api"

// The API meaning of the ServiceContracts custom errors; those not listed (a
// contract or report in the wrong status, an expired proposal, a period not
// started or already reported, a report over the budget, an over-funding, an
// escrow short of a release) are conflicts with the chain's state (409).
func init() {
	for kind, names := range map[error][]string{
		api.ErrForbidden: {
			"ServiceContractsNotActivePayer", "ServiceContractsNotActiveProvider", "ServiceContractsNotPayer",
			"ServiceContractsNotProvider", "ServiceContractsNotParty", "ServiceContractsNotResolver",
		},
		api.ErrInvalid: {
			"ServiceContractsZeroAddress", "ServiceContractsInvalidProvider", "ServiceContractsInvalidTerms",
			"ServiceContractsInvalidTariffs", "ServiceContractsInvalidTariff", "ServiceContractsInvalidCid",
			"ServiceContractsZeroAmount", "ServiceContractsInvalidLineCount", "ServiceContractsInvalidQuantity",
			"ServiceContractsCodeNotInTariff", "ServiceContractsTooMuchEvidence", "ServiceContractsInvalidOffer",
			"ServiceContractsInvalidResolution",
		},
		api.ErrNotFound: {
			"ServiceContractsUnknownContract",
		},
	} {
		for _, n := range names {
			errorKinds[n] = kind
		}
	}
}
