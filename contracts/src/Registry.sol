// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";

import {IRegistry} from "./IRegistry.sol";

/// @title Salus participant registry
/// @notice Licensed institutions and their roles, every account's encryption public key and
/// the IoT devices bound to a licensed owner. The regulator (`REGULATOR_ROLE`, administered
/// by `DEFAULT_ADMIN_ROLE`) licenses, suspends and reinstates participants and registers
/// devices; any account registers its own encryption key with a proof of possession.
/// @dev Every function runs in constant time: there are no loops.
contract Registry is IRegistry, AccessControl, EIP712 {
    /// @dev Encryption public key, X and Y coordinates of a secp256k1 point. Two slots
    /// instead of the three a 64-byte `bytes` would take. X is never zero for a stored key,
    /// so `x == 0` means "no key".
    struct EncryptionPublicKey {
        bytes32 x;
        bytes32 y;
    }

    /// @inheritdoc IRegistry
    bytes32 public constant REGULATOR_ROLE = keccak256("REGULATOR_ROLE");

    /// @dev EIP-712 type hash of the proof-of-possession message.
    bytes32 private constant _ENCRYPTION_KEY_TYPEHASH =
        keccak256("EncryptionKey(address account,bytes32 publicKeyHash)");

    /// @dev Field prime p of secp256k1 (2^256 - 2^32 - 977).
    uint256 private constant _SECP256K1_P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

    /// @dev Length of an uncompressed public key without the 0x04 prefix.
    uint256 private constant _PUBLIC_KEY_LENGTH = 64;

    /// @dev Participants by account.
    mapping(address account => Participant) private _participants;

    /// @dev Encryption public keys by account.
    mapping(address account => EncryptionPublicKey) private _encryptionKeys;

    /// @dev Owner of each registered device; zero when not registered.
    mapping(address device => address owner) private _deviceOwners;

    /// @notice Deploys the registry with `regulator` as admin and regulator.
    /// @param regulator Account granted `DEFAULT_ADMIN_ROLE` and `REGULATOR_ROLE`.
    constructor(address regulator) EIP712("Salus Registry", "1") {
        if (regulator == address(0)) revert RegistryZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, regulator);
        _grantRole(REGULATOR_ROLE, regulator);
    }

    /// @inheritdoc IRegistry
    function license(
        address account,
        Role role,
        string calldata name,
        bytes32 licenseRef,
        uint64 validUntil
    ) external onlyRole(REGULATOR_ROLE) {
        if (account == address(0)) revert RegistryZeroAddress();
        if (role == Role.None) revert RegistryInvalidRole(uint8(role));
        if (validUntil <= block.timestamp) revert RegistryInvalidValidity(validUntil);
        if (bytes(name).length == 0) revert RegistryEmptyName();
        if (_deviceOwners[account] != address(0)) revert RegistryAccountIsDevice(account);

        Participant storage p = _participants[account];
        // `suspended` is left as it is: renewing a license does not lift a suspension.
        p.role = role;
        // Cannot truncate: uint64 seconds last for billions of years.
        p.licensedAt = uint64(block.timestamp);
        p.validUntil = validUntil;
        p.licenseRef = licenseRef;
        p.name = name;
        emit ParticipantLicensed(account, role, name, licenseRef, validUntil);
    }

    /// @inheritdoc IRegistry
    function suspend(address account, bytes32 reasonCode) external onlyRole(REGULATOR_ROLE) {
        Participant storage p = _participants[account];
        if (p.role == Role.None) revert RegistryNotLicensed(account);
        if (p.suspended) revert RegistryAlreadySuspended(account);
        p.suspended = true;
        emit ParticipantSuspended(account, reasonCode);
    }

    /// @inheritdoc IRegistry
    function reinstate(address account) external onlyRole(REGULATOR_ROLE) {
        Participant storage p = _participants[account];
        if (p.role == Role.None) revert RegistryNotLicensed(account);
        if (!p.suspended) revert RegistryNotSuspended(account);
        p.suspended = false;
        emit ParticipantReinstated(account);
    }

    /// @inheritdoc IRegistry
    /// @dev The curve check rejects malformed keys early; the proof then shows that the
    /// caller holds the private key, so nobody can register someone else's key as their
    /// own (data keys wrapped to it would be unreadable to them anyway, but the binding
    /// must be honest). ECDSA failures (bad length, bad v, high s) and a signature by any
    /// other key all revert with `RegistryInvalidKeyProof`.
    function registerEncryptionKey(bytes calldata publicKey, bytes calldata proof) external {
        if (publicKey.length != _PUBLIC_KEY_LENGTH) revert RegistryInvalidPublicKey();
        bytes32 x = bytes32(publicKey[:32]);
        bytes32 y = bytes32(publicKey[32:]);
        if (!_isOnCurve(uint256(x), uint256(y))) revert RegistryInvalidPublicKey();

        bytes32 publicKeyHash = keccak256(publicKey);
        // Ethereum address of the key: low 20 bytes of keccak256(X || Y).
        address keyAddress = address(uint160(uint256(publicKeyHash)));
        (address signer, ECDSA.RecoverError err, ) = ECDSA.tryRecover(
            _encryptionKeyDigest(msg.sender, publicKeyHash),
            proof
        );
        if (err != ECDSA.RecoverError.NoError || signer != keyAddress) {
            revert RegistryInvalidKeyProof(msg.sender);
        }

        _encryptionKeys[msg.sender] = EncryptionPublicKey(x, y);
        emit EncryptionKeyRegistered(msg.sender, publicKey);
    }

    /// @inheritdoc IRegistry
    function registerDevice(address device, address owner, bytes32 deviceRef) external onlyRole(REGULATOR_ROLE) {
        if (device == address(0)) revert RegistryZeroAddress();
        if (!_isActiveParticipant(_participants[owner])) revert RegistryNotLicensed(owner);
        if (_deviceOwners[device] != address(0)) revert RegistryDeviceExists(device);
        if (_participants[device].role != Role.None) revert RegistryAccountIsParticipant(device);

        _deviceOwners[device] = owner;
        emit DeviceRegistered(device, owner, deviceRef);
    }

    /// @inheritdoc IRegistry
    /// @dev The owner may deregister its device even while suspended or expired: removing
    /// a device only reduces what can act on the owner's behalf.
    function deregisterDevice(address device) external {
        address owner = _deviceOwners[device];
        if (owner == address(0)) revert RegistryUnknownDevice(device);
        if (msg.sender != owner && !hasRole(REGULATOR_ROLE, msg.sender)) {
            revert RegistryNotDeviceOwner(msg.sender);
        }

        delete _deviceOwners[device];
        emit DeviceDeregistered(device, owner);
    }

    /// @inheritdoc IRegistry
    function isActive(address account, Role role) external view returns (bool) {
        Participant storage p = _participants[account];
        return role != Role.None && p.role == role && _isActiveParticipant(p);
    }

    /// @inheritdoc IRegistry
    function isActiveParticipant(address account) external view returns (bool) {
        return _isActiveParticipant(_participants[account]);
    }

    /// @inheritdoc IRegistry
    function roleOf(address account) external view returns (Role) {
        return _participants[account].role;
    }

    /// @inheritdoc IRegistry
    function participant(address account) external view returns (Participant memory) {
        return _participants[account];
    }

    /// @inheritdoc IRegistry
    function isRegulator(address account) external view returns (bool) {
        return hasRole(REGULATOR_ROLE, account);
    }

    /// @inheritdoc IRegistry
    function encryptionKey(address account) external view returns (bytes memory) {
        EncryptionPublicKey storage key = _encryptionKeys[account];
        if (key.x == bytes32(0)) return "";
        return abi.encodePacked(key.x, key.y);
    }

    /// @inheritdoc IRegistry
    function encryptionKeyDigest(address account, bytes32 publicKeyHash) external view returns (bytes32) {
        return _encryptionKeyDigest(account, publicKeyHash);
    }

    /// @inheritdoc IRegistry
    function deviceOwner(address device) external view returns (address) {
        return _deviceOwners[device];
    }

    /// @inheritdoc IRegistry
    function isActiveDevice(address device) external view returns (bool) {
        address owner = _deviceOwners[device];
        return owner != address(0) && _isActiveParticipant(_participants[owner]);
    }

    /// @dev Whether `p` is licensed in some role, not suspended and within validity.
    function _isActiveParticipant(Participant storage p) private view returns (bool) {
        return p.role != Role.None && !p.suspended && block.timestamp <= p.validUntil;
    }

    /// @dev EIP-712 digest of `EncryptionKey(account, publicKeyHash)` in this domain.
    function _encryptionKeyDigest(address account, bytes32 publicKeyHash) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_ENCRYPTION_KEY_TYPEHASH, account, publicKeyHash)));
    }

    /// @dev Whether (x, y) is an affine point of secp256k1: 0 < x, y < p and
    /// y^2 = x^3 + 7 (mod p). Both coordinates are required to be reduced (< p) so every
    /// point has one encoding, and non-zero since no curve point has a zero coordinate
    /// (x = 0 needs a square root of 7, which does not exist mod p; y = 0 would be a point of
    /// order 2, impossible in a group of prime order).
    /// `mulmod(a, b, p)` and `addmod(a, b, p)` compute (a * b) % p and (a + b) % p on the
    /// exact, unbounded intermediate result (the EVM keeps 512 and 257 bits), so the
    /// arithmetic can never overflow and needs neither checked math nor `unchecked`.
    function _isOnCurve(uint256 x, uint256 y) private pure returns (bool) {
        if (x == 0 || y == 0 || x >= _SECP256K1_P || y >= _SECP256K1_P) return false;
        uint256 lhs = mulmod(y, y, _SECP256K1_P);
        uint256 rhs = addmod(mulmod(mulmod(x, x, _SECP256K1_P), x, _SECP256K1_P), 7, _SECP256K1_P);
        return lhs == rhs;
    }
}
