package chainsvc

import "github.com/salus-health/salus/backend/api"

// The API meaning of the DrugBatches and Prescriptions custom errors; those
// not listed (a recalled, expired or quarantined batch, missing stock, a
// hand-over or fill in the wrong state, ...) are conflicts with the chain's
// state (409).
func init() {
	for kind, names := range map[error][]string{
		// Listed to say it is meant: the pharmacy is allowed to dispense and
		// the request is well formed, but the prescriber's license is not
		// active now (suspended, expired); the prescription can be filled
		// again once it is reinstated or renewed, so it is the chain's state
		// that refuses, not the caller's rights (409, not 403).
		api.ErrConflict: {"PrescriptionsPrescriberNotActive"},
		api.ErrForbidden: {
			"DrugBatchesNotManufacturer", "DrugBatchesNotActiveParticipant", "DrugBatchesNotReceiver", "DrugBatchesNotSender",
			"DrugBatchesNotRegulator", "DrugBatchesUnauthorisedRecall", "DrugBatchesUnauthorisedDispenser",
			"DrugBatchesNotDispensingHolder", "PrescriptionsNotActivePrescriber", "PrescriptionsNotPrescriber",
			"PrescriptionsNotActivePharmacy",
		},
		api.ErrInvalid: {
			"DrugBatchesZeroAddress", "DrugBatchesInvalidGtin", "DrugBatchesInvalidLot", "DrugBatchesInvalidDates",
			"DrugBatchesZeroQuantity", "DrugBatchesInvalidTemperatureRange", "DrugBatchesZeroSerialRoot", "DrugBatchesInvalidCid",
			"DrugBatchesSelfHandOver", "DrugBatchesNoReadings", "DrugBatchesReadingFromFuture", "DrugBatchesInvalidReadingSignature",
			"DrugBatchesDeviceNotBound", "DrugBatchesInvalidSerialProof",
			"PrescriptionsZeroAddress", "PrescriptionsSelfPrescription", "PrescriptionsInvalidGtin", "PrescriptionsInvalidMedication",
			"PrescriptionsInvalidQuantity", "PrescriptionsInvalidRefills", "PrescriptionsInvalidValidity", "PrescriptionsInvalidCid",
			"PrescriptionsPackCountMismatch", "PrescriptionsMedicationMismatch", "PrescriptionsExpiredSignature",
			"PrescriptionsInvalidPatientSignature",
		},
		api.ErrNotFound: {
			"DrugBatchesUnknownBatch", "DrugBatchesUnknownHandOver", "PrescriptionsUnknownPrescription",
		},
	} {
		for _, n := range names {
			errorKinds[n] = kind
		}
	}
}
