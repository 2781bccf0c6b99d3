package chainsvc

import "github.com/salus-health/salus/backend/api"

// The API meaning of the DrugBatches and Prescriptions custom errors; those
// not listed (a recalled, expired or quarantined batch, missing stock, a
// hand-over or fill in the wrong state, ...) are conflicts with the chain's
// state (409).
func init() {
	for kind, names := range map[error][]string{
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
