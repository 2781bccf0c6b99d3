// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {SignatureChecker} from "@openzeppelin/contracts/utils/cryptography/SignatureChecker.sol";
import {Nonces} from "@openzeppelin/contracts/utils/Nonces.sol";

import {IAccessGrants} from "./IAccessGrants.sol";
import {IRegistry} from "./IRegistry.sol";

/// @title Salus patient consent
/// @notice Patients grant and revoke read access to categories of their record, by their own
/// transaction or by an EIP-712 signature relayed by anyone; active providers open
/// time-limited emergency access. See `IAccessGrants` for the categories and purpose rules.
/// @dev Every function runs in constant time; `accessPurpose` loops over the six purposes.
contract AccessGrants is IAccessGrants, EIP712, Nonces {
    /// @inheritdoc IAccessGrants
    uint32 public constant ALL_CATEGORIES = 0x1FF;

    /// @inheritdoc IAccessGrants
    uint32 public constant EMERGENCY_CATEGORIES = 0x7F;

    /// @dev Number of defined categories (indexes 0 .. _CATEGORY_COUNT - 1).
    uint8 private constant _CATEGORY_COUNT = 9;

    /// @dev Longest emergency access a deployment may configure.
    uint64 private constant _MAX_EMERGENCY_DURATION = 7 days;

    /// @dev EIP-712 type hashes.
    bytes32 private constant _GRANT_TYPEHASH =
        keccak256(
            "Grant(address patient,address grantee,uint32 categories,uint8 purpose,uint64 expiresAt,uint256 nonce,uint256 deadline)"
        );
    bytes32 private constant _REVOKE_TYPEHASH =
        keccak256("Revoke(address patient,address grantee,uint8 purpose,uint256 nonce,uint256 deadline)");

    /// @inheritdoc IAccessGrants
    uint64 public immutable EMERGENCY_ACCESS_DURATION;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev Grants by patient, grantee and purpose; emergency access under `Purpose.Emergency`.
    mapping(address patient => mapping(address grantee => mapping(Purpose purpose => Grant))) private _grants;

    /// @notice Deploys the consent contract.
    /// @param registry_ The participant registry.
    /// @param emergencyAccessDuration Seconds an emergency access lasts (1 .. 7 days; the
    /// network deploys 24 hours; tests use seconds).
    constructor(IRegistry registry_, uint64 emergencyAccessDuration) EIP712("Salus AccessGrants", "1") {
        if (address(registry_) == address(0)) revert AccessGrantsZeroAddress();
        if (emergencyAccessDuration == 0 || emergencyAccessDuration > _MAX_EMERGENCY_DURATION) {
            revert AccessGrantsInvalidEmergencyDuration(emergencyAccessDuration);
        }
        _registry = registry_;
        EMERGENCY_ACCESS_DURATION = emergencyAccessDuration;
    }

    /// @inheritdoc IAccessGrants
    function grant(address grantee, uint32 categories, Purpose purpose, uint64 expiresAt) external {
        _grant(msg.sender, grantee, categories, purpose, expiresAt);
    }

    /// @inheritdoc IAccessGrants
    function revoke(address grantee, Purpose purpose) external {
        _revoke(msg.sender, grantee, purpose);
    }

    /// @inheritdoc IAccessGrants
    function grantBySig(
        address patient,
        address grantee,
        uint32 categories,
        Purpose purpose,
        uint64 expiresAt,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        bytes32 digest = _grantDigest(patient, grantee, categories, purpose, expiresAt, nonce, deadline);
        _useSignature(patient, nonce, deadline, digest, signature);
        _grant(patient, grantee, categories, purpose, expiresAt);
    }

    /// @inheritdoc IAccessGrants
    function revokeBySig(
        address patient,
        address grantee,
        Purpose purpose,
        uint256 nonce,
        uint256 deadline,
        bytes calldata signature
    ) external {
        _useSignature(patient, nonce, deadline, _revokeDigest(patient, grantee, purpose, nonce, deadline), signature);
        _revoke(patient, grantee, purpose);
    }

    /// @inheritdoc IAccessGrants
    function openEmergencyAccess(address patient, bytes32 reasonCode) external {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Provider)) revert AccessGrantsNotActiveProvider(msg.sender);
        if (patient == address(0)) revert AccessGrantsZeroAddress();
        if (patient == msg.sender) revert AccessGrantsSelfGrant(patient);
        if (reasonCode == bytes32(0)) revert AccessGrantsEmptyReason();

        // Cannot overflow: block.timestamp and the duration are far below 2^63.
        uint64 expiresAt = uint64(block.timestamp) + EMERGENCY_ACCESS_DURATION;
        _grants[patient][msg.sender][Purpose.Emergency] = Grant(EMERGENCY_CATEGORIES, expiresAt, uint64(block.timestamp));
        emit EmergencyAccessOpened(patient, msg.sender, reasonCode, expiresAt);
    }

    /// @inheritdoc IAccessGrants
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IAccessGrants
    function hasAccess(
        address patient,
        address grantee,
        uint8 category,
        Purpose purpose
    ) external view returns (bool) {
        return _hasAccess(patient, grantee, category, purpose);
    }

    /// @inheritdoc IAccessGrants
    function hasTreatmentAccess(address patient, address grantee, uint8 category) external view returns (bool) {
        return
            _hasAccess(patient, grantee, category, Purpose.Treatment) ||
            _hasAccess(patient, grantee, category, Purpose.Emergency);
    }

    /// @inheritdoc IAccessGrants
    function accessPurpose(address patient, address grantee, uint8 category) external view returns (Purpose) {
        Purpose[6] memory order = [
            Purpose.Treatment,
            Purpose.Emergency,
            Purpose.CareGiving,
            Purpose.Payment,
            Purpose.Operations,
            Purpose.Research
        ];
        for (uint256 i = 0; i < order.length; ++i) {
            if (_hasAccess(patient, grantee, category, order[i])) return order[i];
        }
        return Purpose.None;
    }

    /// @inheritdoc IAccessGrants
    function grantOf(address patient, address grantee, Purpose purpose) external view returns (Grant memory) {
        return _grants[patient][grantee][purpose];
    }

    /// @inheritdoc IAccessGrants
    function nonces(address patient) public view override(IAccessGrants, Nonces) returns (uint256) {
        return super.nonces(patient);
    }

    /// @inheritdoc IAccessGrants
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @inheritdoc IAccessGrants
    function grantDigest(
        address patient,
        address grantee,
        uint32 categories,
        Purpose purpose,
        uint64 expiresAt,
        uint256 nonce,
        uint256 deadline
    ) external view returns (bytes32) {
        return _grantDigest(patient, grantee, categories, purpose, expiresAt, nonce, deadline);
    }

    /// @inheritdoc IAccessGrants
    function revokeDigest(
        address patient,
        address grantee,
        Purpose purpose,
        uint256 nonce,
        uint256 deadline
    ) external view returns (bytes32) {
        return _revokeDigest(patient, grantee, purpose, nonce, deadline);
    }

    /// @dev Validates and stores a grant by `patient`, then emits `AccessGranted`.
    function _grant(address patient, address grantee, uint32 categories, Purpose purpose, uint64 expiresAt) private {
        if (grantee == address(0)) revert AccessGrantsZeroAddress();
        if (grantee == patient) revert AccessGrantsSelfGrant(patient);
        if (categories == 0 || categories & ~ALL_CATEGORIES != 0) revert AccessGrantsInvalidCategories(categories);
        if (expiresAt <= block.timestamp) revert AccessGrantsInvalidExpiry(expiresAt);
        if (purpose == Purpose.None || purpose == Purpose.Emergency) revert AccessGrantsInvalidPurpose(uint8(purpose));
        if (purpose == Purpose.CareGiving) {
            // A caregiver is a person: never an institution (whatever its license state) nor
            // a device, so an institution cannot be let in through the personal purpose.
            if (_registry.roleOf(grantee) != IRegistry.Role.None || _registry.deviceOwner(grantee) != address(0)) {
                revert AccessGrantsInvalidCaregiver(grantee);
            }
        } else if (!_registry.isActiveParticipant(grantee)) {
            revert AccessGrantsGranteeNotActive(grantee);
        }

        // Cannot truncate: uint64 seconds last for billions of years.
        _grants[patient][grantee][purpose] = Grant(categories, expiresAt, uint64(block.timestamp));
        emit AccessGranted(patient, grantee, purpose, categories, expiresAt);
    }

    /// @dev Deletes the grant of `patient` to `grantee` for `purpose`, then emits `AccessRevoked`.
    function _revoke(address patient, address grantee, Purpose purpose) private {
        if (purpose == Purpose.None || purpose == Purpose.Emergency) revert AccessGrantsInvalidPurpose(uint8(purpose));
        mapping(Purpose => Grant) storage byPurpose = _grants[patient][grantee];
        if (byPurpose[purpose].expiresAt == 0) revert AccessGrantsNoGrant(patient, grantee, uint8(purpose));
        delete byPurpose[purpose];
        emit AccessRevoked(patient, grantee, purpose);
    }

    /// @dev Checks the deadline, consumes `nonce` of `patient` and verifies `signature` of
    /// `digest` by `patient`, mapping every failure to a custom error.
    function _useSignature(
        address patient,
        uint256 nonce,
        uint256 deadline,
        bytes32 digest,
        bytes calldata signature
    ) private {
        if (block.timestamp > deadline) revert AccessGrantsExpiredSignature(deadline);
        uint256 expected = _useNonce(patient);
        if (nonce != expected) revert AccessGrantsInvalidNonce(patient, nonce, expected);

        if (patient.code.length != 0) {
            // Smart-contract wallet (ERC-1271). OpenZeppelin 5.3.0's SignatureChecker is
            // plain Solidity (no MCOPY), so it compiles for the paris EVM.
            if (!SignatureChecker.isValidERC1271SignatureNow(patient, digest, signature)) {
                revert AccessGrantsInvalidContractSignature(patient);
            }
            return;
        }
        if (signature.length != 65) revert AccessGrantsInvalidSignatureLength(signature.length);
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if (v != 27 && v != 28) revert AccessGrantsInvalidSignatureV(v);
        (address recovered, ECDSA.RecoverError err, ) = ECDSA.tryRecover(digest, v, r, s);
        if (err == ECDSA.RecoverError.InvalidSignatureS) revert AccessGrantsInvalidSignatureS(s);
        // Any other failure (no point for r) recovers to zero, which is never `patient`
        // since ecrecover never yields the zero address for a valid signature.
        if (err != ECDSA.RecoverError.NoError || recovered != patient) {
            revert AccessGrantsInvalidSigner(patient, recovered);
        }
    }

    /// @dev Whether `grantee` may read `category` of `patient` for `purpose` now.
    function _hasAccess(address patient, address grantee, uint8 category, Purpose purpose) private view returns (bool) {
        if (category >= _CATEGORY_COUNT) return false;
        Grant storage g = _grants[patient][grantee][purpose];
        if (g.categories & (uint32(1) << category) == 0 || block.timestamp > g.expiresAt) return false;
        if (purpose == Purpose.CareGiving) return true;
        if (purpose == Purpose.Emergency) return _registry.isActive(grantee, IRegistry.Role.Provider);
        return _registry.isActiveParticipant(grantee);
    }

    /// @dev EIP-712 digest of a `Grant` message in this domain.
    function _grantDigest(
        address patient,
        address grantee,
        uint32 categories,
        Purpose purpose,
        uint64 expiresAt,
        uint256 nonce,
        uint256 deadline
    ) private view returns (bytes32) {
        return
            _hashTypedDataV4(
                keccak256(
                    abi.encode(_GRANT_TYPEHASH, patient, grantee, categories, purpose, expiresAt, nonce, deadline)
                )
            );
    }

    /// @dev EIP-712 digest of a `Revoke` message in this domain.
    function _revokeDigest(
        address patient,
        address grantee,
        Purpose purpose,
        uint256 nonce,
        uint256 deadline
    ) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_REVOKE_TYPEHASH, patient, grantee, purpose, nonce, deadline)));
    }
}
