import { createRegistry } from '../common/registry.js';
import { createAnthropicAdapter } from './anthropic.js';
import { createMockAdapter } from './mock.js';
import { createOpenAIAdapter } from './openai.js';
import type { AdapterFactory, AdapterKind, AdapterSpec, ModelAdapter } from './types.js';

/**
 * Every adapter kind, registered explicitly: a new adapter is one file plus
 * one line here (and its name in AdapterKind), never a side-effect import.
 */
const factories = createRegistry<AdapterFactory>('adapter kind');
factories.register('openai', createOpenAIAdapter);
factories.register('anthropic', createAnthropicAdapter);
factories.register('mock', createMockAdapter);

/** Builds the adapter for a spec. An unknown kind throws REGISTRY_UNKNOWN with a did-you-mean hint. */
export function createAdapter(spec: AdapterSpec): ModelAdapter {
  return factories.get(spec.kind)(spec);
}

export function adapterKinds(): AdapterKind[] {
  // Only AdapterKind values are ever registered above.
  return factories.ids() as AdapterKind[];
}
