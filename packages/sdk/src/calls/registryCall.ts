import type { ContractFunctionArgs, ContractFunctionName } from "viem";
import type { Deployment } from "../deployments/deploymentSchema.ts";
import { tracemarkAuditResolverAbi, tracemarkRegistryAbi } from "../generated/abis.ts";

type RegistryAbi = typeof tracemarkRegistryAbi;
type ResolverAbi = typeof tracemarkAuditResolverAbi;
export type RegistryFunctionName = ContractFunctionName<RegistryAbi, "nonpayable">;
export type ResolverFunctionName = ContractFunctionName<ResolverAbi, "nonpayable">;

/**
 * A contract call of `TracemarkRegistry` by function name and arguments, typed against its ABI
 * (the platform's admin calls: `admitOrganisation`, `addWriter`, `suspendOrganisation`, …).
 *
 * @example
 * encodeCall(registryCall(deployment, "reinstateOrganisation", [orgId])) // { to, data }
 */
export function registryCall<const name extends RegistryFunctionName>(
  deployment: Deployment,
  functionName: name,
  args: ContractFunctionArgs<RegistryAbi, "nonpayable", name>,
) {
  return {
    address: deployment.contracts.TracemarkRegistry.address,
    abi: tracemarkRegistryAbi,
    functionName,
    args,
  };
}

/**
 * A contract call of `TracemarkAuditResolver` by function name and arguments, typed against its
 * ABI (`accreditAuditor`, `deaccreditAuditor`).
 *
 * @example
 * encodeCall(resolverCall(deployment, "accreditAuditor", [auditor, ""])) // { to, data }
 */
export function resolverCall<const name extends ResolverFunctionName>(
  deployment: Deployment,
  functionName: name,
  args: ContractFunctionArgs<ResolverAbi, "nonpayable", name>,
) {
  return {
    address: deployment.contracts.TracemarkAuditResolver.address,
    abi: tracemarkAuditResolverAbi,
    functionName,
    args,
  };
}
