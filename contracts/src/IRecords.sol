// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus record anchors interface
/// @notice Types, errors, events and external functions of Records: versioned anchors of
/// encrypted medical records (patient, author, category, IPFS CID, previous version) and the
/// Merkle roots of the backend's read-audit log.
///
/// Who may add a version for `patient` in `category` (category indexes as in IAccessGrants):
/// - the patient themselves, only in category 8 (personal / wearable data): what patients
///   report is kept apart from clinical categories, which only licensed authors write;
/// - an active provider or lab (Registry roles Provider, Lab) holding, for that patient and
///   category, an unexpired treatment grant or emergency access (`hasTreatmentAccess`);
/// - an active pharmacy (Registry role Pharmacy), only in category 6 (prescriptions) and only
///   while it holds the patient's unexpired grant of purpose `Treatment` covering that category
///   (`hasAccess(patient, pharmacy, 6, Treatment)`): the MedicationDispense it records when it
///   fills a prescription. Dispensing is treatment, and the grant is the patient's choice of
///   pharmacy (a nomination, as in electronic prescription services): the same grant lets the
///   pharmacy read the MedicationRequest, and the patient can revoke it. A pharmacy's grant of
///   another purpose (payment, operations...) or of other categories gives no write access, and
///   pharmacies have no emergency access. Why not "any pharmacy dispensing a valid prescription
///   of the patient": `addRecord` names no prescription, so Records could only ask whether the
///   patient has some open prescription (an unbounded question, and one that would let every
///   pharmacy of the network write into that patient's record), and Records would depend on
///   Prescriptions, which is deployed after it.
/// Nobody else; not even another kind of participant.
///
/// Versions: `previousVersion == 0` starts a new record; otherwise it must be the latest
/// version of a record of the same patient and category, and the new version becomes the
/// latest. Any author allowed for that patient and category may amend (not only the first
/// author). Nothing is ever deleted or overwritten.
///
/// Audit: accounts with `AUDITOR_ROLE` (granted by the admin to the backend) anchor Merkle
/// roots of consecutive ranges of audit sequence numbers; after the first batch each batch
/// starts right after the previous one, so the anchored log has no gaps or overlaps.
interface IRecords {
    /// @notice A record version as returned by `record`.
    /// @param patient Whose record it is.
    /// @param author Who anchored this version.
    /// @param category Category index.
    /// @param createdAt Block timestamp of the anchor.
    /// @param previous Version this one amends; 0 for the first version.
    /// @param next Version that amends this one; 0 while this is the latest.
    /// @param cid IPFS CIDv1 (binary) of the encrypted content.
    struct RecordVersion {
        address patient;
        address author;
        uint8 category;
        uint64 createdAt;
        uint64 previous;
        uint64 next;
        bytes cid;
    }

    /// @notice A batch of anchored audit entries.
    /// @param merkleRoot Merkle root of the entries.
    /// @param fromSeq First sequence number (inclusive).
    /// @param toSeq Last sequence number (inclusive).
    /// @param anchoredAt Block timestamp of the anchor.
    struct AuditBatch {
        bytes32 merkleRoot;
        uint64 fromSeq;
        uint64 toSeq;
        uint64 anchoredAt;
    }

    /// @notice Version `id` of a record of `patient` was anchored by `author`.
    /// @param patient The patient.
    /// @param id The new version's id (from 1).
    /// @param author The author.
    /// @param category Category index.
    /// @param cid IPFS CIDv1 (binary) of the encrypted content.
    /// @param previous Version amended; 0 for a new record.
    event RecordAdded(
        address indexed patient,
        uint64 indexed id,
        address indexed author,
        uint8 category,
        bytes cid,
        uint64 previous
    );

    /// @notice Audit entries `fromSeq` .. `toSeq` were anchored as batch `index`.
    /// @param index Batch index (from 0).
    /// @param merkleRoot Merkle root of the entries.
    /// @param fromSeq First sequence number.
    /// @param toSeq Last sequence number.
    /// @param auditor The account that anchored them.
    event AuditAnchored(
        uint64 indexed index,
        bytes32 merkleRoot,
        uint64 fromSeq,
        uint64 toSeq,
        address indexed auditor
    );

    /// @notice An address argument is the zero address.
    error RecordsZeroAddress();

    /// @notice `category` is not a defined category index.
    /// @param category The rejected index.
    error RecordsInvalidCategory(uint8 category);

    /// @notice `cid` is not a binary CIDv1 (first byte 0x01, 4 to 128 bytes).
    /// @param cid The rejected CID.
    error RecordsInvalidCid(bytes cid);

    /// @notice `author` may not add records of `patient` in `category`.
    /// @param author The caller.
    /// @param patient The patient.
    /// @param category The category.
    error RecordsUnauthorisedAuthor(address author, address patient, uint8 category);

    /// @notice No record version has id `id`.
    /// @param id The unknown id.
    error RecordsUnknownVersion(uint64 id);

    /// @notice Version `previous` belongs to another patient or category.
    /// @param previous The version to amend.
    /// @param patient Its patient.
    /// @param category Its category.
    error RecordsPreviousMismatch(uint64 previous, address patient, uint8 category);

    /// @notice Version `previous` is amended already by `next`; amend the latest version.
    /// @param previous The version named.
    /// @param next The version that amends it.
    error RecordsNotLatestVersion(uint64 previous, uint64 next);

    /// @notice The Merkle root is zero.
    error RecordsZeroMerkleRoot();

    /// @notice The audit range is empty, reversed or does not start at `expectedFrom`.
    /// @param fromSeq The rejected first sequence number.
    /// @param toSeq The rejected last sequence number.
    /// @param expectedFrom The sequence number the batch must start at (0 before the first).
    error RecordsInvalidAuditRange(uint64 fromSeq, uint64 toSeq, uint64 expectedFrom);

    /// @notice Anchors a record version for `patient`. See the author rules above.
    /// @param patient The patient; not zero.
    /// @param category Category index (0..8).
    /// @param cid Binary CIDv1 of the encrypted content.
    /// @param previousVersion 0 for a new record, or the latest version to amend.
    /// @return id The new version's id.
    function addRecord(
        address patient,
        uint8 category,
        bytes calldata cid,
        uint64 previousVersion
    ) external returns (uint64 id);

    /// @notice Anchors the Merkle root of audit entries `fromSeq` .. `toSeq`. AUDITOR_ROLE only.
    /// @param merkleRoot Non-zero root.
    /// @param fromSeq First sequence number; the previous batch's `toSeq + 1` after the first.
    /// @param toSeq Last sequence number; not below `fromSeq`.
    function anchorAudit(bytes32 merkleRoot, uint64 fromSeq, uint64 toSeq) external;

    /// @notice Role identifier of auditors, `keccak256("AUDITOR_ROLE")`.
    /// @return The role identifier.
    function AUDITOR_ROLE() external view returns (bytes32);

    /// @notice Whether `author` may add a version for `patient` in `category` now.
    /// @param author The would-be author.
    /// @param patient The patient.
    /// @param category Category index.
    /// @return True when allowed.
    function canWrite(address author, address patient, uint8 category) external view returns (bool);

    /// @notice Record version `id`.
    /// @param id The version id; reverts `RecordsUnknownVersion` when none.
    /// @return The version.
    function record(uint64 id) external view returns (RecordVersion memory);

    /// @notice Latest version of the record that `id` belongs to (O(1)).
    /// @param id Any version of the record.
    /// @return The latest version's id.
    function latestVersion(uint64 id) external view returns (uint64);

    /// @notice Number of versions anchored in total; ids run from 1 to this.
    /// @return The count.
    function versionCount() external view returns (uint64);

    /// @notice Number of versions anchored for `patient`.
    /// @param patient The patient.
    /// @return The count.
    function recordCount(address patient) external view returns (uint64);

    /// @notice The `index`-th version anchored for `patient` (from 0), for paging.
    /// @param patient The patient.
    /// @param index Below `recordCount(patient)`; reverts `RecordsUnknownVersion(0)` otherwise.
    /// @return The version id.
    function recordOfPatient(address patient, uint64 index) external view returns (uint64);

    /// @notice Number of anchored audit batches.
    /// @return The count.
    function auditBatchCount() external view returns (uint64);

    /// @notice Audit batch `index`.
    /// @param index Below `auditBatchCount()`.
    /// @return The batch (all zero when none).
    function auditBatch(uint64 index) external view returns (AuditBatch memory);

    /// @notice The sequence number the next audit batch must start at (0 before the first
    /// batch, which may start anywhere).
    /// @return The sequence number.
    function nextAuditSeq() external view returns (uint64);
}
