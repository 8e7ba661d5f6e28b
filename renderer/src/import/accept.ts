/** The formats the importer reads; the shell still checks the content, this only filters the picker. */
export const IMPORT_ACCEPT = '.txt,.md,.html,.htm,.docx,.pdf';
