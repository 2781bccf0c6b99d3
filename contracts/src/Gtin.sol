// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title GS1 GTIN-14 check
/// @notice A GTIN-14 is carried on chain as the integer value of its 14 digits (leading zeros
/// of a GTIN-8/12/13 padded to 14 digits vanish in the integer). The last digit is the GS1
/// mod-10 check digit over the first 13.
library Gtin {
    /// @dev 10^14: every GTIN-14 is below it.
    uint256 private constant _TEN_POW_14 = 1e14;

    /// @notice Whether `gtin` is a non-zero 14-digit number whose check digit is right: the
    /// 13 data digits, weighted 3, 1, 3, ... from the right, plus the check digit sum to a
    /// multiple of 10.
    /// @param gtin The GTIN-14 as an integer.
    /// @return True when valid.
    function isValid(uint64 gtin) internal pure returns (bool) {
        if (gtin == 0 || gtin >= _TEN_POW_14) return false;
        uint256 rest = gtin / 10;
        uint256 sum = gtin % 10;
        // Thirteen data digits; the rightmost carries weight 3. Bounded loop, no overflow:
        // sum < 14 * 27.
        unchecked {
            for (uint256 i = 0; i < 13; ++i) {
                uint256 digit = rest % 10;
                rest /= 10;
                sum += i % 2 == 0 ? digit * 3 : digit;
            }
        }
        return sum % 10 == 0;
    }
}
