// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

contract Ping {
    event Pinged(address indexed from);

    function ping() external {
        emit Pinged(msg.sender);
    }
}
