/**
 * The layer rule of eslint.config.js, proved on small sources placed in each layer: an upward
 * import fails lint with the rule's message, an import of a lower layer passes, and the repo as
 * it stands keeps the rule.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { ROOT } from '../../support/paths';

const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: `${ROOT}${filePath}` });
  return result!.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['main/model/x.ts', "import type { Handlers } from '../api/contract';\nexport type H = Handlers;\n", 'main/model/ may import only nothing of ours'],
    ['main/structure/x.ts', "import { openStore } from '../store/store';\nexport const o = openStore;\n", 'main/structure/ may import only main/model/'],
    ['main/anchoring/x.ts', "import { parseText } from '../structure/parse-text';\nexport const p = parseText;\n", 'main/anchoring/ may import only main/model/, main/progress/'],
    ['main/store/x.ts', "import { dispatch } from '../api/dispatch';\nexport const d = dispatch;\n", 'main/store/ may import only'],
    ['main/store/y.ts', "import { openApp } from '../app/open-app';\nexport const o = openApp;\n", 'main/store/ may import only'],
    ['main/export/x.ts', "import { composeOpinion } from '../opinions/compose-opinion';\nexport const c = composeOpinion;\n", 'main/export/ may import only main/model/'],
    ['main/opinions/x.ts', "import { dispatch } from '../api/dispatch';\nexport const d = dispatch;\n", 'Of main/api/, only the contract'],
    ['main/opinions/y.ts', "import { importPackage } from '../packages/import-package';\nexport const i = importPackage;\n", 'main/opinions/ may import only'],
    ['main/packages/format/x.ts', "import { composeOpinion } from '../../opinions/compose-opinion';\nexport const c = composeOpinion;\n", 'main/packages/format/ may import only main/model/'],
    ['main/versions/x.ts', "import { importPackage } from '../packages/import-package';\nexport const i = importPackage;\n", 'main/versions/ may import only'],
    ['main/browser-shell/x.ts', "import { openStore } from '../store/store';\nexport const o = openStore;\n", 'main/browser-shell/ may import only'],
  ])('%s cannot import upward', async (file, source, message) => {
    const messages = await restrictedImports(file, source);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(message);
  });

  it.each([
    ['main/structure/x.ts', "import type { Section } from '../model/report';\nexport type S = Section;\n"],
    ['main/store/x.ts', "import { foldText } from '../anchoring/fold';\nexport const f = foldText;\n"],
    ['main/versions/x.ts', "import { Settings } from '../api/contract';\nexport const s = Settings;\n"],
    ['main/api/x.ts', "import { versionHandlers } from '../versions/version-handlers';\nexport const v = versionHandlers;\n"],
    ['main/browser-shell/x.ts', "import type { Store } from '../store/store';\nexport type S = Store;\n"],
    ['main/opinions/x.ts', "import { buildOpinionPackage } from '../packages/format';\nexport const b = buildOpinionPackage;\n"],
  ])('%s may import a lower layer', async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });

  it('keeps domain code away from electron and the preload to its bridge', async () => {
    expect(await restrictedImports('main/opinions/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('preload/x.ts', "import { shell } from 'electron';\nexport const s = shell;\n")).toHaveLength(1);
    expect(await restrictedImports('preload/x.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;\n")).toEqual([]);
  });

  it('lets the renderer take only types from the contract', async () => {
    expect(await restrictedImports('renderer/src/x.ts', "import { Settings } from '../../main/api/contract';\nexport const s = Settings;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/src/x.ts', "import type { Settings } from '../../main/api/contract';\nexport type S = Settings;\n")).toEqual([]);
  });

  it('holds for the code as it stands', async () => {
    const results = await eslint.lintFiles(['main/**/*.ts', 'preload/**/*.ts', 'renderer/src/**/*.{ts,tsx}']);
    const broken = results.flatMap((r) => r.messages.filter((m) => m.ruleId?.endsWith('no-restricted-imports')).map((m) => `${r.filePath}:${m.line} ${m.message}`));
    expect(broken).toEqual([]);
  }, 120_000);
});
