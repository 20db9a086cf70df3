/**
 * The contract's request and response types live in the engine folder (force-app/main/default/lwc/valueEngine/apiTypes.ts)
 * so that an engine module builds the responses (see docs/APEXGEN.md "The API contract"). Node code may import them here.
 */
export * from '../../../force-app/main/default/lwc/valueEngine/apiTypes';
