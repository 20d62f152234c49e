// A Word file that is small and within the text limits but takes mammoth far more memory to read
// than a small budget: for the memory budget's tests (uploads, and files fetched from ODS).
import JSZip from 'jszip';

/**
 * A Word file within the text limits (src/ingest/limits.ts: 20,000 paragraphs, 120,000 XML
 * elements) that mammoth still takes far more memory to read than a small budget: 5,000
 * paragraphs of 10 runs each (105,000 elements, one letter a run; derived from no text). A file
 * past the limits (60 MB of tiny paragraphs) is refused before mammoth runs: test/ingest/limits.test.ts.
 */
export async function deepXmlDocx(): Promise<Uint8Array> {
  const paragraph = `<w:p>${'<w:r><w:t>a</w:t></w:r>'.repeat(10)}</w:p>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph.repeat(5000)}</w:body></w:document>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file('word/document.xml', xml);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

