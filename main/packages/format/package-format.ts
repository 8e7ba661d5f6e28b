/**
 * The opinion package's fixed vocabulary: a W3C Web Annotation AnnotationCollection, with
 * Shenyi's own terms under the `shenyi:` prefix. Structured Shenyi values (the TipTap body)
 * are declared JSON literals (JSON-LD 1.1 `@json`), so a JSON-LD processor keeps them whole
 * instead of reading their "type" and "id" keys as the annotation vocabulary's.
 */
export const SHENYI_NAMESPACE = 'https://shenyi.app/ns/annotation#';
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Bumped only when a package written now could not be read by an older Shenyi. */
export const PACKAGE_SCHEMA_VERSION = 1;

export const PACKAGE_CONTEXT = [
  ANNO_CONTEXT,
  {
    '@version': 1.1,
    shenyi: SHENYI_NAMESPACE,
    'shenyi:doc': { '@type': '@json' },
    'shenyi:report': { '@type': '@json' },
    'shenyi:stances': { '@type': '@json' },
  },
] as const;

export const CHECKSUM_KEY = 'shenyi:checksum';
export const CHECKSUM_PREFIX = 'sha256:';

const OPINION_URN = 'urn:shenyi:opinion:';
const AUTHOR_URN = 'urn:shenyi:author:';

export const opinionUrn = (id: string) => `${OPINION_URN}${encodeURIComponent(id)}`;
export const authorUrn = (id: string) => `${AUTHOR_URN}${encodeURIComponent(id)}`;
export const versionUrn = (reportId: string, versionId: string) =>
  `urn:shenyi:report:${encodeURIComponent(reportId)}:version:${encodeURIComponent(versionId)}`;

function fromUrn(prefix: string, urn: string): string | null {
  if (!urn.startsWith(prefix)) return null;
  try {
    return decodeURIComponent(urn.slice(prefix.length));
  } catch {
    return null;
  }
}

export const idFromOpinionUrn = (urn: string) => fromUrn(OPINION_URN, urn);
export const idFromAuthorUrn = (urn: string) => fromUrn(AUTHOR_URN, urn);
