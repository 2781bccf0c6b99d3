// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";
import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

import {ISettlementToken} from "./ISettlementToken.sol";

/// @title Salus settlement token
/// @notice ERC-20 money of the network, 6 decimals, EIP-2612 permit; minted and burned by
/// `TREASURY_ROLE` only. The admin (`DEFAULT_ADMIN_ROLE`, the regulator) grants the treasury
/// role. See `ISettlementToken`.
/// @dev OpenZeppelin ERC20 without hooks: a transfer runs no code of its parties, which is what
/// the re-entrancy analysis of Claims and ServiceContracts relies on.
contract SettlementToken is ERC20, ERC20Permit, AccessControl, ISettlementToken {
    /// @inheritdoc ISettlementToken
    bytes32 public constant TREASURY_ROLE = keccak256("TREASURY_ROLE");

    /// @notice Deploys the token with `admin` administering the roles. Nobody holds
    /// `TREASURY_ROLE` until the admin grants it.
    /// @param admin Account granted `DEFAULT_ADMIN_ROLE`.
    constructor(address admin) ERC20("Salus Settlement Token", "SST") ERC20Permit("Salus Settlement Token") {
        if (admin == address(0)) revert SettlementTokenZeroAddress();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @inheritdoc ISettlementToken
    function mint(address to, uint256 amount, bytes32 paymentRef) external onlyRole(TREASURY_ROLE) {
        if (to == address(0)) revert SettlementTokenZeroAddress();
        if (amount == 0) revert SettlementTokenZeroAmount();
        _mint(to, amount);
        emit Minted(msg.sender, to, amount, paymentRef);
    }

    /// @inheritdoc ISettlementToken
    function burn(uint256 amount, bytes32 paymentRef) external onlyRole(TREASURY_ROLE) {
        if (amount == 0) revert SettlementTokenZeroAmount();
        _burn(msg.sender, amount);
        emit Burned(msg.sender, amount, paymentRef);
    }

    /// @notice Minor units per token: 6 decimals.
    /// @return 6.
    function decimals() public pure override(ERC20, IERC20Metadata) returns (uint8) {
        return 6;
    }

    /// @inheritdoc ERC20Permit
    function nonces(address owner) public view override(ERC20Permit, IERC20Permit) returns (uint256) {
        return super.nonces(owner);
    }
}
