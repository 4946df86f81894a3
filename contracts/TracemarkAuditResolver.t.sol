// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

// Test names follow forge-std conventions: test_…, testFuzz_…, invariant_….
// solhint-disable func-name-mixedcase

import {AccessDenied} from "@ethereum-attestation-service/eas-contracts/contracts/Common.sol";
import {Attestation, IEAS} from "@ethereum-attestation-service/eas-contracts/contracts/IEAS.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TracemarkAuditResolver} from "./TracemarkAuditResolver.sol";
import {IAuditorRegistry} from "./interfaces/IAuditorRegistry.sol";
import {TestBase} from "./testing/TestBase.t.sol";

/// @notice Fuzz tests of the audit resolver's accreditation gate. EAS itself is exercised end to end by the
///     TypeScript tests (test/contracts/TracemarkAuditResolver.test.ts); here an address stands in for it.
contract TracemarkAuditResolverTest is TestBase {
    TracemarkAuditResolver internal resolver;
    address internal eas = makeAddr("eas");
    address internal registrar = makeAddr("registrar");

    function setUp() public {
        resolver = new TracemarkAuditResolver(IEAS(eas), address(this), registrar);
    }

    function testFuzz_OnlyRegistrarAccredits(address caller, address auditor) public {
        vm.assume(caller != registrar && auditor != address(0));
        bytes32 role = resolver.REGISTRAR_ROLE();
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, role));
        vm.prank(caller);
        resolver.accreditAuditor(auditor, "");

        vm.prank(registrar);
        resolver.accreditAuditor(auditor, "");
        vm.expectRevert(abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, caller, role));
        vm.prank(caller);
        resolver.deaccreditAuditor(auditor, bytes32(0));
    }

    function testFuzz_AdmitsOnlyAccreditedAttesters(address auditor, address other, uint40 t1, uint40 t2) public {
        vm.assume(auditor != address(0) && other != auditor);
        Attestation memory attestation = _attestationBy(auditor);

        vm.expectRevert(abi.encodeWithSelector(IAuditorRegistry.AuditorNotAccredited.selector, auditor));
        vm.prank(eas);
        resolver.attest(attestation);

        vm.warp(t1);
        vm.prank(registrar);
        resolver.accreditAuditor(auditor, "");
        vm.prank(eas);
        assertTrue(resolver.attest(attestation), "accredited auditor admitted");

        vm.expectRevert(abi.encodeWithSelector(IAuditorRegistry.AuditorNotAccredited.selector, other));
        vm.prank(eas);
        resolver.attest(_attestationBy(other));

        vm.warp(t2);
        vm.prank(registrar);
        resolver.deaccreditAuditor(auditor, bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IAuditorRegistry.AuditorNotAccredited.selector, auditor));
        vm.prank(eas);
        resolver.attest(attestation);
        vm.prank(eas);
        assertTrue(resolver.revoke(attestation), "revocation stays allowed");

        IAuditorRegistry.Accreditation memory accreditation = resolver.accreditationOf(auditor);
        assertFalse(accreditation.accredited, "de-accredited");
        assertEq(accreditation.since, t1, "since");
        assertEq(accreditation.until, t2, "until");
    }

    function testFuzz_OnlyEASCallsTheResolver(address caller) public {
        vm.assume(caller != eas && caller != address(0));
        vm.prank(registrar);
        resolver.accreditAuditor(caller, "");
        vm.expectRevert(AccessDenied.selector);
        vm.prank(caller);
        resolver.attest(_attestationBy(caller));
    }

    function _attestationBy(address attester) private pure returns (Attestation memory attestation) {
        attestation.attester = attester;
        attestation.revocable = true;
        attestation.data = abi.encode(bytes16(hex"01"), uint8(1), bytes32(uint256(1)), "claim", bytes32(0));
    }
}
