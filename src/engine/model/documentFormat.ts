// The design document's format tag and version, apart from its schema so that code which only needs to recognise
// a document (the worker) does not bring the validation library with it.
export const DOCUMENT_FORMAT = 'franz.pipeline';
export const DOCUMENT_VERSION = 1;
