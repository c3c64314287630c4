/**
 * The payload of every GitHub Deployment wrangler-deploy-verify creates; change-metrics reads it
 * back from the Deployments API to count deployments, lead time and failures per change type.
 */
import type { Contract } from './contract.ts';
import validate from './generated/validate-deployment-payload.js';
import { deploymentPayloadSchema } from './schemas.ts';
import type { ChangeType } from './change-record.ts';

export interface DeploymentPayload {
  kind: 'deployment-payload';
  version: 1;
  version_id: string | null;
  previous_version_id: string | null;
  change_type: ChangeType | null;
  sha: string;
  pull_request: number | null;
  worker: string | null;
  strategy: string;
  percentage: number;
  tool: 'change-actions/wrangler-deploy-verify';
}

export const deploymentPayloadContract: Contract<DeploymentPayload> = {
  kind: 'deployment-payload',
  version: 1,
  producer: 'the payload of a GitHub Deployment created by wrangler-deploy-verify',
  schema: deploymentPayloadSchema,
  validate,
};
