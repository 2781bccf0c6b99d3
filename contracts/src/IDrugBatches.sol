// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus drug batches interface
/// @notice Types, errors, events and external functions of DrugBatches: GS1 batch identity,
/// pack serials as a Merkle root, two-step custody hand-over, cold-chain telemetry from bound
/// sensors with automatic quarantine and penalties, recall, pack verification and
/// decommissioning.
///
/// Identity. A batch is identified by `batchId = keccak256(abi.encode(uint64 gtin, string lot))`
/// (`batchIdOf`); GTIN + lot is the GS1 batch key. The GTIN-14 travels as the integer value of
/// its digits and its check digit is verified on chain.
///
/// Serials. The manufacturer commits to the batch's pack serials (GS1 AI 21) with the root of an
/// OpenZeppelin StandardMerkleTree whose leaf encoding is `["bytes32", "string"]` with values
/// `[batchId, serial]`: leaf = keccak256(bytes.concat(keccak256(abi.encode(batchId, serial))))
/// (`serialLeaf`), sorted-pair node hashing. Binding the batch id into the leaf makes a proof of
/// one batch useless for any other batch. A serial is decommissioned when dispensed; the chain
/// keeps one slot per dispensed serial and one root per batch.
///
/// Custody. Stock is counted in packs per (batch, holder). The manufacturer holds `packCount`
/// on registration. A holder hands a quantity over to an active distributor, pharmacy or provider,
/// or back to the batch's own manufacturer (returns; while the batch is recalled or expired, the
/// only receiver allowed): the
/// quantity leaves the sender's stock on hand at once and waits in `pendingOut` (so it cannot be
/// handed over twice); the receiver accepts (custody passes then) or the sender cancels (it
/// returns to the sender's stock). Custody, and responsibility for storage, changes only at
/// acceptance. For every holding, always:
/// `onHand + pendingOut == received - sent - dispensed`, and for every batch the sum over
/// holders of `onHand + pendingOut` plus all packs dispensed equals `packCount`.
///
/// Cold chain. A device registered in the Registry and bound to a holder signs each reading as
/// the EIP-712 struct `TemperatureReading(bytes32 batchId,address holder,uint64 timestamp,int16 temperature)`
/// in the "Salus DrugBatches" version "1" domain of this contract (chain-bound), with a
/// compact 64-byte signature (r, yParity-and-s, EIP-2098). Temperatures are hundredths of a
/// degree Celsius; timestamps are the device's own, in Unix seconds. Anyone may submit
/// readings, many per transaction. Every reading must be well formed (signature of a device
/// whose Registry owner is the reading's holder and is active, batch known, holder has held
/// the batch, timestamp at most `MAX_CLOCK_SKEW` ahead of the block): otherwise the whole
/// submission reverts naming the reading, because the backend checks all of this off chain
/// before packing. Ordering: for each (device, batch) the contract keeps the timestamp of the
/// latest accepted reading (a high-water mark); a reading whose timestamp is not after it (a
/// duplicate, or older than one already accepted, also within the same submission) is skipped
/// and counted in `ReadingsSubmitted`, never reverted and never evaluated. Submit each
/// device's readings in ascending time, grouped by device (the Registry lookup is cached
/// while the device stays the same).
/// A reading outside the batch's inclusive range [minTemperature, maxTemperature] quarantines
/// the holder's whole stock of that batch (on hand and in pending hand-overs) and records one
/// penalty against the holder, the custodian whose device measured it. Further excursions while
/// quarantined are recorded (`TemperatureRecorded`) but add no penalty: one penalty per
/// excursion episode. Only the regulator releases a quarantine. While quarantined, the stock
/// cannot be dispensed or handed over, and the holder's pending hand-overs cannot be accepted
/// (custody has not passed yet); stock the holder accepts meanwhile joins the quarantine. The
/// chain counts stock per holder, not per serial: a late reading reaches the stock its holder
/// has now, and stock that left before the excursion is not followed (the regulator can
/// recall the batch).
///
/// Recall. The batch's manufacturer or the regulator recalls it; the status lives in the
/// batch, so it holds at every holder at once. One `BatchRecalled` event is emitted per recall;
/// indexers fan it out to the holders, which `holderCount` / `holderAt` list (every account that
/// ever held the batch, in order of first receipt) and `HandOverAccepted` events announce. No
/// loop over holders runs on chain. A recalled or expired batch moves only back to its
/// manufacturer; pending hand-overs to anyone else can then only be cancelled.
///
/// Pack status (`packStatus`, `verifyPack`), first that applies: `NotAuthentic` (unknown batch
/// or proof not in its tree), `Dispensed` (serial decommissioned: a pack presented again is a
/// suspected clone), `Recalled`, `Quarantined` (the given holder's stock of the batch; skipped
/// when the holder is zero), `Expired` (block time after `expiresAt`), `Active`.
interface IDrugBatches {
    /// @notice Stored status of a batch. Numeric values are part of the API; never reorder.
    enum BatchStatus {
        None,
        Active,
        Recalled
    }

    /// @notice Status of one pack as `packStatus` reports it. Never reorder.
    enum PackStatus {
        NotAuthentic,
        Active,
        Expired,
        Quarantined,
        Recalled,
        Dispensed
    }

    /// @notice State of a hand-over. Never reorder.
    enum HandOverStatus {
        None,
        Pending,
        Accepted,
        Cancelled
    }

    /// @notice What a manufacturer registers.
    /// @param gtin GTIN-14 as an integer; check digit valid.
    /// @param lot Batch / lot number (GS1 AI 10), 1 to 20 bytes.
    /// @param manufacturedAt Manufacture time (start of the manufacture day, UTC); not in the future.
    /// @param expiresAt Last timestamp (inclusive) at which packs may be dispensed: the end of
    /// the GS1 expiry day (23:59:59 UTC of AI 17's date); after the current block and after
    /// `manufacturedAt`, below 2^40.
    /// @param packCount Number of packs (= leaves of the serial tree); not zero.
    /// @param minTemperature Lowest allowed storage temperature, hundredths of a degree Celsius.
    /// @param maxTemperature Highest allowed storage temperature; above `minTemperature`.
    /// @param serialRoot Root of the StandardMerkleTree of the pack serials; not zero.
    /// @param certificateCid Binary CIDv1 of the public batch certificate in IPFS.
    struct BatchRegistration {
        uint64 gtin;
        string lot;
        uint64 manufacturedAt;
        uint64 expiresAt;
        uint32 packCount;
        int16 minTemperature;
        int16 maxTemperature;
        bytes32 serialRoot;
        bytes certificateCid;
    }

    /// @notice A registered batch as `batch` returns it.
    /// @param manufacturer The registering manufacturer.
    /// @param gtin GTIN-14.
    /// @param status Active or Recalled.
    /// @param number Sequence number of the batch (from 1).
    /// @param manufacturedAt As registered.
    /// @param expiresAt As registered.
    /// @param registeredAt Block timestamp of the registration.
    /// @param packCount As registered.
    /// @param minTemperature As registered.
    /// @param maxTemperature As registered.
    /// @param holderCount Number of accounts that ever held the batch.
    /// @param serialRoot As registered.
    /// @param lot As registered.
    /// @param certificateCid As registered.
    struct Batch {
        address manufacturer;
        uint64 gtin;
        BatchStatus status;
        uint64 number;
        uint64 manufacturedAt;
        uint64 expiresAt;
        uint64 registeredAt;
        uint32 packCount;
        int16 minTemperature;
        int16 maxTemperature;
        uint32 holderCount;
        bytes32 serialRoot;
        string lot;
        bytes certificateCid;
    }

    /// @notice Stock of one holder in one batch, in packs.
    /// @param onHand Packs held and free to hand over or dispense (unless quarantined).
    /// @param pendingOut Packs in hand-overs sent but not yet accepted or cancelled.
    /// @param received Packs ever received (the manufacturer: `packCount`, plus returns).
    /// @param sent Packs ever handed over (accepted hand-overs).
    /// @param dispensed Packs dispensed (serials decommissioned) from this holding.
    /// @param quarantined Whether the holding is quarantined.
    /// @param quarantinedAt Device timestamp of the reading that quarantined it; 0 when not.
    struct Holding {
        uint32 onHand;
        uint32 pendingOut;
        uint64 received;
        uint64 sent;
        uint32 dispensed;
        bool quarantined;
        uint64 quarantinedAt;
    }

    /// @notice A hand-over as `handOver` returns it.
    /// @param batchId The batch.
    /// @param from The sender.
    /// @param to The receiver.
    /// @param quantity Packs handed over.
    /// @param status Pending, Accepted or Cancelled.
    /// @param createdAt Block timestamp of the hand-over.
    struct HandOver {
        bytes32 batchId;
        address from;
        address to;
        uint32 quantity;
        HandOverStatus status;
        uint64 createdAt;
    }

    /// @notice One signed temperature reading.
    /// @param batchId The batch the reading is about.
    /// @param holder The custodian whose storage the device watches (its Registry owner).
    /// @param timestamp Device time of the measurement, Unix seconds.
    /// @param temperature Hundredths of a degree Celsius.
    /// @param r Signature r.
    /// @param vs Signature yParity (top bit) and s, EIP-2098.
    struct Reading {
        bytes32 batchId;
        address holder;
        uint64 timestamp;
        int16 temperature;
        bytes32 r;
        bytes32 vs;
    }

    /// @notice What the chain knows of a decommissioned serial.
    /// @param holder Holder the pack was dispensed from; zero while not decommissioned.
    /// @param dispensedAt Block timestamp of the decommissioning.
    /// @param cloneReports Number of suspected-clone reports since.
    struct SerialRecord {
        address holder;
        uint64 dispensedAt;
        uint32 cloneReports;
    }

    /// @notice Batch `batchId` was registered by `manufacturer`, who holds all its packs.
    /// @param batchId keccak256(abi.encode(gtin, lot)).
    /// @param manufacturer The manufacturer.
    /// @param gtin GTIN-14.
    /// @param number Sequence number of the batch.
    /// @param registration Everything registered.
    event BatchRegistered(
        bytes32 indexed batchId,
        address indexed manufacturer,
        uint64 indexed gtin,
        uint64 number,
        BatchRegistration registration
    );

    /// @notice Hand-over `id` of `quantity` packs from `from` to `to` is pending.
    /// @param batchId The batch.
    /// @param from The sender.
    /// @param to The receiver.
    /// @param id Hand-over id.
    /// @param quantity Packs.
    event HandOverInitiated(
        bytes32 indexed batchId,
        address indexed from,
        address indexed to,
        uint64 id,
        uint32 quantity
    );

    /// @notice `to` accepted hand-over `id`; custody of `quantity` packs passed to it.
    /// @param batchId The batch.
    /// @param from The sender.
    /// @param to The receiver.
    /// @param id Hand-over id.
    /// @param quantity Packs.
    event HandOverAccepted(
        bytes32 indexed batchId,
        address indexed from,
        address indexed to,
        uint64 id,
        uint32 quantity
    );

    /// @notice `from` cancelled pending hand-over `id`; the packs are back in its stock.
    /// @param batchId The batch.
    /// @param from The sender.
    /// @param to The receiver it was meant for.
    /// @param id Hand-over id.
    /// @param quantity Packs.
    event HandOverCancelled(
        bytes32 indexed batchId,
        address indexed from,
        address indexed to,
        uint64 id,
        uint32 quantity
    );

    /// @notice `device` measured `temperature` at `timestamp` in the storage of `holder`.
    /// @param batchId The batch.
    /// @param holder The custodian.
    /// @param device The signing device.
    /// @param timestamp Device time.
    /// @param temperature Hundredths of a degree Celsius.
    /// @param withinRange Whether it lies within the batch's allowed range.
    event TemperatureRecorded(
        bytes32 indexed batchId,
        address indexed holder,
        address indexed device,
        uint64 timestamp,
        int16 temperature,
        bool withinRange
    );

    /// @notice A submission was processed.
    /// @param submitter The sender of the transaction.
    /// @param accepted Readings recorded.
    /// @param skipped Readings not after the (device, batch) high-water mark, ignored.
    event ReadingsSubmitted(address indexed submitter, uint256 accepted, uint256 skipped);

    /// @notice The stock of `holder` in `batchId` was quarantined by an out-of-range reading.
    /// @param batchId The batch.
    /// @param holder The custodian.
    /// @param device The device that measured it.
    /// @param timestamp Device time of the reading.
    /// @param temperature The reading.
    /// @param quantity Packs blocked (on hand and pending out).
    event StockQuarantined(
        bytes32 indexed batchId,
        address indexed holder,
        address indexed device,
        uint64 timestamp,
        int16 temperature,
        uint32 quantity
    );

    /// @notice A penalty was recorded against `holder` for an excursion in its custody.
    /// @param holder The responsible custodian.
    /// @param batchId The batch.
    /// @param timestamp Device time of the excursion.
    /// @param temperature The reading.
    /// @param total Penalties of the holder so far.
    event PenaltyRecorded(
        address indexed holder,
        bytes32 indexed batchId,
        uint64 timestamp,
        int16 temperature,
        uint32 total
    );

    /// @notice The regulator released the quarantine of `holder`'s stock in `batchId`.
    /// @param batchId The batch.
    /// @param holder The custodian.
    /// @param regulator The releasing regulator.
    /// @param reasonCode Regulator's code for the review outcome.
    event QuarantineReleased(
        bytes32 indexed batchId,
        address indexed holder,
        address indexed regulator,
        bytes32 reasonCode
    );

    /// @notice Batch `batchId` was recalled: at every holder at once. Indexers notify every
    /// holder (`holderAt(batchId, 0 .. holderCount - 1)`).
    /// @param batchId The batch.
    /// @param recalledBy The manufacturer or regulator.
    /// @param reasonCode Code of the reason.
    /// @param holderCount Number of accounts that ever held the batch.
    event BatchRecalled(bytes32 indexed batchId, address indexed recalledBy, bytes32 reasonCode, uint32 holderCount);

    /// @notice A pack of `batchId` was dispensed from `holder`'s stock and its serial
    /// decommissioned.
    /// @param batchId The batch.
    /// @param holder The dispensing pharmacy or provider.
    /// @param operator The caller: the holder itself or a dispenser contract (Prescriptions).
    /// @param serialLeaf `serialLeaf(batchId, serial)`.
    /// @param serial The serial.
    event PackDispensed(
        bytes32 indexed batchId,
        address indexed holder,
        address indexed operator,
        bytes32 serialLeaf,
        string serial
    );

    /// @notice A decommissioned serial was presented again as saleable: suspected clone.
    /// @param batchId The batch.
    /// @param serialLeaf The serial's leaf.
    /// @param reporter Who was presented with it.
    /// @param serial The serial.
    /// @param reports Reports for this serial so far.
    event SuspectedCloneReported(
        bytes32 indexed batchId,
        bytes32 indexed serialLeaf,
        address indexed reporter,
        string serial,
        uint32 reports
    );

    /// @notice An address argument is the zero address.
    error DrugBatchesZeroAddress();

    /// @notice `caller` is not an active manufacturer.
    /// @param caller The rejected caller.
    error DrugBatchesNotManufacturer(address caller);

    /// @notice `account` is not an active participant (licensed, not suspended, valid).
    /// @param account The rejected account.
    error DrugBatchesNotActiveParticipant(address account);

    /// @notice `gtin` is zero, longer than 14 digits or has a wrong check digit.
    /// @param gtin The rejected GTIN.
    error DrugBatchesInvalidGtin(uint64 gtin);

    /// @notice `lot` is empty or longer than 20 bytes.
    /// @param lot The rejected lot.
    error DrugBatchesInvalidLot(string lot);

    /// @notice Manufacture in the future, expiry not after now and after manufacture, or
    /// expiry not below 2^40.
    /// @param manufacturedAt The rejected manufacture time.
    /// @param expiresAt The rejected expiry.
    error DrugBatchesInvalidDates(uint64 manufacturedAt, uint64 expiresAt);

    /// @notice A quantity is zero.
    error DrugBatchesZeroQuantity();

    /// @notice The temperature range is empty or reversed.
    /// @param minTemperature The rejected lower bound.
    /// @param maxTemperature The rejected upper bound.
    error DrugBatchesInvalidTemperatureRange(int16 minTemperature, int16 maxTemperature);

    /// @notice The serial root is zero.
    error DrugBatchesZeroSerialRoot();

    /// @notice `cid` is not a binary CIDv1 (first byte 0x01, 4 to 128 bytes).
    /// @param cid The rejected CID.
    error DrugBatchesInvalidCid(bytes cid);

    /// @notice A batch with this GTIN and lot is registered already.
    /// @param batchId Its id.
    error DrugBatchesBatchExists(bytes32 batchId);

    /// @notice No batch has id `batchId`.
    /// @param batchId The unknown id.
    error DrugBatchesUnknownBatch(bytes32 batchId);

    /// @notice The sender named itself as receiver.
    /// @param account The sender.
    error DrugBatchesSelfHandOver(address account);

    /// @notice `to` cannot receive: neither an active distributor, pharmacy or provider nor the
    /// batch's active manufacturer, or no longer active when accepting.
    /// @param to The rejected receiver.
    error DrugBatchesInvalidReceiver(address to);

    /// @notice The batch is recalled: it moves only back to its manufacturer and is never
    /// dispensed.
    /// @param batchId The batch.
    error DrugBatchesBatchRecalled(bytes32 batchId);

    /// @notice The batch expired at `expiresAt`: it moves only back to its manufacturer and is
    /// never dispensed.
    /// @param batchId The batch.
    /// @param expiresAt Its last valid timestamp.
    error DrugBatchesBatchExpired(bytes32 batchId, uint64 expiresAt);

    /// @notice The stock of `holder` in `batchId` is quarantined.
    /// @param batchId The batch.
    /// @param holder The holder.
    error DrugBatchesQuarantined(bytes32 batchId, address holder);

    /// @notice `holder` has fewer than `requested` packs of `batchId` on hand.
    /// @param batchId The batch.
    /// @param holder The holder.
    /// @param onHand Packs on hand.
    /// @param requested Packs asked for.
    error DrugBatchesInsufficientStock(bytes32 batchId, address holder, uint32 onHand, uint32 requested);

    /// @notice No hand-over has id `id`.
    /// @param id The unknown id.
    error DrugBatchesUnknownHandOver(uint64 id);

    /// @notice Hand-over `id` is not pending.
    /// @param id The hand-over.
    /// @param status Its status.
    error DrugBatchesHandOverNotPending(uint64 id, HandOverStatus status);

    /// @notice `caller` is not the receiver of hand-over `id`.
    /// @param id The hand-over.
    /// @param caller The rejected caller.
    error DrugBatchesNotReceiver(uint64 id, address caller);

    /// @notice `caller` is not the sender of hand-over `id`.
    /// @param id The hand-over.
    /// @param caller The rejected caller.
    error DrugBatchesNotSender(uint64 id, address caller);

    /// @notice The submission holds no reading.
    error DrugBatchesNoReadings();

    /// @notice Reading `index` is dated more than `MAX_CLOCK_SKEW` after the block.
    /// @param index Position in the submission.
    /// @param timestamp Its timestamp.
    error DrugBatchesReadingFromFuture(uint256 index, uint64 timestamp);

    /// @notice Reading `index` carries a malformed signature (s in the upper half, no point).
    /// @param index Position in the submission.
    error DrugBatchesInvalidReadingSignature(uint256 index);

    /// @notice The signer of reading `index`, `device`, is not a device bound to `holder`
    /// (also what a signature by any other key, or over other fields, yields).
    /// @param index Position in the submission.
    /// @param device The recovered signer.
    /// @param holder The holder named in the reading.
    error DrugBatchesDeviceNotBound(uint256 index, address device, address holder);

    /// @notice The device of reading `index` belongs to an owner that is not active.
    /// @param index Position in the submission.
    /// @param device The device.
    error DrugBatchesInactiveDevice(uint256 index, address device);

    /// @notice `holder` never held `batchId`.
    /// @param batchId The batch.
    /// @param holder The holder.
    error DrugBatchesNotHolder(bytes32 batchId, address holder);

    /// @notice `caller` is not a regulator.
    /// @param caller The rejected caller.
    error DrugBatchesNotRegulator(address caller);

    /// @notice The stock of `holder` in `batchId` is not quarantined.
    /// @param batchId The batch.
    /// @param holder The holder.
    error DrugBatchesNotQuarantined(bytes32 batchId, address holder);

    /// @notice `caller` is neither the batch's manufacturer nor a regulator.
    /// @param caller The rejected caller.
    error DrugBatchesUnauthorisedRecall(address caller);

    /// @notice `caller` may not dispense from `holder`: it is neither that holder nor a
    /// dispenser contract (`DISPENSER_ROLE`).
    /// @param caller The rejected caller.
    /// @param holder The holder named.
    error DrugBatchesUnauthorisedDispenser(address caller, address holder);

    /// @notice `holder` is not an active pharmacy or provider and cannot dispense.
    /// @param holder The rejected holder.
    error DrugBatchesNotDispensingHolder(address holder);

    /// @notice `serial` is not in the serial tree of `batchId` with the given proof.
    /// @param batchId The batch.
    /// @param serial The serial.
    error DrugBatchesInvalidSerialProof(bytes32 batchId, string serial);

    /// @notice `serial` of `batchId` was dispensed already: the pack is a suspected clone.
    /// @param batchId The batch.
    /// @param serial The serial.
    /// @param holder The holder it was dispensed from.
    error DrugBatchesSerialDecommissioned(bytes32 batchId, string serial, address holder);

    /// @notice `serial` of `batchId` was never dispensed: nothing to report.
    /// @param batchId The batch.
    /// @param serial The serial.
    error DrugBatchesSerialNotDecommissioned(bytes32 batchId, string serial);

    /// @notice Registers a batch; the caller, an active manufacturer, holds all its packs.
    /// @param registration The batch; see `BatchRegistration`.
    /// @return batchId keccak256(abi.encode(gtin, lot)).
    function registerBatch(BatchRegistration calldata registration) external returns (bytes32 batchId);

    /// @notice Hands `quantity` packs of `batchId` over to `to`; they wait for acceptance.
    /// The caller must be an active participant holding them on hand, not quarantined.
    /// @param batchId A registered batch.
    /// @param to An active distributor, pharmacy or provider, or the batch's active
    /// manufacturer (a return; the only receiver allowed while the batch is recalled or expired).
    /// @param quantity Packs; not zero, not above the caller's stock on hand.
    /// @return id The hand-over id.
    function handOver(bytes32 batchId, address to, uint32 quantity) external returns (uint64 id);

    /// @notice Accepts pending hand-over `id`; the caller, its receiver, becomes custodian.
    /// Refused while the sender's holding is quarantined, and, unless the caller is the
    /// manufacturer, while the batch is recalled or expired.
    /// @param id A pending hand-over addressed to the caller, who must be active.
    function acceptHandOver(uint64 id) external;

    /// @notice Cancels pending hand-over `id` of the caller; the packs return to its stock.
    /// Always possible while pending (also for a recalled or quarantined batch).
    /// @param id A pending hand-over sent by the caller.
    function cancelHandOver(uint64 id) external;

    /// @notice Records signed temperature readings; see the contract notice for the rules.
    /// Anyone may call.
    /// @param readings Non-empty list of readings.
    /// @return accepted Readings recorded.
    /// @return skipped Readings skipped as duplicate or out of order.
    function submitReadings(Reading[] calldata readings) external returns (uint256 accepted, uint256 skipped);

    /// @notice Releases the quarantine of `holder`'s stock in `batchId` after review.
    /// Regulator only.
    /// @param batchId The batch.
    /// @param holder A quarantined holder.
    /// @param reasonCode Code of the review outcome.
    function releaseQuarantine(bytes32 batchId, address holder, bytes32 reasonCode) external;

    /// @notice Recalls `batchId` everywhere. The batch's manufacturer (whatever its license
    /// state) or a regulator.
    /// @param batchId An active batch.
    /// @param reasonCode Code of the reason.
    function recall(bytes32 batchId, bytes32 reasonCode) external;

    /// @notice Dispenses one pack of `batchId` from `holder`'s stock and decommissions its
    /// serial. Callable by the holder itself (an active pharmacy or provider: over the
    /// counter, administration in hospital) or by a contract holding `DISPENSER_ROLE`
    /// (Prescriptions) on behalf of an active pharmacy or provider holder.
    /// @param holder The holder dispensing.
    /// @param batchId The batch; not recalled, not expired, holding not quarantined.
    /// @param serial The pack's serial (GS1 AI 21).
    /// @param proof Merkle proof of `serialLeaf(batchId, serial)` in the batch's serial tree.
    /// @return gtin The batch's GTIN (for the caller to match against what was asked for).
    function dispense(
        address holder,
        bytes32 batchId,
        string calldata serial,
        bytes32[] calldata proof
    ) external returns (uint64 gtin);

    /// @notice Reports that a decommissioned serial was presented again as saleable. Any
    /// active participant.
    /// @param batchId The batch.
    /// @param serial The serial.
    /// @param proof Its Merkle proof (only authentic serials can be reported).
    function reportSuspectedClone(bytes32 batchId, string calldata serial, bytes32[] calldata proof) external;

    /// @notice Role identifier of contracts allowed to dispense for a holder,
    /// `keccak256("DISPENSER_ROLE")`; administered by the regulator.
    /// @return The role identifier.
    function DISPENSER_ROLE() external view returns (bytes32);

    /// @notice How far, in seconds, a reading's timestamp may lie after the block's.
    /// @return The skew.
    function MAX_CLOCK_SKEW() external view returns (uint64);

    /// @notice The Registry this contract reads.
    /// @return Its address.
    function registry() external view returns (address);

    /// @notice Status of the pack with `serial` of the batch (gtin, lot), as seen by
    /// `holder`; see the contract notice for the order.
    /// @param gtin GTIN-14.
    /// @param lot Lot.
    /// @param serial Serial.
    /// @param proof Merkle proof.
    /// @param holder The holder whose quarantine counts; zero to ignore quarantine.
    /// @return The status.
    function verifyPack(
        uint64 gtin,
        string calldata lot,
        string calldata serial,
        bytes32[] calldata proof,
        address holder
    ) external view returns (PackStatus);

    /// @notice `verifyPack` by batch id.
    /// @param batchId The batch.
    /// @param serial Serial.
    /// @param proof Merkle proof.
    /// @param holder The holder whose quarantine counts; zero to ignore quarantine.
    /// @return The status.
    function packStatus(
        bytes32 batchId,
        string calldata serial,
        bytes32[] calldata proof,
        address holder
    ) external view returns (PackStatus);

    /// @notice Batch id of (gtin, lot): keccak256(abi.encode(gtin, lot)).
    /// @param gtin GTIN-14.
    /// @param lot Lot.
    /// @return The id.
    function batchIdOf(uint64 gtin, string calldata lot) external pure returns (bytes32);

    /// @notice Leaf of `serial` in the serial tree of `batchId`:
    /// keccak256(bytes.concat(keccak256(abi.encode(batchId, serial)))).
    /// @param batchId The batch.
    /// @param serial Serial.
    /// @return The leaf.
    function serialLeaf(bytes32 batchId, string calldata serial) external pure returns (bytes32);

    /// @notice Whether `gtin` is a valid GTIN-14 (digits and check digit).
    /// @param gtin The GTIN.
    /// @return True when valid.
    function isValidGtin(uint64 gtin) external pure returns (bool);

    /// @notice Batch `batchId`; reverts `DrugBatchesUnknownBatch` when none.
    /// @param batchId The batch.
    /// @return The batch.
    function batch(bytes32 batchId) external view returns (Batch memory);

    /// @notice Number of registered batches.
    /// @return The count.
    function batchCount() external view returns (uint64);

    /// @notice Id of the batch with sequence number `number` (1 .. batchCount); zero when none.
    /// @param number Sequence number.
    /// @return The batch id.
    function batchIdByNumber(uint64 number) external view returns (bytes32);

    /// @notice Stock of `holder` in `batchId` (all zero when never held).
    /// @param batchId The batch.
    /// @param holder The holder.
    /// @return The holding.
    function holding(bytes32 batchId, address holder) external view returns (Holding memory);

    /// @notice Number of accounts that ever held `batchId` (the manufacturer first).
    /// @param batchId The batch.
    /// @return The count.
    function holderCount(bytes32 batchId) external view returns (uint32);

    /// @notice The `index`-th account that held `batchId`, in order of first receipt.
    /// @param batchId The batch.
    /// @param index Below `holderCount(batchId)`; zero address beyond.
    /// @return The holder.
    function holderAt(bytes32 batchId, uint32 index) external view returns (address);

    /// @notice Hand-over `id`; reverts `DrugBatchesUnknownHandOver` when none.
    /// @param id The hand-over.
    /// @return The hand-over.
    function handOverRecord(uint64 id) external view returns (HandOver memory);

    /// @notice Number of hand-overs; ids run from 1 to this.
    /// @return The count.
    function handOverCount() external view returns (uint64);

    /// @notice Penalties recorded against `holder` (one per excursion episode).
    /// @param holder The holder.
    /// @return The count.
    function penalties(address holder) external view returns (uint32);

    /// @notice High-water mark of `device` for `batchId`: timestamp of its latest accepted
    /// reading; 0 before the first.
    /// @param device The device.
    /// @param batchId The batch.
    /// @return The timestamp.
    function lastReadingAt(address device, bytes32 batchId) external view returns (uint64);

    /// @notice Decommissioning record of a serial leaf (all zero when never dispensed).
    /// @param leaf `serialLeaf(batchId, serial)`.
    /// @return The record.
    function serialRecord(bytes32 leaf) external view returns (SerialRecord memory);

    /// @notice EIP-712 digest a device signs for a reading.
    /// @param batchId The batch.
    /// @param holder The holder.
    /// @param timestamp Device time.
    /// @param temperature Hundredths of a degree Celsius.
    /// @return The digest.
    function readingDigest(
        bytes32 batchId,
        address holder,
        uint64 timestamp,
        int16 temperature
    ) external view returns (bytes32);

    /// @notice EIP-712 domain separator of this contract on this chain.
    /// @return The separator.
    function DOMAIN_SEPARATOR() external view returns (bytes32);
}
