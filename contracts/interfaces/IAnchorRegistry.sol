// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IAnchorRegistry
/// @notice Makes provenance events tamper-evident: a writer of an organisation anchors a batch of events as one
///     Merkle root, or a single event hash, and anyone can check an event against what was anchored.
/// @dev Leaves follow OpenZeppelin's `StandardMerkleTree` (npm `@openzeppelin/merkle-tree`) built with the leaf
///     encoding `["bytes32"]`, the value being the event's hash (the SDK's rule, e.g. the EPCIS event hash
///     digest): `leaf = keccak256(bytes.concat(keccak256(abi.encode(eventHash))))`, inner nodes hash sorted
///     pairs, as OpenZeppelin's `MerkleProof` checks them.
///
///     Two ways to anchor, with different costs and different ways to check them:
///     - {anchorBatch} stores one slot per root (organisation, time, block, event count): {anchorOf},
///       {isAnchored} and {verifyEvent} answer by a view call. At 1,000 events per batch this costs a few dozen
///       gas per event.
///     - {anchorEvent} stores nothing: it only emits {EventAnchored}, the cheapest durable record a
///       transaction can leave (about 26,000 gas, where a new storage slot alone would cost 22,100 more).
///       Whether a single event is anchored is answered from the log, not by a view call: ask the node for
///       `EventAnchored` logs of this contract with topic `eventHash` (and `orgId`), then take the block of the
///       first one as the time. Logs are as much part of the chain's consensus as storage (receipts root),
///       and the SDK verifies single-event anchors this way.
interface IAnchorRegistry {
    /// @notice A root anchored by {anchorBatch}, packed in one storage slot.
    /// @param orgId The organisation whose writer anchored it.
    /// @param anchoredAt The block timestamp of the anchor.
    /// @param blockNumber The block number of the anchor.
    /// @param eventCount The number of events (leaves) the writer declared in the batch.
    struct Anchor {
        bytes16 orgId;
        uint40 anchoredAt;
        uint56 blockNumber;
        uint32 eventCount;
    }

    /// @notice The root is zero, which is reserved.
    error InvalidRoot();

    /// @notice A batch must contain at least one event.
    error EmptyBatch();

    /// @notice The root was already anchored (by this or another organisation).
    /// @param root The root.
    /// @param orgId The organisation that anchored it first.
    error RootAlreadyAnchored(bytes32 root, bytes16 orgId);

    /// @notice Emitted when a writer anchors a batch of events as one Merkle root.
    /// @dev The log's block gives the time; {anchorOf} returns the same facts.
    /// @param orgId The organisation.
    /// @param root The Merkle root of the batch.
    /// @param writer The writer who sent it.
    /// @param eventCount The number of events in the batch.
    /// @param manifestHash A hash of the batch manifest (the list of leaves and their events), kept off chain.
    /// @param manifestURI Where the manifest can be fetched, may be empty.
    event BatchAnchored(
        bytes16 indexed orgId,
        bytes32 indexed root,
        address indexed writer,
        uint32 eventCount,
        bytes32 manifestHash,
        string manifestURI
    );

    /// @notice Emitted when a writer anchors a single event hash.
    /// @dev This log is the only record of the anchor: see the contract's description.
    /// @param orgId The organisation.
    /// @param eventHash The event's hash (the value of its Merkle leaf, not the leaf).
    /// @param writer The writer who sent it.
    event EventAnchored(bytes16 indexed orgId, bytes32 indexed eventHash, address indexed writer);

    /// @notice Anchors a batch of events as one Merkle root. Only an enabled writer of an active organisation.
    /// @dev Emits {BatchAnchored}. A root can be anchored once, by whichever writer comes first: a writer of another
    ///     organisation that copied a pending root would only anchor it under its own (admitted, accountable)
    ///     name, and the submitter can re-batch, since any change to the leaves changes the root.
    /// @param orgId The organisation.
    /// @param root The Merkle root of the batch, not zero.
    /// @param eventCount The number of events in the batch, at least one.
    /// @param manifestHash A hash of the batch manifest.
    /// @param manifestURI Where the manifest can be fetched, may be empty.
    function anchorBatch(
        bytes16 orgId,
        bytes32 root,
        uint32 eventCount,
        bytes32 manifestHash,
        string calldata manifestURI
    ) external;

    /// @notice Anchors a single event hash, storing nothing. Only an enabled writer of an active organisation.
    /// @dev Emits {EventAnchored}. Anchoring the same hash again emits another log; the first one counts.
    /// @param orgId The organisation.
    /// @param eventHash The event's hash.
    function anchorEvent(bytes16 orgId, bytes32 eventHash) external;

    /// @notice Reads the anchor of a root.
    /// @param root The root.
    /// @return The anchor; all zero if the root was never anchored.
    function anchorOf(bytes32 root) external view returns (Anchor memory);

    /// @notice Whether a root was anchored by {anchorBatch}.
    /// @param root The root.
    /// @return True if anchored.
    function isAnchored(bytes32 root) external view returns (bool);

    /// @notice Whether an event belongs to an anchored batch.
    /// @param root The anchored root.
    /// @param eventHash The event's hash (the leaf value).
    /// @param proof The Merkle proof of its leaf, as `StandardMerkleTree.getProof` returns it.
    /// @return True if `root` is anchored and the proof leads from the event's leaf to it.
    function verifyEvent(bytes32 root, bytes32 eventHash, bytes32[] calldata proof) external view returns (bool);

    /// @notice The Merkle leaf of an event hash.
    /// @param eventHash The event's hash.
    /// @return `keccak256(bytes.concat(keccak256(abi.encode(eventHash))))`, as `StandardMerkleTree` with `["bytes32"]`.
    function leafOf(bytes32 eventHash) external pure returns (bytes32);
}
