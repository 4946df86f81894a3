// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title IAuditorRegistry
/// @notice The auditors (certifiers) the platform's registrar has accredited to attest about lots and events.
/// @dev Auditors are accounts: externally owned or smart-contract wallets (ERC-1271). Tracemark's EAS schema
///     resolver admits an attestation only if its attester is accredited at that moment, so an attestation that
///     exists on chain under the Tracemark audit schema proves its auditor was accredited when it was made.
///     De-accreditation stops new attestations; earlier ones stay valid until revoked or expired.
interface IAuditorRegistry {
    /// @notice An auditor's accreditation.
    /// @param accredited Whether the auditor is accredited now.
    /// @param since The block timestamp of the latest accreditation, zero if never accredited.
    /// @param until The block timestamp of the latest de-accreditation, zero if never de-accredited.
    struct Accreditation {
        bool accredited;
        uint40 since;
        uint40 until;
    }

    /// @notice The address is zero.
    error InvalidAuditor();

    /// @notice The auditor is already accredited.
    /// @param auditor The auditor.
    error AuditorAlreadyAccredited(address auditor);

    /// @notice The auditor is not accredited.
    /// @param auditor The auditor.
    error AuditorNotAccredited(address auditor);

    /// @notice Emitted when the registrar accredits an auditor.
    /// @param auditor The auditor.
    /// @param registrar The registrar.
    /// @param metadataURI Where the auditor's public profile lives (name, accreditation body, scope).
    event AuditorAccredited(address indexed auditor, address indexed registrar, string metadataURI);

    /// @notice Emitted when the registrar withdraws an auditor's accreditation.
    /// @param auditor The auditor.
    /// @param registrar The registrar.
    /// @param reasonHash A hash of the reason, kept off chain.
    event AuditorDeaccredited(address indexed auditor, address indexed registrar, bytes32 reasonHash);

    /// @notice Accredits an auditor. Only a registrar.
    /// @dev Emits {AuditorAccredited}. A de-accredited auditor can be accredited again.
    /// @param auditor The auditor's account (EOA or ERC-1271 wallet), not zero.
    /// @param metadataURI Where the auditor's public profile lives.
    function accreditAuditor(address auditor, string calldata metadataURI) external;

    /// @notice Withdraws an auditor's accreditation. Only a registrar.
    /// @dev Emits {AuditorDeaccredited}.
    /// @param auditor The auditor.
    /// @param reasonHash A hash of the reason.
    function deaccreditAuditor(address auditor, bytes32 reasonHash) external;

    /// @notice Whether an auditor is accredited now.
    /// @param auditor The auditor.
    /// @return True if accredited.
    function isAccredited(address auditor) external view returns (bool);

    /// @notice Reads an auditor's accreditation.
    /// @param auditor The auditor.
    /// @return The accreditation; all zero if never accredited.
    function accreditationOf(address auditor) external view returns (Accreditation memory);
}
