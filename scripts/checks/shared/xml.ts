import { XMLParser } from 'fast-xml-parser';

/** A parsed XML element: every child element is an array (even when single), leaves are strings. */
export type XmlNode = Record<string, unknown>;

// Every element as an array: metadata files repeat any element 0..n times, so one shape avoids special cases.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, _jpath, _isLeafNode, isAttribute) => !isAttribute
});

/** Root element of a metadata file (e.g. the `PermissionSet` node), or an empty node if the file has none. */
export function parseMetadataXml(text: string): XmlNode {
  const document = parser.parse(text) as XmlNode;
  for (const [name, value] of Object.entries(document)) {
    if (name === '?xml') continue;
    const first = Array.isArray(value) ? (value[0] as unknown) : undefined;
    if (first !== null && typeof first === 'object') return first as XmlNode;
  }
  return {};
}

/** Child elements named `name` (elements that hold text only are skipped). */
export function childNodes(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is XmlNode => item !== null && typeof item === 'object');
}

/** Text of every child element named `name`. */
export function childTexts(node: XmlNode, name: string): string[] {
  const value = node[name];
  if (!Array.isArray(value)) return [];
  return value.map((item) => (typeof item === 'string' ? item : '')).filter((text) => text !== '');
}

/** Text of the first child element named `name`, or undefined. */
export function childText(node: XmlNode, name: string): string | undefined {
  return childTexts(node, name)[0];
}
