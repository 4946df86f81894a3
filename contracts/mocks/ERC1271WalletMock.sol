// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IERC1271} from "@openzeppelin/contracts/interfaces/IERC1271.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";

/// @title ERC1271WalletMock
/// @notice A minimal smart-contract wallet for tests: one owner key signs for it (ERC-1271) and sends its calls.
/// @dev Stands in for a multisig or account-abstraction wallet held by an auditor. Test-only.
contract ERC1271WalletMock is IERC1271 {
    /// @notice The caller is not the wallet's owner.
    /// @param account The caller.
    error NotOwner(address account);

    address private immutable _owner;

    /// @param owner_ The key that signs for and operates the wallet.
    constructor(address owner_) {
        _owner = owner_;
    }

    /// @notice The key that signs for and operates the wallet.
    /// @return The owner.
    function owner() external view returns (address) {
        return _owner;
    }

    /// @notice Calls `target` with `data` as the wallet. Only the owner.
    /// @param target The contract to call.
    /// @param data The calldata.
    /// @return The call's return data.
    function execute(address target, bytes calldata data) external returns (bytes memory) {
        if (msg.sender != _owner) revert NotOwner(msg.sender);
        return Address.functionCall(target, data);
    }

    /// @inheritdoc IERC1271
    function isValidSignature(bytes32 hash, bytes calldata signature) external view returns (bytes4) {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecoverCalldata(hash, signature);
        return err == ECDSA.RecoverError.NoError && signer == _owner ? this.isValidSignature.selector : bytes4(0);
    }
}
