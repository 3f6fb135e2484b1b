import { createRegistry } from '../common/registry.js';
import type { AdapterFactory, AdapterKind, AdapterSpec, ModelAdapter } from './types.js';

/**
 * Every adapter kind, registered explicitly: a new adapter is one file plus
 * one line here (and its name in AdapterKind), never a side-effect import.
 * Each entry loads its module on first use, and only the transport asked for:
 * the vendor SDKs take a third of a second per worker thread to load, and a
 * run needs only the kinds it uses.
 */
const loaders = createRegistry<(spec: AdapterSpec) => Promise<AdapterFactory>>('adapter kind');
loaders.register('openai', async (spec) => (spec.transport === 'sdk' ? (await import('./openai-sdk.js')).createOpenAISdkAdapter : (await import('./openai.js')).createOpenAIAdapter));
loaders.register('anthropic', async (spec) =>
  spec.transport === 'sdk' ? (await import('./anthropic-sdk.js')).createAnthropicSdkAdapter : (await import('./anthropic.js')).createAnthropicAdapter,
);
loaders.register('mock', async () => (await import('./mock.js')).createMockAdapter);

/** Builds the adapter for a spec. An unknown kind throws REGISTRY_UNKNOWN with a did-you-mean hint. */
export async function createAdapter(spec: AdapterSpec): Promise<ModelAdapter> {
  const load = loaders.get(spec.kind);
  return (await load(spec))(spec);
}

export function adapterKinds(): AdapterKind[] {
  // Only AdapterKind values are ever registered above.
  return loaders.ids() as AdapterKind[];
}
