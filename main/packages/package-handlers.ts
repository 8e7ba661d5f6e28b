/** A clerk's import of a delegate's opinion package (the bytes decoded and checked before parsing). */
import type { Handlers } from '../api/contract';
import type { Store } from '../store/store';
import type { ReadingTexts } from '../anchoring/reading-texts';
import { importPackage } from './import-package';
import { packageText } from './package-text';

export function packageHandlers(store: Store, readings: ReadingTexts, now: () => Date): Pick<Handlers, 'package.import'> {
  return {
    'package.import': ({ fileName, dataBase64 }) => importPackage(store, packageText(Buffer.from(dataBase64, 'base64'), fileName), fileName, { now, readingOf: (versionId) => readings.get(versionId) }),
  };
}
