// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IRecallRegistry
/// @notice Recalls of lots, declared and lifted by the organisation that owns them, readable by anyone.
/// @dev A lot is named by `lotKey = keccak256(abi.encode(gtin, lot))` (see {lotKeyOf}): `gtin` the product's
///     GTIN normalised to 14 digits, `lot` the lot/batch number as it appears in the GS1 Digital Link (AI 10).
///     The recall state is kept per organisation and lot, so one organisation can never recall, or lift the
///     recall of, another's lot. Only enabled writers of an active organisation declare and lift.
interface IRecallRegistry {
    /// @notice The recall state of a lot.
    /// @param recalled Whether the lot is recalled now.
    /// @param declaredAt The block timestamp of the latest declaration, zero if never recalled.
    /// @param liftedAt The block timestamp of the latest lift, zero if never lifted.
    /// @param reasonHash A hash of the latest declaration's reason, kept off chain.
    /// @param liftReasonHash A hash of the latest lift's reason, kept off chain.
    struct Recall {
        bool recalled;
        uint40 declaredAt;
        uint40 liftedAt;
        bytes32 reasonHash;
        bytes32 liftReasonHash;
    }

    /// @notice The lot key is zero, which is reserved.
    error InvalidLotKey();

    /// @notice The lot is already recalled by this organisation.
    /// @param orgId The organisation.
    /// @param lotKey The lot.
    error LotAlreadyRecalled(bytes16 orgId, bytes32 lotKey);

    /// @notice The lot is not recalled by this organisation.
    /// @param orgId The organisation.
    /// @param lotKey The lot.
    error LotNotRecalled(bytes16 orgId, bytes32 lotKey);

    /// @notice Emitted when an organisation recalls a lot.
    /// @param orgId The organisation.
    /// @param lotKey The lot, see {lotKeyOf}.
    /// @param writer The writer who declared it.
    /// @param reasonHash A hash of the reason, kept off chain.
    event RecallDeclared(bytes16 indexed orgId, bytes32 indexed lotKey, address indexed writer, bytes32 reasonHash);

    /// @notice Emitted when an organisation lifts the recall of a lot.
    /// @param orgId The organisation.
    /// @param lotKey The lot, see {lotKeyOf}.
    /// @param writer The writer who lifted it.
    /// @param reasonHash A hash of the reason for lifting, kept off chain.
    event RecallLifted(bytes16 indexed orgId, bytes32 indexed lotKey, address indexed writer, bytes32 reasonHash);

    /// @notice Recalls a lot. Only an enabled writer of an active organisation.
    /// @dev Emits {RecallDeclared}. A lifted lot can be recalled again.
    /// @param orgId The organisation that owns the lot.
    /// @param lotKey The lot, not zero.
    /// @param reasonHash A hash of the reason.
    function declareRecall(bytes16 orgId, bytes32 lotKey, bytes32 reasonHash) external;

    /// @notice Lifts the recall of a lot. Only an enabled writer of an active organisation.
    /// @dev Emits {RecallLifted}.
    /// @param orgId The organisation that recalled the lot.
    /// @param lotKey The lot.
    /// @param reasonHash A hash of the reason for lifting.
    function liftRecall(bytes16 orgId, bytes32 lotKey, bytes32 reasonHash) external;

    /// @notice Reads the recall state of an organisation's lot.
    /// @param orgId The organisation.
    /// @param lotKey The lot.
    /// @return The state; all zero if never recalled.
    function recallOf(bytes16 orgId, bytes32 lotKey) external view returns (Recall memory);

    /// @notice Whether an organisation's lot is recalled now.
    /// @param orgId The organisation.
    /// @param lotKey The lot.
    /// @return True if recalled and not lifted since.
    function isRecalled(bytes16 orgId, bytes32 lotKey) external view returns (bool);

    /// @notice The key of a lot.
    /// @param gtin The product's GTIN, 14 digits.
    /// @param lot The lot/batch number (GS1 AI 10).
    /// @return `keccak256(abi.encode(gtin, lot))`.
    function lotKeyOf(string calldata gtin, string calldata lot) external pure returns (bytes32);
}
