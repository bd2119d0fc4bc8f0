// brat standoff export (https://brat.nlplab.org/standoff.html): a folder of .txt/.ann pairs
// with an annotation.conf, or the same as a zip (export only).

export { encodeBratFiles, type BratFile } from './encode.ts';
export { BRAT_ZIP_FOLDER, zipBratFiles } from './zip.ts';
