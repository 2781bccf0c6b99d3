// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @notice Receives the hook of `HookToken`.
interface ITokenReceiver {
    /// @notice Called by the token after `amount` was credited to the receiver.
    function onTokenReceived(address from, uint256 amount) external;
}

/// @title Test token with receive hooks (ERC-777 / ERC-1363 style)
/// @notice TEST ONLY. An ERC-20 with 6 decimals that calls `onTokenReceived` on `hooked` after
/// every credit to it, so that a receiver contract runs code in the middle of the payer's
/// transaction. The settlement token has no such hook; this one lets the tests check that
/// Claims and ServiceContracts stay safe if a token ever had one. Anyone may mint.
contract HookToken is ERC20 {
    /// @notice The receiver whose hook is called; zero for none.
    address public hooked;

    constructor() ERC20("Hook Token", "HOOK") {}

    /// @notice Mints `amount` to `to`.
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Sets the receiver whose hook is called.
    function setHooked(address receiver) external {
        hooked = receiver;
    }

    function decimals() public pure override returns (uint8) {
        return 6;
    }

    function _update(address from, address to, uint256 value) internal override {
        super._update(from, to, value);
        if (to != address(0) && to == hooked) ITokenReceiver(to).onTokenReceived(from, value);
    }
}
