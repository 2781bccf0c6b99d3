// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {IClaims} from "./IClaims.sol";

/// @title Claim amount arithmetic
/// @notice How Claims turns an approved amount into what the insurer pays: deductible first,
/// then co-pay, then the annual limit. Pure and internal (inlined, no linking).
library ClaimsMath {
    /// @dev Basis points in one whole.
    uint256 internal constant BPS = 10_000;

    /// @notice Splits `approved` into the patient's and the insurer's parts.
    /// @dev The insurer's share of the amount after the deductible is
    /// floor(rest * (BPS - copayBps) / BPS): rounded down, so the co-pay takes the remainder and a
    /// rounding unit never favours the payee. Every input is below 2^96 (callers pass uint96 or
    /// uint64 values), so `rest * (BPS - copayBps)` stays far below 2^256, and the casts back
    /// to uint96 cannot truncate: each part is at most `approved`.
    /// @param approved Amount to split (allowed or approved total).
    /// @param deductibleLeft What is left of the benefit year's deductible.
    /// @param copayBps Co-pay in basis points, at most BPS.
    /// @param limitLeft What is left of the benefit year's annual limit.
    /// @return d The parts; d.payout is what the insurer pays.
    function decide(
        uint256 approved,
        uint256 deductibleLeft,
        uint256 copayBps,
        uint256 limitLeft
    ) internal pure returns (IClaims.Decision memory d) {
        uint256 deductible = approved < deductibleLeft ? approved : deductibleLeft;
        uint256 rest = approved - deductible;
        uint256 share = (rest * (BPS - copayBps)) / BPS;
        uint256 payout = share < limitLeft ? share : limitLeft;
        d.approved = uint96(approved);
        d.deductible = uint96(deductible);
        d.copay = uint96(rest - share);
        d.overLimit = uint96(share - payout);
        d.payout = uint96(payout);
    }

    /// @notice `total - used`, or 0 when `used` reached `total`.
    /// @param total The allowance.
    /// @param used What was used.
    /// @return The remainder.
    function left(uint256 total, uint256 used) internal pure returns (uint256) {
        return used < total ? total - used : 0;
    }
}
