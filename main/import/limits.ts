/** Bounds on what an import may cost; a file past them is refused before any parsing. */
export const IMPORT_LIMITS = {
  /** A government work report is well under 1 MB of text; 64 MB leaves room for scanned-PDF text layers. */
  maxFileBytes: 64 * 1024 * 1024,
  /** Text extracted from a container (.docx, .pdf, .html): enough for ~30 full reports. */
  maxExtractedChars: 20 * 1024 * 1024,
  /** .docx central directory checks, applied before anything is inflated. */
  maxZipEntries: 2_000,
  maxZipUncompressedBytes: 200 * 1024 * 1024,
  /** Text compresses about 10:1 in deflate; 200:1 only happens with crafted or padded data. */
  maxZipEntryRatio: 200,
  /**
   * The XML parts of a .docx, inflated. mammoth holds about 60 bytes per byte of XML, and a
   * report's document.xml is a few MB even with every character formatted on its own.
   */
  maxDocxXmlBytes: 24 * 1024 * 1024,
  maxPdfPages: 2_000,
} as const;
