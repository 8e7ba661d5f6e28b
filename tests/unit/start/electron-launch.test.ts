/**
 * `npm start`'s judgement of an Electron that died before its window showed: each known cause is
 * named with its fix, anything else is reported with the line that says what went wrong.
 */
import { describe, expect, it } from 'vitest';
import { explainEarlyExit } from '../../../scripts/start/electron-launch.mjs';
import { firstError } from '../../../scripts/start/electron-binary.mjs';
import { isOldNode, projectNodePath } from '../../../scripts/start/project-node.mjs';

describe('an Electron that dies before its window shows', () => {
  it('names the AppArmor sandbox block of Ubuntu 23.10+ and its fix', () => {
    const stderr =
      '[12345:0601/101010.123:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. ' +
      'Rather than run without sandboxing I\'m aborting now. You need to make sure that node_modules/electron/dist/chrome-sandbox is owned by root and has mode 4755.';
    const line = explainEarlyExit(null, 'SIGTRAP', stderr);
    expect(line).toContain('AppArmor');
    expect(line).toContain('sudo chmod 4755 node_modules/electron/dist/chrome-sandbox');
    expect(line).toContain('npm run dist');
    expect(line).not.toContain('\n');
  });

  it('names a missing system library', () => {
    const line = explainEarlyExit(127, null, 'node_modules/electron/dist/electron: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory');
    expect(line).toContain('libnss3.so');
    expect(line).toMatch(/install/);
  });

  it('names a display it cannot open', () => {
    expect(explainEarlyExit(1, null, '[1:2:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY', { DISPLAY: ':7' })).toContain('DISPLAY=:7');
  });

  it('reports anything else with its exit and its error line', () => {
    const line = explainEarlyExit(3, null, 'some chatter\nError: Cannot find module out/main/index.js\nmore');
    expect(line).toBe('Electron exited with code 3 before its window showed: Error: Cannot find module out/main/index.js');
  });
});

describe('the Electron download', () => {
  it('reports the most specific error line, not progress lines', () => {
    expect(firstError('Electron download: 5% (5 of 100 MB)\n    at x\nTypeError: fetch failed\n')).toBe('TypeError: fetch failed');
    expect(firstError('Electron download: 5% (5 of 100 MB)\nconnect ETIMEDOUT\n')).toBe('connect ETIMEDOUT');
  });
});

describe('the project Node', () => {
  it('treats Node 20 as too old and Node 22 as right', () => {
    expect(isOldNode('20.20.2')).toBe(true);
    expect(isOldNode('22.23.3')).toBe(false);
    expect(isOldNode('24.1.0')).toBe(false);
  });

  it('is the one npm installs into node_modules/.bin', () => {
    expect(projectNodePath('/p', 'linux')).toBe('/p/node_modules/.bin/node');
    expect(projectNodePath('/p', 'win32')).toMatch(/node_modules[\\/]\.bin[\\/]node\.cmd$/);
  });
});
