// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IAnchorRegistry} from "./interfaces/IAnchorRegistry.sol";
import {IOrganisationRegistry} from "./interfaces/IOrganisationRegistry.sol";
import {IRecallRegistry} from "./interfaces/IRecallRegistry.sol";

/// @title TracemarkRegistry
/// @notice Tracemark's registry of organisations and their writers, event anchors and lot recalls.
/// @dev One contract on purpose: anchoring is the hot path, and checking the writer in the contract's own
///     storage costs one cold storage read, where a call to a separate registry would add a cold account
///     access on every anchor. The writer check reads a single slot, `_canWrite[orgId][writer]`, which is true
///     only for a writer of an active organisation; suspension and reinstatement rewrite those slots for the
///     organisation's writers (at most {MAX_WRITERS_PER_ORGANISATION}). Not upgradeable: a new version is a new
///     deployment, and verifiers keep trusting the old one for what it anchored.
contract TracemarkRegistry is AccessControl, IOrganisationRegistry, IAnchorRegistry, IRecallRegistry {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @inheritdoc IOrganisationRegistry
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @inheritdoc IOrganisationRegistry
    uint256 public constant MAX_WRITERS_PER_ORGANISATION = 32;

    mapping(bytes16 orgId => Organisation) private _organisations;
    mapping(bytes16 orgId => EnumerableSet.AddressSet) private _writers;
    mapping(bytes16 orgId => mapping(address writer => bool enabled)) private _canWrite;
    mapping(bytes16 orgId => mapping(bytes32 root => Anchor)) private _anchors;
    mapping(bytes16 orgId => mapping(bytes32 lotKey => Recall)) private _recalls;

    /// @dev Reverts unless the caller is an enabled writer of an active organisation.
    modifier onlyWriter(bytes16 orgId) {
        _checkWriter(orgId);
        _;
    }

    /// @dev Reverts unless the organisation exists and the caller is its admin.
    modifier onlyOrganisationAdmin(bytes16 orgId) {
        _checkOrganisationAdmin(orgId);
        _;
    }

    /// @param defaultAdmin The account that grants and revokes roles (the registrar role among them).
    /// @param registrar The first registrar.
    constructor(address defaultAdmin, address registrar) {
        if (defaultAdmin == address(0) || registrar == address(0)) revert InvalidAccount();
        _grantRole(DEFAULT_ADMIN_ROLE, defaultAdmin);
        _grantRole(REGISTRAR_ROLE, registrar);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Organisations and writers
    // ----------------------------------------------------------------------------------------------------------

    /// @inheritdoc IOrganisationRegistry
    function admitOrganisation(bytes16 orgId, address admin, string calldata metadataURI)
        external
        onlyRole(REGISTRAR_ROLE)
    {
        if (orgId == bytes16(0)) revert InvalidOrganisationId();
        if (admin == address(0)) revert InvalidAccount();
        Organisation storage org = _organisations[orgId];
        if (org.status != OrganisationStatus.None) revert OrganisationAlreadyExists(orgId);
        org.admin = admin;
        org.status = OrganisationStatus.Active;
        org.admittedAt = uint40(block.timestamp);
        org.metadataURI = metadataURI;
        emit OrganisationAdmitted(orgId, admin, msg.sender, metadataURI);
    }

    /// @inheritdoc IOrganisationRegistry
    function suspendOrganisation(bytes16 orgId, bytes32 reasonHash) external onlyRole(REGISTRAR_ROLE) {
        _setStatus(orgId, OrganisationStatus.Active, OrganisationStatus.Suspended);
        emit OrganisationSuspended(orgId, msg.sender, reasonHash);
    }

    /// @inheritdoc IOrganisationRegistry
    function reinstateOrganisation(bytes16 orgId) external onlyRole(REGISTRAR_ROLE) {
        _setStatus(orgId, OrganisationStatus.Suspended, OrganisationStatus.Active);
        emit OrganisationReinstated(orgId, msg.sender);
    }

    /// @inheritdoc IOrganisationRegistry
    function changeOrganisationAdmin(bytes16 orgId, address newAdmin) external {
        Organisation storage org = _existingOrganisation(orgId);
        address previousAdmin = org.admin;
        if (msg.sender != previousAdmin && !hasRole(REGISTRAR_ROLE, msg.sender)) {
            revert NotOrganisationAdmin(orgId, msg.sender);
        }
        if (newAdmin == address(0)) revert InvalidAccount();
        org.admin = newAdmin;
        emit OrganisationAdminChanged(orgId, previousAdmin, newAdmin, msg.sender);
    }

    /// @inheritdoc IOrganisationRegistry
    function setOrganisationMetadataURI(bytes16 orgId, string calldata metadataURI)
        external
        onlyOrganisationAdmin(orgId)
    {
        _organisations[orgId].metadataURI = metadataURI;
        emit OrganisationMetadataUpdated(orgId, metadataURI);
    }

    /// @inheritdoc IOrganisationRegistry
    function addWriter(bytes16 orgId, address writer) external onlyOrganisationAdmin(orgId) {
        if (writer == address(0)) revert InvalidAccount();
        EnumerableSet.AddressSet storage set = _writers[orgId];
        if (set.length() >= MAX_WRITERS_PER_ORGANISATION) {
            revert TooManyWriters(orgId, MAX_WRITERS_PER_ORGANISATION);
        }
        if (!set.add(writer)) revert WriterAlreadyAdded(orgId, writer);
        if (_organisations[orgId].status == OrganisationStatus.Active) _canWrite[orgId][writer] = true;
        emit WriterAdded(orgId, writer, msg.sender);
    }

    /// @inheritdoc IOrganisationRegistry
    function removeWriter(bytes16 orgId, address writer) external onlyOrganisationAdmin(orgId) {
        if (!_writers[orgId].remove(writer)) revert WriterNotFound(orgId, writer);
        delete _canWrite[orgId][writer];
        emit WriterRemoved(orgId, writer, msg.sender);
    }

    /// @inheritdoc IOrganisationRegistry
    function organisation(bytes16 orgId) external view returns (Organisation memory) {
        return _organisations[orgId];
    }

    /// @inheritdoc IOrganisationRegistry
    function canWrite(bytes16 orgId, address account) external view returns (bool) {
        return _canWrite[orgId][account];
    }

    /// @inheritdoc IOrganisationRegistry
    function writers(bytes16 orgId) external view returns (address[] memory) {
        return _writers[orgId].values();
    }

    // ----------------------------------------------------------------------------------------------------------
    // Anchors
    // ----------------------------------------------------------------------------------------------------------

    /// @inheritdoc IAnchorRegistry
    function anchorBatch(
        bytes16 orgId,
        bytes32 root,
        uint32 eventCount,
        bytes32 manifestHash,
        string calldata manifestURI
    ) external onlyWriter(orgId) {
        if (root == bytes32(0)) revert InvalidRoot();
        if (eventCount == 0) revert EmptyBatch();
        mapping(bytes32 root => Anchor) storage anchors = _anchors[orgId];
        // Admitted organisations have non-zero ids, so a non-zero orgId marks an anchored root.
        if (anchors[root].orgId != bytes16(0)) revert RootAlreadyAnchored(orgId, root);
        anchors[root] = Anchor({
            orgId: orgId,
            anchoredAt: uint40(block.timestamp),
            blockNumber: uint56(block.number),
            eventCount: eventCount
        });
        emit BatchAnchored(orgId, root, msg.sender, eventCount, manifestHash, manifestURI);
    }

    /// @inheritdoc IAnchorRegistry
    function anchorEvent(bytes16 orgId, bytes32 eventHash) external onlyWriter(orgId) {
        emit EventAnchored(orgId, eventHash, msg.sender);
    }

    /// @inheritdoc IAnchorRegistry
    function anchorOf(bytes16 orgId, bytes32 root) external view returns (Anchor memory) {
        return _anchors[orgId][root];
    }

    /// @inheritdoc IAnchorRegistry
    function isAnchored(bytes16 orgId, bytes32 root) external view returns (bool) {
        return _anchors[orgId][root].orgId != bytes16(0);
    }

    /// @inheritdoc IAnchorRegistry
    function verifyEvent(bytes16 orgId, bytes32 root, bytes32 eventHash, bytes32[] calldata proof)
        external
        view
        returns (bool)
    {
        return
            _anchors[orgId][root].orgId != bytes16(0) && MerkleProof.verifyCalldata(proof, root, _leafOf(eventHash));
    }

    /// @inheritdoc IAnchorRegistry
    function leafOf(bytes32 eventHash) external pure returns (bytes32) {
        return _leafOf(eventHash);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Recalls
    // ----------------------------------------------------------------------------------------------------------

    /// @inheritdoc IRecallRegistry
    function declareRecall(bytes16 orgId, bytes32 lotKey, bytes32 reasonHash) external onlyWriter(orgId) {
        if (lotKey == bytes32(0)) revert InvalidLotKey();
        Recall storage recall = _recalls[orgId][lotKey];
        if (recall.recalled) revert LotAlreadyRecalled(orgId, lotKey);
        recall.recalled = true;
        recall.declaredAt = uint40(block.timestamp);
        recall.reasonHash = reasonHash;
        emit RecallDeclared(orgId, lotKey, msg.sender, reasonHash);
    }

    /// @inheritdoc IRecallRegistry
    function liftRecall(bytes16 orgId, bytes32 lotKey, bytes32 reasonHash) external onlyWriter(orgId) {
        Recall storage recall = _recalls[orgId][lotKey];
        if (!recall.recalled) revert LotNotRecalled(orgId, lotKey);
        recall.recalled = false;
        recall.liftedAt = uint40(block.timestamp);
        recall.liftReasonHash = reasonHash;
        emit RecallLifted(orgId, lotKey, msg.sender, reasonHash);
    }

    /// @inheritdoc IRecallRegistry
    function recallOf(bytes16 orgId, bytes32 lotKey) external view returns (Recall memory) {
        return _recalls[orgId][lotKey];
    }

    /// @inheritdoc IRecallRegistry
    function isRecalled(bytes16 orgId, bytes32 lotKey) external view returns (bool) {
        return _recalls[orgId][lotKey].recalled;
    }

    /// @inheritdoc IRecallRegistry
    function lotKeyOf(string calldata gtin, string calldata lot) external pure returns (bytes32) {
        return keccak256(abi.encode(gtin, lot));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Internal
    // ----------------------------------------------------------------------------------------------------------

    /// @dev Moves an organisation from one status to another and enables or disables all its writers to match.
    function _setStatus(bytes16 orgId, OrganisationStatus from, OrganisationStatus to) private {
        Organisation storage org = _existingOrganisation(orgId);
        if (org.status != from) revert UnexpectedOrganisationStatus(orgId, org.status);
        org.status = to;
        bool enabled = to == OrganisationStatus.Active;
        EnumerableSet.AddressSet storage set = _writers[orgId];
        mapping(address writer => bool enabled) storage canWriteFor = _canWrite[orgId];
        uint256 count = set.length();
        for (uint256 i = 0; i < count; ++i) {
            canWriteFor[set.at(i)] = enabled;
        }
    }

    /// @dev Returns an organisation that exists, or reverts.
    function _existingOrganisation(bytes16 orgId) private view returns (Organisation storage org) {
        org = _organisations[orgId];
        if (org.status == OrganisationStatus.None) revert OrganisationNotFound(orgId);
    }

    function _checkWriter(bytes16 orgId) private view {
        if (!_canWrite[orgId][msg.sender]) revert NotOrganisationWriter(orgId, msg.sender);
    }

    function _checkOrganisationAdmin(bytes16 orgId) private view {
        if (_existingOrganisation(orgId).admin != msg.sender) revert NotOrganisationAdmin(orgId, msg.sender);
    }

    /// @dev The leaf of `StandardMerkleTree` for the value `[eventHash]` of type `["bytes32"]`.
    function _leafOf(bytes32 eventHash) private pure returns (bytes32) {
        return keccak256(bytes.concat(keccak256(abi.encode(eventHash))));
    }
}
