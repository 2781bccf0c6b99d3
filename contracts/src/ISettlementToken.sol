// SPDX-License-Identifier: UNLICENSED
pragma solidity ^0.8.24;

import {IERC20Metadata} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Metadata.sol";
import {IERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/IERC20Permit.sol";

/// @title Salus settlement token interface
/// @notice The money of the network: an ERC-20 with 6 decimals (amounts are integer minor
/// units; 1.000000 token = 1_000_000) and EIP-2612 `permit` in the "Salus Settlement Token"
/// version "1" domain. Only holders of `TREASURY_ROLE` create and destroy it: the treasury
/// mints against money received off chain and burns what it holds when money is paid out
/// off chain; `paymentRef` ties each to the off-chain transfer. Plain ERC-20: transfers call
/// no code of the sender or the receiver (no hooks).
interface ISettlementToken is IERC20Metadata, IERC20Permit {
    /// @notice `treasury` minted `amount` to `to`. The ERC-20 `Transfer` from the zero address
    /// is emitted as well.
    /// @param treasury The minting treasury account.
    /// @param to The receiver.
    /// @param amount Minor units created.
    /// @param paymentRef Treasury's reference of the off-chain payment (bank transfer id).
    event Minted(address indexed treasury, address indexed to, uint256 amount, bytes32 paymentRef);

    /// @notice `treasury` burned `amount` of its own balance. The ERC-20 `Transfer` to the zero
    /// address is emitted as well.
    /// @param treasury The burning treasury account.
    /// @param amount Minor units destroyed.
    /// @param paymentRef Treasury's reference of the off-chain payout.
    event Burned(address indexed treasury, uint256 amount, bytes32 paymentRef);

    /// @notice An address argument is the zero address.
    error SettlementTokenZeroAddress();

    /// @notice A mint or burn of zero units.
    error SettlementTokenZeroAmount();

    /// @notice Mints `amount` to `to`. Treasury only.
    /// @param to The receiver; not the zero address.
    /// @param amount Minor units; not zero.
    /// @param paymentRef Reference of the off-chain payment.
    function mint(address to, uint256 amount, bytes32 paymentRef) external;

    /// @notice Burns `amount` of the caller's balance. Treasury only.
    /// @param amount Minor units; not zero, at most the caller's balance.
    /// @param paymentRef Reference of the off-chain payout.
    function burn(uint256 amount, bytes32 paymentRef) external;

    /// @notice Role identifier of the treasury, `keccak256("TREASURY_ROLE")`.
    /// @return The role identifier.
    function TREASURY_ROLE() external view returns (bytes32);
}
