// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus participant registry interface
/// @notice Types, errors, events and external functions of the Registry: the licensed
/// institutions of the network and their roles, every account's encryption public key, and
/// the IoT devices bound to a licensed owner. Other contracts read it through the cheap
/// views (`isActive`, `isActiveParticipant`, `isActiveDevice`, `roleOf`).
interface IRegistry {
    /// @notice Role of a licensed participant. The numeric values are part of the API
    /// (the backend maps 1 = provider ... 8 = government payer); never reorder.
    enum Role {
        None,
        Provider,
        Lab,
        Pharmacy,
        Manufacturer,
        Distributor,
        Insurer,
        Research,
        GovernmentPayer
    }

    /// @notice A licensed institution. The first four fields share one storage slot.
    /// @param role What the participant is licensed as; `Role.None` when never licensed.
    /// @param suspended Whether the regulator has suspended the license.
    /// @param licensedAt Block timestamp of the latest `license` call (issue or renewal).
    /// @param validUntil Last timestamp (inclusive) at which the license is valid.
    /// @param licenseRef Reference of the license document held by the regulator.
    /// @param name Public name of the institution (never personal data).
    struct Participant {
        Role role;
        bool suspended;
        uint64 licensedAt;
        uint64 validUntil;
        bytes32 licenseRef;
        string name;
    }

    /// @notice `account` was licensed, or its license renewed or changed.
    /// @param account The licensed account.
    /// @param role The role it is licensed as.
    /// @param name Public name of the institution.
    /// @param licenseRef Reference of the license document.
    /// @param validUntil Last timestamp (inclusive) at which the license is valid.
    event ParticipantLicensed(
        address indexed account,
        Role indexed role,
        string name,
        bytes32 licenseRef,
        uint64 validUntil
    );

    /// @notice The license of `account` was suspended.
    /// @param account The suspended participant.
    /// @param reasonCode Regulator's code for the reason (details stay off chain).
    event ParticipantSuspended(address indexed account, bytes32 reasonCode);

    /// @notice The suspension of `account` was lifted.
    /// @param account The reinstated participant.
    event ParticipantReinstated(address indexed account);

    /// @notice `account` registered (or replaced) its encryption public key.
    /// @param account The key owner.
    /// @param publicKey Uncompressed secp256k1 point, X || Y (64 bytes, no 0x04 prefix).
    event EncryptionKeyRegistered(address indexed account, bytes publicKey);

    /// @notice `device` was bound to `owner`.
    /// @param device The device's signing address.
    /// @param owner The licensed participant responsible for the device.
    /// @param deviceRef Owner's or regulator's reference of the device (serial, asset tag).
    event DeviceRegistered(address indexed device, address indexed owner, bytes32 deviceRef);

    /// @notice `device` was unbound from `owner` and is no longer registered.
    /// @param device The device's signing address.
    /// @param owner The participant it was bound to.
    event DeviceDeregistered(address indexed device, address indexed owner);

    /// @notice An address argument is the zero address.
    error RegistryZeroAddress();

    /// @notice `role` is not a role a participant can be licensed as (`Role.None`).
    /// @param role The rejected role value.
    error RegistryInvalidRole(uint8 role);

    /// @notice `validUntil` is not in the future.
    /// @param validUntil The rejected end of validity.
    error RegistryInvalidValidity(uint64 validUntil);

    /// @notice The institution name is empty.
    error RegistryEmptyName();

    /// @notice `account` is a registered device and cannot be licensed.
    /// @param account The device address.
    error RegistryAccountIsDevice(address account);

    /// @notice `account` is a licensed participant and cannot be registered as a device.
    /// @param account The participant address.
    error RegistryAccountIsParticipant(address account);

    /// @notice `account` holds no license or, where an active one is required (a device
    /// owner), its license is suspended or expired.
    /// @param account The account without a (usable) license.
    error RegistryNotLicensed(address account);

    /// @notice `account` is suspended already.
    /// @param account The participant.
    error RegistryAlreadySuspended(address account);

    /// @notice `account` is not suspended.
    /// @param account The participant.
    error RegistryNotSuspended(address account);

    /// @notice The public key is not 64 bytes or not a point of secp256k1.
    error RegistryInvalidPublicKey();

    /// @notice The proof of possession is not a valid signature, by the key being
    /// registered, of the EIP-712 `EncryptionKey` message for `account`.
    /// @param account The account registering the key.
    error RegistryInvalidKeyProof(address account);

    /// @notice `device` is registered already.
    /// @param device The device address.
    error RegistryDeviceExists(address device);

    /// @notice `device` is not registered.
    /// @param device The device address.
    error RegistryUnknownDevice(address device);

    /// @notice `caller` is neither the regulator nor the owner of the device.
    /// @param caller The rejected caller.
    error RegistryNotDeviceOwner(address caller);

    /// @notice Licenses `account` as `role`, or renews or changes its license. Keeps an
    /// existing suspension. Regulator only.
    /// @param account The institution's account; not a registered device.
    /// @param role The role; not `Role.None`.
    /// @param name Public name of the institution; not empty.
    /// @param licenseRef Reference of the license document.
    /// @param validUntil Last timestamp (inclusive) of validity; after the current block.
    function license(
        address account,
        Role role,
        string calldata name,
        bytes32 licenseRef,
        uint64 validUntil
    ) external;

    /// @notice Suspends the license of `account`. Regulator only.
    /// @param account A licensed participant that is not suspended.
    /// @param reasonCode Regulator's code for the reason.
    function suspend(address account, bytes32 reasonCode) external;

    /// @notice Lifts the suspension of `account`. Regulator only.
    /// @param account A suspended participant.
    function reinstate(address account) external;

    /// @notice Registers or replaces the caller's encryption public key. Any account may
    /// call it (patients too).
    /// @param publicKey Uncompressed secp256k1 point X || Y, 64 bytes, no 0x04 prefix.
    /// @param proof 65-byte signature (r || s || v) made with the matching private key over
    /// `encryptionKeyDigest(msg.sender, keccak256(publicKey))`.
    function registerEncryptionKey(bytes calldata publicKey, bytes calldata proof) external;

    /// @notice Binds IoT `device` to the active participant `owner`. Regulator only.
    /// @param device The device's signing address; not registered, not a participant.
    /// @param owner An active licensed participant.
    /// @param deviceRef Reference of the device (serial number, asset tag).
    function registerDevice(address device, address owner, bytes32 deviceRef) external;

    /// @notice Removes `device`. Callable by the regulator or the device's owner.
    /// @param device A registered device.
    function deregisterDevice(address device) external;

    /// @notice Role identifier of the regulator, `keccak256("REGULATOR_ROLE")`.
    /// @return The role identifier.
    function REGULATOR_ROLE() external view returns (bytes32);

    /// @notice Whether `account` is licensed as `role`, not suspended and within validity.
    /// @param account The account to check.
    /// @param role The required role; `Role.None` always yields false.
    /// @return True when active in that role.
    function isActive(address account, Role role) external view returns (bool);

    /// @notice Whether `account` is licensed in any role, not suspended and within validity.
    /// @param account The account to check.
    /// @return True when an active participant.
    function isActiveParticipant(address account) external view returns (bool);

    /// @notice Licensed role of `account` (`Role.None` when never licensed), regardless of
    /// suspension or validity.
    /// @param account The account to check.
    /// @return The role.
    function roleOf(address account) external view returns (Role);

    /// @notice Full participant record of `account` (all zero when never licensed).
    /// @param account The account to read.
    /// @return The record.
    function participant(address account) external view returns (Participant memory);

    /// @notice Whether `account` holds the regulator role.
    /// @param account The account to check.
    /// @return True for a regulator.
    function isRegulator(address account) external view returns (bool);

    /// @notice Registered encryption public key of `account` (X || Y), empty when none.
    /// @param account The key owner.
    /// @return The 64-byte key or empty bytes.
    function encryptionKey(address account) external view returns (bytes memory);

    /// @notice EIP-712 digest that the encryption key must sign to prove possession.
    /// @param account The account that will call `registerEncryptionKey`.
    /// @param publicKeyHash `keccak256` of the 64-byte public key.
    /// @return The digest of `EncryptionKey(address account,bytes32 publicKeyHash)` in the
    /// "Salus Registry" version "1" domain of this contract.
    function encryptionKeyDigest(address account, bytes32 publicKeyHash) external view returns (bytes32);

    /// @notice Owner of `device`, the zero address when not registered.
    /// @param device The device address.
    /// @return The owner.
    function deviceOwner(address device) external view returns (address);

    /// @notice Whether `device` is registered and its owner is an active participant.
    /// @param device The device address.
    /// @return True for an active device.
    function isActiveDevice(address device) external view returns (bool);
}
