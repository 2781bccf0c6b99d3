// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

/// @title Test provider contract that re-enters on payment
/// @notice TEST ONLY. A provider (or any participant) that is a contract: `exec` makes it call a
/// target (submit a claim, accept a contract, report services). When a token pays it and calls
/// its hook (`HookToken`), it sends the stored `attack` calldata to `attackTarget` — once per
/// `arm` — and records the outcome instead of reverting, so the paying transaction completes and
/// the test can inspect what the re-entrant call got.
contract ReentrantProvider {
    /// @notice Target of the re-entrant call.
    address public attackTarget;
    /// @notice Calldata of the re-entrant call.
    bytes public attack;
    /// @notice Whether the next hook call attacks.
    bool public armed;
    /// @notice Hook calls received.
    uint256 public hookCalls;
    /// @notice Re-entrant calls made.
    uint256 public attempts;
    /// @notice Whether the last re-entrant call succeeded.
    bool public lastSucceeded;
    /// @notice Return or revert data of the last re-entrant call.
    bytes public lastResult;

    /// @notice Calls `target` with `data` as this contract; bubbles a revert up.
    function exec(address target, bytes calldata data) external returns (bytes memory) {
        (bool ok, bytes memory result) = target.call(data);
        if (!ok) {
            assembly {
                revert(add(result, 32), mload(result))
            }
        }
        return result;
    }

    /// @notice Arms one re-entrant call of `target` with `data` on the next hook call.
    function arm(address target, bytes calldata data) external {
        attackTarget = target;
        attack = data;
        armed = true;
    }

    /// @notice Token hook: re-enters once when armed.
    function onTokenReceived(address, uint256) external {
        ++hookCalls;
        if (!armed) return;
        armed = false;
        ++attempts;
        (bool ok, bytes memory result) = attackTarget.call(attack);
        lastSucceeded = ok;
        lastResult = result;
    }
}
