import { join } from 'node:path';
import { builtinSuitesDir } from '../resolve.js';
import { writeJsonl } from './lib.js';
import { GENERATORS } from './registry.js';

// `npm run suites:generate`: rewrites every generated suite file from its seed.
for (const generator of GENERATORS) {
  const samples = generator.generate(generator.seed);
  writeJsonl(join(builtinSuitesDir, generator.file), samples);
  process.stdout.write(`${generator.file}: ${samples.length} items\n`);
}
