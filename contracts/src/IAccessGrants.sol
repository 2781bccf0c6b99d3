// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus patient consent interface
/// @notice Types, errors, events and external functions of AccessGrants: which grantee may
/// read which categories of a patient's record, for which purpose, until when; and the
/// time-limited emergency ("break-glass") access of licensed providers.
///
/// Categories are a bitmask; bit `i` stands for category index `i`:
///   0 summary, 1 allergies, 2 immunizations, 3 diagnoses, 4 lab results, 5 imaging,
///   6 prescriptions, 7 insurance, 8 personal / wearable data.
/// Bits 9..31 are reserved for future categories and refused until defined.
///
/// Grantees, by purpose:
/// - `CareGiving`: an individual the patient trusts (a relative, a caregiver). The grantee
///   must NOT be a licensed participant (in any state) nor a registered device; the grant does
///   not depend on the Registry afterwards.
/// - `Treatment`, `Payment`, `Research`, `Operations`: a licensed institution, active in the
///   Registry (licensed, not suspended, within validity) when granted. Such a grant lapses
///   while the grantee is not active (checked by every view) and counts again if it is
///   reinstated or renewed before the grant's own expiry.
/// - `Emergency`: never granted by the patient; opened by an active provider through
///   `openEmergencyAccess`, for `EMERGENCY_CATEGORIES`, for `EMERGENCY_ACCESS_DURATION`
///   seconds; lapses early if the provider stops being an active provider.
///
/// There is at most one grant per (patient, grantee, purpose); granting again replaces it.
/// Purposes are independent: `hasAccess` checks the one asked for; `hasTreatmentAccess`
/// checks treatment or emergency; `accessPurpose` finds any purpose that allows a read.
/// Times are block timestamps in seconds; a grant is valid up to and including its expiry.
interface IAccessGrants {
    /// @notice Why a grantee may read. The numeric values are part of the API and of the
    /// signed EIP-712 messages; never reorder. `None` is never valid.
    enum Purpose {
        None,
        Treatment,
        Payment,
        Research,
        CareGiving,
        Operations,
        Emergency
    }

    /// @notice A grant, one storage slot.
    /// @param categories Bitmask of the categories the grantee may read.
    /// @param expiresAt Last timestamp (inclusive) at which the grant is valid; zero when
    /// there is no grant.
    /// @param grantedAt Timestamp of the grant (or of the latest replacement).
    struct Grant {
        uint32 categories;
        uint64 expiresAt;
        uint64 grantedAt;
    }

    /// @notice `patient` granted (or replaced the grant of) `grantee` for `purpose`.
    /// @param patient The patient whose data is concerned.
    /// @param grantee The account that may read.
    /// @param purpose The purpose of the grant.
    /// @param categories Bitmask of the categories granted.
    /// @param expiresAt Last timestamp (inclusive) of validity.
    event AccessGranted(
        address indexed patient,
        address indexed grantee,
        Purpose indexed purpose,
        uint32 categories,
        uint64 expiresAt
    );

    /// @notice `patient` revoked the grant of `grantee` for `purpose`.
    /// @param patient The patient.
    /// @param grantee The former grantee.
    /// @param purpose The purpose of the revoked grant.
    event AccessRevoked(address indexed patient, address indexed grantee, Purpose indexed purpose);

    /// @notice `provider` opened emergency access to the record of `patient`.
    /// @param patient The patient, who sees this event.
    /// @param provider The active provider who opened it.
    /// @param reasonCode Provider's code for the emergency (details stay off chain).
    /// @param expiresAt Last timestamp (inclusive) of the access.
    event EmergencyAccessOpened(
        address indexed patient,
        address indexed provider,
        bytes32 reasonCode,
        uint64 expiresAt
    );

    /// @notice An address argument is the zero address.
    error AccessGrantsZeroAddress();

    /// @notice The patient named themselves as grantee.
    /// @param patient The patient.
    error AccessGrantsSelfGrant(address patient);

    /// @notice `categories` is empty or uses reserved bits.
    /// @param categories The rejected bitmask.
    error AccessGrantsInvalidCategories(uint32 categories);

    /// @notice `purpose` cannot be used here (`None`, or `Emergency` outside the emergency path).
    /// @param purpose The rejected purpose value.
    error AccessGrantsInvalidPurpose(uint8 purpose);

    /// @notice `expiresAt` is not after the current block.
    /// @param expiresAt The rejected expiry.
    error AccessGrantsInvalidExpiry(uint64 expiresAt);

    /// @notice An institutional purpose names a grantee that is not an active participant
    /// (unlicensed, suspended or expired).
    /// @param grantee The rejected grantee.
    error AccessGrantsGranteeNotActive(address grantee);

    /// @notice A care-giving grant names a licensed participant or a registered device.
    /// @param grantee The rejected grantee.
    error AccessGrantsInvalidCaregiver(address grantee);

    /// @notice There is no grant to revoke.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param purpose The purpose.
    error AccessGrantsNoGrant(address patient, address grantee, uint8 purpose);

    /// @notice The signed message's deadline has passed.
    /// @param deadline The deadline of the message.
    error AccessGrantsExpiredSignature(uint256 deadline);

    /// @notice The signed message's nonce is not the patient's current nonce (reused or
    /// out of order).
    /// @param patient The patient.
    /// @param nonce The nonce of the message.
    /// @param expected The patient's current nonce.
    error AccessGrantsInvalidNonce(address patient, uint256 nonce, uint256 expected);

    /// @notice The signature of an externally owned account is not 65 bytes (r || s || v).
    /// @param length The rejected length.
    error AccessGrantsInvalidSignatureLength(uint256 length);

    /// @notice The signature's v is not 27 or 28.
    /// @param v The rejected v.
    error AccessGrantsInvalidSignatureV(uint8 v);

    /// @notice The signature's s is in the upper half of the curve order (malleable).
    /// @param s The rejected s.
    error AccessGrantsInvalidSignatureS(bytes32 s);

    /// @notice The signature is well formed but was not made by `patient` over this message
    /// in this domain (another chain, another deployment, other fields).
    /// @param patient The claimed signer.
    /// @param recovered The address the signature recovers to (zero when none).
    error AccessGrantsInvalidSigner(address patient, address recovered);

    /// @notice `patient` is a contract and its ERC-1271 `isValidSignature` did not accept
    /// the signature.
    /// @param patient The smart-wallet patient.
    error AccessGrantsInvalidContractSignature(address patient);

    /// @notice `caller` is not an active provider.
    /// @param caller The rejected caller.
    error AccessGrantsNotActiveProvider(address caller);

    /// @notice The emergency reason code is zero.
    error AccessGrantsEmptyReason();

    /// @notice The emergency access duration given at deployment is zero or above 7 days.
    /// @param duration The rejected duration in seconds.
    error AccessGrantsInvalidEmergencyDuration(uint64 duration);

    /// @notice Grants (or replaces the grant of) `grantee` access by the caller, the patient.
    /// @param grantee The reader; see the purpose rules in the contract notice.
    /// @param categories Non-empty bitmask of defined categories.
    /// @param purpose Any purpose but `None` and `Emergency`.
    /// @param expiresAt Last timestamp (inclusive) of validity; after the current block.
    function grant(address grantee, uint32 categories, Purpose purpose, uint64 expiresAt) external;

    /// @notice Revokes the caller's grant to `grantee` for `purpose`.
    /// @param grantee The grantee.
    /// @param purpose The purpose; a grant (even an expired one) must be stored.
    function revoke(address grantee, Purpose purpose) external;

    /// @notice `grant` on behalf of `patient`, authorised by their EIP-712 signature of
    /// `Grant(address patient,address grantee,uint32 categories,uint8 purpose,uint64 expiresAt,uint256 nonce,uint256 deadline)`
    /// in the "Salus AccessGrants" version "1" domain of this contract. Anyone may relay it.
    /// @param patient The signer.
    /// @param grantee As for `grant`.
    /// @param categories As for `grant`.
    /// @param purpose As for `grant`.
    /// @param expiresAt As for `grant`.
    /// @param nonce The patient's current nonce (`nonces(patient)`); consumed.
    /// @param deadline Last timestamp (inclusive) at which the signature may be used.
    /// @param signature 65 bytes r || s || v (v 27 or 28, low s) for an externally owned
    /// account; any bytes its `isValidSignature` accepts for a contract (ERC-1271).
    function grantBySig(
        address patient,
        address grantee,
        uint32 categories,
        Purpose purpose,
        uint64 expiresAt,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice `revoke` on behalf of `patient`, authorised by their EIP-712 signature of
    /// `Revoke(address patient,address grantee,uint8 purpose,uint256 nonce,uint256 deadline)`.
    /// @param patient The signer.
    /// @param grantee As for `revoke`.
    /// @param purpose As for `revoke`.
    /// @param nonce The patient's current nonce; consumed.
    /// @param deadline Last timestamp (inclusive) at which the signature may be used.
    /// @param signature As for `grantBySig`.
    function revokeBySig(
        address patient,
        address grantee,
        Purpose purpose,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external;

    /// @notice Opens (or extends) emergency access of the caller, an active provider, to
    /// `EMERGENCY_CATEGORIES` of `patient` for `EMERGENCY_ACCESS_DURATION` seconds from now.
    /// The patient cannot block or revoke it; it ends by itself and `EmergencyAccessOpened`
    /// tells the patient.
    /// @param patient The patient; not zero, not the caller.
    /// @param reasonCode Non-zero code of the emergency.
    function openEmergencyAccess(address patient, bytes32 reasonCode) external;

    /// @notice Categories covered by emergency access: summary, allergies, immunizations,
    /// diagnoses, lab results, imaging, prescriptions (not insurance, not personal data).
    /// @return The bitmask.
    function EMERGENCY_CATEGORIES() external view returns (uint32);

    /// @notice Bitmask of all defined categories.
    /// @return The bitmask.
    function ALL_CATEGORIES() external view returns (uint32);

    /// @notice Seconds an emergency access lasts, fixed at deployment (24 h in the network).
    /// @return The duration.
    function EMERGENCY_ACCESS_DURATION() external view returns (uint64);

    /// @notice Whether `grantee` may read `category` of `patient` for `purpose` now: a grant
    /// (or emergency access) covering the category, not expired, and the grantee active in
    /// the Registry where the purpose requires it. Constant cost: one storage read and at
    /// most one Registry call.
    /// @param patient The patient.
    /// @param grantee The reader.
    /// @param category Category index (0..8); out of range yields false.
    /// @param purpose The purpose to check.
    /// @return True when allowed.
    function hasAccess(address patient, address grantee, uint8 category, Purpose purpose) external view returns (bool);

    /// @notice `hasAccess` for `Treatment` or `Emergency`: whether a clinician may read or
    /// write `category` of `patient`.
    /// @param patient The patient.
    /// @param grantee The clinician.
    /// @param category Category index.
    /// @return True when allowed.
    function hasTreatmentAccess(address patient, address grantee, uint8 category) external view returns (bool);

    /// @notice The first purpose, in the order Treatment, Emergency, CareGiving, Payment,
    /// Operations, Research, for which `hasAccess` holds; `None` when none (at most six
    /// storage reads).
    /// @param patient The patient.
    /// @param grantee The reader.
    /// @param category Category index.
    /// @return The purpose, or `None`.
    function accessPurpose(address patient, address grantee, uint8 category) external view returns (Purpose);

    /// @notice The stored grant (or emergency access, for `Emergency`), expired or not; all
    /// zero when none.
    /// @param patient The patient.
    /// @param grantee The grantee.
    /// @param purpose The purpose.
    /// @return The grant.
    function grantOf(address patient, address grantee, Purpose purpose) external view returns (Grant memory);

    /// @notice The Registry this contract reads.
    /// @return Its address.
    function registry() external view returns (address);

    /// @notice Current nonce of `patient` for signed grants and revocations.
    /// @param patient The patient.
    /// @return The nonce the next signed message must carry.
    function nonces(address patient) external view returns (uint256);

    /// @notice EIP-712 domain separator of this contract on this chain.
    /// @return The separator.
    function DOMAIN_SEPARATOR() external view returns (bytes32);

    /// @notice EIP-712 digest a patient signs for `grantBySig`.
    /// @param patient As for `grantBySig`.
    /// @param grantee As for `grantBySig`.
    /// @param categories As for `grantBySig`.
    /// @param purpose As for `grantBySig`.
    /// @param expiresAt As for `grantBySig`.
    /// @param nonce As for `grantBySig`.
    /// @param deadline As for `grantBySig`.
    /// @return The digest.
    function grantDigest(
        address patient,
        address grantee,
        uint32 categories,
        Purpose purpose,
        uint64 expiresAt,
        uint256 nonce,
        uint256 deadline
    ) external view returns (bytes32);

    /// @notice EIP-712 digest a patient signs for `revokeBySig`.
    /// @param patient As for `revokeBySig`.
    /// @param grantee As for `revokeBySig`.
    /// @param purpose As for `revokeBySig`.
    /// @param nonce As for `revokeBySig`.
    /// @param deadline As for `revokeBySig`.
    /// @return The digest.
    function revokeDigest(
        address patient,
        address grantee,
        Purpose purpose,
        uint256 nonce,
        uint256 deadline
    ) external view returns (bytes32);
}
