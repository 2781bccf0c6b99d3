// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuard} from "@openzeppelin/contracts/utils/ReentrancyGuard.sol";
import {SafeCast} from "@openzeppelin/contracts/utils/math/SafeCast.sol";

import {ClaimsMath} from "./ClaimsMath.sol";
import {IAccessGrants} from "./IAccessGrants.sol";
import {IClaims} from "./IClaims.sol";
import {IRegistry} from "./IRegistry.sol";

/// @title Salus insurance claims
/// @notice Insurer plans, member policies, per-insurer pools of settlement tokens, and claims
/// adjudicated and paid in the submitting transaction when inside the rules. See `IClaims`.
/// @dev Re-entrancy: the only calls that can run foreign code are the token's `transfer`,
/// `transferFrom` and `permit`; Registry and AccessGrants are called through `view` functions
/// (STATICCALL). The settlement token is a plain OpenZeppelin ERC-20 without hooks, fixed at
/// deployment. Still, every function that moves tokens is `nonReentrant` and updates all state
/// (status, pool counters, queue head) before its transfer, so a hostile token or receiver
/// could neither re-enter nor observe a half-updated claim.
/// Loops: over calldata lines (at most `MAX_LINES`), tariffs (`MAX_TARIFFS`), evidence
/// (`MAX_EVIDENCE`), the 9 consent categories, the stored lines of one claim, and at most
/// `MAX_SETTLE` queue entries; never over a growing collection.
contract Claims is IClaims, ReentrancyGuard {
    using SafeERC20 for IERC20;

    /// @dev A plan: two slots, tariffs in `_tariffs`.
    struct StoredPlan {
        // slot 0
        address insurer;
        bool open;
        uint16 copayBps;
        uint32 consentCategories;
        // slot 1
        uint64 deductible;
        uint64 annualLimit;
        uint64 reviewThreshold;
    }

    /// @dev A policy: three slots.
    struct StoredPolicy {
        // slot 0
        address patient;
        uint64 planId;
        // slot 1
        uint40 validFrom;
        uint40 validUntil;
        // slot 2
        bytes32 memberRef;
    }

    /// @dev A claim: two slots; patient and insurer come from the policy and its plan.
    struct StoredClaim {
        // slot 0
        address provider;
        uint64 policyId;
        ClaimStatus status;
        bool appealed;
        uint8 lineCount;
        // slot 1
        uint40 serviceDate;
        uint16 reasons;
        uint96 allowed;
        uint96 payout;
    }

    /// @dev A stored line (claims that wait for review only): two slots.
    struct StoredLine {
        // slot 0
        bytes32 code;
        // slot 1
        uint16 quantity;
        uint64 unitAmount;
        uint96 allowed;
        LineReason reason;
    }

    /// @dev An insurer's pool and funding queue: two slots. The balance is derived:
    /// deposited - withdrawn - paid.
    struct StoredPool {
        // slot 0
        uint96 deposited;
        uint96 withdrawn;
        uint64 head;
        // slot 1
        uint96 paid;
        uint96 owed;
        uint64 tail;
    }

    /// @inheritdoc IClaims
    uint64 public constant BENEFIT_YEAR = 365 days;

    /// @inheritdoc IClaims
    uint256 public constant MAX_LINES = 32;

    /// @inheritdoc IClaims
    uint256 public constant MAX_EVIDENCE = 8;

    /// @inheritdoc IClaims
    uint256 public constant MAX_TARIFFS = 64;

    /// @inheritdoc IClaims
    uint256 public constant MAX_SETTLE = 32;

    /// @inheritdoc IClaims
    uint16 public constant REASON_POLICY_INACTIVE = 1;

    /// @inheritdoc IClaims
    uint16 public constant REASON_NO_CONSENT = 2;

    /// @inheritdoc IClaims
    uint16 public constant REASON_LINE_REFUSED = 4;

    /// @inheritdoc IClaims
    uint16 public constant REASON_ABOVE_REVIEW_THRESHOLD = 8;

    /// @inheritdoc IClaims
    uint16 public constant REASON_UNDERFUNDED = 16;

    /// @dev AccessGrants category index of insurance data, required in every plan's consent.
    uint8 private constant _CATEGORY_INSURANCE = 7;

    /// @dev Number of AccessGrants categories defined (bits 0..8).
    uint8 private constant _CATEGORY_COUNT = 9;

    /// @dev Co-pay of 100 %.
    uint16 private constant _MAX_COPAY_BPS = 10_000;

    /// @dev Bounds of a binary CID, as in Records.
    uint256 private constant _MIN_CID_LENGTH = 4;
    uint256 private constant _MAX_CID_LENGTH = 128;

    /// @dev The participant registry.
    IRegistry private immutable _registry;

    /// @dev The consent contract.
    IAccessGrants private immutable _grants;

    /// @dev The settlement token.
    IERC20 private immutable _token;

    /// @dev Plans by id (from 1).
    mapping(uint64 planId => StoredPlan) private _plans;

    /// @dev Tariff per plan and service code; 0 when not covered.
    mapping(uint64 planId => mapping(bytes32 code => uint64)) private _tariffs;

    /// @dev Policies by id (from 1).
    mapping(uint64 policyId => StoredPolicy) private _policies;

    /// @dev Deductible and limit usage per policy and benefit year.
    mapping(uint64 policyId => mapping(uint32 year => Usage)) private _usage;

    /// @dev Claims by id.
    mapping(bytes32 claimId => StoredClaim) private _claims;

    /// @dev Lines of claims that wait for review.
    mapping(bytes32 claimId => mapping(uint256 index => StoredLine)) private _lines;

    /// @dev Pools by insurer.
    mapping(address insurer => StoredPool) private _pools;

    /// @dev Funding queues by insurer and position.
    mapping(address insurer => mapping(uint64 position => bytes32 claimId)) private _queues;

    /// @dev Number of plans.
    uint64 private _planCount;

    /// @dev Number of policies.
    uint64 private _policyCount;

    /// @notice Deploys the claims contract.
    /// @param registry_ The participant registry.
    /// @param grants_ The consent contract.
    /// @param token_ The settlement token escrowed in the pools.
    constructor(IRegistry registry_, IAccessGrants grants_, IERC20 token_) {
        if (address(registry_) == address(0) || address(grants_) == address(0) || address(token_) == address(0)) {
            revert ClaimsZeroAddress();
        }
        _registry = registry_;
        _grants = grants_;
        _token = token_;
    }

    /// @inheritdoc IClaims
    function submitClaim(
        Submission calldata submission
    ) external nonReentrant returns (bytes32 claimId, ClaimStatus status) {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Provider)) revert ClaimsNotActiveProvider(msg.sender);
        if (submission.claimKey == bytes32(0)) revert ClaimsInvalidClaimKey();
        claimId = _claimId(msg.sender, submission.claimKey);
        StoredClaim storage c = _claims[claimId];
        if (c.status != ClaimStatus.None) revert ClaimsDuplicateClaim(claimId);
        uint256 lineCount = submission.lines.length;
        if (lineCount == 0 || lineCount > MAX_LINES) revert ClaimsInvalidLineCount(lineCount);
        _checkEvidence(submission.evidence);
        uint64 serviceDate = submission.serviceDate;
        if (serviceDate > block.timestamp) revert ClaimsServiceDateInFuture(serviceDate);
        StoredPolicy storage pol = _existingPolicy(submission.policyId);
        if (pol.patient != submission.patient) revert ClaimsPatientMismatch(submission.policyId, submission.patient);
        StoredPlan storage pl = _plans[pol.planId];
        address insurer = pl.insurer;

        uint16 reasons;
        if (serviceDate < pol.validFrom || serviceDate > pol.validUntil) reasons = REASON_POLICY_INACTIVE;
        if (!_hasConsent(submission.patient, insurer, pl.consentCategories)) reasons |= REASON_NO_CONSENT;
        (LineOutcome[] memory lines, uint256 allowed, bool refused) = _adjudicate(pol.planId, submission.lines);
        if (refused) reasons |= REASON_LINE_REFUSED;
        if (allowed > pl.reviewThreshold) reasons |= REASON_ABOVE_REVIEW_THRESHOLD;

        // The casts cannot truncate: the date is at most block.timestamp < 2^40, there are at
        // most 32 lines, and each line's allowed amount is below 2^16 * 2^64 = 2^80.
        c.provider = msg.sender;
        c.policyId = submission.policyId;
        c.lineCount = uint8(lineCount);
        c.serviceDate = uint40(serviceDate);
        c.allowed = uint96(allowed);
        _emitSubmitted(claimId, insurer, submission, lines);
        if (reasons != 0) {
            c.status = ClaimStatus.Pending;
            c.reasons = reasons;
            mapping(uint256 => StoredLine) storage stored = _lines[claimId];
            for (uint256 i = 0; i < lineCount; ++i) {
                LineOutcome memory l = lines[i];
                stored[i] = StoredLine(l.code, l.quantity, l.unitAmount, l.allowed, l.reason);
            }
            emit ClaimPended(claimId, reasons);
            return (claimId, ClaimStatus.Pending);
        }
        status = _decide(claimId, c, insurer, allowed);
    }

    /// @inheritdoc IClaims
    function approveClaim(
        bytes32 claimId,
        uint96[] calldata amounts
    ) external nonReentrant returns (ClaimStatus status) {
        StoredClaim storage c = _existingClaim(claimId);
        address insurer = _onlyClaimInsurer(c);
        _requireWaiting(claimId, c);
        uint256 lineCount = c.lineCount;
        if (amounts.length != 0 && amounts.length != lineCount) {
            revert ClaimsApprovalLengthMismatch(claimId, amounts.length, lineCount);
        }
        mapping(uint256 => StoredLine) storage stored = _lines[claimId];
        uint96[] memory approved = new uint96[](lineCount);
        uint256 total;
        bool isPartial;
        for (uint256 i = 0; i < lineCount; ++i) {
            uint96 allowed = stored[i].allowed;
            uint96 amount = amounts.length == 0 ? allowed : amounts[i];
            if (amount > allowed) revert ClaimsAboveAllowed(claimId, i, amount, allowed);
            if (amount < allowed) isPartial = true;
            approved[i] = amount;
            total += amount;
        }
        if (total == 0) revert ClaimsNothingApproved(claimId);
        emit ClaimApproved(claimId, insurer, approved, isPartial);
        status = _decide(claimId, c, insurer, total);
    }

    /// @inheritdoc IClaims
    function denyClaim(bytes32 claimId, bytes32 reasonCode) external {
        StoredClaim storage c = _existingClaim(claimId);
        address insurer = _onlyClaimInsurer(c);
        _requireWaiting(claimId, c);
        bool isFinal = c.status == ClaimStatus.Appealed;
        c.status = ClaimStatus.Denied;
        emit ClaimDenied(claimId, insurer, reasonCode, isFinal);
    }

    /// @inheritdoc IClaims
    function appealClaim(bytes32 claimId, bytes32 reasonCode, bytes[] calldata evidence) external {
        StoredClaim storage c = _existingClaim(claimId);
        if (msg.sender != c.provider) revert ClaimsNotClaimProvider(claimId, msg.sender);
        if (c.status != ClaimStatus.Denied) revert ClaimsInvalidStatus(claimId, c.status);
        if (c.appealed) revert ClaimsAlreadyAppealed(claimId);
        _checkEvidence(evidence);
        c.status = ClaimStatus.Appealed;
        c.appealed = true;
        emit ClaimAppealed(claimId, msg.sender, reasonCode, evidence);
    }

    /// @inheritdoc IClaims
    function settle(address insurer, uint256 maxClaims) external nonReentrant returns (uint256 paid) {
        if (maxClaims > MAX_SETTLE) maxClaims = MAX_SETTLE;
        StoredPool storage p = _pools[insurer];
        mapping(uint64 => bytes32) storage queue = _queues[insurer];
        uint64 head = p.head;
        uint64 tail = p.tail;
        uint256 balance = _balance(p);
        while (paid < maxClaims && head < tail) {
            bytes32 claimId = queue[head];
            StoredClaim storage c = _claims[claimId];
            uint96 amount = c.payout;
            if (amount > balance) break;
            // Effects before the transfer: the claim, the pool counters and the queue head.
            unchecked {
                // amount <= balance; head < tail <= 2^64 - 1; paid < maxClaims <= 32.
                balance -= amount;
                ++head;
                ++paid;
            }
            delete queue[head - 1];
            c.status = ClaimStatus.Paid;
            p.head = head;
            p.paid += amount;
            p.owed -= amount;
            address provider = c.provider;
            emit ClaimPaid(claimId, insurer, provider, amount);
            _token.safeTransfer(provider, amount);
        }
    }

    /// @inheritdoc IClaims
    function createPlan(
        PlanTerms calldata terms,
        bytes32[] calldata codes,
        uint64[] calldata tariffs
    ) external returns (uint64 planId) {
        if (!_registry.isActive(msg.sender, IRegistry.Role.Insurer)) revert ClaimsNotActiveInsurer(msg.sender);
        uint32 categories = terms.consentCategories;
        if (
            terms.copayBps > _MAX_COPAY_BPS ||
            categories & (uint32(1) << _CATEGORY_INSURANCE) == 0 ||
            categories >> _CATEGORY_COUNT != 0 ||
            terms.annualLimit == 0
        ) revert ClaimsInvalidPlanTerms(terms);
        planId = _planCount + 1;
        _planCount = planId;
        _plans[planId] = StoredPlan({
            insurer: msg.sender,
            open: true,
            copayBps: terms.copayBps,
            consentCategories: categories,
            deductible: terms.deductible,
            annualLimit: terms.annualLimit,
            reviewThreshold: terms.reviewThreshold
        });
        emit PlanCreated(planId, msg.sender, terms);
        _setTariffs(planId, codes, tariffs);
    }

    /// @inheritdoc IClaims
    function setTariffs(uint64 planId, bytes32[] calldata codes, uint64[] calldata tariffs) external {
        _onlyPlanInsurer(planId);
        if (!_registry.isActive(msg.sender, IRegistry.Role.Insurer)) revert ClaimsNotActiveInsurer(msg.sender);
        _setTariffs(planId, codes, tariffs);
    }

    /// @inheritdoc IClaims
    function closePlan(uint64 planId) external {
        StoredPlan storage pl = _onlyPlanInsurer(planId);
        if (!pl.open) revert ClaimsPlanClosed(planId);
        pl.open = false;
        emit PlanClosed(planId);
    }

    /// @inheritdoc IClaims
    function enrol(
        uint64 planId,
        address patient,
        bytes32 memberRef,
        uint64 validFrom,
        uint64 validUntil
    ) external returns (uint64 policyId) {
        StoredPlan storage pl = _onlyPlanInsurer(planId);
        if (!_registry.isActive(msg.sender, IRegistry.Role.Insurer)) revert ClaimsNotActiveInsurer(msg.sender);
        if (!pl.open) revert ClaimsPlanClosed(planId);
        if (patient == address(0)) revert ClaimsZeroAddress();
        if (validFrom >= validUntil || validUntil <= block.timestamp || validUntil > type(uint40).max) {
            revert ClaimsInvalidValidity(validFrom, validUntil);
        }
        policyId = _policyCount + 1;
        _policyCount = policyId;
        // The casts cannot truncate: validFrom < validUntil <= type(uint40).max.
        _policies[policyId] = StoredPolicy({
            patient: patient,
            planId: planId,
            validFrom: uint40(validFrom),
            validUntil: uint40(validUntil),
            memberRef: memberRef
        });
        emit PolicyIssued(policyId, planId, patient, memberRef, validFrom, validUntil);
    }

    /// @inheritdoc IClaims
    function terminatePolicy(uint64 policyId) external {
        StoredPolicy storage pol = _existingPolicy(policyId);
        _onlyPlanInsurer(pol.planId);
        uint40 validUntil = pol.validUntil;
        if (validUntil <= block.timestamp) revert ClaimsPolicyEnded(policyId, validUntil);
        // Cannot truncate: block.timestamp < validUntil <= type(uint40).max.
        // A policy terminated before it began keeps validFrom > validUntil: it never covers.
        pol.validUntil = uint40(block.timestamp);
        emit PolicyTerminated(policyId, uint64(block.timestamp));
    }

    /// @inheritdoc IClaims
    function deposit(uint256 amount) external nonReentrant {
        _deposit(amount);
    }

    /// @inheritdoc IClaims
    function depositWithPermit(
        uint256 amount,
        uint256 deadline,
        uint8 v,
        bytes32 r,
        bytes32 s
    ) external nonReentrant {
        // A failed permit is ignored: if it was front-run, the allowance is there and the
        // deposit goes through; if not, transferFrom reverts with the token's allowance error.
        try IERC20Permit(address(_token)).permit(msg.sender, address(this), amount, deadline, v, r, s) {} catch {}
        _deposit(amount);
    }

    /// @inheritdoc IClaims
    function withdraw(uint256 amount) external nonReentrant {
        if (amount == 0) revert ClaimsZeroAmount();
        StoredPool storage p = _pools[msg.sender];
        uint256 available = ClaimsMath.left(_balance(p), p.owed);
        if (amount > available) revert ClaimsInsufficientPool(amount, available);
        // Cannot truncate: amount <= available < 2^96.
        p.withdrawn += uint96(amount);
        emit PoolWithdrawn(msg.sender, amount);
        _token.safeTransfer(msg.sender, amount);
    }

    /// @inheritdoc IClaims
    function registry() external view returns (address) {
        return address(_registry);
    }

    /// @inheritdoc IClaims
    function accessGrants() external view returns (address) {
        return address(_grants);
    }

    /// @inheritdoc IClaims
    function token() external view returns (address) {
        return address(_token);
    }

    /// @inheritdoc IClaims
    function planCount() external view returns (uint64) {
        return _planCount;
    }

    /// @inheritdoc IClaims
    function plan(uint64 planId) external view returns (Plan memory) {
        StoredPlan storage pl = _plans[planId];
        return
            Plan({
                insurer: pl.insurer,
                open: pl.open,
                terms: PlanTerms({
                    copayBps: pl.copayBps,
                    consentCategories: pl.consentCategories,
                    deductible: pl.deductible,
                    annualLimit: pl.annualLimit,
                    reviewThreshold: pl.reviewThreshold
                })
            });
    }

    /// @inheritdoc IClaims
    function tariff(uint64 planId, bytes32 code) external view returns (uint64) {
        return _tariffs[planId][code];
    }

    /// @inheritdoc IClaims
    function policyCount() external view returns (uint64) {
        return _policyCount;
    }

    /// @inheritdoc IClaims
    function policy(uint64 policyId) external view returns (Policy memory) {
        StoredPolicy storage pol = _policies[policyId];
        return Policy(pol.patient, pol.planId, pol.memberRef, pol.validFrom, pol.validUntil);
    }

    /// @inheritdoc IClaims
    function benefitYearOf(uint64 policyId, uint64 serviceDate) external view returns (uint32) {
        return _benefitYear(_existingPolicy(policyId), serviceDate);
    }

    /// @inheritdoc IClaims
    function usage(uint64 policyId, uint32 year) external view returns (Usage memory) {
        return _usage[policyId][year];
    }

    /// @inheritdoc IClaims
    function pool(address insurer) external view returns (Pool memory out) {
        StoredPool storage p = _pools[insurer];
        out.deposited = p.deposited;
        out.withdrawn = p.withdrawn;
        out.paid = p.paid;
        out.owed = p.owed;
        uint256 balance = _balance(p);
        // Cannot truncate: balance <= deposited < 2^96.
        out.balance = uint96(balance);
        out.available = uint96(ClaimsMath.left(balance, p.owed));
        out.queued = p.tail - p.head;
    }

    /// @inheritdoc IClaims
    function claim(bytes32 claimId) external view returns (Claim memory out) {
        StoredClaim storage c = _claims[claimId];
        if (c.status == ClaimStatus.None) return out;
        StoredPolicy storage pol = _policies[c.policyId];
        out.provider = c.provider;
        out.patient = pol.patient;
        out.insurer = _plans[pol.planId].insurer;
        out.policyId = c.policyId;
        out.serviceDate = c.serviceDate;
        out.status = c.status;
        out.appealed = c.appealed;
        out.lineCount = c.lineCount;
        out.reasons = c.reasons;
        out.allowed = c.allowed;
        out.payout = c.payout;
    }

    /// @inheritdoc IClaims
    function claimLines(bytes32 claimId) external view returns (LineOutcome[] memory out) {
        StoredClaim storage c = _claims[claimId];
        if (c.reasons & ~REASON_UNDERFUNDED == 0) return out;
        uint256 lineCount = c.lineCount;
        out = new LineOutcome[](lineCount);
        mapping(uint256 => StoredLine) storage stored = _lines[claimId];
        for (uint256 i = 0; i < lineCount; ++i) {
            StoredLine storage l = stored[i];
            out[i] = LineOutcome(l.code, l.quantity, l.unitAmount, l.allowed, l.reason);
        }
    }

    /// @inheritdoc IClaims
    function claimIdOf(address provider, bytes32 claimKey) external pure returns (bytes32) {
        return _claimId(provider, claimKey);
    }

    /// @inheritdoc IClaims
    function queuedClaimAt(address insurer, uint64 position) external view returns (bytes32) {
        return _queues[insurer][position];
    }

    /// @inheritdoc IClaims
    function queueBounds(address insurer) external view returns (uint64 head, uint64 tail) {
        StoredPool storage p = _pools[insurer];
        return (p.head, p.tail);
    }

    /// @dev Decides the amount of claim `c` from `approved`, commits the benefit year's usage,
    /// then pays the provider when the queue is empty and the pool covers it, else queues it.
    function _decide(
        bytes32 claimId,
        StoredClaim storage c,
        address insurer,
        uint256 approved
    ) private returns (ClaimStatus) {
        uint96 amount = _decideAmount(claimId, c, approved);
        StoredPool storage p = _pools[insurer];
        if (amount == 0 || (p.head == p.tail && amount <= _balance(p))) {
            c.status = ClaimStatus.Paid;
            address provider = c.provider;
            emit ClaimPaid(claimId, insurer, provider, amount);
            if (amount != 0) {
                p.paid += amount;
                _token.safeTransfer(provider, amount);
            }
            return ClaimStatus.Paid;
        }
        c.status = ClaimStatus.AwaitingFunds;
        c.reasons |= REASON_UNDERFUNDED;
        uint64 position = p.tail;
        _queues[insurer][position] = claimId;
        p.tail = position + 1;
        p.owed += amount;
        emit ClaimQueued(claimId, insurer, amount, position);
        return ClaimStatus.AwaitingFunds;
    }

    /// @dev Applies deductible, co-pay and annual limit of the claim's benefit year to
    /// `approved`, commits the usage, records and returns the payout.
    function _decideAmount(bytes32 claimId, StoredClaim storage c, uint256 approved) private returns (uint96) {
        uint64 policyId = c.policyId;
        StoredPolicy storage pol = _policies[policyId];
        StoredPlan storage pl = _plans[pol.planId];
        uint32 year = _benefitYear(pol, c.serviceDate);
        Usage storage u = _usage[policyId][year];
        Usage memory before = u;
        Decision memory d = ClaimsMath.decide(
            approved,
            ClaimsMath.left(pl.deductible, before.deductibleMet),
            pl.copayBps,
            ClaimsMath.left(pl.annualLimit, before.benefitsUsed)
        );
        // Cannot overflow: the sums stay at most the plan's deductible and limit (< 2^64), or
        // at what they were.
        u.deductibleMet = before.deductibleMet + d.deductible;
        u.benefitsUsed = before.benefitsUsed + d.payout;
        c.payout = d.payout;
        emit ClaimDecided(claimId, policyId, year, d);
        return d.payout;
    }

    /// @dev Emits `ClaimSubmitted` (a function of its own to keep `submitClaim`'s stack small).
    function _emitSubmitted(
        bytes32 claimId,
        address insurer,
        Submission calldata submission,
        LineOutcome[] memory lines
    ) private {
        emit ClaimSubmitted(
            claimId,
            msg.sender,
            submission.patient,
            insurer,
            submission.policyId,
            submission.claimKey,
            submission.serviceDate,
            lines,
            submission.evidence
        );
    }

    /// @dev Credits `amount` from the caller to its pool, then pulls the tokens.
    function _deposit(uint256 amount) private {
        if (amount == 0) revert ClaimsZeroAmount();
        if (_registry.roleOf(msg.sender) != IRegistry.Role.Insurer) revert ClaimsNotInsurer(msg.sender);
        StoredPool storage p = _pools[msg.sender];
        p.deposited = SafeCast.toUint96(p.deposited + amount);
        emit PoolDeposited(msg.sender, amount);
        _token.safeTransferFrom(msg.sender, address(this), amount);
    }

    /// @dev Stores tariffs of plan `planId` and emits `TariffsSet`.
    function _setTariffs(uint64 planId, bytes32[] calldata codes, uint64[] calldata tariffs) private {
        uint256 n = codes.length;
        if (n != tariffs.length || n > MAX_TARIFFS) revert ClaimsInvalidTariffs(n, tariffs.length);
        mapping(bytes32 => uint64) storage planTariffs = _tariffs[planId];
        for (uint256 i = 0; i < n; ++i) {
            planTariffs[codes[i]] = tariffs[i];
        }
        emit TariffsSet(planId, codes, tariffs);
    }

    /// @dev Adjudicates the lines of a submission against the tariffs of plan `planId`.
    function _adjudicate(
        uint64 planId,
        Line[] calldata lines
    ) private view returns (LineOutcome[] memory out, uint256 total, bool refused) {
        mapping(bytes32 => uint64) storage planTariffs = _tariffs[planId];
        uint256 n = lines.length;
        out = new LineOutcome[](n);
        for (uint256 i = 0; i < n; ++i) {
            Line calldata line = lines[i];
            uint16 quantity = line.quantity;
            uint64 unitAmount = line.unitAmount;
            if (quantity == 0 || unitAmount == 0) revert ClaimsInvalidLine(i);
            uint64 cap = planTariffs[line.code];
            uint64 unit = unitAmount;
            LineReason reason = LineReason.None;
            if (cap == 0) {
                reason = LineReason.NotCovered;
                unit = 0;
            } else if (unitAmount > cap) {
                reason = LineReason.AboveTariff;
                unit = cap;
            }
            if (reason != LineReason.None) refused = true;
            // Cannot truncate: a uint64 times a uint16 is below 2^80.
            uint96 allowed = uint96(uint256(unit) * quantity);
            total += allowed;
            out[i] = LineOutcome(line.code, quantity, unitAmount, allowed, reason);
        }
    }

    /// @dev Reverts unless there are at most `MAX_EVIDENCE` valid CIDs.
    function _checkEvidence(bytes[] calldata evidence) private pure {
        uint256 n = evidence.length;
        if (n > MAX_EVIDENCE) revert ClaimsTooMuchEvidence(n);
        for (uint256 i = 0; i < n; ++i) {
            bytes calldata cid = evidence[i];
            if (cid.length < _MIN_CID_LENGTH || cid.length > _MAX_CID_LENGTH || cid[0] != 0x01) {
                revert ClaimsInvalidCid(cid);
            }
        }
    }

    /// @dev Plan `planId`, which must exist and be the caller's.
    function _onlyPlanInsurer(uint64 planId) private view returns (StoredPlan storage pl) {
        pl = _plans[planId];
        address insurer = pl.insurer;
        if (insurer == address(0)) revert ClaimsUnknownPlan(planId);
        if (insurer != msg.sender) revert ClaimsNotPlanInsurer(planId, msg.sender);
    }

    /// @dev Insurer of claim `c`, which must be the caller.
    function _onlyClaimInsurer(StoredClaim storage c) private view returns (address insurer) {
        uint64 planId = _policies[c.policyId].planId;
        insurer = _plans[planId].insurer;
        if (insurer != msg.sender) revert ClaimsNotPlanInsurer(planId, msg.sender);
    }

    /// @dev Reverts unless claim `c` waits for a review decision.
    function _requireWaiting(bytes32 claimId, StoredClaim storage c) private view {
        ClaimStatus status = c.status;
        if (status != ClaimStatus.Pending && status != ClaimStatus.Appealed) revert ClaimsInvalidStatus(claimId, status);
    }

    /// @dev Whether `insurer` holds payment consent of `patient` for every category in `categories`.
    function _hasConsent(address patient, address insurer, uint32 categories) private view returns (bool) {
        for (uint8 category = 0; category < _CATEGORY_COUNT; ++category) {
            if (
                categories & (uint32(1) << category) != 0 &&
                !_grants.hasAccess(patient, insurer, category, IAccessGrants.Purpose.Payment)
            ) return false;
        }
        return true;
    }

    /// @dev Claim `claimId`, which must exist.
    function _existingClaim(bytes32 claimId) private view returns (StoredClaim storage c) {
        c = _claims[claimId];
        if (c.status == ClaimStatus.None) revert ClaimsUnknownClaim(claimId);
    }

    /// @dev Policy `policyId`, which must exist.
    function _existingPolicy(uint64 policyId) private view returns (StoredPolicy storage pol) {
        pol = _policies[policyId];
        if (pol.patient == address(0)) revert ClaimsUnknownPolicy(policyId);
    }

    /// @dev Pool balance: deposited - withdrawn - paid (never negative: payments and withdrawals
    /// are bounded by it).
    function _balance(StoredPool storage p) private view returns (uint256) {
        return uint256(p.deposited) - p.withdrawn - p.paid;
    }

    /// @dev Benefit year of `serviceDate` under `pol`; a date before the policy start (a claim
    /// approved despite `REASON_POLICY_INACTIVE`) counts in year 0.
    function _benefitYear(StoredPolicy storage pol, uint64 serviceDate) private view returns (uint32) {
        uint64 validFrom = pol.validFrom;
        if (serviceDate <= validFrom) return 0;
        // Cannot truncate: dates are below 2^40 seconds, fewer than 2^32 years.
        return uint32((serviceDate - validFrom) / BENEFIT_YEAR);
    }

    /// @dev Id of the claim `provider` submits with `claimKey`.
    function _claimId(address provider, bytes32 claimKey) private pure returns (bytes32) {
        return keccak256(abi.encode(provider, claimKey));
    }
}
