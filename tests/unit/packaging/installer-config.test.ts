/**
 * The installer configuration (electron-builder.yml) as electron-builder itself reads and validates
 * it, and the icon files it points at. A full build needs Electron's download and each platform's
 * tools, so these checks are what can be known here: the right targets, a well-formed config,
 * valid icons, the native module outside the archive and the hardening fuses set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..', '..');
const CONFIG_FILE = 'electron-builder.yml';
const fromBuilder = createRequire(join(ROOT, 'node_modules', 'app-builder-lib', 'package.json'));
const { getConfig } = fromBuilder('./out/util/config/load.js') as {
  getConfig(request: { packageKey: string; configFilename: string; projectDir: string }, configPath: string): Promise<{ result: Config }>;
};
const { validateConfiguration } = fromBuilder('./out/util/config/config.js') as {
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { minimatch } = fromBuilder('minimatch') as { minimatch(path: string, pattern: string, options?: object): boolean };

type Target = { target: string; arch?: string[] };
type Config = Record<string, unknown> & {
  productName?: string;
  appId?: string;
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  npmRebuild?: boolean;
  electronFuses?: Record<string, boolean>;
  directories?: { output?: string };
  win?: { icon?: string; target?: Target[]; files?: string[] };
  mac?: { icon?: string; target?: Target[]; files?: string[] };
  linux?: { icon?: string; target?: Target[]; files?: string[]; executableName?: string };
};

let config: Config;

beforeAll(async () => {
  ({ result: config } = await getConfig({ packageKey: 'build', configFilename: 'electron-builder', projectDir: ROOT }, CONFIG_FILE));
});

/**
 * Whether a project path ends up in the app: patterns in order, a later `!pattern` taking it out
 * again. Production node_modules are collected by electron-builder itself and only the exclusions
 * apply to them (app-builder-lib/out/fileMatcher.js, getNodeModuleFileMatcher).
 */
function packed(path: string, files: string[]): boolean {
  const patterns = path.startsWith('node_modules/') ? ['**/*', ...files.filter((p) => p.startsWith('!'))] : files;
  return patterns.reduce((inside, pattern) => (pattern.startsWith('!') ? inside && !minimatch(path, pattern.slice(1)) : inside || minimatch(path, pattern)), false);
}

function targets(list: Target[] | undefined): Map<string, string[]> {
  return new Map((list ?? []).map(({ target, arch }) => [target, [...(arch ?? [])].sort()]));
}

/** Width and height from a PNG's IHDR, after checking the signature and that IHDR comes first. */
function pngSize(bytes: Buffer, what: string): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${what}: PNG signature`).toBe(true);
  expect(bytes.toString('ascii', 12, 16), `${what}: IHDR first`).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function icon(path: string): Buffer {
  const file = join(ROOT, path);
  expect(existsSync(file), `${path} exists`).toBe(true);
  return readFileSync(file);
}

describe('installer configuration', () => {
  it('is accepted by electron-builder 26 schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('names the app 审议 Shenyi with a stable reverse-DNS appId, and writes installers to dist/', () => {
    expect(config.productName).toBe('审议 Shenyi');
    expect(config.appId).toBe('cn.shenyi.desktop');
    expect(config.directories?.output).toBe('dist');
    expect(config.linux?.executableName).toBe('shenyi');
  });

  it('builds nsis for Windows, dmg for arm64 and x64 macOS, AppImage and deb for Linux', () => {
    expect([...targets(config.win?.target).keys()]).toEqual(['nsis']);
    expect(targets(config.mac?.target)).toEqual(new Map([['dmg', ['arm64', 'x64']]]));
    expect([...targets(config.linux?.target).keys()].sort()).toEqual(['AppImage', 'deb']);
  });

  it('packs the build, the bundled resources and package.json, but not the installer icons', () => {
    const files = config.files ?? [];
    expect(files).toEqual(expect.arrayContaining(['out/**', 'resources/**', 'package.json']));
    for (const path of ['out/main/index.js', 'out/main/import-worker.js', 'out/preload/index.cjs', 'out/renderer/index.html', 'resources/sample-report.txt']) {
      expect(packed(path, files), path).toBe(true);
    }
    expect(existsSync(join(ROOT, 'resources', 'sample-report.txt'))).toBe(true);
    for (const path of ['resources/icons/icon.png', 'tests/unit/fixtures.ts', 'main/store/sqlite.ts', 'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c']) {
      expect(packed(path, files), path).toBe(false);
    }
  });

  it('gives each platform its own better-sqlite3 binaries and keeps the loader', () => {
    const own = { win: ['win32-x64', 'win32-arm64'], mac: ['darwin-arm64', 'darwin-x64'], linux: ['linux-x64', 'linux-arm64'] } as const;
    const all = ['win32-x64', 'win32-arm64', 'darwin-arm64', 'darwin-x64', 'linux-x64', 'linux-arm64'];
    for (const platform of ['win', 'mac', 'linux'] as const) {
      const files = [...(config.files ?? []), ...(config[platform]?.files ?? [])];
      expect(packed('node_modules/better-sqlite3/lib/binding.js', files), `${platform}: lib`).toBe(true);
      for (const target of all) {
        const wanted = (own[platform] as readonly string[]).includes(target);
        expect(packed(`node_modules/better-sqlite3/prebuilds/${target}.node`, files), `${platform}: ${target}`).toBe(wanted);
      }
    }
  });

  it('uses asar with better-sqlite3’s prebuilt binaries unpacked and never rebuilds them', () => {
    expect(config.asar).toBe(true);
    const prebuilds = ['darwin-arm64', 'darwin-x64', 'linux-x64', 'win32-x64'].map((p) => `node_modules/better-sqlite3/prebuilds/${p}.node`);
    for (const prebuild of prebuilds) {
      expect(existsSync(join(ROOT, prebuild)), prebuild).toBe(true);
      expect((config.asarUnpack ?? []).some((pattern) => minimatch(prebuild, pattern)), `${prebuild} unpacked`).toBe(true);
    }
    expect((config.asarUnpack ?? []).some((pattern) => minimatch('node_modules/better-sqlite3/lib/index.js', pattern))).toBe(false);
    expect(config.npmRebuild).toBe(false);
  });

  it('sets the Electron fuses: no run-as-node, NODE_OPTIONS or --inspect; encrypted cookies; asar only and verified', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

describe('application icons', () => {
  it('has 512 and 1024 pixel PNGs and a hicolor set for Linux', () => {
    expect(pngSize(icon('resources/icons/icon.png'), 'icon.png')).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(icon('resources/icons/icon-512.png'), 'icon-512.png')).toEqual({ width: 512, height: 512 });
    expect(config.linux?.icon).toBe('resources/icons/linux');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const name = `resources/icons/linux/${size}x${size}.png`;
      expect(pngSize(icon(name), name)).toEqual({ width: size, height: size });
    }
  });

  it('has a Windows .ico whose entries are PNGs of 16 to 256 pixels', () => {
    expect(config.win?.icon).toBe('resources/icons/icon.ico');
    const ico = icon('resources/icons/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const at = 6 + 16 * i;
      const declared = ico.readUInt8(at) || 256;
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(offset + length, `entry ${i} inside the file`).toBeLessThanOrEqual(ico.length);
      expect(pngSize(ico.subarray(offset, offset + length), `ico entry ${declared}`)).toEqual({ width: declared, height: declared });
      sizes.push(declared);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns whose length matches the file and whose PNG entries run up to 1024 pixels', () => {
    expect(config.mac?.icon).toBe('resources/icons/icon.icns');
    const icns = icon('resources/icons/icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const entries = new Map<string, number>();
    let at = 8;
    while (at < icns.length) {
      const type = icns.toString('ascii', at, at + 4);
      const length = icns.readUInt32BE(at + 4);
      expect(length, `${type} length`).toBeGreaterThan(8);
      entries.set(type, pngSize(icns.subarray(at + 8, at + length), `icns ${type}`).width);
      at += length;
    }
    expect(at).toBe(icns.length);
    expect(Object.fromEntries(entries)).toMatchObject({ ic07: 128, ic08: 256, ic09: 512, ic10: 1024 });
  });
});
