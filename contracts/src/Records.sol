// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {IAccessGrants} from "./IAccessGrants.sol";
import {IRecords} from "./IRecords.sol";
import {IRegistry} from "./IRegistry.sol";

/// @title Salus record anchors
/// @notice Versioned anchors of encrypted records and anchored Merkle roots of the read-audit
/// log. See `IRecords` for the author and version rules. The admin (`DEFAULT_ADMIN_ROLE`,
/// the regulator) grants `AUDITOR_ROLE` to the backend account that anchors audit batches.
/// @dev Every function runs in constant time: there are no loops. Versions are linked both
/// ways (previous, next) and every version knows the first version of its record, whose
/// latest version is kept, so `latestVersion` needs no walk.
contract Records is IRecords, AccessControl {
    /// @dev A version in storage: two slots. Ids fit 48 bits (2^48 versions would cost far
    /// more gas than any chain will ever see; SafeCast checks anyway), timestamps 40 bits.
    struct Version {
        // slot 0
        address patient;
        uint8 category;
        uint40 createdAt;
        uint48 next;
        // slot 1
        address author;
        uint48 previous;
        uint48 first;
    }

    /// @dev Counters sharing one slot.
    struct Counters {
        uint64 versions;
        uint64 auditBatches;
        uint64 nextAuditSeq;
    }

    /// @inheritdoc IRecords
    bytes32 public constant AUDITOR_ROLE = keccak256("AUDITOR_ROLE");

    /// @dev Category index of personal / wearable data, the one patients write themselves.
    uint8 private constant _PERSONAL = 8;

    /// @dev Category index of prescriptions, the one pharmacies write (MedicationDispense).
    uint8 private constant _PRESCRIPTIONS = 6;

    /// @dev Number of defined categories, as in AccessGrants.
    uint8 private constant _CATEGORY_COUNT = 9;

    /// @dev Bounds of a binary CID: version byte, codec, hash code, digest length and digest.
    uint256 private constant _MIN_CID_LENGTH = 4;
    uint256 private constant _MAX_CID_LENGTH = 128;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev The consent contract.
    IAccessGrants private immutable _grants;

    /// @dev Versions by id (from 1).
    mapping(uint256 id => Version) private _versions;

    /// @dev CID of each version.
    mapping(uint256 id => bytes) private _cids;

    /// @dev Latest version of each record, by its first version; zero while that is the first.
    mapping(uint256 first => uint256 latest) private _latest;

    /// @dev Number of versions per patient.
    mapping(address patient => uint64) private _patientCounts;

    /// @dev Versions per patient, by index.
    mapping(address patient => mapping(uint256 index => uint256 id)) private _patientVersions;

    /// @dev Audit batches by index.
    mapping(uint256 index => AuditBatch) private _auditBatches;

    /// @dev Version and audit counters.
    Counters private _counters;

    /// @notice Deploys the record anchors.
    /// @param registry_ The participant registry.
    /// @param grants_ The consent contract.
    /// @param admin Account granted `DEFAULT_ADMIN_ROLE` (grants `AUDITOR_ROLE`).
    constructor(IRegistry registry_, IAccessGrants grants_, address admin) {
        if (address(registry_) == address(0) || address(grants_) == address(0) || admin == address(0)) {
            revert RecordsZeroAddress();
        }
        _registry = registry_;
        _grants = grants_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IRecords
    function addRecord(
        address patient,
        uint8 category,
        bytes calldata cid,
        uint64 previousVersion
    ) external returns (uint64 id) {
        if (patient == address(0)) revert RecordsZeroAddress();
        if (category >= _CATEGORY_COUNT) revert RecordsInvalidCategory(category);
        if (cid.length < _MIN_CID_LENGTH || cid.length > _MAX_CID_LENGTH || cid[0] != 0x01) {
            revert RecordsInvalidCid(cid);
        }
        if (!_canWrite(msg.sender, patient, category)) revert RecordsUnauthorisedAuthor(msg.sender, patient, category);

        Counters storage counters = _counters;
        id = counters.versions + 1;
        uint48 id48 = SafeCast.toUint48(id);
        uint48 first = id48;
        if (previousVersion != 0) {
            Version storage prev = _versions[previousVersion];
            if (prev.patient == address(0)) revert RecordsUnknownVersion(previousVersion);
            if (prev.patient != patient || prev.category != category) {
                revert RecordsPreviousMismatch(previousVersion, prev.patient, prev.category);
            }
            if (prev.next != 0) revert RecordsNotLatestVersion(previousVersion, prev.next);
            prev.next = id48;
            first = prev.first;
            _latest[first] = id;
        }
        counters.versions = id;
        _versions[id] = Version({
            patient: patient,
            category: category,
            createdAt: SafeCast.toUint40(block.timestamp),
            next: 0,
            author: msg.sender,
            previous: uint48(previousVersion), // == prev's id, which fits 48 bits
            first: first
        });
        _cids[id] = cid;
        uint64 index = _patientCounts[patient];
        _patientVersions[patient][index] = id;
        _patientCounts[patient] = index + 1;
        emit RecordAdded(patient, id, msg.sender, category, cid, previousVersion);
    }

    /// @inheritdoc IRecords
    function anchorAudit(bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq) external onlyRole(AUDITOR_ROLE) {
        if (merkleRoot == bytes32(0)) revert RecordsZeroMerkleRoot();
        Counters storage counters = _counters;
        uint64 index = counters.auditBatches;
        uint64 expectedFrom = counters.nextAuditSeq;
        if (toSeq < fromSeq || toSeq == type(uint64).max || (index != 0 && fromSeq != expectedFrom)) {
            revert RecordsInvalidAuditRange(fromSeq, toSeq, expectedFrom);
        }
        _auditBatches[index] = AuditBatch(merkleRoot, fromSeq, toSeq, uint64(block.timestamp));
        counters.auditBatches = index + 1;
        counters.nextAuditSeq = toSeq + 1;
        emit AuditAnchored(index, merkleRoot, fromSeq, toSeq, msg.sender);
    }

    /// @inheritdoc IRecords
    function canWrite(address author, address patient, uint8 category) external view returns (bool) {
        return patient != address(0) && category < _CATEGORY_COUNT && _canWrite(author, patient, category);
    }

    /// @inheritdoc IRecords
    function record(uint64 id) external view returns (RecordVersion memory) {
        Version storage v = _versions[id];
        if (v.patient == address(0)) revert RecordsUnknownVersion(id);
        return RecordVersion(v.patient, v.author, v.category, v.createdAt, v.previous, v.next, _cids[id]);
    }

    /// @inheritdoc IRecords
    function latestVersion(uint64 id) external view returns (uint64) {
        Version storage v = _versions[id];
        if (v.patient == address(0)) revert RecordsUnknownVersion(id);
        uint256 latest = _latest[v.first];
        // The first version of a never-amended record is its own latest.
        return latest == 0 ? v.first : uint64(latest);
    }

    /// @inheritdoc IRecords
    function versionCount() external view returns (uint64) {
        return _counters.versions;
    }

    /// @inheritdoc IRecords
    function recordCount(address patient) external view returns (uint64) {
        return _patientCounts[patient];
    }

    /// @inheritdoc IRecords
    function recordOfPatient(address patient, uint64 index) external view returns (uint64) {
        if (index >= _patientCounts[patient]) revert RecordsUnknownVersion(0);
        return uint64(_patientVersions[patient][index]);
    }

    /// @inheritdoc IRecords
    function auditBatchCount() external view returns (uint64) {
        return _counters.auditBatches;
    }

    /// @inheritdoc IRecords
    function auditBatch(uint64 index) external view returns (AuditBatch memory) {
        return _auditBatches[index];
    }

    /// @inheritdoc IRecords
    function nextAuditSeq() external view returns (uint64) {
        return _counters.nextAuditSeq;
    }

    /// @dev The author rule: the patient for personal data; an active provider or lab with
    /// treatment or emergency access to the category; an active pharmacy with a treatment grant
    /// of prescriptions, for prescriptions only (AccessGrants checks that the author is active).
    function _canWrite(address author, address patient, uint8 category) private view returns (bool) {
        if (author == patient) return category == _PERSONAL;
        IRegistry.Role role = _registry.roleOf(author);
        if (role == IRegistry.Role.Provider || role == IRegistry.Role.Lab) {
            return _grants.hasTreatmentAccess(patient, author, category);
        }
        if (role == IRegistry.Role.Pharmacy && category == _PRESCRIPTIONS) {
            return _grants.hasAccess(patient, author, category, IAccessGrants.Purpose.Treatment);
        }
        return false;
    }
}
