// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title SlotPerEventRegistry
/// @notice The gas benchmark's naive baseline: every event hash gets its own storage slot (who and when),
///     behind the same kind of writer check as TracemarkRegistry. Not used by Tracemark itself.
contract SlotPerEventRegistry {
    /// @notice The caller may not write.
    /// @param account The caller.
    error NotWriter(address account);

    /// @notice The event was already recorded.
    /// @param eventHash The event.
    error AlreadyRecorded(bytes32 eventHash);

    /// @notice Emitted when an event is recorded.
    /// @param eventHash The event.
    /// @param writer The writer.
    event Recorded(bytes32 indexed eventHash, address indexed writer);

    struct Record {
        address writer;
        uint64 recordedAt;
    }

    mapping(address account => bool allowed) private _writers;
    mapping(bytes32 eventHash => Record) private _records;

    /// @param writer The one account allowed to write.
    constructor(address writer) {
        _writers[writer] = true;
    }

    /// @notice Records each event hash in its own slot.
    /// @param eventHashes The events.
    function record(bytes32[] calldata eventHashes) external {
        if (!_writers[msg.sender]) revert NotWriter(msg.sender);
        uint256 count = eventHashes.length;
        for (uint256 i = 0; i < count; ++i) {
            bytes32 eventHash = eventHashes[i];
            if (_records[eventHash].writer != address(0)) revert AlreadyRecorded(eventHash);
            _records[eventHash] = Record({writer: msg.sender, recordedAt: uint64(block.timestamp)});
            emit Recorded(eventHash, msg.sender);
        }
    }

    /// @notice Whether an event was recorded.
    /// @param eventHash The event.
    /// @return True if recorded.
    function isRecorded(bytes32 eventHash) external view returns (bool) {
        return _records[eventHash].writer != address(0);
    }
}
