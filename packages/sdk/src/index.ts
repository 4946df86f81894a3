export {
  type AnchorBatchParameters,
  type AnchorBatchReturnType,
  anchorBatch,
} from "./actions/anchorBatch.ts";
export {
  type AnchorEventParameters,
  type AnchorEventReturnType,
  anchorEvent,
} from "./actions/anchorEvent.ts";
export { type AttestParameters, type AttestReturnType, attest } from "./actions/attest.ts";
export {
  type AttestByDelegationParameters,
  type AttestByDelegationReturnType,
  attestByDelegation,
} from "./actions/attestByDelegation.ts";
export {
  type DeclareRecallParameters,
  type DeclareRecallReturnType,
  declareRecall,
} from "./actions/declareRecall.ts";
export { easAbiWithResolverErrors } from "./actions/easAbiWithResolverErrors.ts";
export { type GetAnchorParameters, type GetAnchorReturnType, getAnchor } from "./actions/getAnchor.ts";
export {
  type GetAttestationParameters,
  type GetAttestationReturnType,
  getAttestation,
} from "./actions/getAttestation.ts";
export {
  type GetEasDomainParameters,
  type GetEasDomainReturnType,
  getEasDomain,
} from "./actions/getEasDomain.ts";
export {
  type GetEasNonceParameters,
  type GetEasNonceReturnType,
  getEasNonce,
} from "./actions/getEasNonce.ts";
export {
  type GetEventAnchorParameters,
  type GetEventAnchorReturnType,
  getEventAnchor,
} from "./actions/getEventAnchor.ts";
export {
  type GetRecallStateParameters,
  type GetRecallStateReturnType,
  getRecallState,
} from "./actions/getRecallState.ts";
export { type IsAnchoredParameters, type IsAnchoredReturnType, isAnchored } from "./actions/isAnchored.ts";
export { type RevokeParameters, type RevokeReturnType, revoke } from "./actions/revoke.ts";
export {
  type WaitForAttestationUidParameters,
  type WaitForAttestationUidReturnType,
  waitForAttestationUid,
} from "./actions/waitForAttestationUid.ts";
export { type AnchorBatchCallParameters, anchorBatchCall } from "./calls/anchorBatchCall.ts";
export { type AnchorEventCallParameters, anchorEventCall } from "./calls/anchorEventCall.ts";
export {
  type AttestByDelegationCallParameters,
  attestByDelegationCall,
  eip712Signature,
} from "./calls/attestByDelegationCall.ts";
export { type DeclareRecallCallParameters, declareRecallCall } from "./calls/declareRecallCall.ts";
export { type EncodeCallParameters, type EncodeCallReturnType, encodeCall } from "./calls/encodeCall.ts";
export {
  type RegistryFunctionName,
  type ResolverFunctionName,
  registryCall,
  resolverCall,
} from "./calls/registryCall.ts";
export {
  type RevokeByDelegationCallParameters,
  revokeByDelegationCall,
} from "./calls/revokeByDelegationCall.ts";
export {
  type Deployment,
  type DeploymentContractName,
  deploymentSchema,
  parseDeployment,
} from "./deployments/deploymentSchema.ts";
export { canonicalJson } from "./disclosure/canonicalJson.ts";
export {
  type CommitEventParameters,
  type CommitEventReturnType,
  commitEvent,
} from "./disclosure/commitEvent.ts";
export {
  type ComputeLeafV2Parameters,
  computeFieldsRoot,
  computeLeafV2,
  leafV2Tag,
} from "./disclosure/computeLeafV2.ts";
export { createSalt } from "./disclosure/createSalt.ts";
export {
  type DeriveEventSaltsParameters,
  type DeriveEventSaltsReturnType,
  deriveEventSalts,
  type HmacSha256,
  saltSlots,
} from "./disclosure/deriveEventSalts.ts";
export {
  type DiscloseEventParameters,
  type DiscloseEventReturnType,
  discloseEvent,
} from "./disclosure/discloseEvent.ts";
export {
  type DisclosureDigestParameters,
  type DisclosureDigestReturnType,
  disclosureDigest,
} from "./disclosure/disclosureDigest.ts";
export {
  type SplitEventFieldsParameters,
  type SplitEventFieldsReturnType,
  splitEventFields,
} from "./disclosure/splitEventFields.ts";
export {
  currentLeafVersion,
  type DisclosableFieldGroup,
  disclosableFieldGroups,
  type EventDisclosure,
  type EventSalts,
  type FieldGroupName,
  fieldGroupLabels,
  type LeafVersion,
  type Sha256Text,
  type WithholdableFieldGroup,
  withholdableFieldGroups,
} from "./disclosure/types.ts";
export {
  type VerifyDisclosedEventParameters,
  type VerifyDisclosedEventReturnType,
  verifyDisclosedEvent,
} from "./disclosure/verifyDisclosedEvent.ts";
export {
  auditSchema,
  auditSchemaParameters,
  getAuditSchemaUid,
  subjectKindCodes,
} from "./eip712/auditSchema.ts";
export {
  attestTypes,
  type BuildAttestationTypedDataParameters,
  type BuildAttestationTypedDataReturnType,
  buildAttestationTypedData,
} from "./eip712/buildAttestationTypedData.ts";
export {
  type BuildRevocationTypedDataParameters,
  type BuildRevocationTypedDataReturnType,
  buildRevocationTypedData,
  revokeTypes,
} from "./eip712/buildRevocationTypedData.ts";
export { computeEvidenceHash } from "./eip712/computeEvidenceHash.ts";
export { decodeAuditData, encodeAuditData } from "./eip712/encodeAuditData.ts";
export {
  type FormatProofPointClaimParameters,
  formatProofPointClaim,
  type ProofPointClaim,
  proofPointClaims,
} from "./eip712/proofPointClaims.ts";
export {
  type RecoverAttestationSignerParameters,
  recoverAttestationSigner,
} from "./eip712/recoverAttestationSigner.ts";
export type { AuditData, AuditSubjectKind, EasDomain } from "./eip712/types.ts";
export {
  type VerifyAttestationSignatureParameters,
  type VerifyAttestationSignatureReturnType,
  verifyAttestationSignature,
} from "./eip712/verifyAttestationSignature.ts";
export {
  type CbvBusinessStep,
  type CbvBusinessTransactionType,
  type CbvDisposition,
  type CbvErrorReason,
  type CbvKind,
  type CbvSourceDestinationType,
  cbvBusinessSteps,
  cbvBusinessTransactionTypes,
  cbvDispositions,
  cbvErrorReasons,
  cbvForms,
  cbvSourceDestinationTypes,
  cbvWebVocabulary,
} from "./epcis/cbv.ts";
export { cbvLabel } from "./epcis/cbvLabel.ts";
export { cbvTerm } from "./epcis/cbvTerm.ts";
export { cbvVariants } from "./epcis/cbvVariants.ts";
export {
  type CreateEpcisDocumentParameters,
  type CreateEpcisDocumentReturnType,
  createEpcisDocument,
  epcisContextUrl,
} from "./epcis/createEpcisDocument.ts";
export {
  dateSchema,
  dateTimeSchema,
  EARLIEST_INSTANT,
  LATEST_INSTANT,
  parseDate,
  parseDateTime,
} from "./epcis/dateTime.ts";
export {
  type ParseEpcisDocumentParameters,
  type ParseEpcisDocumentReturnType,
  parseEpcisDocument,
} from "./epcis/parseEpcisDocument.ts";
export {
  type ParseEpcisEventParameters,
  type ParseEpcisEventReturnType,
  parseEpcisEvent,
} from "./epcis/parseEpcisEvent.ts";
export { epcisDocumentSchema, epcisEventSchema, eventTypes } from "./epcis/schemas.ts";
export { bizTransactionSearchKeys, placeSearchKey } from "./epcis/searchKeys.ts";
export {
  fsma204BizSteps,
  fsma204Namespace,
  tracemarkContext,
  tracemarkContextPrefixes,
  tracemarkContextUrl,
  tracemarkNamespace,
} from "./epcis/tracemarkContext.ts";
export type * from "./epcis/types.ts";
export { TracemarkError, type TracemarkErrorParameters } from "./errors/base.ts";
export {
  ChainReadError,
  DeploymentChainMismatchError,
  InvalidDeploymentError,
  InvalidPublicRecordError,
} from "./errors/chain.ts";
export { DisclosureError } from "./errors/disclosure.ts";
export { type EpcisIssue, InvalidEpcisError } from "./errors/epcis.ts";
export {
  type Gs1KeyKind,
  InvalidDigitalLinkError,
  InvalidEpcUriError,
  InvalidGs1KeyError,
} from "./errors/gs1.ts";
export { EventHashError, InvalidEventHashError } from "./errors/hash.ts";
export { MerkleBatchError } from "./errors/merkle.ts";
export {
  easAbi,
  schemaRegistryAbi,
  tracemarkAuditResolverAbi,
  tracemarkRegistryAbi,
} from "./generated/abis.ts";
export {
  type BuildDigitalLinkParameters,
  type BuildDigitalLinkReturnType,
  buildDigitalLink,
} from "./gs1/buildDigitalLink.ts";
export {
  type BuildGs1DigitalLinkParameters,
  type BuildGs1DigitalLinkReturnType,
  buildGs1DigitalLink,
} from "./gs1/buildGs1DigitalLink.ts";
export { computeCheckDigit } from "./gs1/computeCheckDigit.ts";
export {
  type EpcUriToDigitalLinkParameters,
  type EpcUriToDigitalLinkReturnType,
  epcUriToDigitalLink,
} from "./gs1/epcUriToDigitalLink.ts";
export {
  type IdentifierSpellings,
  identifierKind,
  identifierSpellings,
  locationWithDescendants,
} from "./gs1/identifierSpellings.ts";
export { isValidGln, normalizeGln } from "./gs1/normalizeGln.ts";
export { isValidGtin, normalizeGtin } from "./gs1/normalizeGtin.ts";
export { isValidSscc, normalizeSscc } from "./gs1/normalizeSscc.ts";
export {
  type ParseDigitalLinkParameters,
  type ParseDigitalLinkReturnType,
  parseDigitalLink,
} from "./gs1/parseDigitalLink.ts";
export {
  type ParseGs1DigitalLinkOptions,
  type ParseGs1DigitalLinkParameters,
  type ParseGs1DigitalLinkReturnType,
  parseGs1DigitalLink,
} from "./gs1/parseGs1DigitalLink.ts";
export { type PrimaryKeyAi, primaryKeys } from "./gs1/primaryKeys.ts";
export {
  canonicalIdentifier,
  LOCATION_URN,
  locationGlnOf,
  locationUri,
  logisticUnitUri,
  lotClassUri,
  ORG_URN,
  type PartyReference,
  parsePartyUri,
  partyUri,
  pglnUri,
  serialUri,
  type TradeItemKey,
  tradeItemKey,
  tradeItemUri,
} from "./gs1/tracemarkIdentifiers.ts";
export type { DigitalLink, GlnDigitalLink, Gs1DigitalLink, SsccDigitalLink } from "./gs1/types.ts";
export {
  type ComputeEventHashParameters,
  type ComputeEventHashReturnType,
  computeEventHash,
} from "./hash/computeEventHash.ts";
export {
  type ComputeEventPreHashParameters,
  type ComputeEventPreHashReturnType,
  computeEventPreHash,
} from "./hash/computeEventPreHash.ts";
export {
  type EventHashToLeafParameters,
  type EventHashToLeafReturnType,
  eventHashToLeaf,
} from "./hash/eventHashToLeaf.ts";
export type { EventHashRuleVersion, EventHashVersion, JsonLdContext } from "./hash/types.ts";
export { currentEventHashRuleVersion } from "./hash/types.ts";
export { type DescribeDateProblemParameters, describeDateProblem } from "./import/describeDateProblem.ts";
export { type DescribeKeyProblemParameters, describeKeyProblem } from "./import/describeKeyProblem.ts";
export { describeLotCodeProblem } from "./import/describeLotCodeProblem.ts";
export { describeQuantityProblem } from "./import/describeQuantityProblem.ts";
export { describeUnitProblem } from "./import/describeUnitProblem.ts";
export type { ValueProblem } from "./import/types.ts";
export {
  type CreateMerkleBatchParameters,
  type CreateMerkleBatchReturnType,
  createMerkleBatch,
  type MerkleBatchProof,
} from "./merkle/createMerkleBatch.ts";
export {
  type MerkleLeafHashParameters,
  type MerkleLeafHashReturnType,
  merkleLeafHash,
} from "./merkle/merkleLeafHash.ts";
export {
  type VerifyMerkleProofParameters,
  type VerifyMerkleProofReturnType,
  verifyMerkleProof,
} from "./merkle/verifyMerkleProof.ts";
export {
  type ComputeLotKeyParameters,
  type ComputeLotKeyReturnType,
  computeLotKey,
} from "./recall/computeLotKey.ts";
export {
  legacyRegistryOrgIdOf,
  newRegistryOrgId,
  publicRegistryOrgIdOf,
  type RegistryOrgId,
  registryOrgIdKey,
  unadmittedRegistryOrgId,
} from "./registry/organizationIds.ts";
export { lowerRole, ROLES, type Role, roleAtLeast } from "./roles/roles.ts";
export {
  type PublicRecord,
  type PublicRecordAnchor,
  type PublicRecordAttestation,
  type PublicRecordDisclosure,
  type PublicRecordEvent,
  type PublicRecordHiddenStep,
  type PublicRecordInheritedRecall,
  type PublicRecordOmittedEvents,
  type PublicRecordProofs,
  publicRecordProofsSchema,
  publicRecordSchema,
} from "./verify/publicRecord.ts";
export {
  documentFileSchema,
  type Plot,
  type PublicRecordDisplay,
  type PublicRecordDisplayLocation,
  type PublicRecordJourneyStep,
  type PublicRecordWithDisplay,
  plotSchema,
  publicRecordDisplaySchema,
  publicRecordWithDisplaySchema,
} from "./verify/publicRecordDisplay.ts";
export {
  leafOfPublicRecordEvent,
  type SeparatePublicRecordProofsParameters,
  type SeparatePublicRecordProofsReturnType,
  separatePublicRecordProofs,
} from "./verify/separatePublicRecordProofs.ts";
export {
  type InheritedRecallVerdict,
  type Verdict,
  type VerdictStatus,
  type VerifyRecordParameters,
  type VerifyRecordReturnType,
  verifyRecord,
} from "./verify/verifyRecord.ts";
export {
  type VerifyRecordQueryOptionsParameters,
  verifyRecordQueryOptions,
} from "./verify/verifyRecordQueryOptions.ts";
export {
  type SignWebhookParameters,
  signWebhook,
  type VerifyWebhookSignatureParameters,
  verifyWebhookSignature,
  webhookSignatureHeader,
} from "./webhooks/signWebhook.ts";
