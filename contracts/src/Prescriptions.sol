// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";

import {Gtin} from "./Gtin.sol";
import {IDrugBatches} from "./IDrugBatches.sol";
import {IPrescriptions} from "./IPrescriptions.sol";
import {IRegistry} from "./IRegistry.sol";

/// @title Salus prescriptions
/// @notice Prescriptions issued by active prescribers, dispensed fill by fill by active
/// pharmacies against packs that DrugBatches verifies and decommissions, cancelled by their
/// prescriber. See `IPrescriptions` for the rules. Needs `DISPENSER_ROLE` in DrugBatches.
/// @dev The only loop runs over the packs of one fill, at most `MAX_PACKS_PER_FILL`.
contract Prescriptions is IPrescriptions, EIP712 {
    /// @dev A prescription in storage: three slots, plus its CID and, when prescribed by code,
    /// the code in `_codes`.
    struct StoredPrescription {
        // slot 0
        address patient;
        uint48 gtin;
        uint16 quantityPerFill;
        uint16 refills;
        uint16 fillsDispensed;
        // slot 1
        address prescriber;
        uint40 validUntil;
        uint40 lastFillAt;
        PrescriptionStatus status;
        bool controlled;
        // slot 2
        uint40 issuedAt;
        uint32 minFillInterval;
    }

    /// @dev Code system and code of a prescription by code.
    struct MedicationCode {
        string codeSystem;
        string code;
    }

    /// @dev A dispensed fill.
    struct StoredFill {
        address pharmacy;
        uint40 dispensedAt;
        bytes32[] batchIds;
        bytes cid;
    }

    /// @inheritdoc IPrescriptions
    uint16 public constant MAX_PACKS_PER_FILL = 10;

    /// @dev EIP-712 type hash of the patient's authorisation of a controlled fill.
    bytes32 private constant _DISPENSE_TYPEHASH =
        keccak256("DispenseAuthorization(uint64 prescriptionId,uint16 fill,address pharmacy,uint256 deadline)");

    /// @dev Longest code system or code.
    uint256 private constant _MAX_CODE_LENGTH = 64;

    /// @dev Bounds of a binary CID, as in Records.
    uint256 private constant _MIN_CID_LENGTH = 4;
    uint256 private constant _MAX_CID_LENGTH = 128;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev The batch registry packs are dispensed from.
    IDrugBatches private immutable _batches;

    /// @dev Prescriptions by id (from 1).
    mapping(uint256 id => StoredPrescription) private _prescriptions;

    /// @dev Medication codes of prescriptions by code.
    mapping(uint256 id => MedicationCode) private _codes;

    /// @dev CID of the encrypted MedicationRequest of each prescription.
    mapping(uint256 id => bytes) private _cids;

    /// @dev Fills by prescription and fill number (from 1).
    mapping(uint256 id => mapping(uint256 fill => StoredFill)) private _fills;

    /// @dev Number of prescriptions per patient.
    mapping(address patient => uint64) private _patientCounts;

    /// @dev Prescriptions per patient, by index.
    mapping(address patient => mapping(uint256 index => uint256 id)) private _patientPrescriptions;

    /// @dev Number of prescriptions.
    uint64 private _count;

    /// @notice Deploys the prescriptions contract.
    /// @param registry_ The participant registry.
    /// @param batches_ The DrugBatches contract, which must grant this contract `DISPENSER_ROLE`.
    constructor(IRegistry registry_, IDrugBatches batches_) EIP712("Salus Prescriptions", "1") {
        if (address(registry_) == address(0) || address(batches_) == address(0)) revert PrescriptionsZeroAddress();
        _registry = registry_;
        _batches = batches_;
    }

    /// @inheritdoc IPrescriptions
    function issue(PrescriptionRequest calldata request) external returns (uint64 id) {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Provider)) revert PrescriptionsNotActivePrescriber(msg.sender);
        address patient = request.patient;
        if (patient == address(0)) revert PrescriptionsZeroAddress();
        if (patient == msg.sender) revert PrescriptionsSelfPrescription(msg.sender);
        _checkRequest(request);

        id = _count + 1;
        _count = id;
        // The casts cannot truncate: `_checkRequest` bounds the GTIN below 10^14 < 2^48 and
        // validUntil below 2^40.
        _prescriptions[id] = StoredPrescription({
            patient: patient,
            gtin: uint48(request.gtin),
            quantityPerFill: request.quantityPerFill,
            refills: request.refills,
            fillsDispensed: 0,
            prescriber: msg.sender,
            validUntil: uint40(request.validUntil),
            lastFillAt: 0,
            status: PrescriptionStatus.Active,
            controlled: request.controlled,
            issuedAt: uint40(block.timestamp),
            minFillInterval: request.minFillInterval
        });
        if (bytes(request.code).length != 0) _codes[id] = MedicationCode(request.codeSystem, request.code);
        _cids[id] = request.cid;
        uint64 index = _patientCounts[patient];
        _patientPrescriptions[patient][index] = id;
        _patientCounts[patient] = index + 1;
        emit PrescriptionIssued(id, patient, msg.sender, request);
    }

    /// @inheritdoc IPrescriptions
    function dispense(
        uint64 id,
        uint16 fill,
        Pack[] calldata packs,
        bytes calldata cid,
        uint256 deadline,
        bytes calldata patientSignature
    ) external {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Pharmacy)) revert PrescriptionsNotActivePharmacy(msg.sender);
        StoredPrescription storage p = _existing(id);
        _checkFill(p, id, fill);
        address prescriber = p.prescriber;
        if (!_registry.isActive(prescriber, IRegistry.Role.Provider)) revert PrescriptionsPrescriberNotActive(id, prescriber);
        if (packs.length != p.quantityPerFill) revert PrescriptionsPackCountMismatch(id, packs.length, p.quantityPerFill);
        _checkCid(cid);
        if (p.controlled) _checkPatientSignature(p.patient, id, fill, deadline, patientSignature);
        _recordFill(p, id, fill, packs, cid);
    }

    /// @inheritdoc IPrescriptions
    /// @dev The prescriber may cancel whatever its license state: cancelling only reduces risk.
    function cancel(uint64 id, bytes32 reasonCode) external {
        StoredPrescription storage p = _existing(id);
        if (msg.sender != p.prescriber) revert PrescriptionsNotPrescriber(id, msg.sender);
        if (p.status == PrescriptionStatus.Cancelled) revert PrescriptionsPrescriptionCancelled(id);
        if (p.fillsDispensed > p.refills) revert PrescriptionsNoFillsLeft(id);
        p.status = PrescriptionStatus.Cancelled;
        emit PrescriptionCancelled(id, p.patient, msg.sender, reasonCode);
    }

    /// @inheritdoc IPrescriptions
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IPrescriptions
    function drugBatches() external view returns (address) {
        return address(_batches);
    }

    /// @inheritdoc IPrescriptions
    function prescription(uint64 id) external view returns (Prescription memory) {
        StoredPrescription storage p = _existing(id);
        MedicationCode storage code = _codes[id];
        return
            Prescription({
                patient: p.patient,
                prescriber: p.prescriber,
                gtin: p.gtin,
                codeSystem: code.codeSystem,
                code: code.code,
                quantityPerFill: p.quantityPerFill,
                refills: p.refills,
                fillsDispensed: p.fillsDispensed,
                issuedAt: p.issuedAt,
                validUntil: p.validUntil,
                minFillInterval: p.minFillInterval,
                lastFillAt: p.lastFillAt,
                controlled: p.controlled,
                status: p.status,
                cid: _cids[id]
            });
    }

    /// @inheritdoc IPrescriptions
    function fillOf(uint64 id, uint16 fill) external view returns (Fill memory) {
        StoredFill storage f = _fills[id][fill];
        return Fill(f.pharmacy, f.dispensedAt, f.batchIds, f.cid);
    }

    /// @inheritdoc IPrescriptions
    function prescriptionCount() external view returns (uint64) {
        return _count;
    }

    /// @inheritdoc IPrescriptions
    function prescriptionCountOf(address patient) external view returns (uint64) {
        return _patientCounts[patient];
    }

    /// @inheritdoc IPrescriptions
    function prescriptionOfPatient(address patient, uint64 index) external view returns (uint64) {
        if (index >= _patientCounts[patient]) revert PrescriptionsUnknownPrescription(0);
        return uint64(_patientPrescriptions[patient][index]);
    }

    /// @inheritdoc IPrescriptions
    function dispenseDigest(uint64 id, uint16 fill, address pharmacy, uint256 deadline) external view returns (bytes32) {
        return _dispenseDigest(id, fill, pharmacy, deadline);
    }

    /// @inheritdoc IPrescriptions
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @dev Records fill `fill` of `p` by the caller, dispenses its packs and emits
    /// `PrescriptionDispensed`. Effects come before the DrugBatches calls: DrugBatches is
    /// trusted, but the order leaves nothing to re-enter.
    function _recordFill(
        StoredPrescription storage p,
        uint64 id,
        uint16 fill,
        Pack[] calldata packs,
        bytes calldata cid
    ) private {
        p.fillsDispensed = fill;
        p.lastFillAt = uint40(block.timestamp);
        StoredFill storage f = _fills[id][fill];
        f.pharmacy = msg.sender;
        f.dispensedAt = uint40(block.timestamp);
        f.cid = cid;
        (bytes32[] memory batchIds, bytes32[] memory leaves) = _dispensePacks(id, p.gtin, f, packs);
        emit PrescriptionDispensed(id, p.patient, msg.sender, fill, batchIds, leaves, cid);
    }

    /// @dev Dispenses every pack through DrugBatches from the caller's stock, requires the
    /// prescribed GTIN (when there is one), appends each batch to the fill and returns the
    /// batches and serial leaves.
    function _dispensePacks(
        uint64 id,
        uint64 prescribed,
        StoredFill storage f,
        Pack[] calldata packs
    ) private returns (bytes32[] memory batchIds, bytes32[] memory leaves) {
        uint256 n = packs.length;
        batchIds = new bytes32[](n);
        leaves = new bytes32[](n);
        for (uint256 i = 0; i < n; ++i) {
            Pack calldata pack = packs[i];
            bytes32 batchId = pack.batchId;
            uint64 gtin = _batches.dispense(msg.sender, batchId, pack.serial, pack.proof);
            if (prescribed != 0 && gtin != prescribed) revert PrescriptionsMedicationMismatch(id, prescribed, gtin);
            batchIds[i] = batchId;
            f.batchIds.push(batchId);
            leaves[i] = keccak256(bytes.concat(keccak256(abi.encode(batchId, pack.serial))));
        }
    }

    /// @dev Reverts unless fill `fill` of `p` may be dispensed now (status, validity, order,
    /// fills left, interval).
    function _checkFill(StoredPrescription storage p, uint64 id, uint16 fill) private view {
        if (p.status == PrescriptionStatus.Cancelled) revert PrescriptionsPrescriptionCancelled(id);
        uint40 validUntil = p.validUntil;
        if (block.timestamp > validUntil) revert PrescriptionsPrescriptionExpired(id, validUntil);
        uint16 dispensed = p.fillsDispensed;
        if (fill != 0 && fill <= dispensed) revert PrescriptionsFillAlreadyDispensed(id, fill);
        if (dispensed > p.refills) revert PrescriptionsNoFillsLeft(id);
        // Cannot overflow: dispensed <= refills < 65535.
        uint16 next = dispensed + 1;
        if (fill != next) revert PrescriptionsInvalidFill(id, fill, next);
        if (dispensed != 0) {
            uint256 nextFillAt = uint256(p.lastFillAt) + p.minFillInterval;
            if (block.timestamp < nextFillAt) revert PrescriptionsFillTooEarly(id, uint64(nextFillAt));
        }
    }

    /// @dev Reverts unless `signature` is `patient`'s valid authorisation, before `deadline`,
    /// of fill `fill` of `id` at the caller (ECDSA for an account, ERC-1271 for a contract).
    function _checkPatientSignature(
        address patient,
        uint64 id,
        uint16 fill,
        uint256 deadline,
        bytes calldata signature
    ) private view {
        if (block.timestamp > deadline) revert PrescriptionsExpiredSignature(deadline);
        bytes32 digest = _dispenseDigest(id, fill, msg.sender, deadline);
        if (!SignatureChecker.isValidSignatureNow(patient, digest, signature)) {
            revert PrescriptionsInvalidPatientSignature(id, patient);
        }
    }

    /// @dev Reverts unless `request` is well formed (everything but the caller and patient).
    function _checkRequest(PrescriptionRequest calldata request) private view {
        uint64 gtin = request.gtin;
        if (gtin != 0 && !Gtin.isValid(gtin)) revert PrescriptionsInvalidGtin(gtin);
        uint256 systemLength = bytes(request.codeSystem).length;
        uint256 codeLength = bytes(request.code).length;
        if (
            (systemLength == 0) != (codeLength == 0) ||
            systemLength > _MAX_CODE_LENGTH ||
            codeLength > _MAX_CODE_LENGTH ||
            (gtin == 0 && codeLength == 0)
        ) revert PrescriptionsInvalidMedication();
        uint16 quantity = request.quantityPerFill;
        if (quantity == 0 || quantity > MAX_PACKS_PER_FILL) revert PrescriptionsInvalidQuantity(quantity);
        if (request.refills == type(uint16).max) revert PrescriptionsInvalidRefills(request.refills);
        uint64 validUntil = request.validUntil;
        if (validUntil <= block.timestamp || validUntil > type(uint40).max) revert PrescriptionsInvalidValidity(validUntil);
        _checkCid(request.cid);
    }

    /// @dev The prescription `id`; reverts when unknown.
    function _existing(uint64 id) private view returns (StoredPrescription storage p) {
        p = _prescriptions[id];
        if (p.patient == address(0)) revert PrescriptionsUnknownPrescription(id);
    }

    /// @dev EIP-712 digest of a `DispenseAuthorization` in this domain.
    function _dispenseDigest(uint64 id, uint16 fill, address pharmacy, uint256 deadline) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_DISPENSE_TYPEHASH, id, fill, pharmacy, deadline)));
    }

    /// @dev Reverts unless `cid` is a binary CIDv1 of 4 to 128 bytes.
    function _checkCid(bytes calldata cid) private pure {
        if (cid.length < _MIN_CID_LENGTH || cid.length > _MAX_CID_LENGTH || cid[0] != 0x01) {
            revert PrescriptionsInvalidCid(cid);
        }
    }
}
