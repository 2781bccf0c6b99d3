// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus public-service contracts interface
/// @notice Types, errors, events and external functions of ServiceContracts: agreements between a
/// government payer and a provider, paid in settlement-token minor units (6 decimals) from an
/// escrow the payer funds.
///
/// Agreement. An active government payer proposes: the provider, the terms document (CID), a
/// tariff per service code, a budget cap, a start, a reporting period length and a number of
/// periods (the contract runs from `start` to `start + periodLength * periodCount`), and whether
/// reports are paid automatically (`autoRelease`) or after the payer's approval. The named
/// provider, while active, accepts; then the contract is Active. Both parties may end it: before
/// acceptance that withdraws or rejects the proposal.
///
/// Escrow. The payer funds the escrow at any time while the contract is Proposed or Active, up to
/// the budget (escrow + released never exceeds it); after termination only up to what open reports
/// still reserve.
///
/// Reports. For each period that has started (period k starts at `start + k * periodLength`), the
/// active provider reports once: lines of (service code, quantity) priced at the contract's
/// tariffs, with evidence CIDs. A code outside the tariff, or an amount above what is left of the
/// budget (budget - released - reserved), is refused. The amount is reserved against the budget.
/// With `autoRelease` the report is approved at once; otherwise the payer approves it or disputes
/// it with a reason and an offered amount. A dispute is resolved by the provider accepting the
/// offer, or by the regulator arbitrating any amount up to the reported one. An approved (or
/// resolved) amount is released from the escrow to the provider at once when the escrow covers
/// it; otherwise it waits (AwaitingFunds) and anyone may `release` it once the payer has funded.
///
/// Termination. Either party terminates an Active (or Proposed) contract at any time, also mid-
/// period. Nothing can be reported afterwards: services must be reported, for the current period
/// too, before termination. Reports already made but not yet paid (Reported, Disputed,
/// AwaitingFunds) stay open and keep their reservation: the payer can still approve or dispute
/// them, the regulator arbitrate, anyone release them. The escrow above what they reserve goes back
/// to the payer at termination, and whatever a later decision frees (a dispute resolved below the
/// reported amount, or rejected) goes back to the payer at that moment. So after termination the
/// escrow only ever holds what open reports may still need.
///
/// Every change is an event; every view is public (the regulator reads everything).
interface IServiceContracts {
    /// @notice Status of a contract. Numeric values are part of the API; never reorder.
    enum ContractStatus {
        None,
        Proposed,
        Active,
        Terminated
    }

    /// @notice Status of a period's report. Numeric values are part of the API; never reorder.
    enum ReportStatus {
        None,
        Reported,
        Disputed,
        AwaitingFunds,
        Paid,
        Rejected
    }

    /// @notice What a payer proposes.
    /// @param provider The provider; not zero, not the payer.
    /// @param budget Most the contract ever pays; not zero.
    /// @param start Start of period 0.
    /// @param periodLength Seconds per reporting period; not zero.
    /// @param periodCount Number of periods; not zero; the end must be in the future.
    /// @param autoRelease Whether reports are approved without the payer.
    /// @param termsCid Binary CIDv1 of the terms document.
    /// @param codes Service codes, 1 to `MAX_CODES`, no duplicates.
    /// @param tariffs Price per unit of each code, not zero.
    struct Proposal {
        address provider;
        uint96 budget;
        uint64 start;
        uint32 periodLength;
        uint16 periodCount;
        bool autoRelease;
        bytes termsCid;
        bytes32[] codes;
        uint64[] tariffs;
    }

    /// @notice A contract as `serviceContract` returns it.
    /// @param payer The government payer.
    /// @param provider The provider.
    /// @param status Current status.
    /// @param autoRelease As proposed.
    /// @param start As proposed.
    /// @param periodLength As proposed.
    /// @param periodCount As proposed.
    /// @param terminatedAt Block timestamp of termination; 0 before.
    /// @param budget As proposed.
    /// @param escrow Tokens held for the contract.
    /// @param released Total paid to the provider.
    /// @param reserved Total of open reports (Reported, Disputed, AwaitingFunds).
    /// @param termsCid As proposed.
    struct ServiceContract {
        address payer;
        address provider;
        ContractStatus status;
        bool autoRelease;
        uint64 start;
        uint32 periodLength;
        uint16 periodCount;
        uint64 terminatedAt;
        uint96 budget;
        uint96 escrow;
        uint96 released;
        uint96 reserved;
        bytes termsCid;
    }

    /// @notice One line of a report.
    /// @param code A service code of the contract's tariff.
    /// @param quantity Units delivered, at least 1.
    struct ReportLine {
        bytes32 code;
        uint32 quantity;
    }

    /// @notice A period's report as `report` returns it.
    /// @param status Current status.
    /// @param reportedAt Block timestamp of the report.
    /// @param amount Reported amount, or the resolved amount after a dispute.
    /// @param offered The payer's offer while (or since) disputed; 0 otherwise.
    struct Report {
        ReportStatus status;
        uint64 reportedAt;
        uint96 amount;
        uint96 offered;
    }

    /// @notice `payer` proposed contract `contractId` to `provider`.
    /// @param contractId The new contract (from 1).
    /// @param payer The government payer.
    /// @param provider The provider.
    /// @param proposal The proposal.
    event ServiceContractProposed(
        uint64 indexed contractId,
        address indexed payer,
        address indexed provider,
        Proposal proposal
    );

    /// @notice The provider accepted contract `contractId`; it is Active.
    /// @param contractId The contract.
    /// @param provider The provider.
    event ServiceContractAccepted(uint64 indexed contractId, address indexed provider);

    /// @notice The payer funded the escrow of contract `contractId`.
    /// @param contractId The contract.
    /// @param payer The payer.
    /// @param amount Minor units added.
    /// @param escrow Escrow afterwards.
    event ServiceContractFunded(uint64 indexed contractId, address indexed payer, uint256 amount, uint96 escrow);

    /// @notice The provider reported the services of `period`.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param provider The provider.
    /// @param amount Priced at the contract's tariffs.
    /// @param lines The lines.
    /// @param evidence CIDs of the evidence records.
    event ServicesReported(
        uint64 indexed contractId,
        uint16 indexed period,
        address indexed provider,
        uint96 amount,
        ReportLine[] lines,
        bytes[] evidence
    );

    /// @notice A report was approved, by the payer or automatically.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param amount The approved amount.
    /// @param automatic Whether approved by the contract's `autoRelease` rule.
    event ServiceReportApproved(uint64 indexed contractId, uint16 indexed period, uint96 amount, bool automatic);

    /// @notice The payer disputed a report.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param reasonCode Payer's reason code.
    /// @param offered Amount the payer is willing to pay.
    event ServiceReportDisputed(uint64 indexed contractId, uint16 indexed period, bytes32 reasonCode, uint96 offered);

    /// @notice A dispute was resolved at `amount` (0: the report is rejected).
    /// @param contractId The contract.
    /// @param period The period.
    /// @param resolver The provider (accepting the offer) or the regulator (arbitrating).
    /// @param amount The resolved amount.
    event ServiceDisputeResolved(
        uint64 indexed contractId,
        uint16 indexed period,
        address indexed resolver,
        uint96 amount
    );

    /// @notice An approved amount waits for funding: the escrow did not cover it.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param amount The amount waiting.
    /// @param escrow The escrow at that moment.
    event ServicePaymentDeferred(uint64 indexed contractId, uint16 indexed period, uint96 amount, uint96 escrow);

    /// @notice An approved amount moved from the escrow to the provider.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param provider The provider.
    /// @param amount Minor units transferred.
    event ServicePaymentReleased(
        uint64 indexed contractId,
        uint16 indexed period,
        address indexed provider,
        uint96 amount
    );

    /// @notice Contract `contractId` was terminated (before acceptance: withdrawn or rejected).
    /// @param contractId The contract.
    /// @param by The terminating party.
    /// @param reasonCode Its reason code.
    event ServiceContractTerminated(uint64 indexed contractId, address indexed by, bytes32 reasonCode);

    /// @notice Unneeded escrow went back to the payer.
    /// @param contractId The contract.
    /// @param payer The payer.
    /// @param amount Minor units returned.
    event EscrowRefunded(uint64 indexed contractId, address indexed payer, uint96 amount);

    /// @notice An address argument is the zero address.
    error ServiceContractsZeroAddress();

    /// @notice `caller` is not an active government payer.
    /// @param caller The rejected caller.
    error ServiceContractsNotActivePayer(address caller);

    /// @notice `caller` is not an active provider.
    /// @param caller The rejected caller.
    error ServiceContractsNotActiveProvider(address caller);

    /// @notice The proposed provider is zero or the payer itself.
    /// @param provider The rejected provider.
    error ServiceContractsInvalidProvider(address provider);

    /// @notice Budget or periods are zero, or the contract would end before the current block.
    /// @param budget Proposed budget.
    /// @param start Proposed start.
    /// @param periodLength Proposed period length.
    /// @param periodCount Proposed number of periods.
    error ServiceContractsInvalidTerms(uint96 budget, uint64 start, uint32 periodLength, uint16 periodCount);

    /// @notice Code and tariff arrays are empty, differ in length or exceed `MAX_CODES`.
    /// @param codes Number of codes.
    /// @param tariffs Number of tariffs.
    error ServiceContractsInvalidTariffs(uint256 codes, uint256 tariffs);

    /// @notice A tariff is zero, or a code appears twice.
    /// @param code The code.
    error ServiceContractsInvalidTariff(bytes32 code);

    /// @notice A CID is not a binary CIDv1 of 4 to 128 bytes.
    /// @param cid The rejected CID.
    error ServiceContractsInvalidCid(bytes cid);

    /// @notice No contract `contractId`.
    /// @param contractId The contract.
    error ServiceContractsUnknownContract(uint64 contractId);

    /// @notice `caller` is not the payer of the contract.
    /// @param contractId The contract.
    /// @param caller The rejected caller.
    error ServiceContractsNotPayer(uint64 contractId, address caller);

    /// @notice `caller` is not the provider of the contract.
    /// @param contractId The contract.
    /// @param caller The rejected caller.
    error ServiceContractsNotProvider(uint64 contractId, address caller);

    /// @notice `caller` is neither the payer nor the provider.
    /// @param contractId The contract.
    /// @param caller The rejected caller.
    error ServiceContractsNotParty(uint64 contractId, address caller);

    /// @notice `caller` is neither the provider nor the regulator.
    /// @param contractId The contract.
    /// @param caller The rejected caller.
    error ServiceContractsNotResolver(uint64 contractId, address caller);

    /// @notice The contract's status does not allow the operation.
    /// @param contractId The contract.
    /// @param status Its status.
    error ServiceContractsInvalidStatus(uint64 contractId, ContractStatus status);

    /// @notice The contract's last period is over; it can no longer be accepted.
    /// @param contractId The contract.
    /// @param end Its end.
    error ServiceContractsExpired(uint64 contractId, uint64 end);

    /// @notice A funding of zero.
    error ServiceContractsZeroAmount();

    /// @notice The funding exceeds what the contract can still need.
    /// @param contractId The contract.
    /// @param amount The funding.
    /// @param room Most that can be added now.
    error ServiceContractsOverfunded(uint64 contractId, uint256 amount, uint256 room);

    /// @notice `period` is past the last period or has not started.
    /// @param contractId The contract.
    /// @param period The period.
    error ServiceContractsInvalidPeriod(uint64 contractId, uint16 period);

    /// @notice The period was reported already.
    /// @param contractId The contract.
    /// @param period The period.
    error ServiceContractsDuplicateReport(uint64 contractId, uint16 period);

    /// @notice A report needs 1 to `MAX_LINES` lines.
    /// @param count The rejected number of lines.
    error ServiceContractsInvalidLineCount(uint256 count);

    /// @notice Line `index` has a zero quantity.
    /// @param index The line.
    error ServiceContractsInvalidQuantity(uint256 index);

    /// @notice `code` is not in the contract's tariff.
    /// @param contractId The contract.
    /// @param code The code.
    error ServiceContractsCodeNotInTariff(uint64 contractId, bytes32 code);

    /// @notice More than `MAX_EVIDENCE` evidence CIDs.
    /// @param count The rejected number.
    error ServiceContractsTooMuchEvidence(uint256 count);

    /// @notice The report exceeds what is left of the budget.
    /// @param contractId The contract.
    /// @param amount The report's amount.
    /// @param remaining budget - released - reserved.
    error ServiceContractsOverBudget(uint64 contractId, uint256 amount, uint256 remaining);

    /// @notice The report's status does not allow the operation.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param status Its status.
    error ServiceContractsInvalidReportStatus(uint64 contractId, uint16 period, ReportStatus status);

    /// @notice The offer is not below the reported amount.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param offered The offer.
    /// @param amount The reported amount.
    error ServiceContractsInvalidOffer(uint64 contractId, uint16 period, uint96 offered, uint96 amount);

    /// @notice The provider's resolution is not the offer, or the regulator's exceeds the reported
    /// amount.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param amount The rejected amount.
    error ServiceContractsInvalidResolution(uint64 contractId, uint16 period, uint96 amount);

    /// @notice The escrow does not cover the amount to release.
    /// @param contractId The contract.
    /// @param amount The amount.
    /// @param escrow The escrow.
    error ServiceContractsInsufficientEscrow(uint64 contractId, uint96 amount, uint96 escrow);

    /// @notice Proposes a contract. Active government payers only.
    /// @param proposal The proposal.
    /// @return contractId The new contract.
    function propose(Proposal calldata proposal) external returns (uint64 contractId);

    /// @notice Accepts a proposed contract. Its provider, active, only; before its end.
    /// @param contractId The contract.
    function accept(uint64 contractId) external;

    /// @notice Adds `amount` from the payer to the escrow (needs an allowance). The payer only.
    /// @param contractId A Proposed or Active contract, or a Terminated one with a shortfall.
    /// @param amount Minor units; not zero; within the room (see `ServiceContractsOverfunded`).
    function fund(uint64 contractId, uint256 amount) external;

    /// @notice `fund` with an EIP-2612 permit of the payer for this contract; a failed permit is
    /// ignored when the allowance is there anyway.
    /// @param contractId The contract.
    /// @param amount Minor units; the permit's value.
    /// @param deadline The permit's deadline.
    /// @param v Signature v.
    /// @param r Signature r.
    /// @param s Signature s.
    function fundWithPermit(
        uint64 contractId,
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external;

    /// @notice Reports the services of a period. The contract's provider, active, only; the
    /// contract Active.
    /// @param contractId The contract.
    /// @param period A started period below `periodCount`, not reported yet.
    /// @param lines 1 to `MAX_LINES` lines.
    /// @param evidence Up to `MAX_EVIDENCE` evidence CIDs.
    /// @return status The report's status: Reported, AwaitingFunds or Paid.
    function report(
        uint64 contractId,
        uint16 period,
        ReportLine[] calldata lines,
        bytes[] calldata evidence
    ) external returns (ReportStatus status);

    /// @notice Approves a Reported report; releases it if the escrow covers it. The payer only.
    /// @param contractId The contract.
    /// @param period The period.
    function approveReport(uint64 contractId, uint16 period) external;

    /// @notice Disputes a Reported report. The payer only.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param reasonCode Payer's reason code.
    /// @param offered What the payer would pay, below the reported amount.
    function disputeReport(uint64 contractId, uint16 period, bytes32 reasonCode, uint96 offered) external;

    /// @notice Resolves a dispute: the provider accepts the offer (`amount` must equal it), or the
    /// regulator arbitrates (`amount` at most the reported amount). 0 rejects the report.
    /// @param contractId The contract.
    /// @param period The period.
    /// @param amount The resolved amount.
    function resolveDispute(uint64 contractId, uint16 period, uint96 amount) external;

    /// @notice Releases a report waiting for funds once the escrow covers it. Anyone.
    /// @param contractId The contract.
    /// @param period The period.
    function release(uint64 contractId, uint16 period) external;

    /// @notice Terminates a Proposed or Active contract and returns the escrow that open reports
    /// do not reserve. The payer or the provider.
    /// @param contractId The contract.
    /// @param reasonCode The party's reason code.
    function terminate(uint64 contractId, bytes32 reasonCode) external;

    /// @notice Most lines per report.
    /// @return 32.
    function MAX_LINES() external view returns (uint256);

    /// @notice Most evidence CIDs per report.
    /// @return 8.
    function MAX_EVIDENCE() external view returns (uint256);

    /// @notice Most service codes per contract.
    /// @return 32.
    function MAX_CODES() external view returns (uint256);

    /// @notice The participant registry.
    /// @return Its address.
    function registry() external view returns (address);

    /// @notice The settlement token held in escrow.
    /// @return Its address.
    function token() external view returns (address);

    /// @notice Number of contracts.
    /// @return The count; ids run from 1 to it.
    function contractCount() external view returns (uint64);

    /// @notice Contract `contractId`.
    /// @param contractId The contract.
    /// @return The contract (zero when unknown).
    function serviceContract(uint64 contractId) external view returns (ServiceContract memory);

    /// @notice Tariff of `code` in contract `contractId`; 0 when not in the tariff.
    /// @param contractId The contract.
    /// @param code The service code.
    /// @return Price per unit.
    function tariff(uint64 contractId, bytes32 code) external view returns (uint64);

    /// @notice Report of `period` of contract `contractId`.
    /// @param contractId The contract.
    /// @param period The period.
    /// @return The report (zero when none).
    function reportOf(uint64 contractId, uint16 period) external view returns (Report memory);
}
