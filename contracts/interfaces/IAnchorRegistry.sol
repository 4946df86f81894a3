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
///     - {anchorBatch} stores one slot per organisation and root (organisation, time, block, event count):
///       {anchorOf}, {isAnchored} and {verifyEvent} answer by a view call. At 1,000 events per batch this costs a few dozen
///       gas per event.
///     - {anchorEvent} stores nothing: it only emits {EventAnchored}, the cheapest durable record a
///       transaction can leave (about 26,000 gas, where a new storage slot alone would cost 22,100 more).
///       Whether a single event is anchored is answered from the log, not by a view call: ask the node for
///       `EventAnchored` logs of this contract with topic `eventHash` (and `orgId`), then take the block of the
///       first one as the time. Logs are as much part of the chain's consensus as storage (receipts root),
///       and the SDK verifies single-event anchors this way.
///
///     Anchors are keyed by organisation and root, never by root alone: an anchor says "this organisation's writer
///     vouched for these events at this time". Anyone who sees a pending root (it is public in the mempool) may
///     anchor it under their own organisation, which neither blocks nor changes the owner's anchor; a verifier
///     always asks about the organisation whose record it checks.
interface IAnchorRegistry {
    /// @notice A root anchored by {anchorBatch}, packed in one storage slot.
    /// @dev `orgId` repeats the key the anchor is stored under, so an anchor read alone says whose it is; the slot is
    ///     full either way (16 + 5 + 7 + 4 bytes). A zero `orgId` means "not anchored".
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

    /// @notice The organisation already anchored this root. Its first anchor (time and block) stands.
    /// @param orgId The organisation.
    /// @param root The root.
    error RootAlreadyAnchored(bytes16 orgId, bytes32 root);

    /// @notice Emitted when a writer anchors a batch of events as one Merkle root.
    /// @dev The log's block gives the time; {anchorOf} with `orgId` and `root` returns the same facts.
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
    /// @dev Emits {BatchAnchored}. An organisation anchors a root once: anchoring it again reverts with
    ///     {RootAlreadyAnchored}, so the first anchor's time can never be moved (a writer that sees this revert knows
    ///     its root is anchored already, see {anchorOf}). Another organisation anchoring the same root is a separate
    ///     anchor under its own name and does not stop this one.
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

    /// @notice Reads an organisation's anchor of a root.
    /// @param orgId The organisation.
    /// @param root The root.
    /// @return The anchor; all zero if the organisation never anchored the root.
    function anchorOf(bytes16 orgId, bytes32 root) external view returns (Anchor memory);

    /// @notice Whether an organisation anchored a root by {anchorBatch}.
    /// @param orgId The organisation.
    /// @param root The root.
    /// @return True if anchored by that organisation.
    function isAnchored(bytes16 orgId, bytes32 root) external view returns (bool);

    /// @notice Whether an event belongs to a batch an organisation anchored.
    /// @param orgId The organisation whose record holds the event.
    /// @param root The anchored root.
    /// @param eventHash The event's hash (the leaf value).
    /// @param proof The Merkle proof of its leaf, as `StandardMerkleTree.getProof` returns it.
    /// @return True if `orgId` anchored `root` and the proof leads from the event's leaf to it.
    function verifyEvent(bytes16 orgId, bytes32 root, bytes32 eventHash, bytes32[] calldata proof)
        external
        view
        returns (bool);

    /// @notice The Merkle leaf of an event hash.
    /// @param eventHash The event's hash.
    /// @return `keccak256(bytes.concat(keccak256(abi.encode(eventHash))))`, as `StandardMerkleTree` with `["bytes32"]`.
    function leafOf(bytes32 eventHash) external pure returns (bytes32);
}
