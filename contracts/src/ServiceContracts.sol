// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";

import {IRegistry} from "./IRegistry.sol";
import {IServiceContracts} from "./IServiceContracts.sol";

/// @title Salus public-service contracts
/// @notice Government payer <-> provider agreements with a tariff per service code, a budget,
/// escrowed funds, period reports, approval and payment, disputes and termination. See
/// `IServiceContracts`.
/// @dev Re-entrancy: the only calls that can run foreign code are the token's `transfer`,
/// `transferFrom` and `permit` (the Registry is read through views). Every function that moves
/// tokens is `nonReentrant` and finishes its state changes before the transfer.
/// Loops run over calldata only (codes at most `MAX_CODES`, lines `MAX_LINES`, evidence
/// `MAX_EVIDENCE`).
contract ServiceContracts is IServiceContracts, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @dev A contract: four slots, the terms CID in `_termsCids`, tariffs in `_tariffs`.
    struct StoredContract {
        // slot 0
        address payer;
        ContractStatus status;
        bool autoRelease;
        uint40 start;
        uint16 periodCount;
        // slot 1
        address provider;
        uint32 periodLength;
        uint40 terminatedAt;
        // slot 2
        uint96 budget;
        uint96 released;
        // slot 3
        uint96 escrow;
        uint96 reserved;
    }

    /// @dev A report, one slot.
    struct StoredReport {
        ReportStatus status;
        uint40 reportedAt;
        uint96 amount;
        uint96 offered;
    }

    /// @inheritdoc IServiceContracts
    uint256 public constant MAX_LINES = 32;

    /// @inheritdoc IServiceContracts
    uint256 public constant MAX_EVIDENCE = 8;

    /// @inheritdoc IServiceContracts
    uint256 public constant MAX_CODES = 32;

    /// @dev Bounds of a binary CID, as in Records.
    uint256 private constant _MIN_CID_LENGTH = 4;
    uint256 private constant _MAX_CID_LENGTH = 128;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev The settlement token.
    IERC20 private immutable _token;

    /// @dev Contracts by id (from 1).
    mapping(uint64 contractId => StoredContract) private _contracts;

    /// @dev Terms document CID per contract.
    mapping(uint64 contractId => bytes) private _termsCids;

    /// @dev Price per unit per contract and service code.
    mapping(uint64 contractId => mapping(bytes32 code => uint64)) private _tariffs;

    /// @dev Reports per contract and period.
    mapping(uint64 contractId => mapping(uint16 period => StoredReport)) private _reports;

    /// @dev Number of contracts.
    uint64 private _count;

    /// @notice Deploys the service-contract registry.
    /// @param registry_ The participant registry.
    /// @param token_ The settlement token held in escrow.
    constructor(IRegistry registry_, IERC20 token_) {
        if (address(registry_) == address(0) || address(token_) == address(0)) revert ServiceContractsZeroAddress();
        _registry = registry_;
        _token = token_;
    }

    /// @inheritdoc IServiceContracts
    function propose(Proposal calldata proposal) external returns (uint64 contractId) {
        if (!_registry.isActive(msg.sender, IRegistry.Role.GovernmentPayer)) {
            revert ServiceContractsNotActivePayer(msg.sender);
        }
        address provider = proposal.provider;
        if (provider == address(0) || provider == msg.sender) revert ServiceContractsInvalidProvider(provider);
        uint256 end = uint256(proposal.start) + uint256(proposal.periodLength) * proposal.periodCount;
        if (
            proposal.budget == 0 ||
            proposal.periodLength == 0 ||
            proposal.periodCount == 0 ||
            end <= block.timestamp ||
            end > type(uint40).max
        ) revert ServiceContractsInvalidTerms(proposal.budget, proposal.start, proposal.periodLength, proposal.periodCount);
        _checkCid(proposal.termsCid);

        contractId = _count + 1;
        _count = contractId;
        uint256 n = proposal.codes.length;
        if (n == 0 || n != proposal.tariffs.length || n > MAX_CODES) {
            revert ServiceContractsInvalidTariffs(n, proposal.tariffs.length);
        }
        mapping(bytes32 => uint64) storage tariffs = _tariffs[contractId];
        for (uint256 i = 0; i < n; ++i) {
            bytes32 code = proposal.codes[i];
            uint64 price = proposal.tariffs[i];
            if (price == 0 || tariffs[code] != 0) revert ServiceContractsInvalidTariff(code);
            tariffs[code] = price;
        }
        // The casts cannot truncate: start <= end <= type(uint40).max.
        StoredContract storage c = _contracts[contractId];
        c.payer = msg.sender;
        c.status = ContractStatus.Proposed;
        c.autoRelease = proposal.autoRelease;
        c.start = uint40(proposal.start);
        c.periodCount = proposal.periodCount;
        c.provider = provider;
        c.periodLength = proposal.periodLength;
        c.budget = proposal.budget;
        _termsCids[contractId] = proposal.termsCid;
        emit ServiceContractProposed(contractId, msg.sender, provider, proposal);
    }

    /// @inheritdoc IServiceContracts
    function accept(uint64 contractId) external {
        StoredContract storage c = _existing(contractId);
        if (msg.sender != c.provider) revert ServiceContractsNotProvider(contractId, msg.sender);
        if (!_registry.isActive(msg.sender, IRegistry.Role.Provider)) revert ServiceContractsNotActiveProvider(msg.sender);
        if (c.status != ContractStatus.Proposed) revert ServiceContractsInvalidStatus(contractId, c.status);
        uint64 end = _end(c);
        if (end <= block.timestamp) revert ServiceContractsExpired(contractId, end);
        c.status = ContractStatus.Active;
        emit ServiceContractAccepted(contractId, msg.sender);
    }

    /// @inheritdoc IServiceContracts
    function fund(uint64 contractId, uint256 amount) external nonReentrant {
        _fund(contractId, amount);
    }

    /// @inheritdoc IServiceContracts
    function fundWithPermit(
        uint64 contractId,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        // A failed permit is ignored: if it was front-run the allowance is there; if not,
        // transferFrom reverts with the token's allowance error.
        try IERC20Permit(address(_token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _fund(contractId, amount);
    }

    /// @inheritdoc IServiceContracts
    function report(
        uint64 contractId,
        uint16 period,
        ReportLine[] calldata lines,
        bytes[] calldata evidence
    ) external nonReentrant returns (ReportStatus status) {
        StoredContract storage c = _existing(contractId);
        if (msg.sender != c.provider) revert ServiceContractsNotProvider(contractId, msg.sender);
        if (!_registry.isActive(msg.sender, IRegistry.Role.Provider)) revert ServiceContractsNotActiveProvider(msg.sender);
        if (c.status != ContractStatus.Active) revert ServiceContractsInvalidStatus(contractId, c.status);
        if (period >= c.periodCount || uint256(c.start) + uint256(period) * c.periodLength > block.timestamp) {
            revert ServiceContractsInvalidPeriod(contractId, period);
        }
        StoredReport storage r = _reports[contractId][period];
        if (r.status != ReportStatus.None) revert ServiceContractsDuplicateReport(contractId, period);
        uint256 amount = _price(contractId, lines);
        _checkEvidence(evidence);
        uint256 remaining = uint256(c.budget) - c.released - c.reserved;
        if (amount > remaining) revert ServiceContractsOverBudget(contractId, amount, remaining);

        // Cannot truncate: amount <= remaining <= budget < 2^96; the time is below 2^40.
        uint96 amount96 = uint96(amount);
        c.reserved += amount96;
        r.status = ReportStatus.Reported;
        r.reportedAt = uint40(block.timestamp);
        r.amount = amount96;
        emit ServicesReported(contractId, period, msg.sender, amount96, lines, evidence);
        if (!c.autoRelease) return ReportStatus.Reported;
        emit ServiceReportApproved(contractId, period, amount96, true);
        return _payOrDefer(contractId, c, period, r);
    }

    /// @inheritdoc IServiceContracts
    function approveReport(uint64 contractId, uint16 period) external nonReentrant {
        StoredContract storage c = _onlyPayer(contractId);
        StoredReport storage r = _reportIn(contractId, period, ReportStatus.Reported);
        emit ServiceReportApproved(contractId, period, r.amount, false);
        _payOrDefer(contractId, c, period, r);
    }

    /// @inheritdoc IServiceContracts
    function disputeReport(uint64 contractId, uint16 period, bytes32 reasonCode, uint96 offered) external {
        _onlyPayer(contractId);
        StoredReport storage r = _reportIn(contractId, period, ReportStatus.Reported);
        uint96 amount = r.amount;
        if (offered >= amount) revert ServiceContractsInvalidOffer(contractId, period, offered, amount);
        r.status = ReportStatus.Disputed;
        r.offered = offered;
        emit ServiceReportDisputed(contractId, period, reasonCode, offered);
    }

    /// @inheritdoc IServiceContracts
    function resolveDispute(uint64 contractId, uint16 period, uint96 amount) external nonReentrant {
        StoredContract storage c = _existing(contractId);
        bool byProvider = msg.sender == c.provider;
        if (!byProvider && !_registry.isRegulator(msg.sender)) revert ServiceContractsNotResolver(contractId, msg.sender);
        StoredReport storage r = _reportIn(contractId, period, ReportStatus.Disputed);
        uint96 reported = r.amount;
        if (byProvider ? amount != r.offered : amount > reported) {
            revert ServiceContractsInvalidResolution(contractId, period, amount);
        }
        // The part of the reservation the resolution frees (amount <= reported).
        c.reserved -= reported - amount;
        r.amount = amount;
        emit ServiceDisputeResolved(contractId, period, msg.sender, amount);
        if (amount == 0) {
            r.status = ReportStatus.Rejected;
        } else {
            _payOrDefer(contractId, c, period, r);
        }
        _refundUnneeded(contractId, c);
    }

    /// @inheritdoc IServiceContracts
    function release(uint64 contractId, uint16 period) external nonReentrant {
        StoredContract storage c = _existing(contractId);
        StoredReport storage r = _reportIn(contractId, period, ReportStatus.AwaitingFunds);
        uint96 amount = r.amount;
        uint96 escrow = c.escrow;
        if (amount > escrow) revert ServiceContractsInsufficientEscrow(contractId, amount, escrow);
        _pay(contractId, c, period, r);
    }

    /// @inheritdoc IServiceContracts
    function terminate(uint64 contractId, bytes32 reasonCode) external nonReentrant {
        StoredContract storage c = _existing(contractId);
        if (msg.sender != c.payer && msg.sender != c.provider) revert ServiceContractsNotParty(contractId, msg.sender);
        ContractStatus status = c.status;
        if (status != ContractStatus.Proposed && status != ContractStatus.Active) {
            revert ServiceContractsInvalidStatus(contractId, status);
        }
        c.status = ContractStatus.Terminated;
        // Cannot truncate: block timestamps are below 2^40.
        c.terminatedAt = uint40(block.timestamp);
        emit ServiceContractTerminated(contractId, msg.sender, reasonCode);
        _refundUnneeded(contractId, c);
    }

    /// @inheritdoc IServiceContracts
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IServiceContracts
    function token() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc IServiceContracts
    function contractCount() external view returns (uint64) {
        return _count;
    }

    /// @inheritdoc IServiceContracts
    function serviceContract(uint64 contractId) external view returns (ServiceContract memory out) {
        StoredContract storage c = _contracts[contractId];
        out.payer = c.payer;
        out.provider = c.provider;
        out.status = c.status;
        out.autoRelease = c.autoRelease;
        out.start = c.start;
        out.periodLength = c.periodLength;
        out.periodCount = c.periodCount;
        out.terminatedAt = c.terminatedAt;
        out.budget = c.budget;
        out.escrow = c.escrow;
        out.released = c.released;
        out.reserved = c.reserved;
        out.termsCid = _termsCids[contractId];
    }

    /// @inheritdoc IServiceContracts
    function tariff(uint64 contractId, bytes32 code) external view returns (uint64) {
        return _tariffs[contractId][code];
    }

    /// @inheritdoc IServiceContracts
    function reportOf(uint64 contractId, uint16 period) external view returns (Report memory) {
        StoredReport storage r = _reports[contractId][period];
        return Report(r.status, r.reportedAt, r.amount, r.offered);
    }

    /// @dev Adds `amount` from the payer to the escrow, within the room, then pulls the tokens.
    function _fund(uint64 contractId, uint256 amount) private {
        if (amount == 0) revert ServiceContractsZeroAmount();
        StoredContract storage c = _onlyPayer(contractId);
        uint256 escrow = c.escrow;
        uint256 room;
        if (c.status == ContractStatus.Terminated) {
            // Only a shortfall of open reports may still be funded.
            room = c.reserved > escrow ? c.reserved - escrow : 0;
        } else {
            room = uint256(c.budget) - c.released - escrow;
        }
        if (amount > room) revert ServiceContractsOverfunded(contractId, amount, room);
        // Cannot truncate: escrow + amount <= budget (or reserved) < 2^96.
        uint96 escrowAfter = uint96(escrow + amount);
        c.escrow = escrowAfter;
        emit ServiceContractFunded(contractId, msg.sender, amount, escrowAfter);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Releases approved report `r` when the escrow covers it, else marks it AwaitingFunds.
    function _payOrDefer(
        uint64 contractId,
        StoredContract storage c,
        uint16 period,
        StoredReport storage r
    ) private returns (ReportStatus) {
        uint96 amount = r.amount;
        uint96 escrow = c.escrow;
        if (amount <= escrow) {
            _pay(contractId, c, period, r);
            return ReportStatus.Paid;
        }
        r.status = ReportStatus.AwaitingFunds;
        emit ServicePaymentDeferred(contractId, period, amount, escrow);
        return ReportStatus.AwaitingFunds;
    }

    /// @dev Pays report `r` from the escrow (which covers it) to the provider.
    function _pay(uint64 contractId, StoredContract storage c, uint16 period, StoredReport storage r) private {
        uint96 amount = r.amount;
        r.status = ReportStatus.Paid;
        c.escrow -= amount;
        c.reserved -= amount;
        c.released += amount;
        address provider = c.provider;
        emit ServicePaymentReleased(contractId, period, provider, amount);
        _token.safeTransfer(provider, amount);
    }

    /// @dev After termination, returns the escrow that open reports do not reserve.
    function _refundUnneeded(uint64 contractId, StoredContract storage c) private {
        if (c.status != ContractStatus.Terminated) return;
        uint96 escrow = c.escrow;
        uint96 reserved = c.reserved;
        if (escrow <= reserved) return;
        uint96 refund;
        unchecked {
            // escrow > reserved.
            refund = escrow - reserved;
        }
        c.escrow = reserved;
        address payer = c.payer;
        emit EscrowRefunded(contractId, payer, refund);
        _token.safeTransfer(payer, refund);
    }

    /// @dev Amount of `lines` at the tariffs of contract `contractId`.
    function _price(uint64 contractId, ReportLine[] calldata lines) private view returns (uint256 amount) {
        uint256 n = lines.length;
        if (n == 0 || n > MAX_LINES) revert ServiceContractsInvalidLineCount(n);
        mapping(bytes32 => uint64) storage tariffs = _tariffs[contractId];
        for (uint256 i = 0; i < n; ++i) {
            ReportLine calldata line = lines[i];
            if (line.quantity == 0) revert ServiceContractsInvalidQuantity(i);
            uint64 price = tariffs[line.code];
            if (price == 0) revert ServiceContractsCodeNotInTariff(contractId, line.code);
            // Cannot overflow: 32 lines of at most 2^64 * 2^32.
            amount += uint256(price) * line.quantity;
        }
    }

    /// @dev Reverts unless there are at most `MAX_EVIDENCE` valid CIDs.
    function _checkEvidence(bytes[] calldata evidence) private pure {
        uint256 n = evidence.length;
        if (n > MAX_EVIDENCE) revert ServiceContractsTooMuchEvidence(n);
        for (uint256 i = 0; i < n; ++i) {
            _checkCid(evidence[i]);
        }
    }

    /// @dev Reverts unless `cid` is a binary CIDv1 of 4 to 128 bytes.
    function _checkCid(bytes calldata cid) private pure {
        if (cid.length < _MIN_CID_LENGTH || cid.length > _MAX_CID_LENGTH || cid[0] != 0x01) {
            revert ServiceContractsInvalidCid(cid);
        }
    }

    /// @dev Contract `contractId`, which must exist.
    function _existing(uint64 contractId) private view returns (StoredContract storage c) {
        c = _contracts[contractId];
        if (c.status == ContractStatus.None) revert ServiceContractsUnknownContract(contractId);
    }

    /// @dev Contract `contractId`, which must exist and be the caller's as payer.
    function _onlyPayer(uint64 contractId) private view returns (StoredContract storage c) {
        c = _existing(contractId);
        if (msg.sender != c.payer) revert ServiceContractsNotPayer(contractId, msg.sender);
    }

    /// @dev Report of `period`, which must be in `status`.
    function _reportIn(
        uint64 contractId,
        uint16 period,
        ReportStatus status
    ) private view returns (StoredReport storage r) {
        r = _reports[contractId][period];
        if (r.status != status) revert ServiceContractsInvalidReportStatus(contractId, period, r.status);
    }

    /// @dev End of contract `c`: start + periodLength * periodCount (below 2^40, see `propose`).
    function _end(StoredContract storage c) private view returns (uint64) {
        return uint64(c.start) + uint64(c.periodLength) * c.periodCount;
    }
}
