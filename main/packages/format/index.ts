/**
 * The opinion package, Shenyi's interchange format: how a delegate's opinions travel to a clerk
 * as one W3C Web Annotation file. Writing it, reading it back without trusting it, and turning
 * it into Shenyi's own values; what an import then does with them is the packages capability's.
 */
export { buildOpinionPackage, buildPackageDocument } from './build-package';
export { parsePackage, type Package, type PackageWarning } from './parse-package';
export { packageToOpinions, type PackageContents } from './package-to-opinions';
