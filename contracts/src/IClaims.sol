// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Salus insurance claims interface
/// @notice Types, errors, events and external functions of Claims: insurer plans, member
/// policies, one funded pool per insurer, and claims that are adjudicated and paid in the
/// transaction that submits them when they are inside the rules, or wait for the insurer.
/// Money is in settlement-token minor units (6 decimals).
///
/// Plans. An active insurer publishes a plan: the covered service codes with a maximum tariff
/// per unit (a code with tariff 0 is not covered), a co-pay in basis points, a deductible and an
/// annual limit per member, a review threshold, and the consent categories it needs. The terms
/// are fixed for the life of the plan; tariffs can be changed (they apply to claims adjudicated
/// afterwards). A closed plan enrols nobody new; its policies run on.
///
/// Policies. The plan's insurer enrols a patient with a member reference (a hash, never personal
/// data) for a validity period [validFrom, validUntil], inclusive. Benefit years of a policy are
/// consecutive periods of `BENEFIT_YEAR` seconds from `validFrom`; year k covers
/// [validFrom + k * BENEFIT_YEAR, validFrom + (k+1) * BENEFIT_YEAR). The deductible and the annual
/// limit are counted per policy and benefit year of the service date (not of the submission):
/// a claim for last year's service counts against last year.
///
/// Pool. Each insurer escrows settlement tokens here (`deposit`, or `depositWithPermit`). The pool
/// keeps `deposited`, `withdrawn` and `paid`; its balance is deposited - withdrawn - paid, so
/// balance + paid == deposited - withdrawn always. `owed` is what decided claims still wait for
/// (claims in the funding queue); only balance - owed can be withdrawn.
///
/// Claims. An active provider submits a claim for a patient under a policy: service date, 1 to
/// `MAX_LINES` lines (code, quantity, unit amount), up to `MAX_EVIDENCE` evidence CIDs, and a
/// claim key of its own (an invoice reference hash). The claim id is
/// `keccak256(abi.encode(provider, claimKey))`, so the same provider cannot submit the same key
/// twice and nobody can block another provider's keys. Adjudication, in the same transaction:
///  - the policy must be valid on the service date (else reason `REASON_POLICY_INACTIVE`);
///  - the patient must have granted the insurer every category of the plan's
///    `consentCategories` for purpose Payment in AccessGrants (else `REASON_NO_CONSENT`);
///  - each line's code must be covered (else line reason `NotCovered`) and its unit amount at
///    most the tariff (else `AboveTariff`). Every line's allowed amount is
///    min(unitAmount, tariff) * quantity, so no line is ever paid above its tariff; a line that is
///    not covered is allowed 0. Any line reason adds `REASON_LINE_REFUSED`;
///  - the allowed total must not exceed the plan's review threshold (else
///    `REASON_ABOVE_REVIEW_THRESHOLD`; a total equal to the threshold passes).
/// With no reason the claim is decided at once: of the allowed total, first the rest of the
/// benefit year's deductible is the patient's; of the remainder the insurer pays
/// floor(remainder * (10000 - copayBps) / 10000) (its share is rounded down, never in favour of
/// the payee); that is then capped by what is left of the annual limit. The deductible and limit
/// usage are committed at decision time. The payable amount moves from the pool to the provider
/// at once when the funding queue is empty and the pool balance covers it; otherwise the claim
/// joins the insurer's funding queue (`REASON_UNDERFUNDED`, status AwaitingFunds) and is paid by
/// `settle`, which anyone may call, strictly in queue order. A decision of 0 (deductible or limit
/// exhausted) settles the claim as Paid with no transfer.
///
/// Review. A claim with a reason waits (Pending) with its lines stored. The insurer approves it
/// fully (every line at its allowed amount) or partly (an amount per line, each at most the line's
/// allowed amount), then it is decided and paid or queued as above; or denies it with a reason
/// code. The provider may appeal a denial once (Appealed); the insurer then approves or denies
/// again, finally. A partial approval is final and paid once: each claim is paid at most once.
///
/// Everyone, the regulator included, reads everything: every view is public and every change
/// is an event. Lines and evidence of every claim are in `ClaimSubmitted`; lines are also stored
/// (and `claimLines` returns them) for claims that wait for review.
interface IClaims {
    /// @notice Stored status of a claim. Numeric values are part of the API; never reorder.
    enum ClaimStatus {
        None,
        Pending,
        AwaitingFunds,
        Paid,
        Denied,
        Appealed
    }

    /// @notice Why a line did not pass adjudication. Numeric values are part of the API.
    enum LineReason {
        None,
        NotCovered,
        AboveTariff
    }

    /// @notice Terms of a plan, fixed at creation.
    /// @param copayBps Patient's share after the deductible, in basis points, at most 10000.
    /// @param consentCategories AccessGrants category bitmask the insurer must hold for purpose
    /// Payment; must include insurance (bit 7) and only defined categories (bits 0..8).
    /// @param deductible Patient-paid amount per policy and benefit year before the plan pays.
    /// @param annualLimit Most the plan pays per policy and benefit year; not zero.
    /// @param reviewThreshold Claims whose allowed total is above it wait for review.
    struct PlanTerms {
        uint16 copayBps;
        uint32 consentCategories;
        uint64 deductible;
        uint64 annualLimit;
        uint64 reviewThreshold;
    }

    /// @notice A plan as `plan` returns it.
    /// @param insurer The insurer that published it.
    /// @param open Whether it still enrols members.
    /// @param terms Its terms.
    struct Plan {
        address insurer;
        bool open;
        PlanTerms terms;
    }

    /// @notice A member policy.
    /// @param patient The insured patient.
    /// @param planId The plan.
    /// @param memberRef Insurer's member reference (a hash, no personal data).
    /// @param validFrom First timestamp of coverage (inclusive); start of benefit year 0.
    /// @param validUntil Last timestamp of coverage (inclusive).
    struct Policy {
        address patient;
        uint64 planId;
        bytes32 memberRef;
        uint64 validFrom;
        uint64 validUntil;
    }

    /// @notice One line of a claim as submitted.
    /// @param code Service code (e.g. ASCII "CPT:99213" left-aligned, or a hash of a code).
    /// @param quantity Units delivered, at least 1.
    /// @param unitAmount Amount billed per unit, not zero.
    struct Line {
        bytes32 code;
        uint16 quantity;
        uint64 unitAmount;
    }

    /// @notice What a provider submits.
    /// @param patient The patient; the policy's patient.
    /// @param policyId The patient's policy.
    /// @param serviceDate When the services were delivered; not after the current block.
    /// @param claimKey Provider's unique key of the claim (e.g. hash of its invoice number); not 0.
    /// @param lines 1 to `MAX_LINES` lines.
    /// @param evidence Up to `MAX_EVIDENCE` binary CIDv1 of the encrypted evidence records.
    struct Submission {
        address patient;
        uint64 policyId;
        uint64 serviceDate;
        bytes32 claimKey;
        Line[] lines;
        bytes[] evidence;
    }

    /// @notice A line with its adjudication.
    /// @param code As submitted.
    /// @param quantity As submitted.
    /// @param unitAmount As submitted.
    /// @param allowed min(unitAmount, tariff) * quantity; 0 when not covered.
    /// @param reason Why the line did not pass, `None` when it did.
    struct LineOutcome {
        bytes32 code;
        uint16 quantity;
        uint64 unitAmount;
        uint96 allowed;
        LineReason reason;
    }

    /// @notice A claim as `claim` returns it.
    /// @param provider The submitting provider.
    /// @param patient The patient.
    /// @param insurer The plan's insurer.
    /// @param policyId The policy.
    /// @param serviceDate As submitted.
    /// @param status Current status.
    /// @param appealed Whether the provider has appealed (it can only once).
    /// @param lineCount Number of lines.
    /// @param reasons Bitmask of `REASON_*` found at submission (0 when settled automatically).
    /// @param allowed Allowed total at submission.
    /// @param payout Amount decided for the provider (AwaitingFunds: owed; Paid: paid); 0 before
    /// a decision.
    struct Claim {
        address provider;
        address patient;
        address insurer;
        uint64 policyId;
        uint64 serviceDate;
        ClaimStatus status;
        bool appealed;
        uint8 lineCount;
        uint16 reasons;
        uint96 allowed;
        uint96 payout;
    }

    /// @notice How a decided amount was reached; emitted with every decision.
    /// @param approved Amount the decision starts from: the allowed total (automatic or full
    /// approval) or the approved total (partial approval).
    /// @param deductible Part taken by the benefit year's deductible (patient pays).
    /// @param copay Patient's co-pay on the rest (rounded up: the insurer's share is rounded down).
    /// @param overLimit Part above what was left of the annual limit (patient pays).
    /// @param payout What the insurer pays the provider: approved - deductible - copay - overLimit.
    struct Decision {
        uint96 approved;
        uint96 deductible;
        uint96 copay;
        uint96 overLimit;
        uint96 payout;
    }

    /// @notice An insurer's pool as `pool` returns it.
    /// @param deposited Total ever deposited.
    /// @param withdrawn Total ever withdrawn.
    /// @param paid Total ever paid to providers.
    /// @param owed Total of decided claims waiting in the funding queue.
    /// @param balance Tokens held for the insurer: deposited - withdrawn - paid.
    /// @param available What the insurer may withdraw: balance - owed, or 0.
    /// @param queued Number of claims in the funding queue.
    struct Pool {
        uint96 deposited;
        uint96 withdrawn;
        uint96 paid;
        uint96 owed;
        uint96 balance;
        uint96 available;
        uint64 queued;
    }

    /// @notice Deductible and limit usage of one policy in one benefit year.
    /// @param deductibleMet Deductible taken so far.
    /// @param benefitsUsed Amount the plan decided to pay so far (paid or queued).
    struct Usage {
        uint96 deductibleMet;
        uint96 benefitsUsed;
    }

    /// @notice `insurer` published plan `planId`.
    /// @param planId The new plan (from 1).
    /// @param insurer The insurer.
    /// @param terms Its terms.
    event PlanCreated(uint64 indexed planId, address indexed insurer, PlanTerms terms);

    /// @notice Tariffs of plan `planId` were set; a tariff of 0 removes the code.
    /// @param planId The plan.
    /// @param codes Service codes.
    /// @param tariffs Maximum amount per unit of each code.
    event TariffsSet(uint64 indexed planId, bytes32[] codes, uint64[] tariffs);

    /// @notice Plan `planId` was closed to new members.
    /// @param planId The plan.
    event PlanClosed(uint64 indexed planId);

    /// @notice `patient` was enrolled in plan `planId`.
    /// @param policyId The new policy (from 1).
    /// @param planId The plan.
    /// @param patient The patient.
    /// @param memberRef Insurer's member reference.
    /// @param validFrom First timestamp of coverage.
    /// @param validUntil Last timestamp of coverage.
    event PolicyIssued(
        uint64 indexed policyId,
        uint64 indexed planId,
        address indexed patient,
        bytes32 memberRef,
        uint64 validFrom,
        uint64 validUntil
    );

    /// @notice Policy `policyId` was ended by its insurer; services after `validUntil` are not
    /// covered.
    /// @param policyId The policy.
    /// @param validUntil New last timestamp of coverage.
    event PolicyTerminated(uint64 indexed policyId, uint64 validUntil);

    /// @notice `insurer` deposited `amount` into its pool.
    /// @param insurer The insurer.
    /// @param amount Minor units deposited.
    event PoolDeposited(address indexed insurer, uint256 amount);

    /// @notice `insurer` withdrew `amount` from its pool.
    /// @param insurer The insurer.
    /// @param amount Minor units withdrawn.
    event PoolWithdrawn(address indexed insurer, uint256 amount);

    /// @notice A claim was submitted and its lines adjudicated.
    /// @param claimId keccak256(abi.encode(provider, claimKey)).
    /// @param provider The submitting provider.
    /// @param patient The patient.
    /// @param insurer The plan's insurer.
    /// @param policyId The policy.
    /// @param claimKey Provider's key of the claim.
    /// @param serviceDate When the services were delivered.
    /// @param lines The lines with their outcome.
    /// @param evidence CIDs of the evidence records.
    event ClaimSubmitted(
        bytes32 indexed claimId,
        address indexed provider,
        address indexed patient,
        address insurer,
        uint64 policyId,
        bytes32 claimKey,
        uint64 serviceDate,
        LineOutcome[] lines,
        bytes[] evidence
    );

    /// @notice A claim waits for the insurer's review.
    /// @param claimId The claim.
    /// @param reasons Bitmask of `REASON_*` (line reasons are in `ClaimSubmitted`).
    event ClaimPended(bytes32 indexed claimId, uint16 reasons);

    /// @notice The insurer approved a waiting claim (before `ClaimDecided`).
    /// @param claimId The claim.
    /// @param insurer The approving insurer.
    /// @param amounts Approved amount per line.
    /// @param isPartial Whether some line was approved below its allowed amount.
    event ClaimApproved(bytes32 indexed claimId, address indexed insurer, uint96[] amounts, bool isPartial);

    /// @notice The amount of a claim was decided (automatically or after approval).
    /// @param claimId The claim.
    /// @param policyId The policy.
    /// @param benefitYear The benefit year of the service date.
    /// @param decision How the payable amount was reached.
    event ClaimDecided(bytes32 indexed claimId, uint64 indexed policyId, uint32 benefitYear, Decision decision);

    /// @notice A decided claim joined the insurer's funding queue: the pool did not cover it.
    /// @param claimId The claim.
    /// @param insurer The insurer.
    /// @param amount The amount owed.
    /// @param position Its position in the queue (all positions ever; the head advances).
    event ClaimQueued(bytes32 indexed claimId, address indexed insurer, uint96 amount, uint64 position);

    /// @notice A claim was paid from the insurer's pool (`amount` may be 0).
    /// @param claimId The claim.
    /// @param insurer The paying insurer.
    /// @param provider The receiving provider.
    /// @param amount Minor units transferred.
    event ClaimPaid(bytes32 indexed claimId, address indexed insurer, address indexed provider, uint96 amount);

    /// @notice The insurer denied a claim.
    /// @param claimId The claim.
    /// @param insurer The insurer.
    /// @param reasonCode Insurer's reason code.
    /// @param isFinal Whether the denial ends the claim (it was on appeal).
    event ClaimDenied(bytes32 indexed claimId, address indexed insurer, bytes32 reasonCode, bool isFinal);

    /// @notice The provider appealed a denial.
    /// @param claimId The claim.
    /// @param provider The provider.
    /// @param reasonCode Provider's reason code.
    /// @param evidence CIDs of additional evidence records.
    event ClaimAppealed(bytes32 indexed claimId, address indexed provider, bytes32 reasonCode, bytes[] evidence);

    /// @notice An address argument is the zero address.
    error ClaimsZeroAddress();

    /// @notice `caller` is not an active insurer in the Registry.
    /// @param caller The rejected caller.
    error ClaimsNotActiveInsurer(address caller);

    /// @notice `caller` is not licensed as an insurer (in any state).
    /// @param caller The rejected caller.
    error ClaimsNotInsurer(address caller);

    /// @notice `caller` is not an active provider in the Registry.
    /// @param caller The rejected caller.
    error ClaimsNotActiveProvider(address caller);

    /// @notice `caller` is not the insurer of plan `planId`.
    /// @param planId The plan.
    /// @param caller The rejected caller.
    error ClaimsNotPlanInsurer(uint64 planId, address caller);

    /// @notice `caller` is not the provider of the claim.
    /// @param claimId The claim.
    /// @param caller The rejected caller.
    error ClaimsNotClaimProvider(bytes32 claimId, address caller);

    /// @notice The plan terms are invalid (co-pay above 10000, consent categories without
    /// insurance or with undefined bits, zero annual limit).
    /// @param terms The rejected terms.
    error ClaimsInvalidPlanTerms(PlanTerms terms);

    /// @notice Code and tariff arrays differ in length or hold more than `MAX_TARIFFS` entries.
    /// @param codes Number of codes.
    /// @param tariffs Number of tariffs.
    error ClaimsInvalidTariffs(uint256 codes, uint256 tariffs);

    /// @notice No plan `planId`.
    /// @param planId The plan.
    error ClaimsUnknownPlan(uint64 planId);

    /// @notice Plan `planId` is closed to new members.
    /// @param planId The plan.
    error ClaimsPlanClosed(uint64 planId);

    /// @notice The validity period is empty or over.
    /// @param validFrom Rejected start.
    /// @param validUntil Rejected end.
    error ClaimsInvalidValidity(uint64 validFrom, uint64 validUntil);

    /// @notice No policy `policyId`.
    /// @param policyId The policy.
    error ClaimsUnknownPolicy(uint64 policyId);

    /// @notice Policy `policyId` has ended already.
    /// @param policyId The policy.
    /// @param validUntil Its end.
    error ClaimsPolicyEnded(uint64 policyId, uint64 validUntil);

    /// @notice The claim's patient is not the policy's patient.
    /// @param policyId The policy.
    /// @param patient The claimed patient.
    error ClaimsPatientMismatch(uint64 policyId, address patient);

    /// @notice The service date is after the current block.
    /// @param serviceDate The rejected date.
    error ClaimsServiceDateInFuture(uint64 serviceDate);

    /// @notice The claim key is zero.
    error ClaimsInvalidClaimKey();

    /// @notice The provider submitted this claim key already.
    /// @param claimId The existing claim.
    error ClaimsDuplicateClaim(bytes32 claimId);

    /// @notice A claim needs 1 to `MAX_LINES` lines.
    /// @param count The rejected number of lines.
    error ClaimsInvalidLineCount(uint256 count);

    /// @notice Line `index` has a zero quantity or a zero unit amount.
    /// @param index The line.
    error ClaimsInvalidLine(uint256 index);

    /// @notice More than `MAX_EVIDENCE` evidence CIDs.
    /// @param count The rejected number.
    error ClaimsTooMuchEvidence(uint256 count);

    /// @notice A CID is not a binary CIDv1 of 4 to 128 bytes.
    /// @param cid The rejected CID.
    error ClaimsInvalidCid(bytes cid);

    /// @notice No claim `claimId`.
    /// @param claimId The claim.
    error ClaimsUnknownClaim(bytes32 claimId);

    /// @notice The claim's status does not allow the operation.
    /// @param claimId The claim.
    /// @param status Its status.
    error ClaimsInvalidStatus(bytes32 claimId, ClaimStatus status);

    /// @notice The claim was appealed already.
    /// @param claimId The claim.
    error ClaimsAlreadyAppealed(bytes32 claimId);

    /// @notice The number of approved amounts is neither 0 (full approval) nor the line count.
    /// @param claimId The claim.
    /// @param given Number of amounts given.
    /// @param lineCount Lines of the claim.
    error ClaimsApprovalLengthMismatch(bytes32 claimId, uint256 given, uint256 lineCount);

    /// @notice An approved amount exceeds the line's allowed amount.
    /// @param claimId The claim.
    /// @param index The line.
    /// @param amount The approved amount.
    /// @param allowed The line's allowed amount.
    error ClaimsAboveAllowed(bytes32 claimId, uint256 index, uint96 amount, uint96 allowed);

    /// @notice The approval is zero in total; deny the claim instead.
    /// @param claimId The claim.
    error ClaimsNothingApproved(bytes32 claimId);

    /// @notice A deposit or withdrawal of zero.
    error ClaimsZeroAmount();

    /// @notice The withdrawal exceeds the pool's uncommitted balance.
    /// @param amount The requested amount.
    /// @param available What may be withdrawn.
    error ClaimsInsufficientPool(uint256 amount, uint256 available);

    /// @notice Submits and adjudicates a claim; pays it at once when it is inside the rules and
    /// funded. Active providers only.
    /// @param submission The claim.
    /// @return claimId keccak256(abi.encode(msg.sender, submission.claimKey)).
    /// @return status Paid, AwaitingFunds or Pending.
    function submitClaim(Submission calldata submission) external returns (bytes32 claimId, ClaimStatus status);

    /// @notice Approves a waiting (Pending or Appealed) claim, fully or partly; it is then decided
    /// and paid or queued. The plan's insurer only.
    /// @param claimId The claim.
    /// @param amounts Empty for a full approval, else one amount per line, each at most the
    /// line's allowed amount and not all zero.
    /// @return status Paid or AwaitingFunds.
    function approveClaim(bytes32 claimId, uint96[] calldata amounts) external returns (ClaimStatus status);

    /// @notice Denies a waiting (Pending or Appealed) claim. The plan's insurer only.
    /// @param claimId The claim.
    /// @param reasonCode Insurer's reason code.
    function denyClaim(bytes32 claimId, bytes32 reasonCode) external;

    /// @notice Appeals a denied claim, once. The claim's provider only.
    /// @param claimId The claim.
    /// @param reasonCode Provider's reason code.
    /// @param evidence Up to `MAX_EVIDENCE` CIDs of additional evidence.
    function appealClaim(bytes32 claimId, bytes32 reasonCode, bytes[] calldata evidence) external;

    /// @notice Pays claims from the head of `insurer`'s funding queue while the pool balance
    /// covers the next one; stops at the first it does not cover. Anyone may call it.
    /// @param insurer The insurer.
    /// @param maxClaims Most claims to pay in this call, capped at `MAX_SETTLE`.
    /// @return paid Number of claims paid.
    function settle(address insurer, uint256 maxClaims) external returns (uint256 paid);

    /// @notice Publishes a plan. Active insurers only.
    /// @param terms The plan's terms.
    /// @param codes Covered service codes, at most `MAX_TARIFFS`.
    /// @param tariffs Maximum amount per unit of each code (0: not covered).
    /// @return planId The new plan.
    function createPlan(
        PlanTerms calldata terms,
        bytes32[] calldata codes,
        uint64[] calldata tariffs
    ) external returns (uint64 planId);

    /// @notice Sets tariffs of a plan; 0 removes a code. The plan's insurer, active, only.
    /// @param planId The plan.
    /// @param codes Service codes, at most `MAX_TARIFFS`.
    /// @param tariffs Maximum amount per unit of each code.
    function setTariffs(uint64 planId, bytes32[] calldata codes, uint64[] calldata tariffs) external;

    /// @notice Closes a plan to new members. The plan's insurer only.
    /// @param planId An open plan.
    function closePlan(uint64 planId) external;

    /// @notice Enrols `patient` in an open plan. The plan's insurer, active, only.
    /// @param planId The plan.
    /// @param patient The patient; not zero.
    /// @param memberRef Member reference (a hash, no personal data).
    /// @param validFrom First timestamp of coverage; may be in the past.
    /// @param validUntil Last timestamp of coverage; after `validFrom` and the current block.
    /// @return policyId The new policy.
    function enrol(
        uint64 planId,
        address patient,
        bytes32 memberRef,
        uint64 validFrom,
        uint64 validUntil
    ) external returns (uint64 policyId);

    /// @notice Ends a policy now: services after the current block are not covered. The plan's
    /// insurer only.
    /// @param policyId A policy that has not ended.
    function terminatePolicy(uint64 policyId) external;

    /// @notice Deposits `amount` from the caller into its pool (needs an allowance). Licensed
    /// insurers (in any state) only.
    /// @param amount Minor units; not zero.
    function deposit(uint256 amount) external;

    /// @notice Deposits with an EIP-2612 permit of the caller for this contract. A permit that
    /// fails (e.g. used already by someone who front-ran it) is ignored when the allowance is
    /// there anyway.
    /// @param amount Minor units; not zero; the permit's value.
    /// @param deadline The permit's deadline.
    /// @param v Signature v.
    /// @param r Signature r.
    /// @param s Signature s.
    function depositWithPermit(uint256 amount, uint256 deadline, uint8 v, bytes32 r, bytes32 s) external;

    /// @notice Withdraws `amount` of the caller's pool to the caller; at most balance - owed.
    /// @param amount Minor units; not zero.
    function withdraw(uint256 amount) external;

    /// @notice Length of a benefit year in seconds: 365 days.
    /// @return The length.
    function BENEFIT_YEAR() external view returns (uint64);

    /// @notice Most lines per claim.
    /// @return 32.
    function MAX_LINES() external view returns (uint256);

    /// @notice Most evidence CIDs per claim or appeal.
    /// @return 8.
    function MAX_EVIDENCE() external view returns (uint256);

    /// @notice Most tariffs per `createPlan` or `setTariffs`.
    /// @return 64.
    function MAX_TARIFFS() external view returns (uint256);

    /// @notice Most claims per `settle`.
    /// @return 32.
    function MAX_SETTLE() external view returns (uint256);

    /// @notice Claim reason: the policy is not valid on the service date.
    /// @return 1.
    function REASON_POLICY_INACTIVE() external view returns (uint16);

    /// @notice Claim reason: the insurer lacks the patient's payment consent.
    /// @return 2.
    function REASON_NO_CONSENT() external view returns (uint16);

    /// @notice Claim reason: some line did not pass (see its `LineReason`).
    /// @return 4.
    function REASON_LINE_REFUSED() external view returns (uint16);

    /// @notice Claim reason: the allowed total is above the review threshold.
    /// @return 8.
    function REASON_ABOVE_REVIEW_THRESHOLD() external view returns (uint16);

    /// @notice Claim reason: decided, but the pool did not cover it (funding queue).
    /// @return 16.
    function REASON_UNDERFUNDED() external view returns (uint16);

    /// @notice The participant registry.
    /// @return Its address.
    function registry() external view returns (address);

    /// @notice The consent contract.
    /// @return Its address.
    function accessGrants() external view returns (address);

    /// @notice The settlement token escrowed in the pools.
    /// @return Its address.
    function token() external view returns (address);

    /// @notice Number of plans.
    /// @return The count; plan ids run from 1 to it.
    function planCount() external view returns (uint64);

    /// @notice Plan `planId`.
    /// @param planId The plan.
    /// @return The plan (zero when unknown).
    function plan(uint64 planId) external view returns (Plan memory);

    /// @notice Tariff of `code` in plan `planId`, 0 when not covered.
    /// @param planId The plan.
    /// @param code The service code.
    /// @return The maximum amount per unit.
    function tariff(uint64 planId, bytes32 code) external view returns (uint64);

    /// @notice Number of policies.
    /// @return The count; policy ids run from 1 to it.
    function policyCount() external view returns (uint64);

    /// @notice Policy `policyId`.
    /// @param policyId The policy.
    /// @return The policy (zero when unknown).
    function policy(uint64 policyId) external view returns (Policy memory);

    /// @notice Benefit year of `serviceDate` under policy `policyId`.
    /// @param policyId An existing policy.
    /// @param serviceDate A date not before the policy's `validFrom`.
    /// @return The year index from 0.
    function benefitYearOf(uint64 policyId, uint64 serviceDate) external view returns (uint32);

    /// @notice Deductible and limit usage of policy `policyId` in benefit year `year`.
    /// @param policyId The policy.
    /// @param year The benefit year.
    /// @return The usage.
    function usage(uint64 policyId, uint32 year) external view returns (Usage memory);

    /// @notice Pool of `insurer`.
    /// @param insurer The insurer.
    /// @return The pool.
    function pool(address insurer) external view returns (Pool memory);

    /// @notice Claim `claimId`.
    /// @param claimId The claim.
    /// @return The claim (zero when unknown).
    function claim(bytes32 claimId) external view returns (Claim memory);

    /// @notice Stored lines of a claim that waited for review (empty for claims settled at
    /// submission: their lines are in `ClaimSubmitted`).
    /// @param claimId The claim.
    /// @return The lines with their outcome.
    function claimLines(bytes32 claimId) external view returns (LineOutcome[] memory);

    /// @notice Id of the claim `provider` submits with `claimKey`.
    /// @param provider The provider.
    /// @param claimKey Its key.
    /// @return keccak256(abi.encode(provider, claimKey)).
    function claimIdOf(address provider, bytes32 claimKey) external pure returns (bytes32);

    /// @notice Claim at `position` of `insurer`'s funding queue (zero when none).
    /// @param insurer The insurer.
    /// @param position A position; the queue holds positions [head, tail).
    /// @return The claim id.
    function queuedClaimAt(address insurer, uint64 position) external view returns (bytes32);

    /// @notice First and next-free positions of `insurer`'s funding queue.
    /// @param insurer The insurer.
    /// @return head Position of the next claim to pay.
    /// @return tail Position the next queued claim gets.
    function queueBounds(address insurer) external view returns (uint64 head, uint64 tail);
}
