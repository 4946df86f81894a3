// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IOrganisationRegistry
/// @notice The organisations that may write to Tracemark and the keys allowed to write for each of them.
/// @dev An organisation is admitted by the platform's registrar (an account holding the registrar role) under
///     a 16-byte id chosen off chain (Tracemark uses the organisation's UUID). Its admin adds and removes
///     writer keys (the API's relayer key, the organisation's own wallets). Only writers of an active
///     organisation can anchor events or declare recalls for it; suspending an organisation disables all its
///     writers at once, reinstating it enables them again.
interface IOrganisationRegistry {
    /// @notice The lifecycle of an organisation.
    /// @dev `None` is the zero value of an id that was never admitted.
    enum OrganisationStatus {
        None,
        Active,
        Suspended
    }

    /// @notice An organisation as stored on chain.
    /// @param admin The account that manages the organisation's writers and metadata.
    /// @param status Whether the organisation is active or suspended.
    /// @param admittedAt The block timestamp of its admission.
    /// @param metadataURI Where its public profile lives (name, GS1 company prefix, GLNs...), e.g. an HTTPS or IPFS URI.
    // solhint-disable-next-line gas-struct-packing
    struct Organisation {
        address admin;
        OrganisationStatus status;
        uint40 admittedAt;
        string metadataURI;
    }

    /// @notice The id is zero, which is reserved.
    error InvalidOrganisationId();

    /// @notice The address is zero where an account is required.
    error InvalidAccount();

    /// @notice An organisation with this id already exists.
    /// @param orgId The id that was already admitted.
    error OrganisationAlreadyExists(bytes16 orgId);

    /// @notice No organisation was admitted with this id.
    /// @param orgId The unknown id.
    error OrganisationNotFound(bytes16 orgId);

    /// @notice The organisation is not in the status the call needs (e.g. suspending a suspended one).
    /// @param orgId The organisation.
    /// @param status Its current status.
    error UnexpectedOrganisationStatus(bytes16 orgId, OrganisationStatus status);

    /// @notice The caller is not the organisation's admin (nor, where allowed, the registrar).
    /// @param orgId The organisation.
    /// @param account The caller.
    error NotOrganisationAdmin(bytes16 orgId, address account);

    /// @notice The caller is not an enabled writer of an active organisation.
    /// @param orgId The organisation.
    /// @param account The caller.
    error NotOrganisationWriter(bytes16 orgId, address account);

    /// @notice The account is already a writer of the organisation.
    /// @param orgId The organisation.
    /// @param writer The account.
    error WriterAlreadyAdded(bytes16 orgId, address writer);

    /// @notice The account is not a writer of the organisation.
    /// @param orgId The organisation.
    /// @param writer The account.
    error WriterNotFound(bytes16 orgId, address writer);

    /// @notice The organisation already has the maximum number of writers.
    /// @param orgId The organisation.
    /// @param max The limit, see {MAX_WRITERS_PER_ORGANISATION}.
    error TooManyWriters(bytes16 orgId, uint256 max);

    /// @notice Emitted when the registrar admits an organisation.
    /// @param orgId The organisation's id.
    /// @param admin Its admin.
    /// @param registrar The registrar who admitted it.
    /// @param metadataURI Its metadata URI.
    event OrganisationAdmitted(bytes16 indexed orgId, address indexed admin, address indexed registrar, string metadataURI);

    /// @notice Emitted when the registrar suspends an organisation; its writers can no longer write.
    /// @param orgId The organisation.
    /// @param registrar The registrar who suspended it.
    /// @param reasonHash A hash of the reason, kept off chain.
    event OrganisationSuspended(bytes16 indexed orgId, address indexed registrar, bytes32 reasonHash);

    /// @notice Emitted when the registrar reinstates a suspended organisation; its writers can write again.
    /// @param orgId The organisation.
    /// @param registrar The registrar who reinstated it.
    event OrganisationReinstated(bytes16 indexed orgId, address indexed registrar);

    /// @notice Emitted when an organisation's admin changes.
    /// @param orgId The organisation.
    /// @param previousAdmin The admin before.
    /// @param newAdmin The admin after.
    /// @param changedBy The caller: the previous admin or a registrar.
    event OrganisationAdminChanged(
        bytes16 indexed orgId, address indexed previousAdmin, address indexed newAdmin, address changedBy
    );

    /// @notice Emitted when an organisation's metadata URI changes.
    /// @param orgId The organisation.
    /// @param metadataURI The new URI.
    event OrganisationMetadataUpdated(bytes16 indexed orgId, string metadataURI);

    /// @notice Emitted when an organisation's admin adds a writer.
    /// @param orgId The organisation.
    /// @param writer The account now allowed to write for it.
    /// @param admin The admin who added it.
    event WriterAdded(bytes16 indexed orgId, address indexed writer, address indexed admin);

    /// @notice Emitted when an organisation's admin removes a writer.
    /// @param orgId The organisation.
    /// @param writer The account no longer allowed to write for it.
    /// @param admin The admin who removed it.
    event WriterRemoved(bytes16 indexed orgId, address indexed writer, address indexed admin);

    /// @notice The role that admits, suspends and reinstates organisations.
    /// @return The role id, `keccak256("REGISTRAR_ROLE")`.
    // solhint-disable-next-line func-name-mixedcase
    function REGISTRAR_ROLE() external view returns (bytes32);

    /// @notice The most writers one organisation can have; bounds the loop that suspension runs.
    /// @return The limit.
    // solhint-disable-next-line func-name-mixedcase
    function MAX_WRITERS_PER_ORGANISATION() external view returns (uint256);

    /// @notice Admits an organisation. Only a registrar.
    /// @dev Emits {OrganisationAdmitted}. The organisation starts active, with no writers.
    /// @param orgId Its id, not zero, never used before.
    /// @param admin Its admin, not zero.
    /// @param metadataURI Where its public profile lives.
    function admitOrganisation(bytes16 orgId, address admin, string calldata metadataURI) external;

    /// @notice Suspends an active organisation: none of its writers can write until it is reinstated. Only a registrar.
    /// @dev Emits {OrganisationSuspended}. Its writers and its past anchors, recalls and metadata are kept.
    /// @param orgId The organisation.
    /// @param reasonHash A hash of the reason, kept off chain.
    function suspendOrganisation(bytes16 orgId, bytes32 reasonHash) external;

    /// @notice Reinstates a suspended organisation. Only a registrar.
    /// @dev Emits {OrganisationReinstated}.
    /// @param orgId The organisation.
    function reinstateOrganisation(bytes16 orgId) external;

    /// @notice Hands an organisation to a new admin. Only its admin, or a registrar (to recover a lost key).
    /// @dev Emits {OrganisationAdminChanged}.
    /// @param orgId The organisation.
    /// @param newAdmin The new admin, not zero.
    function changeOrganisationAdmin(bytes16 orgId, address newAdmin) external;

    /// @notice Changes an organisation's metadata URI. Only its admin.
    /// @dev Emits {OrganisationMetadataUpdated}.
    /// @param orgId The organisation.
    /// @param metadataURI The new URI.
    function setOrganisationMetadataURI(bytes16 orgId, string calldata metadataURI) external;

    /// @notice Allows an account to write (anchor, recall) for an organisation. Only its admin.
    /// @dev Emits {WriterAdded}. Allowed while suspended; the writer is enabled when the organisation is active.
    /// @param orgId The organisation.
    /// @param writer The account, not zero.
    function addWriter(bytes16 orgId, address writer) external;

    /// @notice Stops an account from writing for an organisation. Only its admin.
    /// @dev Emits {WriterRemoved}.
    /// @param orgId The organisation.
    /// @param writer The account.
    function removeWriter(bytes16 orgId, address writer) external;

    /// @notice Reads an organisation.
    /// @param orgId The organisation.
    /// @return The organisation; its status is `None` if it was never admitted.
    function organisation(bytes16 orgId) external view returns (Organisation memory);

    /// @notice Whether an account can write for an organisation right now (a writer of an active organisation).
    /// @param orgId The organisation.
    /// @param account The account.
    /// @return True if it can anchor and recall for the organisation.
    function canWrite(bytes16 orgId, address account) external view returns (bool);

    /// @notice The writers of an organisation, enabled or not (they are disabled while it is suspended).
    /// @param orgId The organisation.
    /// @return The writer accounts, in no particular order.
    function writers(bytes16 orgId) external view returns (address[] memory);
}
