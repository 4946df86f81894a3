// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {IEAS, Attestation} from "@ethereum-attestation-service/eas-contracts/contracts/IEAS.sol";
import {SchemaResolver} from "@ethereum-attestation-service/eas-contracts/contracts/resolver/SchemaResolver.sol";
import {AccessControl} from "@openzeppelin/contracts/access/AccessControl.sol";
import {IAuditorRegistry} from "./interfaces/IAuditorRegistry.sol";

/// @title TracemarkAuditResolver
/// @notice The EAS schema resolver of Tracemark's audit schema: it admits an attestation only when its attester is
///     an auditor accredited by the platform's registrar, and keeps the register of accredited auditors.
/// @dev The audit schema, registered in EAS's SchemaRegistry with this resolver and `revocable = true`, is
///     {AUDIT_SCHEMA}:
///     - `orgId` (bytes16): the organisation whose lot or event is audited (its id in TracemarkRegistry);
///     - `subjectKind` (uint8): what `subject` names: 1 a lot, 2 a single event, 3 an anchored batch;
///     - `subject` (bytes32): the lot key (`TracemarkRegistry.lotKeyOf(gtin, lot)`), the event hash, or the
///       batch's Merkle root;
///     - `claim` (string): what the auditor asserts, e.g. "EU organic (EC 2018/848) compliant";
///     - `evidenceHash` (bytes32): a hash of the evidence (report, certificate), kept off chain.
///     The expiry is EAS's own `expirationTime` of the attestation (zero: does not expire), so EAS explorers
///     and tools understand it; the auditor revokes through EAS (`revoke` or `revokeByDelegation`). The schema's
///     UID is EAS's `keccak256(abi.encodePacked(AUDIT_SCHEMA, address(this), true))`.
///
///     Accreditation lives here rather than in TracemarkRegistry so that the resolver answers from its own
///     storage: one cold storage read and no extra call, keeping attestation gas within a few percent of a
///     plain EAS attestation. EAS itself checks delegated signatures (EIP-712 for EOAs, ERC-1271 for
///     smart-contract wallets), nonces (replay), deadlines, the chain and the verifying contract.
contract TracemarkAuditResolver is SchemaResolver, AccessControl, IAuditorRegistry {
    /// @notice The role that accredits and de-accredits auditors.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice The Tracemark audit schema, as registered in EAS's SchemaRegistry with this resolver.
    // solhint-disable-next-line gas-small-strings
    string public constant AUDIT_SCHEMA =
        "bytes16 orgId,uint8 subjectKind,bytes32 subject,string claim,bytes32 evidenceHash";

    mapping(address auditor => Accreditation) private _accreditations;

    /// @param eas The EAS contract that calls this resolver.
    /// @param defaultAdmin The account that grants and revokes roles (the registrar role among them).
    /// @param registrar The first registrar.
    constructor(IEAS eas, address defaultAdmin, address registrar) SchemaResolver(eas) {
        if (defaultAdmin == address(0) || registrar == address(0)) revert InvalidAuditor();
        _grantRole(DEFAULT_ADMIN_ROLE, defaultAdmin);
        _grantRole(REGISTRAR_ROLE, registrar);
    }

    /// @inheritdoc IAuditorRegistry
    function accreditAuditor(address auditor, string calldata metadataURI) external onlyRole(REGISTRAR_ROLE) {
        if (auditor == address(0)) revert InvalidAuditor();
        Accreditation storage accreditation = _accreditations[auditor];
        if (accreditation.accredited) revert AuditorAlreadyAccredited(auditor);
        accreditation.accredited = true;
        accreditation.since = uint40(block.timestamp);
        emit AuditorAccredited(auditor, msg.sender, metadataURI);
    }

    /// @inheritdoc IAuditorRegistry
    function deaccreditAuditor(address auditor, bytes32 reasonHash) external onlyRole(REGISTRAR_ROLE) {
        Accreditation storage accreditation = _accreditations[auditor];
        if (!accreditation.accredited) revert AuditorNotAccredited(auditor);
        accreditation.accredited = false;
        accreditation.until = uint40(block.timestamp);
        emit AuditorDeaccredited(auditor, msg.sender, reasonHash);
    }

    /// @inheritdoc IAuditorRegistry
    function isAccredited(address auditor) external view returns (bool) {
        return _accreditations[auditor].accredited;
    }

    /// @inheritdoc IAuditorRegistry
    function accreditationOf(address auditor) external view returns (Accreditation memory) {
        return _accreditations[auditor];
    }

    /// @dev Admits the attestation only if its attester is accredited now; otherwise reverts with
    ///     {AuditorNotAccredited}, which EAS passes on to the caller (clearer than EAS's `InvalidAttestation`).
    function onAttest(Attestation calldata attestation, uint256 /* value */ ) internal view override returns (bool) {
        if (!_accreditations[attestation.attester].accredited) revert AuditorNotAccredited(attestation.attester);
        return true;
    }

    /// @dev Revocation is always allowed: EAS only lets the attester revoke, and a de-accredited auditor must
    ///     still be able to withdraw what it attested.
    function onRevoke(Attestation calldata, /* attestation */ uint256 /* value */ )
        internal
        pure
        override
        returns (bool)
    {
        return true;
    }
}
