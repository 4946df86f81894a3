// SPDX-License-Identifier: Apache-2.0
// solhint-disable one-contract-per-file
pragma solidity 0.8.37;

// Test names follow forge-std conventions: test_…, testFuzz_…, invariant_….
// solhint-disable func-name-mixedcase

import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {TracemarkRegistry} from "./TracemarkRegistry.sol";
import {IAnchorRegistry} from "./interfaces/IAnchorRegistry.sol";
import {IOrganisationRegistry} from "./interfaces/IOrganisationRegistry.sol";
import {IRecallRegistry} from "./interfaces/IRecallRegistry.sol";
import {TestBase} from "./testing/TestBase.t.sol";

/// @notice Fuzz tests of TracemarkRegistry: access control, anchors, Merkle proofs, recalls.
contract TracemarkRegistryTest is TestBase {
    TracemarkRegistry internal registry;
    address internal registrar = makeAddr("registrar");
    address internal admin = makeAddr("admin");
    address internal writer = makeAddr("writer");
    bytes16 internal constant ORG = bytes16(keccak256("org"));

    function setUp() public {
        registry = new TracemarkRegistry(address(this), registrar);
        vm.prank(registrar);
        registry.admitOrganisation(ORG, admin, "https://example.org/org.json");
        vm.prank(admin);
        registry.addWriter(ORG, writer);
    }

    /// @dev Admits another organisation (administered by `admin`) with a writer of its own, and returns the writer.
    function _admitWithWriter(bytes16 orgId) internal returns (address otherWriter) {
        otherWriter = makeAddr("other writer");
        vm.prank(registrar);
        registry.admitOrganisation(orgId, admin, "");
        vm.prank(admin);
        registry.addWriter(orgId, otherWriter);
    }

    function testFuzz_OnlyRegistrarAdmits(address caller, bytes16 orgId) public {
        vm.assume(caller != registrar && orgId != bytes16(0) && orgId != ORG);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, caller, registry.REGISTRAR_ROLE()
            )
        );
        vm.prank(caller);
        registry.admitOrganisation(orgId, admin, "");
    }

    function testFuzz_OnlyAdminAddsWriters(address caller, address newWriter) public {
        vm.assume(caller != admin && newWriter != address(0));
        vm.expectRevert(abi.encodeWithSelector(IOrganisationRegistry.NotOrganisationAdmin.selector, ORG, caller));
        vm.prank(caller);
        registry.addWriter(ORG, newWriter);
    }

    function testFuzz_OnlyWritersAnchor(address caller, bytes32 root) public {
        vm.assume(caller != writer && root != bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(IOrganisationRegistry.NotOrganisationWriter.selector, ORG, caller));
        vm.prank(caller);
        registry.anchorBatch(ORG, root, 1, bytes32(0), "");
        vm.expectRevert(abi.encodeWithSelector(IOrganisationRegistry.NotOrganisationWriter.selector, ORG, caller));
        vm.prank(caller);
        registry.anchorEvent(ORG, root);
    }

    function testFuzz_AnchorBatchIsStoredOnce(bytes32 root, uint32 eventCount, uint40 timestamp, uint32 height) public {
        vm.assume(root != bytes32(0) && eventCount != 0);
        vm.warp(timestamp);
        vm.roll(height);
        vm.prank(writer);
        registry.anchorBatch(ORG, root, eventCount, keccak256("manifest"), "ipfs://manifest");
        IAnchorRegistry.Anchor memory anchor = registry.anchorOf(ORG, root);
        assertEq(bytes32(anchor.orgId), bytes32(ORG), "orgId");
        assertEq(anchor.anchoredAt, timestamp, "anchoredAt");
        assertEq(anchor.blockNumber, height, "blockNumber");
        assertEq(anchor.eventCount, eventCount, "eventCount");
        assertTrue(registry.isAnchored(ORG, root), "isAnchored");
        assertFalse(registry.isAnchored(bytes16(keccak256("other org")), root), "isAnchored for another org");

        vm.expectRevert(abi.encodeWithSelector(IAnchorRegistry.RootAlreadyAnchored.selector, ORG, root));
        vm.prank(writer);
        registry.anchorBatch(ORG, root, eventCount, bytes32(0), "");
    }

    /// @dev The griefing the per-organisation key stops: a writer of another organisation copies a pending root and
    ///     anchors it first. That is its own anchor; the owner's anchor still goes through and stays the owner's.
    function testFuzz_AnotherOrganisationCannotBlockARoot(bytes32 root, uint32 eventCount) public {
        vm.assume(root != bytes32(0) && eventCount != 0);
        bytes16 other = bytes16(keccak256("other org"));
        address otherWriter = _admitWithWriter(other);

        vm.prank(otherWriter);
        registry.anchorBatch(other, root, 1, bytes32(0), "");
        assertFalse(registry.isAnchored(ORG, root), "the copy is not the owner's");
        vm.roll(block.number + 1);
        vm.prank(writer);
        registry.anchorBatch(ORG, root, eventCount, bytes32(0), "");

        IAnchorRegistry.Anchor memory mine = registry.anchorOf(ORG, root);
        assertEq(bytes32(mine.orgId), bytes32(ORG), "owner's anchor");
        assertEq(mine.eventCount, eventCount, "owner's event count");
        IAnchorRegistry.Anchor memory theirs = registry.anchorOf(other, root);
        assertEq(bytes32(theirs.orgId), bytes32(other), "the copy is the copier's");
        assertEq(theirs.eventCount, 1, "the copier's event count");
        assertEq(mine.blockNumber, theirs.blockNumber + 1, "each anchor keeps its own block");
    }

    /// @dev A four-leaf tree built the way OpenZeppelin's StandardMerkleTree hashes: double-hashed leaves,
    ///     sorted pairs. Every leaf's proof verifies; a changed event, another root or a reordered proof does not.
    function testFuzz_MerkleProofs(bytes32[4] memory events, bytes32 otherEvent, uint8 which) public {
        bytes32[4] memory leaves;
        for (uint256 i = 0; i < 4; ++i) {
            leaves[i] = registry.leafOf(events[i]);
        }
        vm.assume(leaves[0] != leaves[1] && leaves[2] != leaves[3]);
        bytes32 left = _hashPair(leaves[0], leaves[1]);
        bytes32 right = _hashPair(leaves[2], leaves[3]);
        vm.assume(left != right);
        bytes32 root = _hashPair(left, right);
        uint256 index = which % 4;
        bytes32[] memory proof = new bytes32[](2);
        proof[0] = leaves[index ^ 1];
        proof[1] = index < 2 ? right : left;

        assertFalse(registry.verifyEvent(ORG, root, events[index], proof), "verified before anchoring");
        vm.prank(writer);
        registry.anchorBatch(ORG, root, 4, bytes32(0), "");
        assertTrue(registry.verifyEvent(ORG, root, events[index], proof), "valid proof");
        assertFalse(
            registry.verifyEvent(bytes16(keccak256("other org")), root, events[index], proof),
            "anchored by another organisation"
        );

        vm.assume(otherEvent != events[0] && otherEvent != events[1]);
        vm.assume(otherEvent != events[2] && otherEvent != events[3]);
        assertFalse(registry.verifyEvent(ORG, root, otherEvent, proof), "tampered event");

        bytes32[] memory reversed = new bytes32[](2);
        reversed[0] = proof[1];
        reversed[1] = proof[0];
        assertFalse(registry.verifyEvent(ORG, root, events[index], reversed), "reordered proof");

        vm.prank(writer);
        registry.anchorBatch(ORG, left == root ? right : left, 2, bytes32(0), "");
        assertFalse(registry.verifyEvent(ORG, left == root ? right : left, events[index], proof), "another root");
    }

    function testFuzz_LeafMatchesStandardMerkleTree(bytes32 eventHash) public view {
        assertEq(
            registry.leafOf(eventHash), keccak256(bytes.concat(keccak256(abi.encode(eventHash)))), "leaf encoding"
        );
    }

    function testFuzz_RecallAndLift(bytes32 lotKey, bytes32 reason, bytes32 liftReason, uint40 t1, uint40 t2) public {
        vm.assume(lotKey != bytes32(0));
        vm.warp(t1);
        vm.prank(writer);
        registry.declareRecall(ORG, lotKey, reason);
        assertTrue(registry.isRecalled(ORG, lotKey), "recalled");
        vm.expectRevert(abi.encodeWithSelector(IRecallRegistry.LotAlreadyRecalled.selector, ORG, lotKey));
        vm.prank(writer);
        registry.declareRecall(ORG, lotKey, reason);

        vm.warp(t2);
        vm.prank(writer);
        registry.liftRecall(ORG, lotKey, liftReason);
        IRecallRegistry.Recall memory recall = registry.recallOf(ORG, lotKey);
        assertFalse(recall.recalled, "lifted");
        assertEq(recall.declaredAt, t1, "declaredAt");
        assertEq(recall.liftedAt, t2, "liftedAt");
        assertEq(recall.reasonHash, reason, "reasonHash");
        assertEq(recall.liftReasonHash, liftReason, "liftReasonHash");
        vm.expectRevert(abi.encodeWithSelector(IRecallRegistry.LotNotRecalled.selector, ORG, lotKey));
        vm.prank(writer);
        registry.liftRecall(ORG, lotKey, liftReason);
    }

    function testFuzz_OtherOrganisationCannotRecall(bytes16 otherOrg, bytes32 lotKey) public {
        vm.assume(otherOrg != bytes16(0) && otherOrg != ORG && lotKey != bytes32(0));
        address otherWriter = _admitWithWriter(otherOrg);
        vm.prank(writer);
        registry.declareRecall(ORG, lotKey, bytes32(0));

        vm.expectRevert(
            abi.encodeWithSelector(IOrganisationRegistry.NotOrganisationWriter.selector, ORG, otherWriter)
        );
        vm.prank(otherWriter);
        registry.liftRecall(ORG, lotKey, bytes32(0));
        assertFalse(registry.isRecalled(otherOrg, lotKey), "recall state is per organisation");
    }

    function _hashPair(bytes32 a, bytes32 b) private pure returns (bytes32) {
        return a < b ? keccak256(abi.encode(a, b)) : keccak256(abi.encode(b, a));
    }
}

/// @notice Drives TracemarkRegistry through random sequences of organisation and writer changes and anchors,
///     keeping a model of who should be able to write.
contract RegistryHandler is TestBase {
    TracemarkRegistry internal immutable _registry;
    address internal immutable _registrar;
    bytes16[3] internal _orgs = [bytes16(hex"01"), bytes16(hex"02"), bytes16(hex"03")];
    address[4] internal _accounts = [address(0xA1), address(0xA2), address(0xA3), address(0xA4)];

    mapping(bytes16 orgId => bool) public admitted;
    mapping(bytes16 orgId => bool) public active;
    mapping(bytes16 orgId => mapping(address account => bool)) public member;
    /// @dev The anchors made, in order: (organisation, root, block number of the first anchor).
    Anchored[] internal _anchored;
    mapping(bytes16 orgId => mapping(bytes32 root => bool)) public anchored;
    /// @dev Anchors the contract accepted from a non-writer or refused from a writer (checked by an invariant,
    ///     since reverts inside handlers are not failures with `failOnRevert: false`).
    uint256 public violations;

    constructor(TracemarkRegistry registry, address registrar) {
        _registry = registry;
        _registrar = registrar;
    }

    function org(uint256 i) public view returns (bytes16) {
        return _orgs[i % 3];
    }

    function account(uint256 i) public view returns (address) {
        return _accounts[i % 4];
    }

    struct Anchored {
        bytes16 orgId;
        bytes32 root;
        uint56 blockNumber;
    }

    function anchoredCount() external view returns (uint256) {
        return _anchored.length;
    }

    function anchoredAt(uint256 i) external view returns (Anchored memory) {
        return _anchored[i];
    }

    function admit(uint256 o) external {
        bytes16 orgId = org(o);
        if (admitted[orgId]) return;
        vm.prank(_registrar);
        _registry.admitOrganisation(orgId, address(this), "");
        admitted[orgId] = true;
        active[orgId] = true;
    }

    function suspend(uint256 o) external {
        bytes16 orgId = org(o);
        if (!active[orgId]) return;
        vm.prank(_registrar);
        _registry.suspendOrganisation(orgId, bytes32(0));
        active[orgId] = false;
    }

    function reinstate(uint256 o) external {
        bytes16 orgId = org(o);
        if (!admitted[orgId] || active[orgId]) return;
        vm.prank(_registrar);
        _registry.reinstateOrganisation(orgId);
        active[orgId] = true;
    }

    function addWriter(uint256 o, uint256 a) external {
        bytes16 orgId = org(o);
        address w = account(a);
        if (!admitted[orgId] || member[orgId][w]) return;
        _registry.addWriter(orgId, w);
        member[orgId][w] = true;
    }

    function removeWriter(uint256 o, uint256 a) external {
        bytes16 orgId = org(o);
        address w = account(a);
        if (!member[orgId][w]) return;
        _registry.removeWriter(orgId, w);
        member[orgId][w] = false;
    }

    /// @dev Anchors one of four roots as any account, for any organisation; it must succeed exactly when the model
    ///     says the account can write and that organisation has not anchored that root yet. The few roots make
    ///     organisations anchor the same root and an organisation try a root twice.
    function anchor(uint256 o, uint256 a, uint256 r, uint32 blockStep) external {
        bytes16 orgId = org(o);
        address w = account(a);
        bytes32 root = bytes32(r % 4 + 1);
        vm.roll(block.number + blockStep % 8);
        bool allowed = active[orgId] && member[orgId][w] && !anchored[orgId][root];
        vm.prank(w);
        try _registry.anchorBatch(orgId, root, 1, bytes32(0), "") {
            if (!allowed) ++violations;
            anchored[orgId][root] = true;
            _anchored.push(Anchored({orgId: orgId, root: root, blockNumber: uint56(block.number)}));
        } catch {
            if (allowed) ++violations;
        }
    }
}

/// @notice Invariants of TracemarkRegistry under random sequences of calls.
contract TracemarkRegistryInvariantTest is TestBase {
    TracemarkRegistry internal registry;
    RegistryHandler internal handler;

    function setUp() public {
        address registrar = makeAddr("registrar");
        registry = new TracemarkRegistry(address(this), registrar);
        handler = new RegistryHandler(registry, registrar);
    }

    function targetContracts() public view returns (address[] memory targets) {
        targets = new address[](1);
        targets[0] = address(handler);
    }

    /// @dev Writing is allowed exactly for writers of active organisations.
    function invariant_CanWriteMatchesModel() public view {
        for (uint256 o = 0; o < 3; ++o) {
            bytes16 orgId = handler.org(o);
            for (uint256 a = 0; a < 4; ++a) {
                address w = handler.account(a);
                bool expected = handler.active(orgId) && handler.member(orgId, w);
                assertEq(registry.canWrite(orgId, w), expected, "canWrite differs from the model");
            }
        }
    }

    /// @dev Anchoring succeeded exactly for the writers the model allowed.
    function invariant_OnlyEnabledWritersAnchor() public view {
        assertEq(handler.violations(), 0, "anchor result against the model");
    }

    /// @dev Every organisation's anchor of a root keeps its owner and its first block, whatever others anchored.
    function invariant_AnchorsAreNeverRewritten() public view {
        uint256 count = handler.anchoredCount();
        for (uint256 i = 0; i < count; ++i) {
            RegistryHandler.Anchored memory expected = handler.anchoredAt(i);
            IAnchorRegistry.Anchor memory anchor = registry.anchorOf(expected.orgId, expected.root);
            assertEq(bytes32(anchor.orgId), bytes32(expected.orgId), "anchor owner changed");
            assertEq(anchor.blockNumber, expected.blockNumber, "anchor block changed");
        }
    }
}
