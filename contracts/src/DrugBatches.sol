// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

import {Gtin} from "./Gtin.sol";
import {IDrugBatches} from "./IDrugBatches.sol";
import {IRegistry} from "./IRegistry.sol";

/// @title Salus drug batches
/// @notice GS1 batches with their pack serials as a Merkle root, two-step custody, cold-chain
/// telemetry with automatic quarantine and penalties, recall, pack verification and
/// decommissioning. See `IDrugBatches` for the rules. The admin (`DEFAULT_ADMIN_ROLE`, the
/// regulator) grants `DISPENSER_ROLE` to the Prescriptions contract; recalls and quarantine
/// releases are authorised by the Registry's regulator role.
/// @dev No function loops over stored collections: `submitReadings` loops over its calldata,
/// `Gtin.isValid` over 13 digits, Merkle proofs over their calldata path. The holders of a batch
/// are kept as an indexed list so that nobody needs to iterate them on chain.
contract DrugBatches is IDrugBatches, AccessControl, EIP712 {
    /// @dev A batch in storage: four slots (and the CID in `_cids`).
    struct StoredBatch {
        // slot 0
        address manufacturer;
        uint48 gtin;
        BatchStatus status;
        uint40 expiresAt;
        // slot 1
        uint40 manufacturedAt;
        uint40 registeredAt;
        uint32 packCount;
        int16 minTemperature;
        int16 maxTemperature;
        uint64 number;
        uint32 holderCount;
        // slot 2
        bytes32 serialRoot;
        // slot 3 (a lot of at most 20 bytes is stored in place)
        string lot;
    }

    /// @dev A holding in one slot. `received` and `sent` are cumulative and can exceed the
    /// batch size when stock goes back and forth, hence 48 bits; stock itself never exceeds
    /// `packCount` (32 bits).
    struct StoredHolding {
        uint32 onHand;
        uint32 pendingOut;
        uint48 received;
        uint48 sent;
        uint32 dispensed;
        bool quarantined;
        uint40 quarantinedAt;
    }

    /// @dev A hand-over in two slots; the batch by its sequence number.
    struct StoredHandOver {
        // slot 0
        address from;
        uint32 quantity;
        HandOverStatus status;
        uint40 createdAt;
        // slot 1
        address to;
        uint64 batchNumber;
    }

    /// @dev A decommissioned serial, one slot.
    struct StoredSerial {
        address holder;
        uint40 dispensedAt;
        uint32 cloneReports;
    }

    /// @dev Counters sharing one slot.
    struct Counters {
        uint64 batches;
        uint64 handOvers;
    }

    /// @dev Cache of the Registry lookup of the previous reading's device.
    struct DeviceCache {
        address device;
        address owner;
        bool active;
    }

    /// @inheritdoc IDrugBatches
    bytes32 public constant DISPENSER_ROLE = keccak256("DISPENSER_ROLE");

    /// @inheritdoc IDrugBatches
    uint64 public constant MAX_CLOCK_SKEW = 300;

    /// @dev EIP-712 type hash of a temperature reading.
    bytes32 private constant _READING_TYPEHASH =
        keccak256("TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)");

    /// @dev Longest lot (GS1 AI 10 holds up to 20 characters).
    uint256 private constant _MAX_LOT_LENGTH = 20;

    /// @dev Bounds of a binary CID, as in Records.
    uint256 private constant _MIN_CID_LENGTH = 4;
    uint256 private constant _MAX_CID_LENGTH = 128;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev Batches by id.
    mapping(bytes32 batchId => StoredBatch) private _batches;

    /// @dev Certificate CID of each batch.
    mapping(bytes32 batchId => bytes) private _cids;

    /// @dev Batch ids by sequence number (from 1).
    mapping(uint256 number => bytes32 batchId) private _batchIds;

    /// @dev Stock per batch and holder.
    mapping(bytes32 batchId => mapping(address holder => StoredHolding)) private _holdings;

    /// @dev Accounts that ever held each batch, by order of first receipt.
    mapping(bytes32 batchId => mapping(uint256 index => address holder)) private _holders;

    /// @dev Hand-overs by id (from 1).
    mapping(uint256 id => StoredHandOver) private _handOvers;

    /// @dev Decommissioned serials by leaf.
    mapping(bytes32 leaf => StoredSerial) private _serials;

    /// @dev Penalties per holder.
    mapping(address holder => uint32) private _penalties;

    /// @dev Reading high-water marks per device and batch.
    mapping(address device => mapping(bytes32 batchId => uint64)) private _lastReadingAt;

    /// @dev Batch and hand-over counters.
    Counters private _counters;

    /// @notice Deploys the batch registry.
    /// @param registry_ The participant registry.
    /// @param admin Account granted `DEFAULT_ADMIN_ROLE` (grants `DISPENSER_ROLE`).
    constructor(IRegistry registry_, address admin) EIP712("Salus DrugBatches", "1") {
        if (address(registry_) == address(0) || admin == address(0)) revert DrugBatchesZeroAddress();
        _registry = registry_;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc IDrugBatches
    function registerBatch(BatchRegistration calldata registration) external returns (bytes32 batchId) {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Manufacturer)) revert DrugBatchesNotManufacturer(msg.sender);
        _checkRegistration(registration);
        batchId = _batchIdOf(registration.gtin, registration.lot);
        if (_batches[batchId].manufacturer != address(0)) revert DrugBatchesBatchExists(batchId);

        Counters storage counters = _counters;
        uint64 number = counters.batches + 1;
        counters.batches = number;
        // The casts cannot truncate: `_checkRegistration` bounds expiresAt below 2^40,
        // manufacturedAt below expiresAt and the GTIN below 10^14 < 2^48.
        _batches[batchId] = StoredBatch({
            manufacturer: msg.sender,
            gtin: uint48(registration.gtin),
            status: BatchStatus.Active,
            expiresAt: uint40(registration.expiresAt),
            manufacturedAt: uint40(registration.manufacturedAt),
            registeredAt: uint40(block.timestamp),
            packCount: registration.packCount,
            minTemperature: registration.minTemperature,
            maxTemperature: registration.maxTemperature,
            number: number,
            holderCount: 1,
            serialRoot: registration.serialRoot,
            lot: registration.lot
        });
        _cids[batchId] = registration.certificateCid;
        _batchIds[number] = batchId;
        _holders[batchId][0] = msg.sender;
        _holdings[batchId][msg.sender] = StoredHolding({
            onHand: registration.packCount,
            pendingOut: 0,
            received: registration.packCount,
            sent: 0,
            dispensed: 0,
            quarantined: false,
            quarantinedAt: 0
        });
        emit BatchRegistered(batchId, msg.sender, registration.gtin, number, registration);
    }

    /// @inheritdoc IDrugBatches
    function handOver(bytes32 batchId, address to, uint32 quantity) external returns (uint64 id) {
        StoredBatch storage b = _existingBatch(batchId);
        if (quantity == 0) revert DrugBatchesZeroQuantity();
        if (to == msg.sender) revert DrugBatchesSelfHandOver(msg.sender);
        if (!_registry.isActiveParticipant(msg.sender)) revert DrugBatchesNotActiveParticipant(msg.sender);
        _checkReceiver(b, batchId, to);
        StoredHolding storage h = _holdings[batchId][msg.sender];
        if (h.quarantined) revert DrugBatchesQuarantined(batchId, msg.sender);
        uint32 onHand = h.onHand;
        if (onHand < quantity) revert DrugBatchesInsufficientStock(batchId, msg.sender, onHand, quantity);

        // Cannot underflow (checked above) nor overflow: onHand + pendingOut never exceeds the
        // batch's packCount, a uint32.
        unchecked {
            h.onHand = onHand - quantity;
            h.pendingOut += quantity;
        }
        Counters storage counters = _counters;
        id = counters.handOvers + 1;
        counters.handOvers = id;
        _handOvers[id] = StoredHandOver({
            from: msg.sender,
            quantity: quantity,
            status: HandOverStatus.Pending,
            createdAt: uint40(block.timestamp),
            to: to,
            batchNumber: b.number
        });
        emit HandOverInitiated(batchId, msg.sender, to, id, quantity);
    }

    /// @inheritdoc IDrugBatches
    function acceptHandOver(uint64 id) external {
        StoredHandOver storage ho = _pendingHandOver(id);
        if (msg.sender != ho.to) revert DrugBatchesNotReceiver(id, msg.sender);
        bytes32 batchId = _batchIds[ho.batchNumber];
        StoredBatch storage b = _batches[batchId];
        if (msg.sender != b.manufacturer) _requireMovable(b, batchId);
        if (!_registry.isActiveParticipant(msg.sender)) revert DrugBatchesInvalidReceiver(msg.sender);
        address from = ho.from;
        StoredHolding storage sender = _holdings[batchId][from];
        if (sender.quarantined) revert DrugBatchesQuarantined(batchId, from);

        uint32 quantity = ho.quantity;
        ho.status = HandOverStatus.Accepted;
        // The quantity is part of the sender's pendingOut since the hand-over began.
        unchecked {
            sender.pendingOut -= quantity;
        }
        sender.sent += quantity;
        StoredHolding storage receiver = _holdings[batchId][msg.sender];
        if (receiver.received == 0) {
            uint32 index = b.holderCount;
            _holders[batchId][index] = msg.sender;
            b.holderCount = index + 1;
        }
        // Cannot overflow: stock never exceeds packCount (uint32).
        unchecked {
            receiver.onHand += quantity;
        }
        receiver.received += quantity;
        emit HandOverAccepted(batchId, from, msg.sender, id, quantity);
    }

    /// @inheritdoc IDrugBatches
    function cancelHandOver(uint64 id) external {
        StoredHandOver storage ho = _pendingHandOver(id);
        if (msg.sender != ho.from) revert DrugBatchesNotSender(id, msg.sender);
        bytes32 batchId = _batchIds[ho.batchNumber];
        StoredHolding storage h = _holdings[batchId][msg.sender];
        uint32 quantity = ho.quantity;
        ho.status = HandOverStatus.Cancelled;
        // The quantity moves back from pendingOut, of which it is part, to onHand; their sum,
        // bounded by packCount, is unchanged.
        unchecked {
            h.pendingOut -= quantity;
            h.onHand += quantity;
        }
        emit HandOverCancelled(batchId, msg.sender, ho.to, id, quantity);
    }

    /// @inheritdoc IDrugBatches
    function submitReadings(Reading[] calldata readings) external returns (uint256 accepted, uint256 skipped) {
        uint256 n = readings.length;
        if (n == 0) revert DrugBatchesNoReadings();
        uint256 latest = block.timestamp + MAX_CLOCK_SKEW;
        DeviceCache memory cache;
        for (uint256 i = 0; i < n; ++i) {
            if (_processReading(readings[i], i, latest, cache)) {
                ++accepted;
            } else {
                ++skipped;
            }
        }
        emit ReadingsSubmitted(msg.sender, accepted, skipped);
    }

    /// @inheritdoc IDrugBatches
    function releaseQuarantine(bytes32 batchId, address holder, bytes32 reasonCode) external {
        if (!_registry.isRegulator(msg.sender)) revert DrugBatchesNotRegulator(msg.sender);
        _existingBatch(batchId);
        StoredHolding storage h = _holdings[batchId][holder];
        if (!h.quarantined) revert DrugBatchesNotQuarantined(batchId, holder);
        h.quarantined = false;
        h.quarantinedAt = 0;
        emit QuarantineReleased(batchId, holder, msg.sender, reasonCode);
    }

    /// @inheritdoc IDrugBatches
    /// @dev The manufacturer may recall even while suspended or expired: a recall only
    /// reduces risk.
    function recall(bytes32 batchId, bytes32 reasonCode) external {
        StoredBatch storage b = _existingBatch(batchId);
        if (msg.sender != b.manufacturer && !_registry.isRegulator(msg.sender)) {
            revert DrugBatchesUnauthorisedRecall(msg.sender);
        }
        if (b.status == BatchStatus.Recalled) revert DrugBatchesBatchRecalled(batchId);
        b.status = BatchStatus.Recalled;
        emit BatchRecalled(batchId, msg.sender, reasonCode, b.holderCount);
    }

    /// @inheritdoc IDrugBatches
    function dispense(
        address holder,
        bytes32 batchId,
        string calldata serial,
        bytes32[] calldata proof
    ) external returns (uint64 gtin) {
        if (msg.sender != holder && !hasRole(DISPENSER_ROLE, msg.sender)) {
            revert DrugBatchesUnauthorisedDispenser(msg.sender, holder);
        }
        IRegistry.Role role = _registry.roleOf(holder);
        if ((role != IRegistry.Role.Pharmacy && role != IRegistry.Role.Provider) || !_registry.isActiveParticipant(holder)) {
            revert DrugBatchesNotDispensingHolder(holder);
        }
        StoredBatch storage b = _existingBatch(batchId);
        bytes32 leaf = _serialLeaf(batchId, serial);
        if (!MerkleProof.verifyCalldata(proof, b.serialRoot, leaf)) revert DrugBatchesInvalidSerialProof(batchId, serial);
        StoredSerial storage s = _serials[leaf];
        if (s.holder != address(0)) revert DrugBatchesSerialDecommissioned(batchId, serial, s.holder);
        _requireMovable(b, batchId);
        StoredHolding storage h = _holdings[batchId][holder];
        if (h.quarantined) revert DrugBatchesQuarantined(batchId, holder);
        uint32 onHand = h.onHand;
        if (onHand == 0) revert DrugBatchesInsufficientStock(batchId, holder, 0, 1);

        // Cannot underflow: onHand is at least 1. dispensed never exceeds packCount.
        unchecked {
            h.onHand = onHand - 1;
            h.dispensed += 1;
        }
        s.holder = holder;
        s.dispensedAt = uint40(block.timestamp);
        emit PackDispensed(batchId, holder, msg.sender, leaf, serial);
        return b.gtin;
    }

    /// @inheritdoc IDrugBatches
    function reportSuspectedClone(bytes32 batchId, string calldata serial, bytes32[] calldata proof) external {
        if (!_registry.isActiveParticipant(msg.sender)) revert DrugBatchesNotActiveParticipant(msg.sender);
        StoredBatch storage b = _existingBatch(batchId);
        bytes32 leaf = _serialLeaf(batchId, serial);
        if (!MerkleProof.verifyCalldata(proof, b.serialRoot, leaf)) revert DrugBatchesInvalidSerialProof(batchId, serial);
        StoredSerial storage s = _serials[leaf];
        if (s.holder == address(0)) revert DrugBatchesSerialNotDecommissioned(batchId, serial);
        uint32 reports = s.cloneReports + 1;
        s.cloneReports = reports;
        emit SuspectedCloneReported(batchId, leaf, msg.sender, serial, reports);
    }

    /// @inheritdoc IDrugBatches
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IDrugBatches
    function verifyPack(
        uint64 gtin,
        string calldata lot,
        string calldata serial,
        bytes32[] calldata proof,
        address holder
    ) external view returns (PackStatus) {
        return _packStatus(_batchIdOf(gtin, lot), serial, proof, holder);
    }

    /// @inheritdoc IDrugBatches
    function packStatus(
        bytes32 batchId,
        string calldata serial,
        bytes32[] calldata proof,
        address holder
    ) external view returns (PackStatus) {
        return _packStatus(batchId, serial, proof, holder);
    }

    /// @inheritdoc IDrugBatches
    function batch(bytes32 batchId) external view returns (Batch memory) {
        StoredBatch storage b = _existingBatch(batchId);
        return
            Batch({
                manufacturer: b.manufacturer,
                gtin: b.gtin,
                status: b.status,
                number: b.number,
                manufacturedAt: b.manufacturedAt,
                expiresAt: b.expiresAt,
                registeredAt: b.registeredAt,
                packCount: b.packCount,
                minTemperature: b.minTemperature,
                maxTemperature: b.maxTemperature,
                holderCount: b.holderCount,
                serialRoot: b.serialRoot,
                lot: b.lot,
                certificateCid: _cids[batchId]
            });
    }

    /// @inheritdoc IDrugBatches
    function batchCount() external view returns (uint64) {
        return _counters.batches;
    }

    /// @inheritdoc IDrugBatches
    function batchIdByNumber(uint64 number) external view returns (bytes32) {
        return _batchIds[number];
    }

    /// @inheritdoc IDrugBatches
    function holding(bytes32 batchId, address holder) external view returns (Holding memory) {
        StoredHolding storage h = _holdings[batchId][holder];
        return Holding(h.onHand, h.pendingOut, h.received, h.sent, h.dispensed, h.quarantined, h.quarantinedAt);
    }

    /// @inheritdoc IDrugBatches
    function holderCount(bytes32 batchId) external view returns (uint32) {
        return _batches[batchId].holderCount;
    }

    /// @inheritdoc IDrugBatches
    function holderAt(bytes32 batchId, uint32 index) external view returns (address) {
        return _holders[batchId][index];
    }

    /// @inheritdoc IDrugBatches
    function handOverRecord(uint64 id) external view returns (HandOver memory) {
        StoredHandOver storage ho = _handOvers[id];
        if (ho.from == address(0)) revert DrugBatchesUnknownHandOver(id);
        return HandOver(_batchIds[ho.batchNumber], ho.from, ho.to, ho.quantity, ho.status, ho.createdAt);
    }

    /// @inheritdoc IDrugBatches
    function handOverCount() external view returns (uint64) {
        return _counters.handOvers;
    }

    /// @inheritdoc IDrugBatches
    function penalties(address holder) external view returns (uint32) {
        return _penalties[holder];
    }

    /// @inheritdoc IDrugBatches
    function lastReadingAt(address device, bytes32 batchId) external view returns (uint64) {
        return _lastReadingAt[device][batchId];
    }

    /// @inheritdoc IDrugBatches
    function serialRecord(bytes32 leaf) external view returns (SerialRecord memory) {
        StoredSerial storage s = _serials[leaf];
        return SerialRecord(s.holder, s.dispensedAt, s.cloneReports);
    }

    /// @inheritdoc IDrugBatches
    function readingDigest(
        bytes32 batchId,
        address holder,
        uint64 timestamp,
        int16 temperature
    ) external view returns (bytes32) {
        return _readingDigest(batchId, holder, timestamp, temperature);
    }

    /// @inheritdoc IDrugBatches
    // solhint-disable-next-line func-name-mixedcase
    function DOMAIN_SEPARATOR() external view returns (bytes32) {
        return _domainSeparatorV4();
    }

    /// @inheritdoc IDrugBatches
    function batchIdOf(uint64 gtin, string calldata lot) external pure returns (bytes32) {
        return _batchIdOf(gtin, lot);
    }

    /// @inheritdoc IDrugBatches
    function serialLeaf(bytes32 batchId, string calldata serial) external pure returns (bytes32) {
        return _serialLeaf(batchId, serial);
    }

    /// @inheritdoc IDrugBatches
    function isValidGtin(uint64 gtin) external pure returns (bool) {
        return Gtin.isValid(gtin);
    }

    /// @dev Verifies, and records unless it is a duplicate or out of order, reading `index`.
    /// Returns whether it was recorded. `cache` carries the Registry lookup of the previous
    /// reading's device.
    function _processReading(
        Reading calldata reading,
        uint256 index,
        uint256 latest,
        DeviceCache memory cache
    ) private returns (bool) {
        bytes32 batchId = reading.batchId;
        address holder = reading.holder;
        uint64 timestamp = reading.timestamp;
        if (timestamp > latest) revert DrugBatchesReadingFromFuture(index, timestamp);
        (address device, ECDSA.RecoverError err, ) = ECDSA.tryRecover(
            _readingDigest(batchId, holder, timestamp, reading.temperature),
            reading.r,
            reading.vs
        );
        if (err != ECDSA.RecoverError.NoError) revert DrugBatchesInvalidReadingSignature(index);
        if (device != cache.device) {
            cache.device = device;
            cache.owner = _registry.deviceOwner(device);
            cache.active = cache.owner != address(0) && _registry.isActiveParticipant(cache.owner);
        }
        if (cache.owner != holder) revert DrugBatchesDeviceNotBound(index, device, holder);
        if (!cache.active) revert DrugBatchesInactiveDevice(index, device);
        StoredBatch storage b = _existingBatch(batchId);
        StoredHolding storage h = _holdings[batchId][holder];
        if (h.received == 0) revert DrugBatchesNotHolder(batchId, holder);

        mapping(bytes32 => uint64) storage marks = _lastReadingAt[device];
        if (timestamp <= marks[batchId]) return false;
        marks[batchId] = timestamp;

        int16 temperature = reading.temperature;
        bool withinRange = temperature >= b.minTemperature && temperature <= b.maxTemperature;
        emit TemperatureRecorded(batchId, holder, device, timestamp, temperature, withinRange);
        if (!withinRange && !h.quarantined) {
            h.quarantined = true;
            // Cannot truncate: timestamp <= block.timestamp + MAX_CLOCK_SKEW < 2^40.
            h.quarantinedAt = uint40(timestamp);
            uint32 total = _penalties[holder] + 1;
            _penalties[holder] = total;
            emit StockQuarantined(batchId, holder, device, timestamp, temperature, h.onHand + h.pendingOut);
            emit PenaltyRecorded(holder, batchId, timestamp, temperature, total);
        }
        return true;
    }

    /// @dev Reverts unless `registration` is well formed (everything but the caller and the
    /// batch's uniqueness).
    function _checkRegistration(BatchRegistration calldata registration) private view {
        if (!Gtin.isValid(registration.gtin)) revert DrugBatchesInvalidGtin(registration.gtin);
        uint256 lotLength = bytes(registration.lot).length;
        if (lotLength == 0 || lotLength > _MAX_LOT_LENGTH) revert DrugBatchesInvalidLot(registration.lot);
        uint64 manufacturedAt = registration.manufacturedAt;
        uint64 expiresAt = registration.expiresAt;
        if (
            manufacturedAt > block.timestamp ||
            expiresAt <= block.timestamp ||
            expiresAt <= manufacturedAt ||
            expiresAt > type(uint40).max
        ) revert DrugBatchesInvalidDates(manufacturedAt, expiresAt);
        if (registration.packCount == 0) revert DrugBatchesZeroQuantity();
        if (registration.minTemperature >= registration.maxTemperature) {
            revert DrugBatchesInvalidTemperatureRange(registration.minTemperature, registration.maxTemperature);
        }
        if (registration.serialRoot == bytes32(0)) revert DrugBatchesZeroSerialRoot();
        bytes calldata cid = registration.certificateCid;
        if (cid.length < _MIN_CID_LENGTH || cid.length > _MAX_CID_LENGTH || cid[0] != 0x01) {
            revert DrugBatchesInvalidCid(cid);
        }
    }

    /// @dev Reverts unless `to` may receive stock of batch `b`: its active manufacturer
    /// (a return), or, while the batch is neither recalled nor expired, an active distributor,
    /// pharmacy or provider.
    function _checkReceiver(StoredBatch storage b, bytes32 batchId, address to) private view {
        if (to == address(0)) revert DrugBatchesZeroAddress();
        if (to == b.manufacturer) {
            if (!_registry.isActiveParticipant(to)) revert DrugBatchesInvalidReceiver(to);
            return;
        }
        _requireMovable(b, batchId);
        IRegistry.Role role = _registry.roleOf(to);
        if (
            (role != IRegistry.Role.Distributor && role != IRegistry.Role.Pharmacy && role != IRegistry.Role.Provider) ||
            !_registry.isActiveParticipant(to)
        ) revert DrugBatchesInvalidReceiver(to);
    }

    /// @dev Reverts when batch `b` is recalled or expired.
    function _requireMovable(StoredBatch storage b, bytes32 batchId) private view {
        if (b.status == BatchStatus.Recalled) revert DrugBatchesBatchRecalled(batchId);
        uint40 expiresAt = b.expiresAt;
        if (block.timestamp > expiresAt) revert DrugBatchesBatchExpired(batchId, expiresAt);
    }

    /// @dev The batch `batchId`; reverts when unknown.
    function _existingBatch(bytes32 batchId) private view returns (StoredBatch storage b) {
        b = _batches[batchId];
        if (b.manufacturer == address(0)) revert DrugBatchesUnknownBatch(batchId);
    }

    /// @dev The pending hand-over `id`; reverts when unknown or no longer pending.
    function _pendingHandOver(uint64 id) private view returns (StoredHandOver storage ho) {
        ho = _handOvers[id];
        if (ho.from == address(0)) revert DrugBatchesUnknownHandOver(id);
        if (ho.status != HandOverStatus.Pending) revert DrugBatchesHandOverNotPending(id, ho.status);
    }

    /// @dev See `packStatus`.
    function _packStatus(
        bytes32 batchId,
        string calldata serial,
        bytes32[] calldata proof,
        address holder
    ) private view returns (PackStatus) {
        StoredBatch storage b = _batches[batchId];
        if (b.manufacturer == address(0)) return PackStatus.NotAuthentic;
        bytes32 leaf = _serialLeaf(batchId, serial);
        if (!MerkleProof.verifyCalldata(proof, b.serialRoot, leaf)) return PackStatus.NotAuthentic;
        if (_serials[leaf].holder != address(0)) return PackStatus.Dispensed;
        if (b.status == BatchStatus.Recalled) return PackStatus.Recalled;
        if (holder != address(0) && _holdings[batchId][holder].quarantined) return PackStatus.Quarantined;
        if (block.timestamp > b.expiresAt) return PackStatus.Expired;
        return PackStatus.Active;
    }

    /// @dev EIP-712 digest of a reading in this domain.
    function _readingDigest(
        bytes32 batchId,
        address holder,
        uint64 timestamp,
        int16 temperature
    ) private view returns (bytes32) {
        return _hashTypedDataV4(keccak256(abi.encode(_READING_TYPEHASH, batchId, holder, timestamp, temperature)));
    }

    /// @dev keccak256(abi.encode(gtin, lot)).
    function _batchIdOf(uint64 gtin, string calldata lot) private pure returns (bytes32) {
        return keccak256(abi.encode(gtin, lot));
    }

    /// @dev StandardMerkleTree leaf of ["bytes32", "string"] = [batchId, serial].
    function _serialLeaf(bytes32 batchId, string calldata serial) private pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(batchId, serial))));
    }
}
