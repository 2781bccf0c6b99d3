// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus prescriptions interface
/// @notice Types, errors, events and external functions of Prescriptions: issued by active
/// prescribers (Registry role Provider) to patients, dispensed fill by fill by active pharmacies
/// against real, held, usable packs (DrugBatches), cancelled by their prescriber.
///
/// A prescription names its medication by GTIN (then every pack dispensed must carry that
/// GTIN), or by a code system and code (e.g. "http://www.whocc.no/atc" / "N02BE01"; then the
/// pharmacist chooses the product), or both (the GTIN is enforced). It allows `1 + refills`
/// fills of `quantityPerFill` packs each until `validUntil` (inclusive), at least
/// `minFillInterval` seconds apart. Medical content stays off chain: `cid` is the encrypted
/// FHIR MedicationRequest in IPFS, each fill's `cid` the encrypted MedicationDispense.
///
/// Dispensing fill `fill`: the caller names the fill it dispenses, which must be the next one.
/// Two pharmacies racing for the same fill, even in one block, cannot both succeed: the later
/// transaction reverts with `PrescriptionsFillAlreadyDispensed`. Every pack goes through
/// `IDrugBatches.dispense`, which checks authenticity (Merkle proof), the pharmacy's custody and
/// stock, recall, expiry and quarantine, and decommissions the serial (Prescriptions holds
/// `DISPENSER_ROLE` there). A controlled substance also needs the patient's EIP-712 signature of
/// `DispenseAuthorization(uint64 prescriptionId,uint16 fill,address pharmacy,uint256 deadline)`
/// in the "Salus Prescriptions" version "1" domain of this contract: scalars only, so any
/// wallet (and go-ethereum's apitypes) can hash it. The signature is bound to one fill and one
/// pharmacy, so it cannot be replayed. Patients with a smart-contract wallet sign through
/// ERC-1271.
///
/// Patients see everything: every event carries the patient as an indexed topic, and
/// `prescriptionCountOf` / `prescriptionOfPatient` page through their prescriptions.
/// A prescription is dispensed only while its prescriber is an active provider (licensed, not
/// suspended, within the license's validity): most jurisdictions require a valid prescriber
/// license when a prescription is filled, not only when it is written, so a suspended or
/// expired prescriber's prescriptions are refused with `PrescriptionsPrescriberNotActive` and
/// can be filled again if the license is reinstated or renewed within the prescription's
/// validity. The prescriber (in any license state) or nobody cancels a prescription.
interface IPrescriptions {
    /// @notice Stored status. Numeric values are part of the API; never reorder. A prescription
    /// whose fills are all dispensed stays `Active` (`fillsDispensed == refills + 1`).
    enum PrescriptionStatus {
        None,
        Active,
        Cancelled
    }

    /// @notice What a prescriber issues.
    /// @param patient The patient; not zero, not the prescriber.
    /// @param gtin GTIN-14 of the product, or 0 when prescribed by code only.
    /// @param codeSystem Code system URI or name (empty when prescribed by GTIN only), at most
    /// 64 bytes.
    /// @param code Code in that system (empty with the system), at most 64 bytes.
    /// @param quantityPerFill Packs per fill, 1 to `MAX_PACKS_PER_FILL`.
    /// @param refills Fills after the first; below 65535.
    /// @param validUntil Last timestamp (inclusive) at which fills may be dispensed; after the
    /// current block, below 2^40.
    /// @param minFillInterval Seconds that must pass between two fills.
    /// @param controlled Whether every fill needs the patient's signature.
    /// @param cid Binary CIDv1 of the encrypted FHIR MedicationRequest.
    struct PrescriptionRequest {
        address patient;
        uint64 gtin;
        string codeSystem;
        string code;
        uint16 quantityPerFill;
        uint16 refills;
        uint64 validUntil;
        uint32 minFillInterval;
        bool controlled;
        bytes cid;
    }

    /// @notice A prescription as `prescription` returns it.
    /// @param patient The patient.
    /// @param prescriber The issuing provider.
    /// @param gtin As issued.
    /// @param codeSystem As issued.
    /// @param code As issued.
    /// @param quantityPerFill As issued.
    /// @param refills As issued.
    /// @param fillsDispensed Fills dispensed so far.
    /// @param issuedAt Block timestamp of the issue.
    /// @param validUntil As issued.
    /// @param minFillInterval As issued.
    /// @param lastFillAt Block timestamp of the latest fill; 0 before the first.
    /// @param controlled As issued.
    /// @param status Active or Cancelled.
    /// @param cid As issued.
    struct Prescription {
        address patient;
        address prescriber;
        uint64 gtin;
        string codeSystem;
        string code;
        uint16 quantityPerFill;
        uint16 refills;
        uint16 fillsDispensed;
        uint64 issuedAt;
        uint64 validUntil;
        uint32 minFillInterval;
        uint64 lastFillAt;
        bool controlled;
        PrescriptionStatus status;
        bytes cid;
    }

    /// @notice A pack handed out: its batch, serial and Merkle proof.
    /// @param batchId DrugBatches batch id.
    /// @param serial Pack serial (GS1 AI 21).
    /// @param proof Merkle proof of the serial in the batch's tree.
    struct Pack {
        bytes32 batchId;
        string serial;
        bytes32[] proof;
    }

    /// @notice A dispensed fill as `fill` returns it.
    /// @param pharmacy The dispensing pharmacy; zero when not dispensed.
    /// @param dispensedAt Block timestamp.
    /// @param batchIds Batch of each pack, in the order dispensed.
    /// @param cid Binary CIDv1 of the encrypted FHIR MedicationDispense.
    struct Fill {
        address pharmacy;
        uint64 dispensedAt;
        bytes32[] batchIds;
        bytes cid;
    }

    /// @notice Prescription `id` was issued to `patient` by `prescriber`.
    /// @param id The new prescription's id (from 1).
    /// @param patient The patient.
    /// @param prescriber The prescriber.
    /// @param request Everything issued.
    event PrescriptionIssued(
        uint64 indexed id,
        address indexed patient,
        address indexed prescriber,
        PrescriptionRequest request
    );

    /// @notice Fill `fill` of prescription `id` was dispensed by `pharmacy`.
    /// @param id The prescription.
    /// @param patient The patient.
    /// @param pharmacy The pharmacy.
    /// @param fill Fill number (from 1).
    /// @param batchIds Batch of each pack.
    /// @param serialLeaves DrugBatches serial leaf of each pack (decommissioned).
    /// @param cid Binary CIDv1 of the encrypted FHIR MedicationDispense.
    event PrescriptionDispensed(
        uint64 indexed id,
        address indexed patient,
        address indexed pharmacy,
        uint16 fill,
        bytes32[] batchIds,
        bytes32[] serialLeaves,
        bytes cid
    );

    /// @notice Prescription `id` was cancelled by its prescriber.
    /// @param id The prescription.
    /// @param patient The patient.
    /// @param prescriber The prescriber.
    /// @param reasonCode Prescriber's code for the reason.
    event PrescriptionCancelled(
        uint64 indexed id,
        address indexed patient,
        address indexed prescriber,
        bytes32 reasonCode
    );

    /// @notice An address argument is the zero address.
    error PrescriptionsZeroAddress();

    /// @notice `caller` is not an active provider.
    /// @param caller The rejected caller.
    error PrescriptionsNotActivePrescriber(address caller);

    /// @notice The prescriber named itself as patient.
    /// @param prescriber The prescriber.
    error PrescriptionsSelfPrescription(address prescriber);

    /// @notice `gtin` is not a valid GTIN-14.
    /// @param gtin The rejected GTIN.
    error PrescriptionsInvalidGtin(uint64 gtin);

    /// @notice Neither a GTIN nor a complete code is given, a code comes without its system
    /// (or the reverse), or one is longer than 64 bytes.
    error PrescriptionsInvalidMedication();

    /// @notice `quantityPerFill` is zero or above `MAX_PACKS_PER_FILL`.
    /// @param quantityPerFill The rejected quantity.
    error PrescriptionsInvalidQuantity(uint16 quantityPerFill);

    /// @notice `refills` is 65535.
    /// @param refills The rejected number.
    error PrescriptionsInvalidRefills(uint16 refills);

    /// @notice `validUntil` is not after the current block or not below 2^40.
    /// @param validUntil The rejected end of validity.
    error PrescriptionsInvalidValidity(uint64 validUntil);

    /// @notice `cid` is not a binary CIDv1 (first byte 0x01, 4 to 128 bytes).
    /// @param cid The rejected CID.
    error PrescriptionsInvalidCid(bytes cid);

    /// @notice No prescription has id `id`.
    /// @param id The unknown id.
    error PrescriptionsUnknownPrescription(uint64 id);

    /// @notice `caller` is not the prescriber of `id`.
    /// @param id The prescription.
    /// @param caller The rejected caller.
    error PrescriptionsNotPrescriber(uint64 id, address caller);

    /// @notice Prescription `id` is cancelled.
    /// @param id The prescription.
    error PrescriptionsPrescriptionCancelled(uint64 id);

    /// @notice Prescription `id` expired at `validUntil`.
    /// @param id The prescription.
    /// @param validUntil Its last valid timestamp.
    error PrescriptionsPrescriptionExpired(uint64 id, uint64 validUntil);

    /// @notice Every fill of prescription `id` is dispensed.
    /// @param id The prescription.
    error PrescriptionsNoFillsLeft(uint64 id);

    /// @notice Fill `fill` of prescription `id` is dispensed already.
    /// @param id The prescription.
    /// @param fill The fill.
    error PrescriptionsFillAlreadyDispensed(uint64 id, uint16 fill);

    /// @notice `fill` is not the next fill `expected` of prescription `id`.
    /// @param id The prescription.
    /// @param fill The fill named.
    /// @param expected The next fill.
    error PrescriptionsInvalidFill(uint64 id, uint16 fill, uint16 expected);

    /// @notice The minimum interval has not passed: the next fill is possible from `nextFillAt`.
    /// @param id The prescription.
    /// @param nextFillAt First timestamp at which the next fill may be dispensed.
    error PrescriptionsFillTooEarly(uint64 id, uint64 nextFillAt);

    /// @notice `caller` is not an active pharmacy.
    /// @param caller The rejected caller.
    error PrescriptionsNotActivePharmacy(address caller);

    /// @notice The prescriber of prescription `id` is not an active provider now (suspended,
    /// license expired or revoked), so the prescription cannot be dispensed.
    /// @param id The prescription.
    /// @param prescriber Its prescriber.
    error PrescriptionsPrescriberNotActive(uint64 id, address prescriber);

    /// @notice The fill has `given` packs; prescription `id` prescribes `expected` per fill.
    /// @param id The prescription.
    /// @param given Packs given.
    /// @param expected Packs per fill.
    error PrescriptionsPackCountMismatch(uint64 id, uint256 given, uint16 expected);

    /// @notice A pack of GTIN `packGtin` was given for prescription `id` of GTIN `prescribedGtin`.
    /// @param id The prescription.
    /// @param prescribedGtin The prescribed GTIN.
    /// @param packGtin The pack's GTIN.
    error PrescriptionsMedicationMismatch(uint64 id, uint64 prescribedGtin, uint64 packGtin);

    /// @notice The patient's authorisation expired at `deadline`.
    /// @param deadline Its deadline.
    error PrescriptionsExpiredSignature(uint256 deadline);

    /// @notice The patient's authorisation is not a valid signature by `patient` of this fill
    /// for this pharmacy (ECDSA or ERC-1271).
    /// @param id The prescription.
    /// @param patient The patient.
    error PrescriptionsInvalidPatientSignature(uint64 id, address patient);

    /// @notice Issues a prescription. The caller must be an active provider.
    /// @param request The prescription; see `PrescriptionRequest`.
    /// @return id The new prescription's id.
    function issue(PrescriptionRequest calldata request) external returns (uint64 id);

    /// @notice Dispenses fill `fill` of prescription `id` with `packs`. The caller must be an
    /// active pharmacy holding the packs on hand; the prescriber must be an active provider.
    /// @param id An active, unexpired prescription with fills left.
    /// @param fill The next fill (`fillsDispensed + 1`).
    /// @param packs Exactly `quantityPerFill` packs.
    /// @param cid Binary CIDv1 of the encrypted FHIR MedicationDispense.
    /// @param deadline Last timestamp (inclusive) of the patient's authorisation; ignored unless
    /// controlled.
    /// @param patientSignature The patient's signature of `dispenseDigest(id, fill, caller,
    /// deadline)` (65 bytes r || s || v, or ERC-1271); ignored unless controlled.
    function dispense(
        uint64 id,
        uint16 fill,
        Pack[] calldata packs,
        bytes calldata cid,
        uint256 deadline,
        bytes calldata patientSignature
    ) external;

    /// @notice Cancels prescription `id`; no further fill can be dispensed. Its prescriber only.
    /// @param id An active prescription with fills left.
    /// @param reasonCode Code of the reason.
    function cancel(uint64 id, bytes32 reasonCode) external;

    /// @notice Most packs one fill may hold.
    /// @return The bound.
    function MAX_PACKS_PER_FILL() external view returns (uint16);

    /// @notice The Registry this contract reads.
    /// @return Its address.
    function registry() external view returns (address);

    /// @notice The DrugBatches contract packs are dispensed from.
    /// @return Its address.
    function drugBatches() external view returns (address);

    /// @notice Prescription `id`; reverts `PrescriptionsUnknownPrescription` when none.
    /// @param id The prescription.
    /// @return The prescription.
    function prescription(uint64 id) external view returns (Prescription memory);

    /// @notice Fill `fill` of prescription `id` (all zero when not dispensed).
    /// @param id The prescription.
    /// @param fill Fill number (from 1).
    /// @return The fill.
    function fillOf(uint64 id, uint16 fill) external view returns (Fill memory);

    /// @notice Number of prescriptions issued; ids run from 1 to this.
    /// @return The count.
    function prescriptionCount() external view returns (uint64);

    /// @notice Number of prescriptions of `patient`.
    /// @param patient The patient.
    /// @return The count.
    function prescriptionCountOf(address patient) external view returns (uint64);

    /// @notice The `index`-th prescription of `patient` (from 0).
    /// @param patient The patient.
    /// @param index Below `prescriptionCountOf(patient)`; reverts
    /// `PrescriptionsUnknownPrescription(0)` otherwise.
    /// @return The prescription id.
    function prescriptionOfPatient(address patient, uint64 index) external view returns (uint64);

    /// @notice EIP-712 digest the patient signs to authorise fill `fill` of a controlled
    /// prescription `id` at `pharmacy`.
    /// @param id The prescription.
    /// @param fill The fill.
    /// @param pharmacy The pharmacy that will dispense.
    /// @param deadline Last timestamp (inclusive) of validity.
    /// @return The digest.
    function dispenseDigest(uint64 id, uint16 fill, address pharmacy, uint256 deadline) external view returns (bytes32);

    /// @notice EIP-712 domain separator of this contract on this chain.
    /// @return The separator.
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}
