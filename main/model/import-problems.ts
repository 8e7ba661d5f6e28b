/**
 * Every reason an import can fail, as a code with parameters. The CLI prints the English
 * sentence below; the renderer translates the code (renderer i18n `importProblems.*`), so a
 * delegate reads the reason in the UI's language, always with the file's name.
 */
type Params = Record<string, string | number>;

export const IMPORT_PROBLEMS = {
  'not-found': () => 'no such file',
  'is-folder': () => 'this is a folder, not a file',
  'not-regular-file': () => 'this is not a regular file (a device, pipe or socket) and was not read; import a file saved on disk',
  'empty': () => 'the file is empty',
  'too-large': (p: Params) => `the file is ${p.size}; Shenyi imports reports of up to ${p.limit}`,
  'binary': () => 'this is a binary file, not text (it contains NUL or control bytes)',
  'bad-utf16': (p: Params) => `the file starts with a ${p.encoding} byte-order mark but its bytes are not valid ${p.encoding}`,
  'undecodable': () => 'the text could not be decoded as UTF-8, GB18030/GBK or Big5/Big5-HKSCS without errors',
  'unknown-encoding': () => 'the encoding could not be determined: no decoding gives readable Chinese text',
  'lock-file': () => 'this is a Word lock file (~$…), not a document; open the document itself',
  'old-doc': () => 'this is an old Word .doc (OLE) file, not .docx; save it as .docx and import that',
  'other-zip': () => 'this is a zip archive; only .docx archives can be imported',
  'docx-misnamed': (p: Params) => `this is a Word document (.docx) named ${p.extension}: rename it to .docx, or read it as one (shenyi --read-as docx, or 按 Word 文件读取 in the app)`,
  'not-docx': () => 'the file is named .docx but is not a Word document (no zip signature): it is damaged or truncated',
  'not-pdf': () => 'the file is named .pdf but does not start with a PDF header',
  'docx-damaged': (p: Params) => `the .docx archive is damaged or truncated (${p.detail})`,
  'docx-too-many-entries': (p: Params) => `the .docx holds ${p.entries} entries, more than a document plausibly has`,
  'docx-too-big': () => 'the .docx would inflate to more than 200 MB (a zip bomb?)',
  'docx-ratio': (p: Params) => `the .docx entry "${p.entry}" has a compression ratio of ${p.ratio}:1 (a zip bomb?)`,
  'docx-xml-too-big': (p: Params) => `the .docx holds more than ${p.megabytes} MB of XML, more than Shenyi reads (${p.limit} MB); a report's text needs a few MB`,
  'docx-no-document': () => 'the archive has no word/document.xml: it is not a Word document',
  'docx-unreadable': (p: Params) => `the .docx could not be read (${p.detail})`,
  'pdf-unopenable': (p: Params) => `the PDF could not be opened (${p.detail})`,
  'pdf-too-many-pages': (p: Params) => `the PDF has ${p.pages} pages, more than ${p.limit}`,
  'pdf-no-text': () => 'the PDF has no text layer (a scanned image?); Shenyi cannot read text from images',
  'too-much-text': () => 'the file holds more text than a report plausibly has',
  'no-report-text': () => 'no report text was found in the file (it is empty or holds only page debris)',
  'timeout': (p: Params) => `reading the file took longer than ${p.seconds} s and was stopped`,
  'out-of-memory': (p: Params) => `reading the file needed more than ${p.megabytes} MB of memory and was stopped`,
  'reader-failed': (p: Params) => `the file could not be read (${p.detail})`,
} satisfies Record<string, (params: Params) => string>;

export type ImportProblem = keyof typeof IMPORT_PROBLEMS;
export type ImportProblemParams = Params;
