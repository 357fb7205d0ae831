export { XmlSyntaxError, type XmlErrorCode } from "./errors";
export type { XmlAttribute, XmlDocument, XmlElement, XmlNode, XmlText } from "./nodes";
export { trimXmlWhitespace } from "./characters";
export { XML_NAMESPACE, XMLNS_NAMESPACE } from "./namespaces";
export { parseXml, type ParseXmlOptions } from "./parse";
export { attributeValue, childElements, findChild, ownText } from "./query";
export {
  tokenizeXml,
  type RawAttribute,
  type StartTagToken,
  type XmlTokenHandler,
} from "./tokenizer";
